// Text fields that behave like the browser's own (issue 16). The DOM field in the mirror is the real
// editor; the canvas draws its value, caret, selection and IME composition. Every caret below is read
// from what C++ drew (window.hearth.caret, bytes of the value, reported from the frame's output) and
// compared with the DOM field's own selection. The field is the I-statement coach's "What I want to
// say". Screenshots with a caret mid-text and with a selection, light and dark, at 390 and 1280 px,
// go to build/screenshots.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, box, byRole, launch, openApp, settle, startServer } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const FIELD = 'What I want to say';
const desk = { viewport: { width: 1280, height: 800 }, locale: 'en-US' };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'en-US' };

async function open(ctx, colorScheme = 'light') {
  const context = await browser.newContext({ ...ctx, colorScheme });
  const { page, problems } = await openApp(context, server, '#/exercise/i-statement-coach');
  const field = byRole(page, 'textbox', FIELD);
  await field.waitFor();
  return { context, page, problems, field };
}

// The DOM field's state: value, selection, and the value the app last published for it.
const dom = (field) => field.evaluate((el) => ({ value: el.value, start: el.selectionStart, end: el.selectionEnd,
  dir: el.selectionDirection, app: el.dataset.app }));

// Waits until the drawn caret is `want` ({start, end} and, if given, caret and composing); returns it.
async function drawn(page, want) {
  try {
    await page.waitForFunction((w) => {
      const c = window.hearth.caret;
      return !!c && Object.keys(w).every((k) => JSON.stringify(c[k]) === JSON.stringify(w[k]));
    }, want, { timeout: 15000 });
  } catch (e) {
    const c = await page.evaluate(() => window.hearth.caret);
    throw new Error(`drawn caret ${JSON.stringify(c)}, wanted ${JSON.stringify(want)}`);
  }
  return page.evaluate(() => window.hearth.caret);
}

// The drawn field's first line: clicking at x (CSS px from the field's left) places the caret; the
// byte offset the canvas drew it at is returned once the DOM caret agrees.
async function clickAt(page, field, x, count = 1) {
  const b = await box(field);
  // The answer is read after frames drawn since the click (on a busy machine the page may not have
  // drawn one yet, and the caret from before the click would agree with the DOM's too).
  const before = await page.evaluate(() => window.hearth.frames);
  await page.mouse.click(b.x + x, b.y + 14, { clickCount: count });
  await page.waitForFunction((f0) => {
    const c = window.hearth.caret, el = document.activeElement;
    return window.hearth.frames >= f0 + 2 && c && el && el.tagName === 'TEXTAREA' && c.start === el.selectionStart &&
      c.end === el.selectionEnd;
  }, before, { timeout: 15000 });
  return page.evaluate(() => window.hearth.caret);
}

