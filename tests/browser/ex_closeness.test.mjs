// "Getting closer in 45 minutes" in the real page, by touch at 390 px on Playwright's fake clock: names,
// whose turn it is, a set's time running out (said softly, no rush), pausing, moving on through all three
// sets, the closing notes saved and recorded, and the session's place kept across a reload. Screenshots at
// 390 and 1280 px go to build/screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { byRole, launch, openApp, settle, SHOTS, startServer, storedDoc as doc, touchDrag, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const START = Date.UTC(2026, 10, 23, 20, 0, 0);
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true,
  timezoneId: 'UTC', locale: 'en-US' };
const desk = { viewport: { width: 1280, height: 800 }, timezoneId: 'UTC', locale: 'en-US' };

// Swipes the page (a finger drag) until `locator` is on screen, then taps it: down first, and up
// when 8 swipes have not found it.
async function swipeTap(page, locator, maxY = 700) {
  let up = true, seen = false, dist = 250, unseen = 0;
  for (let i = 0; i < 40; i++) {
    const cls = (await locator.getAttribute('class')) || '';
    const b = await locator.boundingBox();
    const on = !cls.includes('off') && b;
    if (on && b.y >= 90 && b.y + b.height < maxY) { await locator.tap(); return; }
    if (on) { seen = true; unseen = 0; up = b.y >= 90; } else if (seen) { up = !up; dist = Math.max(80, dist / 2); seen = false; }
    else if (++unseen % 8 === 0) up = !up;  // not found below in 8 swipes: it is above (and the other way)
    await touchDrag(page, 195, up ? 600 : 300, up ? -dist : dist, 8, 40);
    await settle(page);
  }
  throw new Error('could not swipe to the element');
}

describe('closeness session', () => {
  test('a whole session by touch at 390 px: turns, time up, pause, three sets, closing notes saved', async () => {
    const context = await browser.newContext(phone);
    await context.clock.install({ time: START });
    const { page, problems } = await openApp(context, server, '#/exercise/closeness-session');
    await byRole(page, 'heading', 'Getting closer in 45 minutes').waitFor();
    await page.getByRole('textbox', { name: 'First name (optional)' }).fill('Robin');
    await page.getByRole('textbox', { name: 'Second name (optional)' }).fill('Alex');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-closeness-setup-390.png') });
    await swipeTap(page, byRole(page, 'button', 'Start set 1'));
    await byRole(page, 'heading', 'Light and easy').waitFor();
    await shown(page, "Robin's turn to answer first").waitFor();
    await shown(page, /^1[45]:\d\d left in set 1$/).waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-closeness-set-390.png') });
    await swipeTap(page, byRole(page, 'button', 'Next question'));
    await shown(page, "Alex's turn to answer first").waitFor();
    // Paused: the clock moves, the time left does not.
    await swipeTap(page, byRole(page, 'button', 'Pause the timer'));
    await byRole(page, 'button', 'Resume the timer').waitFor();
    const paused = shown(page, /^1[45]:\d\d left in set 1 \(paused\)$/);
    await paused.waitFor();
    const before = await paused.textContent();
    await page.clock.fastForward('20:00');
    await settle(page);
    assert.equal(await paused.textContent(), before);
    await swipeTap(page, byRole(page, 'button', 'Resume the timer'));
    await byRole(page, 'button', 'Pause the timer').waitFor();  // the tap is taken before the clock jumps
    await page.clock.fastForward('15:01');
    await byRole(page, 'heading', 'The time for this set is up').waitFor({ timeout: 10000 });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-closeness-timeup-390.png') });
    // No rush: the set goes on; then they move on.
    await swipeTap(page, byRole(page, 'button', 'Next question'));
    await shown(page, 'question 3 of 12').waitFor();
    await swipeTap(page, byRole(page, 'button', 'Move on to set 2 now'));
    await byRole(page, 'heading', 'A little more personal').waitFor();
    await shown(page, /^1[45]:\d\d left in set 2$/).waitFor();
    // The place is kept across a reload.
    await page.waitForTimeout(1500);  // the throttled save
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await byRole(page, 'heading', 'A little more personal').waitFor();
    await swipeTap(page, byRole(page, 'button', 'Move on to set 3 now'));
    await byRole(page, 'heading', 'Close to the heart').waitFor();
    for (let q = 1; q < 12; q++) {
      await swipeTap(page, byRole(page, 'button', 'Next question'));
      await shown(page, `question ${q + 1} of 12`).waitFor();
    }
    await swipeTap(page, byRole(page, 'button', 'Go on to the closing step'));
    await byRole(page, 'heading', 'What did you learn about each other?').waitFor();
    await page.getByRole('textbox', { name: 'What Robin learned about Alex' }).fill('Alex once built a raft.');
    await page.getByRole('textbox', { name: 'What Alex learned about Robin' }).fill('Robin hums when happy.');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-closeness-closing-390.png') });
    await swipeTap(page, byRole(page, 'button', 'Save and finish'));
    await byRole(page, 'heading', 'Session done').waitFor();
    await shown(page, 'What Robin learned about Alex: Alex once built a raft.').waitFor();
    await page.waitForTimeout(1500);
    const saved = await doc(page);
    assert.equal(saved.exercises.done.filter((d) => d.id === 'closeness-session').length, 1);
    assert.equal(saved.exercises['closeness-session'].notes[0].about_a, 'Robin hums when happy.');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-closeness-done-390.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('screens at 1280 px: setup with the source, and a set', async () => {
    const context = await browser.newContext(desk);
    await context.clock.install({ time: START });
    const { page, problems } = await openApp(context, server, '#/exercise/closeness-session');
    await byRole(page, 'heading', 'Getting closer in 45 minutes').waitFor();
    await shown(page, /https:\/\/doi\.org\/10\.1177\/0146167297234003/).waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-closeness-setup-1280.png') });
    await byRole(page, 'button', 'Start set 1').click();
    await byRole(page, 'heading', 'Light and easy').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-closeness-set-1280.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
