// Shared helpers for Hearth's browser tests: serve build/site, drive Debian's Chromium with
// playwright-core, and reach everything through the accessibility mirror (roles and names).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHOTS = path.join(ROOT, 'build', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

export const LAUNCH_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-gpu-driver-bug-workarounds'];

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
    s.on('error', reject);
  });
}

// Serves a folder with serve.py (the same server people use) and resolves when it answers.
// With HEARTH_URL set (tests/nginx/run.sh) and no folder named, the app is already served there.
export async function startServer(dir) {
  if (!dir && process.env.HEARTH_URL) {
    const url = new URL(process.env.HEARTH_URL);
    return { url: url.href, origin: url.origin, stop: () => {} };
  }
  dir = dir || path.join(ROOT, 'build', 'site');
  const port = await freePort();
  const proc = spawn('python3', [path.join(ROOT, 'serve.py'), '--no-build', '--port', String(port), '--dir', dir],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    proc.stdout.on('data', (d) => { if (String(d).includes('served at')) resolve(); });
    proc.on('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`, stop: () => proc.kill() };
}

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
}

// Opens the app and records console errors, failed requests and any request to another origin.
export async function openApp(context, server, hash = '') {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    // Errors, WebGL's warnings (they mean something was not drawn), and the app stopping on a fault
    // (web/boot.js says so as a warning, and recovers where it can: no engine here is known to need it).
    if (m.type() === 'error' || /WebGL|GL_INVALID|^Hearth: the app stopped/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A request cut off because the page itself went elsewhere (a reload, Back, another address) is
  // the browser's doing, not a failure: it is skipped when a navigation started after it, or was
  // already on its way when it started (the old page's late requests, such as its icon, die when
  // the new page commits). Back and Forward send no request before the old page's requests are cut,
  // so an abort with no navigation seen yet waits for one (up to 1.5 s) before it counts.
  let navigations = 0, leaving = false;
  const startedAt = new WeakMap();
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) { navigations++; leaving = true; }
    else startedAt.set(r, { navigations, leaving });
  });
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) { navigations++; leaving = false; } });  // reloads, Back
  page.on('requestfailed', (r) => {
    const at = startedAt.get(r);
    const error = r.failure()?.errorText || '';
    const report = () => problems.push(`request failed: ${r.url()} (${error})`);
    if (!/ERR_ABORTED/.test(error)) return report();
    if (!at || at.navigations !== navigations || at.leaving) return;  // cut by a navigation
    const seen = navigations;
    setTimeout(() => { if (navigations === seen && !page.isClosed()) report(); }, 1500);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) problems.push(`foreign request: ${r.url()}`);
  });
  await page.goto(server.url + hash);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 20000 });
  return { page, problems };
}

export const frames = (page) => page.evaluate(() => window.hearth.frames);
// The document as stored in this browser (the default namespace), parsed; {} when there is none.
export const storedDoc = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('hearth:doc') || '{}'));

// Presses "I understand" under the time-out's safety note (a click, or a tap on a touch screen) and
// waits until the note has folded away and the app is idle: the start button moves up when it goes,
// and a press that begins on the old layout does nothing where the button was (core/app/tap_guard.h).
// (On a loaded machine the frame that folds the note can come late: waiting a fixed while is not enough.)
export async function acceptSafetyNote(page, how = 'click') {
  const button = byRole(page, 'button', 'I understand');
  await (how === 'tap' ? button.tap() : button.click());
  await button.waitFor({ state: 'detached', timeout: 30000 });
  await settle(page);
}

// Waits until the app has drawn and gone idle (no new frame for `quietMs`).
export async function settle(page, quietMs = 250) {
  let last = -1;
  for (let i = 0; i < 80; i++) {
    const f = await frames(page);
    if (f === last) return f;
    last = f;
    await page.waitForTimeout(quietMs);
  }
  throw new Error('the app never went idle');
}

export function byRole(page, role, name) { return page.getByRole(role, { name, exact: true }); }
// Text the page shows: looked for in the mirror only, so words that the live region is also
// reading out (#live, a copy of a message) never make a second match.
export function shown(page, text, opts) { return page.locator('#mirror').getByText(text, opts); }

