// Selecting and copying guide text drawn on the canvas (issue 16): a mouse drag then Ctrl+C puts the
// passage on the clipboard, a double click selects one word and a triple click the paragraph, a
// press elsewhere clears it, the right-click menu is let through over the selection, a long press
// on a phone selects a word, and the wheel and a finger still scroll. Screenshots of a selection at
// 390 and 1280 px, light and dark.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, launch, openApp, settle, startServer, touchDrag } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const CH5 = 'Talking so you feel close';
const desk = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

const selection = (page) => page.evaluate(() => window.hearth.selection);

// The first paragraph of the chapter (a mirror <p>, placed over the text the canvas draws) that is
// on screen, several lines long, and has no link: its box and its plain text.
async function paragraph(page, minLines = 2) {
  const found = await page.evaluate((minLines) => {
    for (const p of document.querySelectorAll('#mirror main p[data-id]')) {
      if (p.classList.contains('off') || p.querySelector('a')) continue;
      const r = p.getBoundingClientRect();
      if (r.top < 80 || r.bottom > window.innerHeight - 20 || r.height < 20 * minLines) continue;
      return { x: r.left, y: r.top, w: r.width, h: r.height, text: p.textContent };
    }
    return null;
  }, minLines);
  assert.ok(found, 'a paragraph of the chapter is on screen');
  return found;
}

async function openChapter(context) {
  const { page, problems } = await openApp(context, server, '#/guide/talking-close');
  await byRole(page, 'heading', CH5).waitFor();
  await settle(page);
  return { page, problems };
}

