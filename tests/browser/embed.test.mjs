// The embed kit across two sites: a counselor's page (http://localhost:<port>, a plain static server
// with no Hearth headers) shows Hearth from http://127.0.0.1:<port> through embed.js, so the frame is
// third-party, as on a real counseling site. The frame sizes itself, the options apply, the start
// page opens, quick exit leaves the whole host page. Storage: Chromium as Playwright runs it keeps a
// third-party frame's storage closed (its switches turn storage partitioning off), so the frame asks
// for it, and when the browser refuses, "Open Hearth in its own tab" carries what was written to a
// top-level tab that saves it. A normal Chromium profile (partitioned storage, launched here without
// Playwright's switches) saves in the frame across a reload. Nothing goes to any third origin.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { LAUNCH_ARGS, ROOT, SHOTS, freePort, launch, pixel, startServer } from './lib.mjs';

let app, host, hostProc, browser;
before(async () => {
  app = await startServer();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hearth-host-'));
  for (const f of ['embed-demo.html', 'embed-demo.css', 'embed-demo.js'])
    copyFileSync(path.join(ROOT, 'build', 'site', f), path.join(dir, f));
  writeFileSync(path.join(dir, 'left.html'), '<!doctype html><title>Weather</title><p>Sunny.</p>');
  writeFileSync(path.join(dir, 'favicon.ico'), '');
  const port = await freePort();
  hostProc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir],
    { stdio: ['ignore', 'ignore', 'ignore'] });
  host = { origin: `http://localhost:${port}` };  // another site than 127.0.0.1
  for (let i = 0; i < 50; i++) {  // wait until it answers
    try { if ((await fetch(host.origin + '/left.html')).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launch();
});
after(async () => { await browser?.close(); app?.stop(); hostProc?.kill(); });

// Records what a page (or a tab it opens) does wrong: errors, the app stopping, any request that
// goes to neither the host site nor Hearth's.
// The browser's own log lines about a refused storage request are its answer, not a fault: they are
// kept apart (`refusals`).
function watch(page, problems, refusals = []) {
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (/^requestStorageAccess: /.test(m.text())) refusals.push(m.text());
    else if (m.type() === 'error' || /^Hearth: the app stopped/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    const hostServer = [host.origin, host.origin.replace('localhost', '127.0.0.1')];  // the host's server, either name
    if (!u.startsWith(app.origin) && !hostServer.some((o) => u.startsWith(o)) && !u.startsWith('data:') && !u.startsWith('blob:'))
      problems.push(`foreign request: ${u}`);
  });
}

