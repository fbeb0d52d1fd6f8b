// The two planning exercises in the real page: choose rituals, download the .ics and check it with
// a real iCalendar parser (tests/tools/validate_ics.py); agree the ground rules and see the
// time-out use the new signal. Screenshots at 390 and 1280 px go to build/screenshots.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, SHOTS, byRole, launch, openApp, settle, startServer, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const desk = { viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'Europe/London' };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  locale: 'en-US', timezoneId: 'Europe/London' };

// Scrolls the page with the wheel (down, then back up if needed) until the mirror element is on screen.
async function reach(page, locator) {
  const vh = page.viewportSize().height;
  await page.mouse.move(page.viewportSize().width / 2, vh / 2);
  for (const dir of [1, -1]) {
    for (let i = 0; i < 60; i++) {
      const cls = (await locator.getAttribute('class')) || '';
      const b = await locator.boundingBox();
      if (!cls.includes('off') && b && b.y >= 56 && b.y + b.height <= vh - 8) return;
      await page.mouse.wheel(0, dir * 180);
      await page.waitForTimeout(50);
    }
  }
  throw new Error('could not scroll to the element');
}

async function press(page, role, name) {
  const l = byRole(page, role, name);
  await l.waitFor({ state: 'attached' });
  await reach(page, l);
  await l.click();
}

async function type(page, name, value) {
  const l = page.getByRole('textbox', { name, exact: true });
  await l.waitFor({ state: 'attached' });
  await reach(page, l);
  await l.fill(value);
}

async function waitChecked(page, name) {
  const l = byRole(page, 'checkbox', name);
  for (let i = 0; i < 50; i++) {
    if (await l.isChecked()) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`${name} was not checked`);
}

describe('planning exercises', () => {
  test('choose rituals, set one, download the .ics and validate it with a real parser', async () => {
    const context = await browser.newContext(desk);
    const { page, problems } = await openApp(context, server, '#/exercise/ritual-planner');
    await byRole(page, 'heading', 'Ritual planner').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-rituals-empty-1280.png') });
    for (const name of ['Phone-free meal', 'A standing date', 'Monthly relationship check-in']) {
      await press(page, 'checkbox', name);
      await waitChecked(page, name);
    }
    await press(page, 'button', 'Change day and time: A standing date');
    await type(page, 'Name in your calendar', 'Soirée à deux');
    await press(page, 'checkbox', 'Saturday');
    await byRole(page, 'heading', 'Soirée à deux').waitFor();
    await shown(page, 'Fridays and Saturdays at 7:30 pm, 2 hours', { exact: true }).waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-rituals-editor-1280.png') });
    await press(page, 'button', 'Done with Soirée à deux');

    const dir = mkdtempSync(path.join(os.tmpdir(), 'hearth-ics-'));
    try {
      const button = byRole(page, 'button', 'Download calendar file (.ics)');
      await reach(page, button);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      assert.equal(download.suggestedFilename(), 'rituals.ics');
      const file = path.join(dir, 'rituals.ics');
      await download.saveAs(file);
      const text = readFileSync(file, 'utf8');
      assert.match(text, /^BEGIN:VCALENDAR\r\n/);
      assert.equal((text.match(/BEGIN:VEVENT/g) || []).length, 3);
      assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
      assert.ok(!/hearth/i.test(text), 'the file names no app unless asked');
      let out = '';
      try {
        out = execFileSync('/usr/bin/python3', [path.join(ROOT, 'tests', 'tools', 'validate_ics.py'), '--no-app-name', file],
          { encoding: 'utf8' });
      } catch (e) {
        if (e.status === 77) console.warn('python3-icalendar missing: the parser check is skipped');
        else assert.fail(`validate_ics.py: ${e.stdout}${e.stderr}`);
      }
      if (out) {
        assert.match(out, /events: 3\n/);
        assert.match(out, /Soirée à deux \| FREQ=WEEKLY;BYDAY=FR,SA/);
        assert.match(out, /Monthly relationship check-in \| FREQ=MONTHLY;BYDAY=1SU/);
        assert.match(out, /Phone-free meal \| FREQ=WEEKLY;BYDAY=WE,SU/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    await press(page, 'button', 'We kept it today: Phone-free meal');
    await shown(page, 'Kept today.', { exact: true }).first().waitFor({ state: 'attached' });
    await reach(page, byRole(page, 'heading', 'Kept lately'));
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-rituals-kept-1280.png') });
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('hearth:doc')).exercises);
    assert.ok(saved, 'the exercises are saved');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('agree the ground rules on a phone and the time-out uses the new signal', async () => {
    const context = await browser.newContext(phone);
    const { page, problems } = await openApp(context, server, '#/exercise/ground-rules');
    await byRole(page, 'heading', 'Our ground rules').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-rules-top-390.png') });
    await press(page, 'checkbox', 'No “always” or “never”');
    await press(page, 'checkbox', 'Either of us can pause');
    await type(page, 'A rule in your own words', 'We sit down when we talk');
    await press(page, 'button', 'Add this rule');
    await shown(page, '• We sit down when we talk', { exact: true }).waitFor({ state: 'attached' });
    await type(page, 'Our signal (the words)', 'Time out, love');
    await type(page, 'A hand sign too (optional)', 'a T with our hands');
    await press(page, 'radio', 'A break of 30 minutes');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-rules-timeout-part-390.png') });
    await type(page, 'First person\'s name', 'Sam');
    await type(page, 'Second person\'s name', 'Alex');
    await press(page, 'button', "I'm Sam and I agree");
    await shown(page, 'Sam agrees.', { exact: true }).waitFor({ state: 'attached' });
    await press(page, 'button', "I'm Alex and I agree");
    await shown(page, 'The time-out now starts with “Time out, love” and lasts 30 minutes.', { exact: true })
      .waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-rules-agreed-390.png') });

    await press(page, 'link', 'Open the time-out');
    await byRole(page, 'heading', 'Time-out').waitFor();
    await press(page, 'button', 'I understand');
    await byRole(page, 'button', 'Time out, love — start a time-out of 30 minutes').waitFor({ state: 'attached' });
    assert.equal(await byRole(page, 'button', "Let's pause — start a time-out of 20 minutes").count(), 0);
    await shown(page, 'Our agreement: Hand sign: a T with our hands. The one who asked for the break checks back in.',
      { exact: true }).waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-rules-timeout-390.png') });

    // The ritual planner on the phone, with one ritual's editor open.
    await page.goto(server.url + '#/exercise/ritual-planner');
    await byRole(page, 'heading', 'Ritual planner').waitFor();
    await press(page, 'checkbox', 'Ten-minute reunion check-in');
    await press(page, 'button', 'Change day and time: Ten-minute reunion check-in');
    await reach(page, byRole(page, 'checkbox', 'Monday'));
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-rituals-editor-390.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the ground rules at 1280 px', async () => {
    const context = await browser.newContext(desk);
    const { page, problems } = await openApp(context, server, '#/exercise/ground-rules');
    await byRole(page, 'heading', 'Our ground rules').waitFor();
    await press(page, 'checkbox', 'Say “I feel”, not “you never”');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-rules-1280.png') });
    await reach(page, byRole(page, 'heading', 'We both agree'));
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'ex-rules-confirm-1280.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
