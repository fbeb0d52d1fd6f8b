// Find on this screen: Ctrl+F opens the guide's search on the guide, and Hearth's find bar on other
// screens (the browser's own find cannot read the canvas). The count follows Enter and Shift+Enter,
// Escape closes the bar and its controls leave the mirror. Screenshots of the bar at 390 and 1280 px,
// light and dark.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, launch, openApp, settle, startServer } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const focusedName = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') || '');
// The bar's count as the mirror holds it ("2 of 5", "No matches"), or ''.
const countText = (page) => page.evaluate(() => {
  const p = [...document.querySelectorAll('#mirror p')].find((e) => /^(\d+ of \d+|No matches)$/.test(e.textContent));
  return p ? p.textContent : '';
});
// Keys typed into a field reach the app over the next frames: waits until the app holds all of them
// (the mirror keeps the app's copy in data-app). The count for it shows a frame later.
const typedIn = (page, label, value) => page.waitForFunction(([l, v]) =>
  [...document.querySelectorAll('#mirror input')].some((e) => e.getAttribute('aria-label') === l && e.dataset.app === v), [label, value]);
const waitCount = (page, re) => page.waitForFunction((src) => [...document.querySelectorAll('#mirror p')]
  .some((e) => new RegExp(src).test(e.textContent)), re.source, { timeout: 10000 });

describe('find on this screen', () => {
  test('Ctrl+F on a guide chapter focuses the guide search', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server, '#/guide/what-intimacy-is');
    await byRole(page, 'heading', 'What intimacy is').first().waitFor();
    await settle(page);
    await page.keyboard.press('Control+f');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Search the guide', null, { timeout: 10000 });
    assert.match(await page.evaluate(() => location.hash), /^#\/guide$/);
    assert.equal(await byRole(page, 'textbox', 'Find on this screen').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const scheme of ['light', 'dark']) {
    test(`the find bar on an exercise: count, Enter, Shift+Enter, Escape (${scheme})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
      const { page, problems } = await openApp(context, server, '#/exercise/ground-rules');
      await byRole(page, 'heading', 'Our ground rules').waitFor();
      await settle(page);
      const before = await page.evaluate(() => history.length);
      await page.keyboard.press('Control+f');
      const field = byRole(page, 'textbox', 'Find on this screen');
      await field.waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Find on this screen', null, { timeout: 10000 });
      for (const name of ['Next match', 'Previous match', 'Close find']) assert.equal(await byRole(page, 'button', name).count(), 1, name);
      await page.keyboard.type('ground rule');
      await typedIn(page, 'Find on this screen', 'ground rule');
      await settle(page);  // the bar's count follows one frame later
      await waitCount(page, /^1 of \d+$/);
      const total = +(await countText(page)).split(' of ')[1];
      assert.ok(total >= 2, `${total} matches`);
      await page.waitForFunction((t) => document.getElementById('live')?.textContent.includes(t), `1 of ${total}`, { timeout: 15000 });
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `find-bar-1280-${scheme}.png`) });
      await page.keyboard.press('Enter');
      await waitCount(page, new RegExp(`^2 of ${total}$`));
      await page.keyboard.press('Shift+Enter');
      await waitCount(page, new RegExp(`^1 of ${total}$`));
      await page.keyboard.press('Shift+Enter');
      await waitCount(page, new RegExp(`^${total} of ${total}$`));
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `find-bar-last-1280-${scheme}.png`) });
      await field.fill('zebra crossing');
      await waitCount(page, /^No matches$/);
      await page.keyboard.press('Escape');
      await field.waitFor({ state: 'detached' });
      for (const name of ['Next match', 'Previous match', 'Close find']) assert.equal(await byRole(page, 'button', name).count(), 0, name);
      assert.equal(await countText(page), '');
      assert.notEqual(await focusedName(page), 'Find on this screen');
      assert.equal(await page.evaluate(() => location.hash), '#/exercise/ground-rules');
      assert.equal(await page.evaluate(() => history.length), before);  // nothing navigated
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  for (const scheme of ['light', 'dark']) {
    test(`the find bar at 390 px (${scheme})`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, colorScheme: scheme });
      const { page, problems } = await openApp(context, server, '#/exercise/ground-rules');
      await settle(page);
      await page.keyboard.press('Control+f');
      await byRole(page, 'textbox', 'Find on this screen').waitFor();
      await page.keyboard.type('talk');
      await typedIn(page, 'Find on this screen', 'talk');
      await settle(page);  // the bar's count follows one frame later
      await waitCount(page, /^1 of \d+$/);
      await page.keyboard.press('Enter');
      await waitCount(page, /^2 of \d+$/);
      await settle(page);
      // The bar's controls sit inside the window, side by side without overlapping.
      const boxes = [];
      for (const [r, n] of [['textbox', 'Find on this screen'], ['button', 'Previous match'], ['button', 'Next match'], ['button', 'Close find']]) {
        const b = await byRole(page, r, n).boundingBox();
        assert.ok(b && b.x >= 0 && b.x + b.width <= 390.5, `${n} inside the window`);
        boxes.push(b);
      }
      for (let i = 1; i < 3; i++) assert.ok(boxes[i].x + boxes[i].width <= boxes[i + 1].x + 0.5, 'buttons do not overlap');
      await page.screenshot({ path: path.join(SHOTS, `find-bar-390-${scheme}.png`) });
      // The Close button closes it too.
      await byRole(page, 'button', 'Close find').click();
      await byRole(page, 'textbox', 'Find on this screen').waitFor({ state: 'detached' });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
