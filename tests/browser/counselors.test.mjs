// The counselors' page (web/counselors.html, issue 19): a counselor builds a two-step homework; the link,
// the embed snippet and the handout say the same; the QR code on the handout reads back (jsQR, a
// decoder from npm, on a screenshot) as exactly the link; the handout and the notes print as text
// (page.pdf, read back with poppler's pdftotext; pages as pictures with pdftoppm in build/screenshots).
// Then a client opens the link in a fresh browser: "<practice> suggested", the steps, the address
// without them; does step 1 in the app, and sees it done after a reload. Nothing leaves the origin.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import jsQR from 'jsqr';
import { SHOTS, byRole, launch, printed, screenshotRgb, settle, shown, startServer } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 20000 });

describe('the counselors\' page', () => {
  test('a two-step homework: link, snippet, handout, a QR code that reads back, and print', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const foreign = [];
    context.on('request', (r) => { if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(server.url + 'counselors.html');
    await ready(page);
    await page.getByRole('combobox', { name: 'Step 1', exact: true }).selectOption('exercise:appreciation');
    await byRole(page, 'button', 'Add a step').click();
    await page.getByRole('combobox', { name: 'Step 2', exact: true }).selectOption('chapter:conflict');
    await page.getByRole('combobox', { name: 'Which part of the chapter, step 2' }).selectOption('time-outs');
    await page.getByRole('textbox', { name: /^Your practice's name/ }).fill('Riverside Counseling');
    const link = await page.locator('#link').inputValue();
    assert.equal(link, server.url + '?org=Riverside%20Counseling&lang=en#/homework/exercise:appreciation,chapter:conflict.time-outs');
    const snippet = await page.locator('#snippet').inputValue();
    assert.equal(snippet, `<script src="${server.url}embed.js" data-org="Riverside Counseling" data-lang="en" ` +
      'data-start="#/homework/exercise:appreciation,chapter:conflict.time-outs"></script>');
    const handout = (await page.locator('#handout').innerText()).replace(/\s+/g, ' ');
    assert.match(handout, /Homework from Riverside Counseling/);
    assert.match(handout, /Do the exercise “Appreciation moments” \(about \d+ minutes\)\./);
    assert.match(handout, /Read “[^”]+” in the chapter “Conflict as a way to grow closer” \(about \d+ minutes\)\./);
    assert.match(handout, /In all, about \d+ minutes\./);
    assert.match(handout, /Nothing you write leaves your device/);
    assert.ok(handout.includes(link), 'the handout prints the link in full');

    // The QR code, as the screen shows it, reads back as exactly the link.
    const qr = page.locator('#h-qr');
    await qr.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => { const i = document.getElementById('h-qr'); return i.complete && i.naturalWidth > 0; });
    const b = await qr.boundingBox();
    const clip = { x: Math.floor(b.x) - 8, y: Math.floor(b.y) - 8, width: Math.ceil(b.width) + 16, height: Math.ceil(b.height) + 16 };
    const rgb = await screenshotRgb(page, clip);
    const rgba = new Uint8ClampedArray(clip.width * clip.height * 4);
    for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) { rgba[j] = rgb[i]; rgba[j + 1] = rgb[i + 1]; rgba[j + 2] = rgb[i + 2]; rgba[j + 3] = 255; }
    const read = jsQR(rgba, clip.width, clip.height);
    assert.ok(read, 'a QR code is found in the screenshot');
    assert.equal(read.data, link);
    await page.screenshot({ path: path.join(SHOTS, 'counselors-1280.png'), fullPage: true });

    // "Print the handout": the handout alone, one page, as text.
    await page.evaluate(() => document.body.classList.add('print-handout'));
    const h = await printed(page, 'counselors-handout-print');
    assert.equal(h.pages, 1, 'the handout fits one page');
    assert.ok(h.text.includes('Homework from Riverside Counseling'));
    assert.ok(h.text.includes('Appreciation moments'));
    assert.ok(h.text.includes('Nothing you write leaves your device'));
    assert.ok(!h.text.includes('Choose the homework') && !h.text.includes('Notes for professionals'), 'only the handout prints');
    // "Print these notes": every exercise's note, with when not to assign it.
    await page.evaluate(() => { document.body.classList.remove('print-handout'); document.body.classList.add('print-notes'); });
    const n = await printed(page, 'counselors-notes-print');
    for (const title of ['Intimacy map', 'After an argument', 'Getting closer in 45 minutes', 'Time-out']) assert.ok(n.text.includes(title), title);
    assert.ok(n.text.includes('When not to assign it'));
    assert.ok(!n.text.includes('Homework from Riverside'), 'only the notes print');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();

    // The client, in a browser that has never seen Hearth.
    const client = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'en-US' });
    client.on('request', (r) => { if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    const phone = await client.newPage();
    await phone.goto(link);
    await ready(phone);
    await byRole(phone, 'heading', 'Riverside Counseling suggested').waitFor();
    await phone.waitForFunction(() => location.hash === '#/homework');
    assert.ok(!phone.url().includes('appreciation'), 'the steps leave the address bar');
    await shown(phone, /0 of 2 done/).waitFor();
    await settle(phone);
    await phone.screenshot({ path: path.join(SHOTS, 'homework-390.png') });
    await byRole(phone, 'link', '1. Do the exercise “Appreciation moments”').click();
    await byRole(phone, 'heading', 'Appreciation moments').waitFor();
    await phone.getByRole('textbox', { name: 'Something I appreciated today' }).fill('They walked the dog in the rain');
    await byRole(phone, 'button', "Save today's moment").click();
    await phone.waitForFunction(() => (localStorage.getItem('hearth:doc') || '').includes('walked the dog'), null, { timeout: 15000 });
    await phone.goto(server.url + '#/homework');
    await ready(phone);
    await shown(phone, /1 of 2 done/).waitFor();
    await shown(phone, 'Done in Hearth.').waitFor();
    assert.equal(await byRole(phone, 'checkbox', 'I did step 2').isChecked(), false);
    // The same link again in the same page (a second tap on it): taken as before, and the steps leave
    // the address bar again.
    await phone.evaluate((h) => { location.hash = h; }, '#/homework/exercise:appreciation,chapter:conflict.time-outs');
    await phone.waitForFunction(() => location.hash === '#/homework', null, { timeout: 5000 });
    await shown(phone, /1 of 2 done/).waitFor();
    await settle(phone);
    await phone.screenshot({ path: path.join(SHOTS, 'homework-done-390.png') });
    assert.deepEqual(foreign, []);
    await client.close();
  });

  test('#/counselors opens the page; a phone sees it without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(server.url + '#/counselors');
    await page.waitForURL(/counselors\.html/);
    await ready(page);
    assert.equal(await byRole(page, 'heading', 'Hearth for counselors').count(), 1);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wide <= 0, `the page fits the width (${wide} px over)`);
    await page.screenshot({ path: path.join(SHOTS, 'counselors-390.png'), fullPage: true });
    await context.close();
  });
});
