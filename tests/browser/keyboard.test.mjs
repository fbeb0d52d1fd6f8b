// Keyboard only, the way a person without a pointer uses Hearth: only getByRole / getByText and
// key presses, never coordinates. Read chapter 1's first paragraph, start and end a time-out, write
// and save an appreciation moment (half of it pasted), export a backup. Tab order follows reading
// order and leaves the app after its last control (no trap); focus is drawn as a visible ring
// (screenshots).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, launch, openApp, settle, startServer, whenChecked, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const role = (page, r, name) => page.getByRole(r, { name, exact: true });
const focusedName = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? (el.getAttribute('aria-label') || el.textContent || '').trim() : '';
});

// A new screen sends focus to its main heading a frame or two after it shows. Tabbing on before that
// (as a test does at once, and a loaded machine draws slowly) has that move take focus back from
// where Tab had reached (CI once pressed Enter on the Time-out heading instead of the start button):
// wait for it, as a person would see the focus ring land first.
const headingFocused = (page, name) => page.waitForFunction(([n, re]) => {
  const el = document.activeElement;
  const t = el ? el.textContent.trim() : '';
  return !!el && /^H[1-6]$/.test(el.tagName) && (re ? new RegExp(re).test(t) : t === n);
}, [typeof name === 'string' ? name : '', typeof name === 'string' ? '' : name.source], { timeout: 15000 });

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
    await headingFocused(page, 'The guide');
    await tabTo(page, '1. What intimacy is');
    await page.keyboard.press('Enter');
    await role(page, 'heading', 'What intimacy is').first().waitFor();
    const first = shown(page, /^Most of us want at least one person who really knows us\./);
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
    await headingFocused(page, 'Time-out');
    await tabTo(page, 'I understand');
    await page.keyboard.press('Enter');
    await tabTo(page, "Let's pause — start a time-out of 20 minutes");
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-focus-ring-1280.png') });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^I'll be back at / }).waitFor();
    await headingFocused(page, /./);  // the start button is gone: focus went to the screen's main heading
    await tabTo(page, "I'm ready to come back");
    await page.keyboard.press('Enter');
    // Ending early asks first: "Keep pausing" comes first in Tab order, the confirm after it.
    await role(page, 'button', 'Keep pausing').waitFor();
    await headingFocused(page, 'End the break now?');  // the button pressed is gone: focus went to the question
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
    await headingFocused(page, 'Exercises');
    await tabTo(page, 'Appreciation moments');
    await page.keyboard.press('Enter');
    await role(page, 'heading', 'Appreciation moments').waitFor();
    await headingFocused(page, 'Appreciation moments');
    await tabTo(page, 'Something I appreciated today');
    // Half typed, half pasted from the clipboard (the field is a real text field: paste works).
    await page.evaluate(() => navigator.clipboard.writeText('when I was tired'));
    await page.keyboard.type('You made soup ');
    await page.keyboard.press('ControlOrMeta+V');
    await page.waitForFunction(() => document.activeElement?.value === 'You made soup when I was tired');
    await tabTo(page, "Save today's moment");
    await page.keyboard.press('Enter');
    await shown(page, 'You made soup when I was tired', { exact: true }).waitFor({ state: 'attached' });

    // Export a backup from Settings, by keyboard.
    await tabTo(page, 'Settings', 80, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await role(page, 'heading', 'Settings').waitFor();
    await headingFocused(page, 'Settings');
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
    assert.equal(order[0], 'Skip to content', 'the skip link comes first');
    assert.equal(order[1], 'Hearth', 'then the brand');
    assert.ok(order.indexOf('Quick exit: leave Hearth now for a neutral site') < order.indexOf('Text size'), 'the bar before the page');
    // Shift+Tab from the first control leaves the app backwards; Tab after the last leaves forwards
    // (to whatever the page has next: here a button the test adds after the app, as a host page would).
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'after-app';
      b.textContent = 'After Hearth';
      document.body.appendChild(b);
    });
    await role(page, 'link', 'Skip to content').focus();
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
      // Every Tab stop: a group of choices is one (its other choices are reached with the arrow keys).
      const want = await page.evaluate(() => [...document.querySelectorAll('#mirror main [data-id]')]
        .filter((el) => el.matches('a, button, input, textarea') && !el.disabled && el.tabIndex >= 0).map((el) => el.dataset.id));
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
      const now = await page.evaluate(() => new Set([...document.querySelectorAll('#mirror main [data-id]')]
        .filter((el) => el.tabIndex >= 0).map((el) => el.dataset.id)));
      for (const w of want) if (!reached.has(w) && now.has(w)) missed.push(`${id}: control ${w}`);
    }
    assert.deepEqual(missed, []);
    console.log(`# ${total} controls on ${EXERCISES.length} exercise screens reached by Tab`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// Where focus goes after a move: never dropped on the page's body.
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { role: 'body', name: '' };
  const role = el.getAttribute('role') || ({ A: 'link', BUTTON: 'button', TEXTAREA: 'textbox' }[el.tagName])
    || (/^H[1-6]$/.test(el.tagName) ? 'heading' : el.tagName === 'INPUT' ? ({ text: 'textbox', password: 'textbox', radio: 'radio',
      checkbox: 'checkbox', range: 'slider' }[el.type]) : el.tagName.toLowerCase());
  return { role, name: (el.getAttribute('aria-label') || el.textContent || '').trim(), level: /^H[1-6]$/.test(el.tagName) ? +el.tagName[1] : 0,
    group: el.closest('#mirror .group')?.getAttribute('aria-label') || '', pressed: el.getAttribute('aria-pressed') };
});
const waitFocus = (page, role, name) => page.waitForFunction(([r, n]) => {
  const el = document.activeElement;
  if (!el || el === document.body) return false;
  const isRole = r === 'heading' ? /^H[1-6]$/.test(el.tagName) : r === 'radio' ? el.type === 'radio' : r === 'textbox'
    ? el.matches('input[type=text], input[type=password], textarea') : r === 'link' ? el.tagName === 'A' : el.tagName === 'BUTTON';
  return isRole && (el.getAttribute('aria-label') || el.textContent).trim() === n;
}, [role, name], { timeout: 10000 });