// Chromium under automation never opens a third-party frame's storage, even after a grant (measured:
// with the storage-access permission set through CDP, requestStorageAccess resolves but the handle's
// localStorage still throws SecurityError; without it, the request is refused with no prompt). So
// the granted path runs in a same-site frame whose storage this script closes, with the Storage
// Access API simulated: window.localStorage throws; requestStorageAccess resolves only with a
// transient user activation (or once granted), and gives a handle whose localStorage is the real one;
// permissions.query answers 'granted' once it was. What Hearth asked is logged for the test.
function simulateStorageAccess(appOrigin) {
  if (window.top === window || location.origin !== appOrigin) return;
  const real = window.localStorage;
  window.__simReal = real;
  const granted = () => real.getItem('sim:granted') === '1';
  Object.defineProperty(window, 'localStorage', { configurable: true,
    get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
  document.requestStorageAccess = function (opts) {
    const active = !!(navigator.userActivation && navigator.userActivation.isActive);
    real.setItem('sim:log', (real.getItem('sim:log') || '') + `ask ${JSON.stringify(opts)} active=${active};`);
    if (!granted() && !active) return Promise.reject(new DOMException('requestStorageAccess not allowed', 'NotAllowedError'));
    real.setItem('sim:granted', '1');
    return Promise.resolve({ localStorage: real });
  };
  const query = navigator.permissions.query.bind(navigator.permissions);
  navigator.permissions.query = (d) => (d && d.name === 'storage-access'
    ? Promise.resolve({ state: granted() ? 'granted' : 'prompt' }) : query(d));
}

async function openDemo(context, start, hostOrigin = host.origin) {
  const page = await context.newPage();
  const problems = [], refusals = [];
  watch(page, problems, refusals);
  const q = new URLSearchParams({ app: app.origin + '/', exit: host.origin + '/left.html' });
  if (start) q.set('start', start);
  await page.goto(`${hostOrigin}/embed-demo.html?${q}`);
  const frame = page.frameLocator('#hearth-here iframe');
  return { page, frame, problems, refusals };
}

describe('embed kit', () => {
  test('two origins: sizing, options, start page, saving, and quick exit leaving the host page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, frame, problems } = await openDemo(context);
    await frame.getByRole('heading', { name: 'Ritual planner', exact: true }).waitFor();  // data-start
    const iframe = page.locator('#hearth-here iframe');
    // A browser pauses drawing in a cross-origin frame that is off screen: bring it into view first.
    await iframe.scrollIntoViewIfNeeded();
    assert.match(await iframe.getAttribute('sandbox'), /allow-top-navigation-by-user-activation/);
    assert.doesNotMatch(await iframe.getAttribute('sandbox'), /allow-top-navigation /);
    // The height follows the content (clamped to the window), not the 640 px it started with.
    await page.waitForFunction(() => document.querySelector('#hearth-here iframe').style.height !== '640px');
    await iframe.scrollIntoViewIfNeeded();
    const h = parseInt(await iframe.evaluate((f) => f.style.height), 10);
    assert.ok(h >= 480 && h <= 900, `frame height ${h}`);
    // Parts: progress is not shown by this site.
    await frame.getByRole('link', { name: 'Guide', exact: true }).waitFor();
    assert.equal(await frame.getByRole('link', { name: 'Progress', exact: true }).count(), 0);
    // Organisation on the home page, and the site's accent on the main button.
    await frame.getByRole('link', { name: 'Hearth', exact: true }).click();
    await frame.getByText('Shared with you by Riverside Counseling.').waitFor({ state: 'attached' });
    const btn = frame.getByRole('button', { name: 'Read the guide', exact: true });
    await btn.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const b = await btn.boundingBox();
    const [r, g, bl] = await pixel(page, Math.round(b.x + 6), Math.round(b.y + b.height / 2));
    assert.ok(Math.abs(r - 0x2a) < 12 && Math.abs(g - 0x6f) < 12 && Math.abs(bl - 0x97) < 12, `accent ${r},${g},${bl}`);
    await page.screenshot({ path: path.join(SHOTS, 'embed-demo-1280.png'), fullPage: true });
    // This Chromium keeps the third-party frame's storage closed: a banner says so once the browser
    // has answered whether permission was given before, and Settings says Hearth is not saving, and
    // offers to ask (the banner does not repeat the button there). The banner makes the frame taller
    // and the host page moves it: Settings is opened from the keyboard, not at a point that moved.
    await frame.locator('#mirror').getByText(/unless you allow it\./).waitFor({ state: 'attached' });
    await frame.getByRole('link', { name: 'Settings', exact: true }).focus();
    await page.keyboard.press('Enter');
    await frame.locator('#mirror').getByText(/^Saving: off\. This browser window does not let Hearth save/).waitFor({ state: 'attached' });
    assert.equal(await frame.getByRole('button', { name: 'Let Hearth keep your progress on this device', exact: true }).count(), 1);
    // Quick exit replaces the whole host page.
    await frame.getByRole('button', { name: 'Quick exit: leave Hearth now for a neutral site', exact: true }).click();
    await page.waitForURL(host.origin + '/left.html');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('storage closed in the frame: the person is asked, and after a refusal their own tab takes a half-written line and keeps it', async () => {
    // A persistent profile, as a person's browser has (Playwright's switches still close the frame's storage).
    const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'hearth-profile-')),
      { executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS, viewport: { width: 390, height: 844 } });
    const { page, frame, problems, refusals } = await openDemo(context, '#/exercise/appreciation');
    await frame.getByRole('heading', { name: 'Appreciation moments', exact: true }).waitFor();
    await page.locator('#hearth-here iframe').scrollIntoViewIfNeeded();
    const text = frame.locator('#mirror').getByText.bind(frame.locator('#mirror'));
    await text(/^This browser keeps Hearth from saving inside another site's page unless you allow it\./).waitFor({ state: 'attached' });
    const line = 'You walked the dog in the rain so I could sleep';
    await frame.getByRole('textbox', { name: 'Something I appreciated today', exact: true }).fill(line);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SHOTS, 'embed-ask-390.png') });
    // Asking: this Chromium refuses (Hearth's site was never visited top-level, and no prompt shows
    // under automation). The calm offer of a tab of its own takes the button's place.
    await frame.getByRole('button', { name: 'Let Hearth keep your progress on this device', exact: true }).click();
    const own = frame.getByRole('button', { name: 'Open Hearth in its own tab to keep your progress', exact: true });
    await own.waitFor();
    assert.ok(refusals.some((r) => /denied/i.test(r)), `the browser itself refused: ${refusals}`);
    await text(/^Your browser did not allow Hearth to save here\. Open Hearth in its own tab to keep your progress: everything you wrote here goes with it\.$/).waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SHOTS, 'embed-refused-390.png') });
    const [tab] = await Promise.all([context.waitForEvent('page'), own.click()]);
    watch(tab, problems);
    await tab.waitForFunction(() => document.documentElement.dataset.ready === '1');
    // The tab is Hearth itself, top-level, on the same screen with the same options; the one-time token
    // left the address at once, and the host's origin was never in it.
    const url = new URL(tab.url());
    assert.equal(url.origin, app.origin);
    assert.equal(url.hash, '#/exercise/appreciation');
    assert.equal(url.searchParams.get('handoff'), null);
    assert.equal(url.searchParams.get('host'), null);
    assert.equal(url.searchParams.get('org'), 'Riverside Counseling');
    await tab.locator('#mirror').getByText('What you wrote in the other window is here now, and Hearth keeps it on this device.').waitFor({ state: 'attached' });
    const field = tab.getByRole('textbox', { name: 'Something I appreciated today', exact: true });
    assert.equal(await field.inputValue(), line);
    await tab.waitForTimeout(300);
    await tab.screenshot({ path: path.join(SHOTS, 'embed-own-tab-390.png') });
    // The frame says where to go on.
    await text(/^Hearth is open in its own tab now, with everything you wrote here\./).waitFor({ state: 'attached' });
    // The tab keeps it: across a reload, with saving on.
    await tab.waitForTimeout(1500);  // the throttled save
    await tab.reload();
    await tab.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await tab.getByRole('textbox', { name: 'Something I appreciated today', exact: true }).waitFor({ state: 'attached' });
    assert.equal(await tab.getByRole('textbox', { name: 'Something I appreciated today', exact: true }).inputValue(), line);
    await tab.evaluate(() => { location.hash = '#/settings'; });
    await tab.locator('#mirror').getByText('Saving: on. Hearth keeps your progress in this browser.').waitFor({ state: 'attached' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('storage granted (the API simulated, see above): asked once from a press, then saved to the granted storage, and opened without a press after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(simulateStorageAccess, app.origin);
    const sameSite = host.origin.replace('localhost', '127.0.0.1');  // the frame's own storage works here
    const { page, frame, problems } = await openDemo(context, '#/settings', sameSite);
    await page.locator('#hearth-here iframe').scrollIntoViewIfNeeded();
    const text = frame.locator('#mirror').getByText.bind(frame.locator('#mirror'));
    await text(/^Saving: off\. /).waitFor({ state: 'attached' });
    // By keyboard (both are below the frame's fold on this screen): a key press is a user activation too.
    await frame.getByRole('radio', { name: 'Dark', exact: true }).focus();
    await page.keyboard.press('Space');  // in memory only, for now
    await frame.getByRole('radio', { name: 'Dark', exact: true }).and(frame.locator(':checked')).waitFor({ state: 'attached' });
    await frame.getByRole('button', { name: 'Let Hearth keep your progress on this device', exact: true }).focus();
    await page.keyboard.press('Enter');
    await text('Saving: on, with your permission. Hearth is inside another site\'s page, and you let it keep your progress on this device.').waitFor({ state: 'attached' });
    await text('Thank you. Hearth now keeps your progress on this device.').waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);  // the throttled save
    const inFrame = page.frames().find((f) => f.url().startsWith(app.origin));
    const stored = await inFrame.evaluate(() => ({ log: window.__simReal.getItem('sim:log'), doc: window.__simReal.getItem('hearth:doc') }));
    assert.equal(stored.log, 'ask {"localStorage":true} active=true;', 'asked once, with the handle form, within the press');
    assert.equal(JSON.parse(stored.doc).settings.theme, 'dark', 'what was chosen before the grant is saved to the granted storage');
    await page.screenshot({ path: path.join(SHOTS, 'embed-granted-1280.png') });
    // A reload: the permission is remembered, so storage opens with no press and no notice.
    await page.reload();
    await page.locator('#hearth-here iframe').scrollIntoViewIfNeeded();
    const frame2 = page.frameLocator('#hearth-here iframe');
    await frame2.locator('#mirror').getByText(/^Saving: on, with your permission\./).waitFor({ state: 'attached' });
    assert.equal(await frame2.getByRole('radio', { name: 'Dark', exact: true }).isChecked(), true);
    assert.equal(await frame2.locator('#mirror').getByText(/Thank you|can't save|unless you allow it/).count(), 0);
    const again = page.frames().find((f) => f.url().startsWith(app.origin));
    assert.equal(await again.evaluate(() => window.__simReal.getItem('sim:log')),
      'ask {"localStorage":true} active=true;ask {"localStorage":true} active=false;', 'asked again without a press, and granted');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a normal Chromium profile (partitioned storage): the frame saves across a reload', async () => {
    // Launched without Playwright's switches, with a profile of its own, as people run Chromium.
    const profile = mkdtempSync(path.join(os.tmpdir(), 'hearth-profile-'));
    const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, userDataDir: profile,
      args: LAUNCH_ARGS, defaultViewport: { width: 1280, height: 900 } });
    try {
      const page = await b.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('request', (r) => { if (!r.url().startsWith(app.origin) && !r.url().startsWith(host.origin)) problems.push(`foreign request: ${r.url()}`); });
      const q = new URLSearchParams({ app: app.origin + '/', start: '#/settings' });
      await page.goto(`${host.origin}/embed-demo.html?${q}`);
      const inFrame = async (fn) => {
        for (let i = 0; i < 100; i++) {
          const f = page.frames().find((x) => x.url().startsWith(app.origin));
          if (f) { try { const v = await f.evaluate(fn); if (v) return v; } catch { /* loading */ } }
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('the frame never answered');
      };
      const radio = (name) => `[...document.querySelectorAll('#mirror input[type=radio]')].find((e) => e.getAttribute('aria-label') === ${JSON.stringify(name)} || e.labels?.[0]?.textContent === ${JSON.stringify(name)})`;
      await page.$eval('#hearth-here iframe', (f) => f.scrollIntoView());
      await inFrame(`document.documentElement.dataset.ready === '1' && !!${radio('Dark')}`);
      assert.equal(await inFrame(`[...document.querySelectorAll('#mirror p')].map((p) => p.textContent).find((t) => t.startsWith('Saving:')) || ''`),
        'Saving: on. Hearth keeps your progress in this browser.');
      await inFrame(`(${radio('Dark')}.click(), true)`);
      await inFrame(`${radio('Dark')}.checked`);
      await new Promise((r) => setTimeout(r, 1500));  // the throttled save
      await page.reload();
      await page.$eval('#hearth-here iframe', (f) => f.scrollIntoView());
      await inFrame(`document.documentElement.dataset.ready === '1' && !!${radio('Dark')}`);
      assert.equal(await inFrame(`String(${radio('Dark')}.checked)`), 'true', 'the choice made in the frame was kept');
      assert.deepEqual(problems, []);
    } finally {
      await b.close();
    }
  });

  test('a deep link opens the right exercise on a phone-sized host page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page, frame, problems } = await openDemo(context, '#/exercise/daily-check-in');
    await frame.getByRole('heading', { name: 'Daily check-in', exact: true }).waitFor();
    await page.locator('#hearth-here').scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(SHOTS, 'embed-demo-390.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
