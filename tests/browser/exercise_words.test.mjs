// The listening scenarios' and open questions' words, the coach's word lists, the question decks' cards
// and the shared-experience ideas come in the guide's file (guide.<hash>.json), not inside the wasm: the
// screens show them (and the coach judges) once the file has come, say "Loading this exercise…"
// while it is held back, say why and offer Try again when it fails, and a saved answer (a drawn card,
// a tried idea) is kept when the page opens again before the file has come.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, cardText, launch, openApp, settle, startServer, shown } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const GUIDE = /\/guide\.[0-9a-f]{10}\.json$/;
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
// Routing needs the requests to come from the page, not a service worker.
const noWorker = () => { delete Navigator.prototype.serviceWorker; };
const LOADING = 'Loading this exercise…';
const SAYS = '"This week at work has been awful. They keep piling more on me and I can\'t keep up."';
const unexpected = (problems) => problems.filter((p) => !/status of 500/.test(p));
const mirrorText = (page, text) => page.locator('#mirror').getByText(text, { exact: true });

// Holds the guide's file back until release() is called.
async function holdGuide(context) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(GUIDE, async (route) => { await held; await route.continue(); });
  return () => release();
}

describe('exercise words in the guide file', () => {
  test('listening and open questions show their words once the file has come; the wasm does not carry them', async () => {
    const context = await browser.newContext(phone);
    const { page, problems } = await openApp(context, server, '#/exercise/reflective-listening');
    await mirrorText(page, SAYS).waitFor({ state: 'attached' });
    await byRole(page, 'button', 'Choose reply A').waitFor({ state: 'attached' });
    await page.evaluate(() => { location.hash = '#/exercise/open-questions'; });
    await byRole(page, 'heading', 'Did you have a good day?').waitFor();
    assert.equal(await mirrorText(page, LOADING).count(), 0);
    const wasm = await page.evaluate(() => document.querySelector('meta[name="hearth-wasm"]').content);
    const bytes = await (await page.request.get(server.url + wasm)).body();
    assert.equal(bytes.includes('piling more on me'), false, 'no scenario words inside the wasm');
    assert.equal(bytes.includes('What moment of today would you happily live again?'), false, 'no question words inside the wasm');
    assert.equal(bytes.includes('work-week'), true, 'the scenario ids stay inside the wasm');
    assert.equal(bytes.includes('condescending'), false, "no coach word list inside the wasm");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a held-back file: "Loading this exercise…" on both screens, then the words', async () => {
    const context = await browser.newContext(phone);
    await context.addInitScript(noWorker);
    const release = await holdGuide(context);
    const { page, problems } = await openApp(context, server, '#/exercise/reflective-listening');
    await byRole(page, 'heading', 'Scenario 1 of 36').waitFor();
    await mirrorText(page, LOADING).waitFor({ state: 'attached' });
    assert.equal(await byRole(page, 'button', 'Choose reply A').count(), 0);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'listening-loading-390.png') });
    await page.evaluate(() => { location.hash = '#/exercise/open-questions'; });
    await byRole(page, 'heading', 'Open-ended questions').waitFor();
    await mirrorText(page, LOADING).waitFor({ state: 'attached' });
    assert.equal(await byRole(page, 'textbox', 'My open version').count(), 0);
    await page.evaluate(() => { location.hash = '#/exercise/i-statement-coach'; });
    await byRole(page, 'heading', 'I-statement coach').waitFor();
    await mirrorText(page, LOADING).waitFor({ state: 'attached' });
    assert.equal(await byRole(page, 'textbox', 'What I want to say').count(), 0);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'coach-loading-390.png') });
    release();
    await byRole(page, 'textbox', 'What I want to say').fill('You never listen to me');
    await byRole(page, 'heading', 'Always and never words').waitFor();
    await page.evaluate(() => { location.hash = '#/exercise/open-questions'; });
    await byRole(page, 'heading', 'Did you have a good day?').waitFor();
    assert.equal(await mirrorText(page, LOADING).count(), 0);
    await page.evaluate(() => { location.hash = '#/exercise/reflective-listening'; });
    await mirrorText(page, SAYS).waitFor({ state: 'attached' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a failing file says so on the exercise, and Try again loads it', async () => {
    const context = await browser.newContext(phone);
    await context.addInitScript(noWorker);
    let fail = true;
    await context.route(GUIDE, async (route) => {
      if (fail) await route.fulfill({ status: 500, body: 'no' });
      else await route.continue();
    });
    const { page, problems } = await openApp(context, server, '#/exercise/reflective-listening');
    await mirrorText(page, 'This exercise could not be loaded: the server answered with an error (500). Please try again ' +
      'in a moment. Everything else in Hearth works without it.').waitFor({ state: 'attached' });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'listening-failed-390.png') });
    fail = false;
    await byRole(page, 'button', 'Try again').click();
    await mirrorText(page, SAYS).waitFor({ state: 'attached' });
    assert.deepEqual(unexpected(problems), []);
    await context.close();
  });

  test('a saved answer is kept when the page opens again before the file has come', async () => {
    const context = await browser.newContext(phone);
    await context.addInitScript(noWorker);
    const { page, problems } = await openApp(context, server, '#/exercise/reflective-listening');
    await byRole(page, 'button', 'Choose reply A').waitFor({ state: 'attached' });
    await byRole(page, 'button', 'Choose reply A').dispatchEvent('click');
    await shown(page, /^You have answered 1 time, across 1 of/).waitFor({ state: 'attached' });
    await page.waitForFunction(() => {
      const doc = JSON.parse(localStorage.getItem('hearth:doc') || '{}');
      return doc.exercises && doc.exercises['reflective-listening'] && doc.exercises['reflective-listening'].answers.length === 1;
    }, null, { timeout: 10000 });
    const release = await holdGuide(context);
    await page.reload();
    await mirrorText(page, LOADING).waitFor({ state: 'attached' });
    await shown(page, /^You have answered 1 time, across 1 of/).waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);  // past the save after start-up
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('hearth:doc')).exercises['reflective-listening']);
    assert.equal(saved.answers.length, 1);
    assert.equal(saved.answers[0].scenario, 'work-week');
    release();
    await mirrorText(page, SAYS).waitFor({ state: 'attached' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a drawn card and a tried idea are kept when the page opens again before the file; the wasm carries ids only', async () => {
    const context = await browser.newContext(phone);
    await context.addInitScript(noWorker);
    const { page, problems } = await openApp(context, server, '#/exercise/question-decks');
    await byRole(page, 'button', 'Open Story swap').dispatchEvent('click');
    await byRole(page, 'button', 'Draw a card').dispatchEvent('click');
    await mirrorText(page, '29 cards left to draw.').waitFor({ state: 'attached' });
    const card = await cardText(page);
    assert.ok(card, 'a card is on the table');
    await page.evaluate(() => { location.hash = '#/exercise/shared-experiences'; });
    await byRole(page, 'checkbox', 'We tried it: Build a blanket fort').dispatchEvent('click');
    await shown(page, /ideas shown, 1 tried so far\.$/).waitFor({ state: 'attached' });
    const saved = () => page.evaluate(() => {
      const ex = JSON.parse(localStorage.getItem('hearth:doc') || '{}').exercises || {};
      return [ex['question-decks']?.decks?.stories?.current, ex['shared-experiences']?.records?.['blanket-fort']?.tried];
    });
    await page.waitForFunction(() => {
      const ex = JSON.parse(localStorage.getItem('hearth:doc') || '{}').exercises || {};
      return ex['question-decks']?.decks?.stories?.current && ex['shared-experiences']?.records?.['blanket-fort'];
    }, null, { timeout: 10000 });
    const [current] = await saved();

    const wasm = await page.evaluate(() => document.querySelector('meta[name="hearth-wasm"]').content);
    const bytes = await (await page.request.get(server.url + wasm)).body();
    assert.equal(bytes.includes(card), false, 'no card text inside the wasm');
    assert.equal(bytes.includes('Trade stories from before you met'), false, 'no deck line inside the wasm');
    assert.equal(bytes.includes('Get your hands muddy'), false, 'no idea words inside the wasm');
    assert.equal(bytes.includes('blanket-fort'), true, 'the idea ids stay inside the wasm');

    const release = await holdGuide(context);
    await page.reload();
    await byRole(page, 'heading', 'Shared-experience ideas').waitFor();
    await mirrorText(page, LOADING).waitFor({ state: 'attached' });
    assert.equal(await byRole(page, 'checkbox', 'We tried it: Build a blanket fort').count(), 0);
    await page.evaluate(() => { location.hash = '#/exercise/question-decks'; });
    await byRole(page, 'heading', 'Question decks').waitFor();
    await mirrorText(page, LOADING).waitFor({ state: 'attached' });
    assert.equal(await byRole(page, 'button', 'Next card').count(), 0);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'decks-loading-390.png') });
    await page.waitForTimeout(1500);  // past the save after start-up
    assert.deepEqual(await saved(), [current, true]);
    release();
    await mirrorText(page, card).waitFor({ state: 'attached' });
    await mirrorText(page, '29 cards left to draw.').waitFor({ state: 'attached' });
    assert.equal(await mirrorText(page, LOADING).count(), 0);
    await page.evaluate(() => { location.hash = '#/exercise/shared-experiences'; });
    await shown(page, /ideas shown, 1 tried so far\.$/).waitFor({ state: 'attached' });
    assert.equal(await byRole(page, 'checkbox', 'We tried it: Build a blanket fort').isChecked(), true);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
