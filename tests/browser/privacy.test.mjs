// Privacy in the moment (issue 22, items 2 and 3): after a quick exit, Back (from the back-forward
// cache or a fresh load) and a reload open Hearth on Home with nothing of the person's on it; with
// "Keep Hearth out of this browser's history" one Back leaves Hearth, and the in-app Back link still
// works; with the lock on, backups are encrypted (WebCrypto) unless the person chooses a readable
// one, and an encrypted backup opens with its passphrase on another profile. Screenshots of the
// changed parts of Settings go to build/screenshots.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, launch, openApp, scrollUntil, settle, startServer, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const ANSWER = 'Juniper Quillfeather';
const PASS = 'lanterns by the lake';
const MOMENT = 'You fixed the bike light before I asked';
const desk = { viewport: { width: 1280, height: 800 }, locale: 'en-US' };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'en-US' };

// The neutral destination, on the app's own origin so the test sends nothing elsewhere.
const exitParam = () => '?exit=' + encodeURIComponent(server.origin + '/icon.svg');
const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 20000 });
// Everything the mirror holds: its text and the values of its fields.
const mirrorText = (page) => page.evaluate(() => {
  const m = document.getElementById('mirror');
  return m.textContent + ' ' + [...m.querySelectorAll('input, textarea')].map((e) => e.value + ' ' + (e.getAttribute('aria-label') || '')).join(' ');
});
const covered = (page) => page.evaluate(() => document.documentElement.classList.contains('hearth-exit'));
const home = (page) => byRole(page, 'heading', 'Welcome to Hearth').waitFor({ state: 'attached', timeout: 15000 });

// Scrolls the page (wheel) until the control is on screen, then presses it.
async function press(page, role, name) {
  const loc = byRole(page, role, name);
  await loc.waitFor({ state: 'attached' });
  const { width, height } = page.viewportSize();
  await page.mouse.move(width / 2, height / 2);
  await scrollUntil(page, loc, height - 60);
  await loc.click();
}
async function shot(page, name, locator) {
  if (locator) {
    const { width, height } = page.viewportSize();
    await page.mouse.move(width / 2, height / 2);
    await scrollUntil(page, locator, height - 200, 60);
  }
  await settle(page);
  await page.screenshot({ path: path.join(SHOTS, name) });
}

// An exercise card's title (the card's words sit over it in the mirror: the press lands on the canvas).
const openCard = (page, title) => byRole(page, 'link', title).click({ force: true });
// Back to the top of a long page (the Home key scrolls when focus is not in a field).
async function toTop(page) {
  await page.keyboard.press('Home');
  await settle(page);
}

// Types the distinctive answer into the intimacy map (from Home: the exercises, then the map's card).
async function typeAnswer(page) {
  await byRole(page, 'button', 'Try an exercise').click();
  await openCard(page, 'Intimacy map');
  await byRole(page, 'heading', 'Intimacy map').waitFor();
  await page.getByRole('textbox', { name: 'Your first name (optional)' }).fill(ANSWER);
  await page.waitForFunction((a) => window.hearth.frames > 0 && [...document.querySelectorAll('#mirror input')].some((e) => e.value === a), ANSWER);
}