// A word of `text`: letters and digits of any script, with an apostrophe inside.
function assertOneWordOf(word, text) {
  assert.match(word, /^[\p{L}\p{N}]+(['’][\p{L}\p{N}]+)*$/u, `one word: ${JSON.stringify(word)}`);
  const at = text.indexOf(word);
  assert.ok(at >= 0, `${word} is in the paragraph`);
  const whole = new RegExp(`(^|[^\\p{L}\\p{N}'’])${word}($|[^\\p{L}\\p{N}'’])`, 'u');
  assert.match(text, whole, `${word} is a whole word of the paragraph`);
}

describe('selecting guide text', () => {
  test('desktop: drag selects, Ctrl+C copies it; double and triple click; a click clears; the wheel scrolls', async () => {
    const context = await browser.newContext(desk);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const { page, problems } = await openChapter(context);
    const p = await paragraph(page);
    const line = 20;  // well inside the first line (lines are 1.5 em of a 16 px or larger font)

    // A drag from the start of the paragraph to past the end of its last line: exactly its text.
    await page.mouse.move(p.x + 1, p.y + line / 2);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(p.x + 1 + ((p.w + 40) * i) / 6, p.y + line / 2 + ((p.h - line) * i) / 6);
    await page.mouse.move(p.x + p.w + 40, p.y + p.h - line / 2);
    await page.mouse.up();
    await settle(page);
    assert.equal(await selection(page), p.text);
    // The page holds it as its real selection too (so the browser's own Copy has it).
    assert.equal(await page.evaluate(() => window.getSelection().toString()), p.text);

    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.keyboard.press('Control+c');
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), p.text);

    // Half a line: a beginning of the paragraph, cut between characters.
    await page.mouse.move(p.x + 1, p.y + line / 2);
    await page.mouse.down();
    await page.mouse.move(p.x + p.w / 4, p.y + line / 2, { steps: 4 });
    await page.mouse.move(p.x + p.w / 2, p.y + line / 2, { steps: 4 });
    await page.mouse.up();
    await settle(page);
    const half = await selection(page);
    assert.ok(half.length > 3 && half.length < p.text.length, `part of the first line: ${JSON.stringify(half)}`);
    assert.ok(p.text.startsWith(half));

    // The right-click menu: over the selection the page lets it through (it offers Copy).
    await page.mouse.move(p.x + p.w / 8, p.y + line / 2);
    await settle(page);
    assert.equal(await page.evaluate(() => document.getElementById('hsel').classList.contains('over')), true);
    await page.evaluate(() => {
      window.menuSeen = null;
      window.addEventListener('contextmenu', (e) => { setTimeout(() => { window.menuSeen = { target: e.target.id, blocked: e.defaultPrevented }; }, 0); }, { capture: true, once: true });
    });
    await page.mouse.click(p.x + p.w / 8, p.y + line / 2, { button: 'right' });
    await page.waitForFunction(() => window.menuSeen);
    assert.deepEqual(await page.evaluate(() => window.menuSeen), { target: 'hsel', blocked: false });
    assert.equal(await selection(page), half, 'a right-click keeps the selection');
    await page.keyboard.press('Escape');

    // A double click: exactly one word.
    await page.mouse.move(p.x + p.w / 3, p.y + line / 2);
    await page.mouse.dblclick(p.x + p.w / 3, p.y + line / 2);
    await settle(page);
    assertOneWordOf(await selection(page), p.text);
    await page.keyboard.press('Control+c');
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await selection(page));

    // A triple click: the paragraph.
    await page.mouse.click(p.x + p.w / 3, p.y + line / 2, { clickCount: 3 });
    await settle(page);
    assert.equal(await selection(page), p.text);

    // One click on the text clears it (and the page's selection with it).
    await page.waitForTimeout(800);  // not a fourth click of the same series
    await page.mouse.click(p.x + p.w / 2, p.y + line / 2);
    await settle(page);
    assert.equal(await selection(page), '');
    assert.equal(await page.evaluate(() => window.getSelection().toString()), '');

    // The wheel still scrolls the chapter.
    const id = await page.evaluate((y) => [...document.querySelectorAll('#mirror main p[data-id]')].find((e) => Math.abs(e.getBoundingClientRect().top - y) < 1).dataset.id, p.y);
    await page.mouse.wheel(0, 300);
    await settle(page);
    const y2 = await page.evaluate((id) => document.querySelector(`[data-id="${id}"]`).getBoundingClientRect().top, id);
    assert.ok(y2 < p.y - 50, `the wheel scrolled (${p.y} -> ${y2})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('phone: a long press selects a word; a finger drag still scrolls and does not select', async () => {
    const context = await browser.newContext(phone);
    const { page, problems } = await openChapter(context);
    const p = await paragraph(page);
    const cdp = await context.newCDPSession(page);
    const x = p.x + p.w / 3, y = p.y + 10;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await page.waitForTimeout(900);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settle(page);
    const word = await selection(page);
    assertOneWordOf(word, p.text);

    const id = await page.evaluate((y) => [...document.querySelectorAll('#mirror main p[data-id]')].find((e) => Math.abs(e.getBoundingClientRect().top - y) < 1).dataset.id, p.y);
    await touchDrag(page, 200, 600, -250);
    await settle(page);
    const y2 = await page.evaluate((id) => document.querySelector(`[data-id="${id}"]`).getBoundingClientRect().top, id);
    assert.ok(y2 < p.y - 100, `the finger scrolled (${p.y} -> ${y2})`);
    assert.equal(await selection(page), word, 'a drag scrolls: it does not change the selection');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [w, scheme] of [[390, 'light'], [390, 'dark'], [1280, 'light'], [1280, 'dark']]) {
    test(`screenshot of a selection at ${w} px, ${scheme}`, async () => {
      const context = await browser.newContext({ ...(w === 390 ? phone : desk), colorScheme: scheme, hasTouch: false, isMobile: false });
      const { page } = await openChapter(context);
      const p = await paragraph(page);
      await page.mouse.move(p.x + p.w / 3, p.y + 10);
      await page.mouse.down();
      await page.mouse.move(p.x + p.w / 2, p.y + p.h - 10, { steps: 6 });
      await page.mouse.up();
      await settle(page);
      assert.ok((await selection(page)).length > 10);
      await page.screenshot({ path: path.join(SHOTS, `select-${w}-${scheme}.png`), clip: { x: 0, y: Math.max(0, p.y - 60), width: w, height: Math.min(400, p.h + 120) } });
      await context.close();
    });
  }
});