// Waits until the mirror's checkbox or radio named `name` (or, with `prefix`, whose name starts
// with it) is checked: the state the app drew in its latest frame.
export function whenChecked(page, name, { prefix = false, timeout = 10000 } = {}) {
  return page.waitForFunction(([n, p]) => [...document.querySelectorAll('#mirror input[type=checkbox], #mirror input[type=radio]')]
    .some((e) => e.checked && (p ? e.getAttribute('aria-label')?.startsWith(n) : e.getAttribute('aria-label') === n)),
  [name, prefix], { timeout });
}

// Takes a screenshot (of `clip`, or the whole page), decodes it in the page and returns every
// `stride`-th pixel's RGB as a flat array [r, g, b, r, g, b, ...] (the page's CSP rightly forbids eval,
// so the counting happens here, not in the page).
export async function screenshotRgb(page, clip, stride = 1) {
  const png = (await page.screenshot(clip ? { clip } : {})).toString('base64');
  return page.evaluate(async ([b64, step]) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const out = [];
    for (let i = 0; i < d.length; i += 4 * step) out.push(d[i], d[i + 1], d[i + 2]);
    return out;
  }, [png, stride]);
}

// Counts the distinct colours in a screenshot (a blank canvas has one or two).
export async function colourCount(page) {
  const d = await screenshotRgb(page, null, 7);
  const seen = new Set();
  for (let i = 0; i < d.length; i += 3) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
  return seen.size;
}

// The colour of one screenshot pixel (CSS px), as [r, g, b].
export async function pixel(page, x, y) {
  const png = (await page.screenshot({ clip: { x, y, width: 1, height: 1 } })).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = 1; c.height = 1;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    return Array.from(g.getImageData(0, 0, 1, 1).data.slice(0, 3));
  }, png);
}

// A real finger drag through the DevTools protocol (touchStart, moves, touchEnd). Each event carries
// its own timestamp, a steady `stepMs` apart, so the gesture's speed does not depend on how long this
// slow software renderer takes to draw between events (a 3x phone frame can take over 100 ms).
export async function touchDrag(page, x, y, dy, steps = 8, stepMs = 16) {
  const cdp = await page.context().newCDPSession(page);
  const t0 = Date.now() / 1000;
  const at = (i) => t0 + (i * stepMs) / 1000;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }], timestamp: at(0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * i) / steps }], timestamp: at(i) });
  }
  // The finger lifts while still moving (a fling).
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: at(steps) + 0.004 });
  await cdp.detach();
}

export async function box(locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

// Scrolls the page under the mouse with the wheel until `locator` is on screen (between minY and maxY):
// down first, then back up (the element may be above, as a person would find it).
export async function scrollUntil(page, locator, maxY = 500, minY = 60, step = 200) {
  for (let i = 0; i < 120; i++) {
    const cls = (await locator.getAttribute('class')) || '';
    const b = await locator.boundingBox();
    if (!cls.includes('off') && b && b.y >= minY && b.y < maxY) return;
    // On screen but outside the band: move toward it. Off screen: down for a while, then up.
    const dir = !cls.includes('off') && b ? (b.y >= maxY ? 1 : -1) : i < 60 ? 1 : -1;
    await page.mouse.wheel(0, dir * step);
    await page.waitForTimeout(60);
  }
  throw new Error('could not scroll to the element');
}

// The question card on the table: the text item right after "<Level> card" (or "<Level> card from
// <deck>" when drawn from all decks); null when no card shows.
export async function cardText(page) {
  return page.evaluate(() => {
    const els = [...document.querySelectorAll('#mirror p')];
    const i = els.findIndex((e) => /^(Light|Deeper|Deep) card( from .+)?$/.test(e.textContent));
    return i >= 0 && els[i + 1] ? els[i + 1].textContent : null;
  });
}

// Prints the page as it is (print media) to an A4 PDF and returns its text (poppler's pdftotext, in
// the layout's order, spaces folded) and its number of pages. Its first `pictures` pages are kept as
// pictures to look at: build/screenshots/<name>.png (or <name>-<n>.png).
export async function printed(page, name, pictures = 1) {
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hearth-print-'));
  const pdf = path.join(dir, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const pages = +/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())[1];
  if (pictures === 1) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SHOTS, name)]);
  else execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pictures), pdf, path.join(SHOTS, name)]);
  return { text: execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' '), pages, pdf };
}
