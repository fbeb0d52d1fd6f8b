// Storage in the real page: damaged stored data is recovered with a notice (and can be downloaded),
// blocked localStorage gives a calm banner while the app works, a backup exported in one profile
// imports into a fresh one, two pages in one profile keep each other's edits, a namespace names the
// keys, and "Delete all my data" clears them. Screenshots go to build/screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, launch, openApp, scrollUntil, settle, startServer, whenChecked, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const desk = { viewport: { width: 1280, height: 800 }, locale: 'en-US' };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US' };

const stored = (page, key = 'hearth:doc') => page.evaluate((k) => localStorage.getItem(k), key);
async function waitStored(page, part, key = 'hearth:doc') {
  await page.waitForFunction(([k, p]) => (localStorage.getItem(k) || '').includes(p), [key, part], { timeout: 10000 });
}
async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 20000 });
}
// Scrolls the page (wheel) until the control is on screen, then presses it.
async function press(page, role, name) {
  const loc = byRole(page, role, name);
  await loc.waitFor({ state: 'attached' });
  const vh = page.viewportSize().height;
  await page.mouse.move(page.viewportSize().width / 2, vh / 2);
  await scrollUntil(page, loc, vh - 60);
  await loc.click();
}
async function chooseDark(page) {
  await press(page, 'radio', 'Dark');
  await waitStored(page, '"theme":"dark"');
}

