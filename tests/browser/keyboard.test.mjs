// Keyboard only, the way a person without a pointer uses Hearth: only getByRole / getByText and
// key presses, never coordinates. Read chapter 1's first paragraph, start and end a time-out, write
// and save an appreciation moment (half of it pasted), export a backup. Tab order follows reading
// order and leaves the app after its last control (no trap); focus is drawn as a visible ring
// (screenshots).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, launch, openApp, settle, startServer } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const role = (page, r, name) => page.getByRole(r, { name, exact: true });
const focusedName = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? (el.getAttribute('aria-label') || el.textContent || '').trim() : '';
});

// Tab (or Shift+Tab) until the control named `name` has focus, as a person would, at most `max` presses.
async function tabTo(page, name, max = 80, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached "${name}"`);
}

describe('keyboard only', () => {
  test('read, take a time-out, and reach everything with Tab and Enter', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, problems } = await openApp(context, server, '#/');
    // Into the guide and chapter 1, with the keyboard.
    await page.keyboard.press('Tab');
    await tabTo(page, 'Guide');
    await page.keyboard.press('Enter');
    await role(page, 'heading', 'The guide').waitFor();
    await tabTo(page, '1. What intimacy is');
    await page.keyboard.press('Enter');
    await role(page, 'heading', 'What intimacy is').first().waitFor();
    const first = page.getByText(/^Most of us want at least one person who really knows us\./);
    await first.waitFor({ state: 'attached' });
    assert.match(await first.textContent(), /It grows, it can fade, and it can grow again\./);
    // The page scrolls with keys (End reaches the chapter's end: Try this).
    await page.keyboard.press('End');
    await role(page, 'heading', 'Try this').waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-chapter-1280.png') });

    // The time-out: start one and end it, by keyboard.
    await tabTo(page, 'Time-out');
    await page.keyboard.press('Enter');
    await role(page, 'heading', 'Time-out').waitFor();
    await tabTo(page, 'I understand');
    await page.keyboard.press('Enter');
    await tabTo(page, "Let's pause — start a time-out of 20 minutes");
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-focus-ring-1280.png') });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^I'll be back at / }).waitFor();
    await tabTo(page, "I'm ready to come back");
    await page.keyboard.press('Enter');
    // Ending early asks first: "Keep pausing" comes first in Tab order, the confirm after it.
    await role(page, 'button', 'Keep pausing').waitFor();
    await tabTo(page, 'Keep pausing');
    await page.keyboard.press('Tab');
    assert.equal(await focusedName(page), 'Yes, end the break now');
    await page.keyboard.press('Enter');
    await role(page, 'button', "We're talking again").waitFor();
    await tabTo(page, "We're talking again");
    await page.keyboard.press('Enter');
    await role(page, 'button', "Let's pause — start a time-out of 20 minutes").waitFor();

    // Write and save an appreciation moment: back up to the navigation with Shift+Tab, into
    // Exercises, Tab into the field, type, Tab to the save button.
    await tabTo(page, 'Exercises', 80, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await role(page, 'heading', 'Exercises').waitFor();
    await tabTo(page, 'Appreciation moments');
    await page.keyboard.press('Enter');
    await role(page, 'heading', 'Appreciation moments').waitFor();
    await tabTo(page, 'Something I appreciated today');
    // Half typed, half pasted from the clipboard (the field is a real text field: paste works).
    await page.evaluate(() => navigator.clipboard.writeText('when I was tired'));
    await page.keyboard.type('You made soup ');
    await page.keyboard.press('ControlOrMeta+V');
    await page.waitForFunction(() => document.activeElement?.value === 'You made soup when I was tired');
    await tabTo(page, "Save today's moment");
    await page.keyboard.press('Enter');
    await page.getByText('You made soup when I was tired', { exact: true }).waitFor({ state: 'attached' });

    // Export a backup from Settings, by keyboard.
    await tabTo(page, 'Settings', 80, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await role(page, 'heading', 'Settings').waitFor();
    await tabTo(page, 'Export a backup file');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /^hearth-backup-\d{4}-\d{2}-\d{2}\.json$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Tab order follows reading order and leaves the app after the last control', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page } = await openApp(context, server, '#/settings');
    await role(page, 'heading', 'Settings').waitFor();
    const order = await page.evaluate(() => [...document.querySelectorAll('#mirror a, #mirror button, #mirror input, #mirror textarea')]
      .filter((e) => !e.disabled).map((e) => (e.getAttribute('aria-label') || e.textContent).trim()));
    assert.equal(order[0], 'Hearth', 'the brand comes first');
    assert.ok(order.indexOf('Quick exit: leave Hearth now for a neutral site') < order.indexOf('Text size'), 'the bar before the page');
    // Shift+Tab from the first control leaves the app backwards; Tab after the last leaves forwards
    // (to whatever the page has next: here a button the test adds after the app, as a host page would).
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'after-app';
      b.textContent = 'After Hearth';
      document.body.appendChild(b);
    });
    await role(page, 'link', 'Hearth').focus();
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.getElementById('mirror').contains(document.activeElement)), false);
    const last = order[order.length - 1];
    await page.getByRole('button', { name: last, exact: true }).or(page.getByRole('link', { name: last, exact: true })).first().focus();
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => document.activeElement.id);
    assert.equal(after, 'after-app', `Tab after the last control (${last}) leaves the app`);
    await context.close();
  });
});

describe('every exercise by keyboard', () => {
  const EXERCISES = ['intimacy-map', 'daily-check-in', 'question-decks', 'i-statement-coach', 'reflective-listening',
    'open-questions', 'appreciation', 'ground-rules', 'after-argument', 'ritual-planner', 'closeness-fears',
    'interdependence', 'shared-experiences'];
  test('Tab reaches every control on each exercise screen, in order, and the screen follows focus', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server, '#/');
    const missed = [];
    let total = 0;
    for (const id of EXERCISES) {
      await page.evaluate((h) => { location.hash = h; }, `#/exercise/${id}`);
      await page.getByRole('link', { name: '< All exercises', exact: true }).waitFor();
      await settle(page, 150);
      const want = await page.evaluate(() => [...document.querySelectorAll('#mirror main [data-id]')]
        .filter((el) => el.matches('a, button, input, textarea') && !el.disabled).map((el) => el.dataset.id));
      assert.ok(want.length >= 3, `${id} has controls (${want.length})`);
      total += want.length;
      // From the top of the page: focus the first control of the page, then Tab on.
      await page.evaluate(() => document.querySelector('#mirror main [data-id]:is(a, button, input, textarea)').focus());
      const reached = new Set();
      for (let i = 0; i < want.length + 5; i++) {
        const at = await page.evaluate(() => {
          const el = document.activeElement;
          return el && el.closest('#mirror main') ? el.dataset.id : null;
        });
        if (!at) break;  // left the page's controls
        reached.add(at);
        if (i === Math.floor(want.length * 0.8)) {  // deep in the page: the page scrolled to show it
          await settle(page, 150);
          const seen = await page.evaluate(() => {
            const el = document.activeElement, r = el.getBoundingClientRect();
            return !el.classList.contains('off') && r.top >= 0 && r.bottom <= innerHeight;
          });
          if (!seen) missed.push(`${id}: focused control ${at} is not on screen`);
          if (id === 'ritual-planner') await page.screenshot({ path: path.join(SHOTS, 'keyboard-exercise-focus-1280.png') });
        }
        await page.keyboard.press('Tab');
      }
      const now = await page.evaluate(() => new Set([...document.querySelectorAll('#mirror main [data-id]')].map((el) => el.dataset.id)));
      for (const w of want) if (!reached.has(w) && now.has(w)) missed.push(`${id}: control ${w}`);
    }
    assert.deepEqual(missed, []);
    console.log(`# ${total} controls on ${EXERCISES.length} exercise screens reached by Tab`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
