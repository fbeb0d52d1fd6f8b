// The repair toolkit in the real page: one tap from the time-out's way back in on a 390 px phone (a
// break run to its end on Playwright's fake clock), a group chosen and a phrase marked as ours by
// touch (saved, and shown first), and screenshots at 390 and 1280 px, light and dark, in
// build/screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, acceptSafetyNote, byRole, launch, openApp, settle, startServer, touchDrag, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const START = Date.UTC(2026, 10, 23, 1, 20, 0);
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true,
  timezoneId: 'America/New_York', locale: 'en-US' };

// Swipes up with a finger until `locator` is on screen between 100 and maxY (slow swipes: little fling).
async function swipeTo(page, locator, maxY = 700) {
  for (let i = 0; i < 30; i++) {
    const cls = (await locator.getAttribute('class')) || '';
    const b = await locator.boundingBox();
    if (!cls.includes('off') && b && b.y >= 100 && b.y + b.height < maxY) return;
    const up = !b || cls.includes('off') || b.y >= 100;
    await touchDrag(page, 195, up ? 600 : 300, up ? -200 : 200, 8, 40);
    await page.waitForTimeout(500);
  }
  throw new Error('could not swipe to the element');
}

describe('repair toolkit', () => {
  test('one tap from the way back in after a time-out, by touch at 390 px; a phrase marked as ours', async () => {
    const context = await browser.newContext(phone);
    await context.clock.install({ time: START });
    const { page, problems } = await openApp(context, server, '#/timeout');
    await acceptSafetyNote(page, 'tap');
    await byRole(page, 'button', "Let's pause — start a time-out of 20 minutes").tap();
    await page.getByRole('heading', { name: /^I'll be back at/ }).waitFor();
    await page.clock.fastForward('21:00');
    await byRole(page, 'heading', 'Time to come back').waitFor({ timeout: 10000 });
    await shown(page, 'Here is a gentle way back in.').waitFor({ state: 'attached' });
    const link = byRole(page, 'link', 'Stuck for words? Open the repair toolkit');
    await swipeTo(page, link);
    await page.waitForTimeout(600);
    await link.tap();
    await byRole(page, 'heading', 'Repair toolkit').waitFor();
    assert.match(page.url(), /#\/exercise\/repair-toolkit$/);
    await byRole(page, 'heading', 'I feel…').waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'repair-top-390-light.png') });
    // Another group, by touch; then one of its phrases marked as ours.
    const sorry = byRole(page, 'radio', 'Show: Sorry…');
    await swipeTo(page, sorry);
    await page.waitForTimeout(600);
    await sorry.tap();
    await byRole(page, 'heading', 'Sorry…').waitFor({ state: 'attached' });
    const mark = page.getByRole('checkbox', { name: /^One of ours: / }).first();
    const phrase = (await mark.getAttribute('aria-label')).replace('One of ours: ', '');
    await swipeTo(page, mark);
    await page.waitForTimeout(600);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'repair-group-390-light.png') });
    await mark.tap();
    await byRole(page, 'heading', 'Our phrases').waitFor({ state: 'attached' });
    await byRole(page, 'button', `Remove from our phrases: ${phrase}`).waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);  // the throttled save
    const ours = await page.evaluate(() => JSON.parse(localStorage.getItem('hearth:doc')).exercises['repair-toolkit'].ours);
    assert.equal(ours.length, 1);
    assert.match(ours[0], /^sorry-/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [w, scheme] of [[390, 'light'], [390, 'dark'], [1280, 'light'], [1280, 'dark']]) {
    test(`screenshot at ${w} px, ${scheme}`, async () => {
      const context = await browser.newContext({ viewport: { width: w, height: w < 500 ? 844 : 800 },
        deviceScaleFactor: w < 500 ? 2 : 1, colorScheme: scheme });
      const { page, problems } = await openApp(context, server, '#/exercise/repair-toolkit');
      await byRole(page, 'heading', 'I feel…').waitFor({ state: 'attached' });
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `repair-${w}-${scheme}.png`) });
      await page.mouse.move(w / 2, 400);
      await page.mouse.wheel(0, w < 500 ? 700 : 400);
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `repair-${w}-${scheme}-phrases.png`) });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