describe('storage', () => {
  test('damaged stored data: a notice, the last good copy, and the damaged data to download', async () => {
    const context = await browser.newContext(phone);
    const { page, problems } = await openApp(context, server, '#/settings');
    await chooseDark(page);
    const good = await stored(page);
    await page.evaluate(() => localStorage.setItem('hearth:doc', localStorage.getItem('hearth:doc').slice(0, 60)));
    await reload(page);
    await page.locator('#mirror').getByText(/could not be read .*last good copy/).waitFor();
    assert.equal(await byRole(page, 'radio', 'Dark').isChecked(), true, 'the last good copy is in use');
    assert.equal(await stored(page, 'hearth:doc:damaged'), good.slice(0, 60), 'the damaged text is kept aside');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'store-damaged-390.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'button', 'Download the damaged data')]);
    assert.match(download.suggestedFilename(), /^hearth-damaged-data-\d{4}-\d\d-\d\d\.json$/);
    await press(page, 'button', 'Dismiss notice');
    await byRole(page, 'button', 'Download the damaged data').waitFor({ state: 'detached' });
    await waitStored(page, '"version":3');  // repaired soon after
    assert.deepEqual(problems, []);
    await context.close();
  });

  // Damaged data is kept exactly, whatever it holds: a NUL in the middle of a 1,521-character
  // document (it used to be kept only up to the NUL), a lone surrogate, control characters.
  for (const [kind, bad, utf16] of [
    ['a NUL in the middle', '{"app":"hearth",' + 'x'.repeat(744) + '\u0000' + 'y'.repeat(760), false],
    ['a lone surrogate', '{"app":"hearth","note":"caf\u00e9 \ud83d and on"', true],
    ['control characters and a BOM', '\ufeff{"app":\u0001"hearth"\u0007, \u00ff\u0000\u0000}', false],
  ]) {
    test(`damaged data with ${kind} is kept and downloaded byte for byte`, async () => {
      const context = await browser.newContext({ ...desk, acceptDownloads: true });
      const { page, problems } = await openApp(context, server, '#/settings');
      await chooseDark(page);
      await page.evaluate((b) => localStorage.setItem('hearth:doc', b), bad);
      if (kind.startsWith('a NUL')) assert.equal(bad.length, 1521);
      await reload(page);
      await page.locator('#mirror').getByText(/last good copy/).waitFor();
      assert.equal(await byRole(page, 'radio', 'Dark').isChecked(), true, 'the last good copy is in use');
      const kept = await stored(page, 'hearth:doc:damaged');
      assert.equal(kept.length, bad.length, 'the whole damaged text is kept');
      assert.ok(kept === bad, 'the damaged copy is exactly what was stored');
      const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'button', 'Download the damaged data')]);
      const chunks = [];
      for await (const c of await download.createReadStream()) chunks.push(c);
      const got = Buffer.concat(chunks);
      let want;
      if (utf16) {
        want = Buffer.alloc(2 + bad.length * 2);
        want[0] = 0xff; want[1] = 0xfe;
        for (let i = 0; i < bad.length; i++) want.writeUInt16LE(bad.charCodeAt(i), 2 + 2 * i);
      } else {
        want = Buffer.from(bad, 'utf8');
      }
      assert.ok(got.equals(want), `the file holds exactly the stored data (${got.length} bytes, want ${want.length})`);
      // The repaired document is written soon after; the damaged copy stays as it was.
      await waitStored(page, '"version":3');
      assert.ok((await stored(page, 'hearth:doc:damaged')) === bad);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('blocked localStorage: a calm banner, and the app keeps working', async () => {
    const context = await browser.newContext(desk);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    const { page, problems } = await openApp(context, server, '#/settings');
    await page.locator('#mirror').getByText(/can't save your progress in this browser window/).waitFor();
    await press(page, 'radio', 'Dark');
    await page.waitForFunction(() => document.querySelector('input[type=radio][aria-label="Dark"]')?.checked === true);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'store-blocked-1280.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'button', 'Export a backup file')]);
    assert.match(download.suggestedFilename(), /^hearth-backup-\d{4}-\d\d-\d\d\.json$/);
    await press(page, 'button', 'Dismiss notice');
    await page.locator('#mirror').getByText(/can't save your progress/).waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('export, then import into a fresh profile; then delete all my data', async () => {
    const a = await browser.newContext(desk);
    const A = await openApp(a, server, '#/settings');
    await chooseDark(A.page);
    await A.page.goto(server.url + '#/guide/conflict');
    const mark = A.page.getByRole('button', { name: /^Bookmark section: / }).first();
    const section = (await mark.getAttribute('aria-label') || await mark.textContent()).replace('Bookmark section: ', '');
    await mark.click();
    await waitStored(A.page, '"bookmarks":[{');
    await A.page.goto(server.url + '#/settings');
    await byRole(A.page, 'button', 'Export a backup file').waitFor();
    const [download] = await Promise.all([A.page.waitForEvent('download'), press(A.page, 'button', 'Export a backup file')]);
    assert.match(download.suggestedFilename(), /^hearth-backup-\d{4}-\d\d-\d\d\.json$/);
    const file = path.join(SHOTS, '..', 'store-backup.json');
    await download.saveAs(file);
    assert.deepEqual(A.problems, []);
    await a.close();

    const b = await browser.newContext(phone);
    const { page, problems } = await openApp(b, server, '#/settings');
    // A file that is not a backup changes nothing.
    let [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'button', 'Import a backup file')]);
    await chooser.setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"shopping":["milk"]}') });
    await page.locator('#mirror').getByText(/This file is not a Hearth backup\. Nothing was changed\./).waitFor();
    [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'button', 'Import a backup file')]);
    await chooser.setFiles(file);
    await page.locator('#mirror').getByText(/^This backup holds .*1 bookmark,/).waitFor();
    assert.equal(await byRole(page, 'radio', 'Dark').isChecked(), false, 'nothing changes before the choice');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'store-import-390.png') });
    await press(page, 'button', 'Replace what is here');
    await page.locator('#mirror').getByText('Your backup replaced what was here.').waitFor();
    // The theme choice sits above the button that replaced everything: it shows the new state from
    // the next frame on (drawn at once).
    await page.waitForFunction(() => document.querySelector('#mirror input[type=radio][aria-label="Dark"]').checked, null, { timeout: 10000 });
    await waitStored(page, '"theme":"dark"');
    await reload(page);
    await page.goto(server.url + '#/guide/conflict');
    await byRole(page, 'button', `Remove bookmark: ${section}`).waitFor();

    // Delete all my data: asks first, then every key of the namespace is gone.
    await page.goto(server.url + '#/settings');
    await press(page, 'button', 'Delete all my data');
    await scrollUntil(page, byRole(page, 'button', 'Keep my data'), 800);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'store-delete-390.png') });
    await press(page, 'button', 'Yes, delete everything');
    await page.locator('#mirror').getByText('All your Hearth data is deleted from this browser.').waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hearth:')));
    assert.deepEqual(keys, []);
    assert.equal(await byRole(page, 'radio', 'Dark').isChecked(), false);
    assert.deepEqual(problems, []);
    await b.close();
  });

  test('two pages in one profile: the theme in one and a bookmark in the other both survive', async () => {
    const context = await browser.newContext(desk);
    const A = await openApp(context, server, '#/settings');
    const B = await openApp(context, server, '#/guide/conflict');
    await press(A.page, 'radio', 'Dark');
    const mark = B.page.getByRole('button', { name: /^Bookmark section: / }).first();
    const section = (await mark.getAttribute('aria-label') || await mark.textContent()).replace('Bookmark section: ', '');
    await mark.click();
    await waitStored(A.page, '"theme":"dark"');
    await waitStored(A.page, '"bookmarks":[{');
    const doc = JSON.parse(await stored(A.page));
    assert.equal(doc.settings.theme, 'dark');
    assert.equal(doc.reader.bookmarks.length, 1);
    await reload(A.page);
    await reload(B.page);
    assert.equal(await byRole(A.page, 'radio', 'Dark').isChecked(), true, 'the theme survived');
    await byRole(B.page, 'button', `Remove bookmark: ${section}`).waitFor();
    await A.page.goto(server.url + '#/guide/conflict');
    await byRole(A.page, 'button', `Remove bookmark: ${section}`).waitFor();
    assert.deepEqual(A.problems, []);
    assert.deepEqual(B.problems, []);
    await context.close();
  });

  test('two pages in one profile edit different exercises at once: both edits survive', async () => {
    const context = await browser.newContext(desk);
    const A = await openApp(context, server, '#/exercise/appreciation');
    const B = await openApp(context, server, '#/exercise/closeness-fears');
    const line = 'You waited up for me when my train was late';
    const fear = 'I pull away and spend a lot of time by myself.';
    await A.page.getByRole('textbox', { name: 'Something I appreciated today' }).fill(line);
    // Both edits are made before either page's throttled save has run.
    await Promise.all([
      byRole(A.page, 'button', "Save today's moment").click(),
      byRole(B.page, 'checkbox', fear).click(),
    ]);
    await shown(A.page, /^Days with a moment in \w+: 1\.$/).waitFor({ state: 'attached' });
    await waitStored(A.page, `"text":"${line}"`);  // the saved moment, not the draft in the field
    await waitStored(A.page, '"ticked":["');
    const doc = JSON.parse(await stored(A.page));
    assert.equal(doc.exercises.appreciation.entries.length, 1);
    assert.equal(doc.exercises['closeness-fears'].ticked.length, 1);
    // Each page shows the other's edit without a reload (the storage event), and both after one.
    await A.page.goto(server.url + '#/exercise/closeness-fears');
    await whenChecked(A.page, fear);
    await B.page.goto(server.url + '#/exercise/appreciation');
    await shown(B.page, line, { exact: true }).waitFor();
    await reload(A.page);
    await reload(B.page);
    await whenChecked(A.page, fear);
    await shown(B.page, line, { exact: true }).waitFor();
    assert.deepEqual(A.problems, []);
    assert.deepEqual(B.problems, []);
    await context.close();
  });

  test('a namespace from the address names every key', async () => {
    const context = await browser.newContext(desk);
    const { page, problems } = await openApp(context, server, '?ns=clinic-7#/settings');
    await press(page, 'radio', 'Dark');
    await waitStored(page, '"theme":"dark"', 'clinic-7:doc');
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys, ['clinic-7:doc', 'clinic-7:doc:last-good']);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
