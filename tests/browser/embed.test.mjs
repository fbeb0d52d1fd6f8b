// The embed kit across two origins: a counselor's page (one loopback port, a plain static server
// with no Hearth headers) shows Hearth from another port through embed.js. The frame sizes itself,
// the options apply, the start page opens, quick exit leaves the whole host page, and progress
// saves (or the blocked-storage notice shows). Nothing goes to any third origin.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, SHOTS, freePort, launch, pixel, startServer } from './lib.mjs';

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
  host = { origin: `http://127.0.0.1:${port}` };
  for (let i = 0; i < 50; i++) {  // wait until it answers
    try { if ((await fetch(host.origin + '/left.html')).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launch();
});
after(async () => { await browser?.close(); app?.stop(); hostProc?.kill(); });

async function openDemo(context, start) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(app.origin) && !u.startsWith(host.origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      problems.push(`foreign request: ${u}`);
  });
  const q = new URLSearchParams({ app: app.origin + '/', exit: host.origin + '/left.html' });
  if (start) q.set('start', start);
  await page.goto(`${host.origin}/embed-demo.html?${q}`);
  const frame = page.frameLocator('#hearth-here iframe');
  return { page, frame, problems };
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
    // Progress saves inside the frame (or, if this browser blocks storage there, the notice says so).
    await frame.getByRole('link', { name: 'Settings', exact: true }).click();
    await frame.getByRole('radio', { name: 'Dark', exact: true }).click();
    await page.waitForTimeout(1500);  // the throttled save
    await page.reload();
    const frame2 = page.frameLocator('#hearth-here iframe');
    await frame2.getByRole('heading', { name: 'Ritual planner', exact: true }).waitFor();
    await page.locator('#hearth-here iframe').scrollIntoViewIfNeeded();
    await frame2.getByRole('link', { name: 'Settings', exact: true }).click();
    const dark = frame2.getByRole('radio', { name: 'Dark', exact: true });
    await dark.waitFor({ state: 'attached' });
    const saved = await dark.isChecked();
    const blocked = await frame2.locator('#mirror').getByText(/can't save/).count();
    assert.ok(saved || blocked > 0, 'the choice was kept, or the person was told it cannot be');
    // Quick exit replaces the whole host page.
    await frame2.getByRole('button', { name: 'Quick exit: leave Hearth now for a neutral site', exact: true }).click();
    await page.waitForURL(host.origin + '/left.html');
    assert.deepEqual(problems, []);
    await context.close();
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
