// The guide's chapters come in their own file (guide.<hash>.json), fetched from the page's own origin
// after the first frame: a fresh deep link opens the chapter; a late file shows "Loading the guide…"
// and then the chapter at the linked section; a failing or damaged file says so and "Try again"
// works; after one visit, chapters open offline.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SHOTS, byRole, launch, openApp, settle, startServer } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const GUIDE = /\/guide\.[0-9a-f]{10}\.json$/;
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
// Routing needs the requests to come from the page, not a service worker: these pages run as in a
// browser without service workers.
const noWorker = () => { delete Navigator.prototype.serviceWorker; };
const LOADING = 'Loading the guide…';
// Chromium logs a failed status as a console error: that one is expected where a test serves it.
const unexpected = (problems) => problems.filter((p) => !/status of (500|503)/.test(p));

async function onScreen(locator) {
  const cls = await locator.getAttribute('class');
  const b = await locator.boundingBox();
  return !(cls || '').includes('off') && b && b.y >= 0 && b.y < 844;
}

describe('the guide file', () => {
  test('a fresh load of a chapter link shows the chapter; the file is fetched after the first frame, from this site', async () => {
    const context = await browser.newContext(phone);
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    const { page, problems } = await openApp(context, server, '#/guide/kinds-of-intimacy');
    await byRole(page, 'heading', 'The kinds of intimacy').waitFor();
    const guide = requests.filter((u) => GUIDE.test(new URL(u).pathname));
    assert.ok(guide.length >= 1, 'the guide file was fetched');
    for (const u of guide) assert.equal(new URL(u).origin, server.origin);
    const [started, ttff] = await page.evaluate(() => [
      performance.getEntriesByType('resource').filter((e) => /\/guide\.[0-9a-f]{10}\.json$/.test(e.name))[0].startTime,
      window.hearth.readyAt]);
    assert.ok(started >= ttff, `the guide was asked for after the first frame (${started.toFixed(0)} >= ${ttff.toFixed(0)} ms)`);
    // The wasm does not carry the chapters' words any more.
    const wasm = await page.evaluate(() => document.querySelector('meta[name="hearth-wasm"]').content);
    const bytes = await (await page.request.get(server.url + wasm)).body();
    assert.equal(bytes.includes('Physical intimacy'), false, 'no chapter text inside the wasm');
    assert.equal(bytes.includes('Call or text'), true, 'the help lines are inside the wasm');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('emphasis is drawn slanted from the first frame, with no font file to fetch', async () => {
    // Emphasis in a chapter ("agree on them *before* things get heated"), opened at its section. Italic
    // is the regular face slanted as it is drawn (tests/native/test_ui_fonts.cpp measures the slant):
    // the page asks for no font at all. The screenshot is for a person to look at.
    const context = await browser.newContext(phone);
    await context.addInitScript(noWorker);
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    const { page, problems } = await openApp(context, server, '#/guide/conflict/ground-rules');
    await byRole(page, 'heading', 'Agree on ground rules first').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'guide-italic-390.png') });
    assert.deepEqual(requests.filter((u) => /\.(ttf|otf|woff2?)$/.test(new URL(u).pathname)), [], 'no font file fetched');
    assert.equal(await page.evaluate(() => document.querySelector('meta[name="hearth-italic"]')), null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a late file: "Loading the guide…" first, then the chapter at the linked section', async () => {
    const context = await browser.newContext(phone);
    await context.addInitScript(noWorker);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await context.route(GUIDE, async (route) => { await held; await route.continue(); });
    const { page, problems } = await openApp(context, server, '#/guide/conflict/time-outs');
    await page.locator('#mirror').getByText(LOADING, { exact: true }).waitFor();
    await byRole(page, 'heading', 'The guide').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'guide-loading-390.png') });
    // Everything else works meanwhile.
    await page.evaluate(() => { location.hash = '#/timeout'; });
    await byRole(page, 'heading', 'Time-out').waitFor();
    await page.evaluate(() => { location.hash = '#/guide/conflict/time-outs'; });
    await page.locator('#mirror').getByText(LOADING, { exact: true }).waitFor();
    release();
    const section = byRole(page, 'heading', 'Taking a time-out well');
    await section.waitFor();
    await byRole(page, 'heading', 'Conflict as a way to grow closer').waitFor({ state: 'attached' });
    await settle(page);
    assert.ok(await onScreen(section), 'opened at the linked section');
    assert.equal(await page.locator('#mirror').getByText(LOADING, { exact: true }).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a failing file says so, and Try again loads it', async () => {
    const context = await browser.newContext(phone);
    await context.addInitScript(noWorker);
    let answer = 'error';
    await context.route(GUIDE, async (route) => {
      if (answer === 'error') await route.fulfill({ status: 500, body: 'no' });
      else if (answer === 'damaged') await route.fulfill({ status: 200, contentType: 'application/json', body: '{"chapters":[{"id":' });
      else await route.continue();
    });
    const { page, problems } = await openApp(context, server, '#/guide');
    await page.locator('#mirror').getByText('The guide could not be loaded: the server answered with an error (500). Please try again in a moment. Everything else in Hearth works without it.').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'guide-failed-390.png') });
    answer = 'damaged';
    await byRole(page, 'button', 'Try again').click();
    await page.locator('#mirror').getByText(/^The guide arrived damaged, so Hearth did not open it\./).waitFor();
    answer = 'good';
    await byRole(page, 'button', 'Try again').click();
    await byRole(page, 'link', '1. What intimacy is').waitFor();
    await byRole(page, 'link', '1. What intimacy is').click();
    await byRole(page, 'heading', 'What intimacy is').waitFor();
    assert.deepEqual(unexpected(problems), []);
    await context.close();
  });

  test('after one visit, chapters open offline in a new tab', async () => {
    const context = await browser.newContext(phone);
    const { page, problems } = await openApp(context, server, '#/exercises');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    await context.setOffline(true);
    const tab = await context.newPage();
    await tab.goto(server.url + '#/guide/rekindling/repair');
    await byRole(tab, 'heading', 'When the distance feels deeper').waitFor();
    await byRole(tab, 'heading', 'Rekindling and repair').waitFor({ state: 'attached' });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