describe('focus after a move', () => {
  test('Skip to content is the first Tab stop and takes focus to the main heading', async () => {
    for (const [w, h] of [[390, 844], [1280, 800]]) {
      const context = await browser.newContext({ viewport: { width: w, height: h } });
      const { page, problems } = await openApp(context, server, '#/guide');
      await role(page, 'heading', 'The guide').waitFor();
      await settle(page);
      await page.keyboard.press('Tab');
      assert.deepEqual(await focused(page), { role: 'link', name: 'Skip to content', level: 0, group: '', pressed: null });
      await settle(page);
      // Drawn while it has focus: the screen shows it where the mirror says it is, at the top.
      const b = await role(page, 'link', 'Skip to content').boundingBox();
      assert.ok(b && b.y < 40 && b.height >= 40, `shown at the top (${JSON.stringify(b)})`);
      await page.screenshot({ path: path.join(SHOTS, `keyboard-skip-link-${w}.png`) });
      await page.keyboard.press('Enter');
      await waitFocus(page, 'heading', 'The guide');
      assert.equal((await focused(page)).level, 1);
      await page.keyboard.press('Tab');  // on from the heading: the page's first control, not the bar
      assert.deepEqual([(await focused(page)).role, (await focused(page)).name], ['textbox', 'Search the guide']);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('an in-page link, a Try this link and the exercise list move focus to the new heading', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server, '#/guide/what-intimacy-is');
    await role(page, 'heading', 'What intimacy is').waitFor();
    await role(page, 'link', 'The kinds of intimacy').focus();  // a link inside the chapter's text
    await page.keyboard.press('Enter');
    await waitFocus(page, 'heading', 'The kinds of intimacy');
    assert.equal((await focused(page)).level, 1);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-focus-after-link-1280.png') });
    // Tab goes on from there, into the chapter.
    await page.keyboard.press('Tab');
    assert.notEqual((await focused(page)).role, 'body');

    // A chapter's "Try this" link to an exercise.
    await tabTo(page, 'Map the five kinds of closeness');
    await page.keyboard.press('Enter');
    await waitFocus(page, 'heading', 'Intimacy map');

    // The exercise list to an exercise.
    await page.evaluate(() => { location.hash = '#/exercises'; });
    await waitFocus(page, 'heading', 'Exercises');
    await tabTo(page, 'Ritual planner');
    await page.keyboard.press('Enter');
    await waitFocus(page, 'heading', 'Ritual planner');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Change day and time puts focus in the day and time editor, a few Tabs from everything in it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page, problems } = await openApp(context, server, '#/exercise/ritual-planner');
    await role(page, 'heading', 'Ritual planner').waitFor();
    await role(page, 'checkbox', 'A standing date').focus();
    await page.keyboard.press('Space');
    await role(page, 'button', 'Change day and time: A standing date').waitFor({ state: 'attached' });
    await role(page, 'button', 'Change day and time: A standing date').focus();
    await page.keyboard.press('Enter');
    await waitFocus(page, 'radio', 'Every week');
    assert.equal((await focused(page)).group, 'How often');
    // From there: the days (one stop), then the time, in two Tabs.
    let tabs = 0;
    while ((await focused(page)).name !== 'Time of day' && tabs < 20) { await page.keyboard.press('Tab'); tabs++; }
    assert.equal((await focused(page)).name, 'Time of day');
    assert.ok(tabs <= 3, `${tabs} Tabs from the editor's first choice to the time`);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-ritual-editor-390.png') });
    await tabTo(page, 'Done with A standing date');
    await page.keyboard.press('Enter');
    await waitFocus(page, 'button', 'Change day and time: A standing date');  // back where it opened
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the coach\'s feeling words are one Tab stop; arrows move, Space toggles, Home and End', async () => {
    for (const [w, h] of [[390, 844], [1280, 800]]) {
      const context = await browser.newContext({ viewport: { width: w, height: h } });
      const { page, problems } = await openApp(context, server, '#/exercise/i-statement-coach');
      await role(page, 'heading', 'I-statement coach').waitFor();
      const bar = page.getByRole('toolbar', { name: 'Feeling words', exact: true });
      await bar.waitFor({ state: 'attached' });
      const words = await bar.getByRole('button').allTextContents();
      assert.ok(words.length >= 20, `${words.length} feeling words`);
      // The control just before the group, in Tab order.
      await page.evaluate(() => {
        const all = [...document.querySelectorAll('#mirror a, #mirror button, #mirror input, #mirror textarea')]
          .filter((e) => !e.disabled && e.tabIndex >= 0);
        const first = document.querySelector('#mirror [role=toolbar] [data-id]');
        const before = all.filter((e) => e.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
        before[before.length - 1].focus();
      });
      await page.keyboard.press('Tab');  // one Tab enters the group, on its first word
      let at = await focused(page);
      assert.equal(at.group, 'Feeling words');
      assert.equal(at.name, words[0]);
      assert.equal(at.pressed, 'false');
      await page.keyboard.press('Tab');  // one more leaves it
      at = await focused(page);
      assert.equal(at.group, '');
      assert.equal(at.name, 'I feel (pick a word above or type your own)');
      await page.keyboard.press('Shift+Tab');  // back in, where it was
      assert.equal((await focused(page)).name, words[0]);
      await page.keyboard.press('ArrowRight');
      assert.equal((await focused(page)).name, words[1]);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');  // wraps to the last
      assert.equal((await focused(page)).name, words[words.length - 1]);
      await page.keyboard.press('Home');
      assert.equal((await focused(page)).name, words[0]);
      await page.keyboard.press('End');
      assert.equal((await focused(page)).name, words[words.length - 1]);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      const word = words[1];
      assert.equal((await focused(page)).name, word);
      await page.keyboard.press('Space');  // chosen: pressed, and written in the field
      await page.waitForFunction((n) => [...document.querySelectorAll('#mirror [role=toolbar] button')]
        .some((b) => b.textContent === n && b.getAttribute('aria-pressed') === 'true'), word);
      await page.waitForFunction((n) => document.querySelector('#mirror input[aria-label="I feel (pick a word above or type your own)"]').value === n, word);
      assert.equal((await focused(page)).name, word);  // focus stays on it
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `keyboard-feelings-${w}.png`) });
      await page.keyboard.press('Enter');  // pressed again: not chosen
      await page.waitForFunction((n) => [...document.querySelectorAll('#mirror [role=toolbar] button')]
        .some((b) => b.textContent === n && b.getAttribute('aria-pressed') === 'false'), word);
      // Tab then Shift+Tab comes back to the word last visited.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      assert.equal((await focused(page)).name, word);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('a radio group is one Tab stop; the arrows move and choose', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openApp(context, server, '#/settings');
    await role(page, 'heading', 'Settings').waitFor();
    const group = page.getByRole('radiogroup', { name: 'Theme', exact: true });
    await group.waitFor({ state: 'attached' });
    const tabStops = await group.evaluate((g) => [...g.querySelectorAll('input')].filter((e) => e.tabIndex >= 0).length);
    assert.equal(tabStops, 1);
    await role(page, 'radio', 'Follow the system').focus();
    await page.keyboard.press('ArrowDown');
    await waitFocus(page, 'radio', 'Light');
    await whenChecked(page, 'Light');
    await page.keyboard.press('Tab');
    assert.notEqual((await focused(page)).group, 'Theme');
    await page.keyboard.press('Shift+Tab');  // back on the chosen one
    assert.equal((await focused(page)).name, 'Light');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
