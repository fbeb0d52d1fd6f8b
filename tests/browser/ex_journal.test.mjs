// The journal exercises in the real page: an appreciation line written, saved, still there after a
// reload, and copied to share; a whole daily check-in run on Playwright's clock through all four
// turns to the end, which records the day; the after-argument form. Screenshots at 390 and 1280 px
// go to build/screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { byRole, launch, openApp, scrollUntil, settle, SHOTS, startServer, storedDoc as doc, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// 20:00 UTC on Monday 23 November 2026; the contexts run in UTC.
const START = Date.UTC(2026, 10, 23, 20, 0, 0);
const desk = { viewport: { width: 1280, height: 800 }, timezoneId: 'UTC', locale: 'en-GB' };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, timezoneId: 'UTC', locale: 'en-GB' };

describe('journal exercises', () => {
  test('appreciation: write and save a line, reload, it is there, copy it to share', async () => {
    const context = await browser.newContext(desk);
    await context.clock.install({ time: START });
    const { page, problems } = await openApp(context, server, '#/exercise/appreciation');
    await byRole(page, 'heading', 'Appreciation moments').waitFor();
    const line = 'They brought me coffee before my early shift';
    await page.getByRole('textbox', { name: 'Something I appreciated today' }).fill(line);
    await byRole(page, 'button', "Save today's moment").click();
    await shown(page, line, { exact: true }).waitFor();
    await shown(page, 'Days with a moment in November: 1.').waitFor();
    await page.waitForTimeout(1500);  // the throttled save
    const saved = (await doc(page)).exercises.appreciation.entries;
    assert.equal(saved.length, 1);
    assert.equal(saved[0].text, line);

    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await shown(page, line, { exact: true }).waitFor();
    await byRole(page, 'button', 'Copy to share').click();
    await page.waitForFunction(() => window.hearth.copied !== undefined && window.hearth.copied !== '');
    const copied = await page.evaluate(() => window.hearth.copied);
    assert.equal(copied, `Something I appreciated on Monday 23 November 2026: ${line}`);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-appreciation-1280.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('daily check-in: four timed turns on a fake clock, roles swap, the day is recorded', async () => {
    const context = await browser.newContext(phone);
    await context.clock.install({ time: START });
    const { page, problems } = await openApp(context, server, '#/exercise/daily-check-in');
    await byRole(page, 'heading', 'Daily check-in').waitFor();
    await page.getByRole('textbox', { name: 'First name (optional)' }).fill('Robin');
    await page.getByRole('textbox', { name: 'Second name (optional)' }).fill('Alex');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-checkin-setup-390.png') });
    await page.mouse.move(195, 500);
    const start = byRole(page, 'button', 'Start the check-in');
    await scrollUntil(page, start, 800);
    await start.click();
    const speakers = ['Robin', 'Alex', 'Robin', 'Alex'];
    for (let turn = 0; turn < 4; turn++) {
      await byRole(page, 'heading', `${speakers[turn]} talks`).waitFor();
      await byRole(page, 'heading', `${speakers[(turn + 1) % 2]} listens`).waitFor();
      await shown(page, turn < 2 ? 'Which moment today felt the best?' : 'Which moment today was the hardest?').waitFor();
      if (turn === 0) {
        await shown(page, "2:30 left in Robin's turn").waitFor();
        await settle(page);
        await page.screenshot({ path: path.join(SHOTS, 'ex-checkin-turn-390.png') });
      }
      await page.clock.fastForward('02:31');
      await byRole(page, 'heading', 'Time is up. Swap roles.').waitFor({ timeout: 10000 });
      if (turn === 0) {
        await settle(page);
        await page.screenshot({ path: path.join(SHOTS, 'ex-checkin-swap-390.png') });
      }
      const next = turn < 3 ? `Start ${speakers[turn + 1]}'s turn` : 'Finish the check-in';
      await byRole(page, 'button', next).click();
    }
    await byRole(page, 'heading', 'Check-in done').waitFor();
    await page.waitForTimeout(1500);  // the throttled save
    const done = (await doc(page)).exercises.done.filter((d) => d.id === 'daily-check-in');
    assert.equal(done.length, 1);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-checkin-done-390.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('screens at 1280 and 390 px: check-in turn, appreciation, after an argument', async () => {
    for (const [name, opts] of [['1280', desk], ['390', phone]]) {
      const context = await browser.newContext(opts);
      await context.clock.install({ time: START });
      const { page, problems } = await openApp(context, server, '#/exercise/after-argument');
      await byRole(page, 'heading', 'After an argument').waitFor();
      await page.getByRole('textbox', { name: 'What the argument was about on the surface' }).fill('Whose turn it was to cook');
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `ex-after-${name}.png`) });
      await page.mouse.move(opts.viewport.width / 2, 500);
      const box = byRole(page, 'checkbox', 'Unheard');
      await scrollUntil(page, box, opts.viewport.height - 100);
      await box.click();
      const save = byRole(page, 'button', 'Save this reflection');
      await scrollUntil(page, save, opts.viewport.height - 100);
      await save.click();
      await shown(page, 'Whose turn it was to cook', { exact: true }).waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `ex-after-saved-${name}.png`) });
      const entries = (await (async () => { await page.waitForTimeout(1500); return doc(page); })()).exercises['after-argument'].entries;
      assert.equal(entries.length, 1);
      assert.deepEqual(entries[0].needs, ['unheard']);

      await page.goto(server.url + '#/exercise/appreciation');
      await byRole(page, 'heading', 'Appreciation moments').waitFor();
      await byRole(page, 'button', 'Stuck? Give me an idea').click();
      await shown(page, /^Try this: /).waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `ex-appreciation-write-${name}.png`) });

      await page.goto(server.url + '#/exercise/daily-check-in');
      await byRole(page, 'heading', 'Daily check-in').waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `ex-checkin-setup-${name}.png`) });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