describe('after a quick exit', () => {
  test('Back shows Home with none of the answers; so does a reload; using Hearth again ends it', async () => {
    const context = await browser.newContext(phone);
    await context.addInitScript(() => window.addEventListener('pageshow', (e) => { if (e.persisted) window.fromCache = true; }));
    const { page, problems } = await openApp(context, server, exitParam() + '#/');
    await page.goto(server.url + 'embed-demo.css');  // a page before Hearth
    await page.goto(server.url + exitParam() + '#/');
    await ready(page);
    await typeAnswer(page);
    await byRole(page, 'button', 'Quick exit: leave Hearth now for a neutral site').click();
    await page.waitForURL(/icon\.svg$/);
    const seen = [...problems];  // the neutral page's own requests are not Hearth's
    await page.goBack();
    await ready(page);
    await home(page);
    await page.waitForFunction(() => !document.documentElement.classList.contains('hearth-exit'));
    assert.equal(await page.evaluate(() => location.hash), '#/');
    assert.ok(!(await mirrorText(page)).includes('Juniper'), 'none of the answers is in the mirror');
    const fromCache = await page.evaluate(() => window.fromCache === true);
    console.log(`  (Back showed the page ${fromCache ? 'from the back-forward cache' : 'as a fresh load'}; the next test covers the other way)`);
    await shot(page, 'privacy-back-after-exit-390.png');

    // A reload, even at another address, opens Home too.
    await page.evaluate(() => history.replaceState(null, '', '#/exercise/intimacy-map'));
    await page.reload();
    await ready(page);
    await home(page);
    assert.equal(await page.evaluate(() => location.hash), '#/');
    assert.ok(!(await mirrorText(page)).includes('Juniper'));

    // Using Hearth again: a reload keeps its place as usual (the answer is still saved: nothing is lost).
    await byRole(page, 'button', 'Try an exercise').click();
    await byRole(page, 'heading', 'Exercises').waitFor();
    await page.reload();
    await ready(page);
    await byRole(page, 'heading', 'Exercises').waitFor();
    await openCard(page, 'Intimacy map');
    await page.waitForFunction((a) => [...document.querySelectorAll('#mirror input')].some((e) => e.value === a), ANSWER);
    assert.deepEqual(seen, []);
    await context.close();
  });

  test('from the back-forward cache: the cover stays until Home is drawn, and the open form is gone', async () => {
    const context = await browser.newContext(desk);
    const { page, problems } = await openApp(context, server, '#/');
    await typeAnswer(page);
    // What the browser does when Back restores the page from its cache after a quick exit: the page
    // as it was (cover on, answers in memory), the tab's note of the exit, then 'pageshow' (persisted).
    const seenCovered = await page.evaluate(() => new Promise((resolve) => {
      document.documentElement.classList.add('hearth-exit');
      sessionStorage.setItem('hearth:quick-exit', '1');
      const start = window.hearth.frames;
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      const coveredNow = document.documentElement.classList.contains('hearth-exit');
      const check = () => {
        if (window.hearth.frames > start) resolve({ coveredNow, hash: location.hash });
        else requestAnimationFrame(check);
      };
      check();
    }));
    assert.equal(seenCovered.coveredNow, true, 'still covered until the app has drawn Home');
    assert.equal(seenCovered.hash, '#/');
    await home(page);
    assert.equal(await covered(page), false, 'the cover comes off once Home is drawn');
    assert.ok(!(await mirrorText(page)).includes('Juniper'));
    assert.equal(await byRole(page, 'textbox', 'Your first name (optional)').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('Keep Hearth out of this browser\'s history', () => {
  test('one Back leaves Hearth after several screens, and the in-app Back link still works', async () => {
    const context = await browser.newContext(desk);
    const { page, problems } = await openApp(context, server, '#/');
    await page.goto(server.url + 'embed-demo.css');  // the page the person came from
    await page.goto(server.url + '#/settings');
    await ready(page);
    await byRole(page, 'heading', 'Quick exit').waitFor({ state: 'attached' });
    await shown(page, /^Your browser's history\. Hearth still shows/).waitFor({ state: 'attached' });
    await shot(page, 'privacy-quick-exit-1280.png', byRole(page, 'heading', 'Quick exit'));
    await press(page, 'checkbox', "Keep Hearth out of this browser's history");
    await page.waitForFunction(() => (localStorage.getItem('hearth:doc') || '').includes('"oneHistoryEntry":true'), null, { timeout: 10000 });
    const entries = await page.evaluate(() => history.length);

    const nav = page.locator('#mirror nav');
    await nav.getByRole('link', { name: 'Exercises', exact: true }).click();
    await openCard(page, 'Intimacy map');
    await byRole(page, 'heading', 'Intimacy map').waitFor();
    await nav.getByRole('link', { name: 'Guide', exact: true }).click();
    await byRole(page, 'heading', 'The guide').waitFor();
    assert.match(page.url(), /#\/guide$/);
    assert.equal(await page.evaluate(() => history.length), entries, 'no new history entries');
    await shot(page, 'privacy-back-link-1280.png');

    // The app's own Back: the guide -> the map -> the list (its "All exercises" link) -> Settings.
    await byRole(page, 'link', '< Back to Exercises').click();
    await byRole(page, 'heading', 'Intimacy map').waitFor();
    await byRole(page, 'link', '< All exercises').click();
    await byRole(page, 'heading', 'Exercises').waitFor();
    await byRole(page, 'link', '< Back to Settings').click();
    await byRole(page, 'heading', 'Settings').waitFor();
    assert.equal(await page.evaluate(() => history.length), entries);

    // One Back in the browser leaves Hearth.
    await page.goBack();
    assert.ok(page.url().endsWith('/embed-demo.css'), `Back left Hearth (${page.url()})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Settings explains quick exit plainly at phone width', async () => {
    const context = await browser.newContext(phone);
    const { page, problems } = await openApp(context, server, '#/settings');
    for (const line of [/^Other tabs\. Quick exit leaves only this tab/, /^Files you saved, such as backups and calendar files/,
      /^Hearth on your home screen or in your apps/, /private window/]) {
      await page.locator('#mirror').getByText(line).waitFor({ state: 'attached' });
    }
    await shot(page, 'privacy-quick-exit-390.png', byRole(page, 'heading', 'Quick exit'));
    await shot(page, 'privacy-history-setting-390.png', byRole(page, 'checkbox', "Keep Hearth out of this browser's history"));
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('encrypted backups', () => {
  async function lock(page) {
    await press(page, 'button', 'Set a passphrase');  // opens the form, focus in its first field
    const field = page.getByRole('textbox', { name: 'New passphrase' });
    await field.waitFor({ state: 'attached' });
    await settle(page);  // the field takes focus and is scrolled into view
    await page.waitForFunction(() => document.activeElement && document.activeElement.type === 'password');
    await field.fill(PASS);
    await page.getByRole('textbox', { name: 'Repeat the passphrase' }).fill(PASS);
    await press(page, 'button', 'Lock with this passphrase');
    await page.locator('#mirror').getByText(/^Hearth is now locked with your passphrase/).waitFor({ state: 'attached', timeout: 15000 });
  }

  test('lock on: encrypted by default; readable only by choice; round trip after delete; wrong passphrase', async () => {
    for (const [w, opts] of [[390, phone], [1280, desk]]) {
      const context = await browser.newContext({ ...opts, acceptDownloads: true });
      const { page, problems } = await openApp(context, server, '#/exercise/appreciation');
      await page.getByRole('textbox', { name: 'Something I appreciated today' }).fill(MOMENT);
      await byRole(page, 'button', "Save today's moment").click();
      await shown(page, MOMENT, { exact: true }).waitFor({ state: 'attached' });
      await page.evaluate(() => { location.hash = '#/settings'; });
      await byRole(page, 'heading', 'Settings').waitFor();
      await lock(page);

      // Export: encrypted, with nothing readable in the file.
      await page.locator('#mirror').getByText(/^Your backup is encrypted with your passphrase/).waitFor({ state: 'attached' });
      assert.equal(await byRole(page, 'button', 'Export a backup file').count(), 0);
      const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'button', 'Export an encrypted backup')]);
      assert.match(download.suggestedFilename(), /^hearth-backup-\d{4}-\d\d-\d\d\.json$/);
      const file = path.join(SHOTS, '..', `privacy-encrypted-backup-${w}.json`);
      await download.saveAs(file);
      const text = readFileSync(file, 'utf8');
      const env = JSON.parse(text);
      assert.equal(env.hearthEncrypted, 1);
      assert.equal(env.cipher, 'AES-GCM');
      assert.equal(env.kdf, 'PBKDF2-SHA-256');
      assert.ok(env.iter >= 310000);
      assert.equal(Buffer.from(env.salt, 'base64').length, 16);
      assert.equal(Buffer.from(env.iv, 'base64').length, 12);
      assert.ok(!text.includes('bike') && !text.includes('"exercises"'), 'nothing readable in the file');
      await page.locator('#mirror').getByText(/^Your encrypted backup is saved/).waitFor({ state: 'attached' });

      // A readable file: the warning is right there, and it needs the explicit yes.
      let downloads = 0;
      page.on('download', () => { downloads++; });
      await press(page, 'button', 'Export a readable backup instead');
      await page.locator('#mirror').getByText(/^Anyone who opens this file can read everything in it\./).waitFor({ state: 'attached' });
      await shot(page, `privacy-export-readable-${w}.png`, byRole(page, 'button', 'Keep it encrypted'));
      assert.equal(downloads, 0, 'nothing saved before the yes');
      const [plain] = await Promise.all([page.waitForEvent('download'),
        press(page, 'button', 'Yes, export a readable file (anyone who opens it can read it)')]);
      assert.ok(readFileSync(await plain.path(), 'utf8').includes(MOMENT), 'the readable file is readable');

      // Delete everything (the lock goes too), make one new choice, then import the encrypted file.
      await press(page, 'button', 'Delete all my data');
      await press(page, 'button', 'Yes, delete everything');
      await page.locator('#mirror').getByText('All your Hearth data is deleted from this browser.').waitFor({ state: 'attached' });
      await toTop(page);
      await press(page, 'radio', 'Light');
      await page.waitForFunction(() => (localStorage.getItem('hearth:doc') || '').includes('"theme":"light"'), null, { timeout: 10000 });
      const before = await page.evaluate(() => localStorage.getItem('hearth:doc'));

      // A damaged encrypted file: a clear message, nothing asked.
      let [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'button', 'Import a backup file')]);
      await chooser.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...env, iv: 'AAAA' })) });
      await page.locator('#mirror').getByText('This encrypted backup is damaged and cannot be opened. Nothing was changed.').waitFor({ state: 'attached' });
      assert.equal(await page.getByRole('textbox', { name: 'Passphrase for this backup' }).count(), 0);

      [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'button', 'Import a backup file')]);
      await chooser.setFiles(file);
      await page.locator('#mirror').getByText(/^This backup is encrypted\. Type the passphrase/).waitFor({ state: 'attached' });
      const field = page.getByRole('textbox', { name: 'Passphrase for this backup' });
      assert.equal(await field.getAttribute('type'), 'password');
      await field.fill('lanterns by the lack');
      await field.press('Enter');  // Enter submits
      await page.locator('#mirror').getByText(/^That passphrase does not open this backup/).waitFor({ state: 'attached', timeout: 15000 });
      assert.equal(await page.evaluate(() => localStorage.getItem('hearth:doc')), before, 'nothing lost or changed');
      assert.equal(await byRole(page, 'radio', 'Light').isChecked(), true);
      await shot(page, `privacy-import-passphrase-${w}.png`, field);

      await field.fill(PASS);
      await field.press('Enter');
      await page.locator('#mirror').getByText(/^This backup holds /).waitFor({ state: 'attached', timeout: 15000 });
      await press(page, 'button', 'Replace what is here');
      await page.locator('#mirror').getByText('Your backup replaced what was here.').waitFor({ state: 'attached' });
      await page.evaluate(() => { location.hash = '#/exercise/appreciation'; });
      await shown(page, MOMENT, { exact: true }).waitFor({ state: 'attached' });
      await page.waitForFunction((m) => (localStorage.getItem('hearth:doc') || '').includes(m), MOMENT, { timeout: 10000 });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('without the lock: Export says plainly that the file is readable', async () => {
    const context = await browser.newContext(phone);
    const { page, problems } = await openApp(context, server, '#/settings');
    const line = page.locator('#mirror').getByText(/^A backup file is readable: anyone who opens it can read everything in it\./);
    await line.waitFor({ state: 'attached' });
    assert.equal(await byRole(page, 'button', 'Export an encrypted backup').count(), 0);
    await shot(page, 'privacy-export-plain-390.png', byRole(page, 'button', 'Export a backup file'));
    assert.deepEqual(problems, []);
    await context.close();
  });
});
