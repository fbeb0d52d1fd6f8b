// Worksheets and articles on paper (issue 19): every exercise prints as a worksheet, blank and with
// the person's answers, and a chapter as an article. Each is printed to a PDF with the print styles
// (page.pdf), read back as text with poppler's pdftotext, and kept as pictures (pdftoppm) to look at.
// The saved answers come from tests/fixtures/worksheets-doc.json (made by the native test tagged
// [.make-worksheet-fixture], which fills every exercise through core).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, SHOTS, byRole, settle, launch, openApp, printed, startServer } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const fixture = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'worksheets-doc.json'), 'utf8'));
const fold = (t) => t.replace(/\s+/g, ' ').trim();

// Presses a print button (window.print is caught: the test prints with page.pdf instead), waits for
// the page to be laid out, and returns what the app laid out: title, questions and answers.
async function press(page, name) {
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
  // From the keyboard (the buttons sit at the end of long screens): focus, then Enter.
  await byRole(page, 'button', name).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__printed === 1, null, { timeout: 15000 });
  return page.evaluate(() => ({
    title: document.querySelector('#print h1').textContent,
    asks: [...document.querySelectorAll('#print .ask')].map((e) => e.textContent),
    answers: [...document.querySelectorAll('#print .answer')].map((e) => e.textContent),
    ticked: [...document.querySelectorAll('#print .ck')].filter((e) => e.firstChild.textContent).map((e) => e.textContent),
    lines: document.querySelectorAll('#print .line').length,
  }));
}

describe('worksheets and articles on paper', () => {
  test('every exercise prints as a worksheet: blank with room to write, filled with the answers', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
    await context.addInitScript((doc) => {
      if (!localStorage.getItem('hearth:doc')) localStorage.setItem('hearth:doc', doc);
    }, JSON.stringify(fixture.doc));
    const { page, problems } = await openApp(context, server, '#/exercises');
    for (const ex of fixture.exercises) {
      await page.evaluate((id) => { location.hash = '#/exercise/' + id; }, ex.id);
      await byRole(page, 'heading', ex.title).waitFor();
      await byRole(page, 'heading', 'On paper').waitFor({ state: 'attached' });

      const blank = await press(page, 'Print a blank worksheet');
      assert.equal(blank.title, ex.title);
      assert.equal(blank.answers.length, 0, `${ex.id}: a blank sheet holds no answer`);
      assert.equal(blank.ticked.length, 0, `${ex.id}: a blank sheet holds no tick`);
      const b = await printed(page, `worksheet-${ex.id}-blank`, ex.id === 'after-argument' ? 2 : 1);
      assert.ok(b.text.includes(ex.title), `${ex.id}: the title is printed`);
      assert.ok(blank.asks.length + blank.lines > 0);
      for (const q of blank.asks) assert.ok(b.text.includes(fold(q)), `${ex.id}: the question "${q}" is printed`);
      for (const q of ex.questions) assert.ok(b.text.includes(q), `${ex.id}: "${q}" is on the blank sheet`);
      for (const a of ex.answers) assert.ok(!b.text.includes(a), `${ex.id}: "${a}" is not on the blank sheet`);
      assert.ok(b.text.includes('Nothing you write in Hearth leaves your device'));

      const filled = await press(page, 'Print with my answers');
      if (ex.id === 'after-argument') {
        await settle(page);
        await page.screenshot({ path: path.join(SHOTS, 'worksheet-on-paper-1280.png') });
      }
      assert.equal(filled.title, ex.title);
      const f = await printed(page, `worksheet-${ex.id}-filled`);
      assert.ok(f.text.includes('with my answers'), `${ex.id}: the sheet says it holds answers`);
      for (const a of ex.answers) assert.ok(f.text.includes(a), `${ex.id}: the answer "${a}" is printed`);
      for (const a of filled.answers) assert.ok(f.text.includes(fold(a)), `${ex.id}: "${a}" as laid out is printed`);
      // What was ticked has its tick on paper; a number chosen on a scale is said under it.
      for (const [label, n] of ex.marks) {
        const at = f.text.indexOf(fold(label));
        assert.ok(at >= 0, `${ex.id}: "${label}" is printed`);
        if (n === 0) assert.ok(f.text.includes('\u2713 ' + fold(label)), `${ex.id}: "${label}" is ticked on paper`);
        else assert.ok(f.text.slice(at).includes(`My answer: ${n}`), `${ex.id}: ${n} is the answer to "${label}"`);
        if (n === 0) assert.ok(!b.text.includes('\u2713 ' + fold(label)), `${ex.id}: the blank sheet has no tick`);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a chapter prints as an article, with the practice\'s name; nothing of the app is on the paper', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'en-US' });
    const { page, problems } = await openApp(context, server, '?org=Riverside%20Counseling#/guide/conflict');
    await byRole(page, 'heading', 'Conflict as a way to grow closer').waitFor();
    const art = await press(page, 'Print this chapter');
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'article-button-390.png') });
    assert.equal(art.title, 'Conflict as a way to grow closer');
    const a = await printed(page, 'article-conflict', 2);
    assert.ok(a.pages >= 2, 'a chapter is more than one page');
    assert.ok(a.text.startsWith('RIVERSIDE COUNSELING') || a.text.includes(' RIVERSIDE COUNSELING '), 'the practice heads the page');
    const sections = await page.evaluate(() => [...document.querySelectorAll('#print h2')].map((h) => h.textContent));
    assert.ok(sections.length >= 4);
    for (const h of sections) assert.ok(a.text.includes(fold(h)), `the section "${h}" is printed`);
    for (const word of ['Print this chapter', 'All chapters', 'Bookmark section']) assert.ok(!a.text.includes(word), `no "${word}"`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