describe('text fields', () => {
  test('type, Home, type more; Shift+Left; click, double and triple click; undo (1280 px)', async () => {
    const { context, page, problems, field } = await open(desk);
    await field.click();
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), FIELD);
    await page.keyboard.type('you never listen');
    await drawn(page, { start: 16, end: 16 });
    await page.keyboard.press('Home');
    await page.keyboard.type('I feel ');
    // The caret is after the inserted words, in the DOM field and in the picture.
    let d = await dom(field);
    assert.equal(d.value, 'I feel you never listen');
    assert.deepEqual([d.start, d.end], [7, 7]);
    await drawn(page, { start: 7, end: 7, caret: 7, composing: null });
    await page.waitForFunction(() => document.activeElement.dataset.app === 'I feel you never listen');
    await settle(page);  // a steady caret: the app goes idle with focus in the field

    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    d = await dom(field);
    assert.deepEqual([d.start, d.end, d.dir], [4, 7, 'backward']);
    await drawn(page, { start: 4, end: 7, caret: 4 });  // the caret is drawn at the moving end
    await page.keyboard.press('Shift+ArrowRight');
    await drawn(page, { start: 5, end: 7, caret: 5 });
    // Ctrl+Right moves by word in the DOM field; the picture follows.
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+ArrowRight');
    d = await dom(field);
    assert.ok(d.start > 0 && d.start <= 7, `Ctrl+Right moved to ${d.start}`);
    await drawn(page, { start: d.start, end: d.start });

    // A click in the drawn text moves the DOM caret there. Sweep along the first line: the caret the
    // canvas places never goes backward as x grows, and reaches the middle of the text.
    const b = await box(field);
    let prev = -1, mid = null;
    for (let x = 4; x < Math.min(b.width - 8, 320); x += 12) {
      const c = await clickAt(page, field, x);
      assert.equal(c.start, c.end);
      assert.ok(c.caret >= prev, `caret went back from ${prev} to ${c.caret} at x=${x}`);
      prev = c.caret;
      if (c.caret > 12 && c.caret < 15 && !mid) mid = { x, caret: c.caret };  // inside "never" (11..16)
    }
    assert.ok(mid, 'no click landed inside "never"');
    assert.equal(prev, 23, 'a click past the text puts the caret at its end');
    const c = await clickAt(page, field, mid.x);
    d = await dom(field);
    assert.deepEqual([d.start, d.end], [mid.caret, mid.caret]);
    assert.equal(c.caret, mid.caret);

    // Double click on "never": the word is selected, in the picture and in the DOM field. (A pause
    // first: clicks in quick succession at one place add up, in ImGui as in a browser.)
    await page.waitForTimeout(700);
    await clickAt(page, field, mid.x, 2);
    await drawn(page, { start: 11, end: 16 });
    d = await dom(field);
    assert.deepEqual([d.start, d.end], [11, 16]);
    // Triple click: the whole line.
    await page.waitForTimeout(700);
    await clickAt(page, field, mid.x, 3);
    await drawn(page, { start: 0, end: 23 });
    d = await dom(field);
    assert.deepEqual([d.start, d.end], [0, 23]);

    // Shift+click extends the selection from where the caret was.
    await page.waitForTimeout(700);
    await clickAt(page, field, 600);  // the end
    await page.keyboard.down('Shift');
    await page.mouse.click(b.x + mid.x, b.y + 14);
    await page.keyboard.up('Shift');
    await drawn(page, { start: mid.caret, end: 23, caret: mid.caret });
    d = await dom(field);
    assert.deepEqual([d.start, d.end, d.dir], [mid.caret, 23, 'backward']);

    // A drag selects from where it began to where it ends.
    await page.waitForTimeout(700);
    await page.mouse.move(b.x + mid.x, b.y + 14);
    await page.mouse.down();
    await page.mouse.move(b.x + 6, b.y + 14, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => document.activeElement.selectionStart === 0);
    await drawn(page, { start: 0, end: mid.caret, caret: 0 });

    // Undo: Ctrl+Z takes back the typing, and the picture shows the value and caret it left.
    await clickAt(page, field, 600);  // the end
    await page.keyboard.type(' to me');
    await page.waitForFunction(() => document.activeElement.dataset.app === 'I feel you never listen to me');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.activeElement.value !== 'I feel you never listen to me');
    d = await dom(field);
    assert.ok('I feel you never listen to me'.startsWith(d.value), d.value);
    await page.waitForFunction((v) => document.activeElement.dataset.app === v, d.value);
    await drawn(page, { start: d.start, end: d.end });
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => document.activeElement.dataset.app === 'I feel you never listen to me');
    await drawn(page, { start: 29, end: 29 });
    // Cut and paste go through the DOM field too.
    await page.keyboard.press('Shift+Home');
    await drawn(page, { start: 0, end: 29 });
    await page.keyboard.press('Control+x');
    await page.waitForFunction(() => document.activeElement.dataset.app === '');
    await drawn(page, { start: 0, end: 0 });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.activeElement.dataset.app === 'I feel you never listen to me');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('IME composition is underlined, and an autocorrect replacement lands intact', async () => {
    const { context, page, problems, field } = await open(desk);
    await field.click();
    await page.keyboard.type('I feel ');
    await drawn(page, { start: 7, end: 7 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'かな', selectionStart: 2, selectionEnd: 2 });
    // "かな" is 6 bytes from byte 7: the composing range is drawn, the caret after it.
    await drawn(page, { start: 13, end: 13, composing: [7, 13] });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'text-ime-1280.png') });
    await cdp.send('Input.insertText', { text: 'かな' });
    await drawn(page, { start: 13, end: 13, composing: null });
    await page.waitForFunction(() => document.activeElement.dataset.app === 'I feel かな');

    // A phone's autocorrect: "teh" mid-text replaced by "the" (inputType insertReplacementText).
    await field.evaluate((el) => { el.value = 'I feel hurt when teh dishes pile up'; el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' })); });
    await page.waitForFunction(() => document.activeElement.dataset.app === 'I feel hurt when teh dishes pile up');
    await field.evaluate((el) => {
      el.setSelectionRange(17, 20);
      el.setRangeText('the', 17, 20, 'end');
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: 'the' }));
    });
    await page.waitForFunction(() => document.activeElement.dataset.app === 'I feel hurt when the dishes pile up');
    const d = await dom(field);
    assert.deepEqual([d.value, d.start, d.end], ['I feel hurt when the dishes pile up', 20, 20]);
    await drawn(page, { start: 20, end: 20 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a tap in the drawn text places the caret where the canvas drew the letters (390 px, touch)', async () => {
    const { context, page, problems, field } = await open({ ...phone, hasTouch: true, isMobile: true });
    await field.tap();
    await page.keyboard.type('I feel left out when plans change');
    await drawn(page, { start: 33, end: 33 });
    const b = await box(field);
    const x = b.x + b.width * 0.45, y = b.y + 16;
    await page.touchscreen.tap(x, y);
    await page.waitForFunction(() => {
      const c = window.hearth.caret, el = document.activeElement;
      return c && c.caret > 0 && c.caret < 33 && el.selectionStart === c.caret && el.selectionEnd === c.caret;
    }, null, { timeout: 15000 });
    const tapped = await page.evaluate(() => window.hearth.caret.caret);
    // The mouse path at the same point (checked against the drawing above) gives the same caret.
    await page.mouse.click(b.x + b.width - 6, y);
    await drawn(page, { start: 33, end: 33 });
    await page.mouse.click(x, y);
    await drawn(page, { start: tapped, end: tapped });
    const d = await dom(field);
    assert.deepEqual([d.start, d.end], [tapped, tapped]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [ctx, w] of [[phone, 390], [desk, 1280]]) {
    for (const theme of ['light', 'dark']) {
      test(`screenshots: caret mid-text and a selection (${w} px, ${theme})`, async () => {
        const { context, page, problems, field } = await open(ctx, theme);
        await field.click();
        await page.keyboard.type('I feel left out when plans change');
        for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowLeft');
        await drawn(page, { start: 21, end: 21 });
        await settle(page);
        await page.screenshot({ path: path.join(SHOTS, `text-caret-${w}-${theme}.png`) });
        for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
        await drawn(page, { start: 16, end: 21 });
        await settle(page);
        await page.screenshot({ path: path.join(SHOTS, `text-selection-${w}-${theme}.png`) });
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
});
