// Helpers for the cross-engine suite: a served copy of build/site whose page records its own console
// errors (WebKitWebDriver reports none), the accessibility mirror found by ARIA role and name, waiting,
// and screenshots decoded here (a blank canvas is a failure).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, startServer } from '../browser/lib.mjs';

export const SHOTS = path.join(ROOT, 'build', 'screenshots', 'engines');
mkdirSync(SHOTS, { recursive: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Records what the console would show as errors, before anything else on the page runs: console.error,
// uncaught errors and rejections, resources that failed to load, and Content-Security-Policy refusals
// (a request to another origin). Kept in sessionStorage too, so errors just before a reload are seen.
const CAPTURE = `(function () {
  var KEY = 'engines:problems';
  var list = window.__problems = [];
  try { list.push.apply(list, JSON.parse(sessionStorage.getItem(KEY) || '[]')); } catch (e) {}
  function add(s) { list.push(String(s)); try { sessionStorage.setItem(KEY, JSON.stringify(list)); } catch (e) {} }
  var error = console.error;
  console.error = function () { add('console: ' + Array.prototype.join.call(arguments, ' ')); return error.apply(console, arguments); };
  var warn = console.warn;
  // The app stopping on a fault before its first frame, and the page reloading itself once (web/boot.js),
  // is noted apart and printed by problems(); any other fault is a problem.
  var NOTE = 'engines:recovered';
  console.warn = function () {
    var s = Array.prototype.join.call(arguments, ' ');
    if (/^Hearth: the app stopped.*; reloading once$/.test(s)) { try { sessionStorage.setItem(NOTE, (sessionStorage.getItem(NOTE) || '') + s + ' | '); } catch (e) {} }
    else if (/WebGL|GL_INVALID|^Hearth: the app stopped/.test(s)) add('console: ' + s);
    return warn.apply(console, arguments);
  };
  addEventListener('error', function (e) { add(e.message ? 'page error: ' + e.message + (e.error && e.error.stack ? '\\n' + e.error.stack : '') : 'failed to load: ' + (e.target && (e.target.src || e.target.href))); }, true);
  addEventListener('unhandledrejection', function (e) { add('unhandled rejection: ' + (e.reason && e.reason.message || e.reason)); });
  document.addEventListener('securitypolicyviolation', function (e) { add('blocked by CSP: ' + e.blockedURI); });
})();
`;

// Serves a copy of build/site (with serve.py, as people do) whose index.html loads the capture script
// first: a same-origin file, so the page's Content-Security-Policy allows it.
export async function startSite() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hearth-engines-'));
  cpSync(path.join(ROOT, 'build', 'site'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'engines-capture.js'), CAPTURE);
  const index = path.join(dir, 'index.html');
  const html = readFileSync(index, 'utf8');
  if (!html.includes('<link rel="stylesheet"')) throw new Error('index.html changed: put the capture script elsewhere');
  writeFileSync(index, html.replace('<link rel="stylesheet"', '<script src="engines-capture.js"></script>\n<link rel="stylesheet"'));
  for (const z of ['index.html.gz', 'index.html.br']) rmSync(path.join(dir, z), { force: true });  // served instead of the edited page
  const server = await startServer(dir);
  return { ...server, stop() { server.stop(); rmSync(dir, { recursive: true, force: true }); } };
}

// Polls `fn` in the page until it returns something truthy.
export async function waitFor(page, what, fn, args = [], timeout = 20000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await page.eval(fn, ...args); if (last) return last; } catch (e) { last = e.message; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(100);
  }
}

export async function ready(page) {
  try {
    return await waitFor(page, 'the first frame (data-ready="1")',
      () => document.documentElement.dataset.ready === '1' && !!window.hearth && window.hearth.frames > 0);
  } catch (e) {
    // Say where the page stood, so a failure in CI can be understood from its log alone.
    const state = await page.eval(() => ({
      url: location.href, readyState: document.readyState, ready: document.documentElement.dataset.ready || null,
      hearth: !!window.hearth, frames: window.hearth ? window.hearth.frames : null,
      controlled: !!(navigator.serviceWorker && navigator.serviceWorker.controller),
      notice: (document.querySelector('#notice, .notice, [role=alert]') || {}).textContent || null,
      problems: window.__problems || [],
      resources: performance.getEntriesByType('resource').map((r) => `${r.name.replace(location.origin, '')} ${Math.round(r.duration)} ms`),
    })).catch((err) => `page unreadable: ${err.message}`);
    throw new Error(`${e.message}\n  page state: ${JSON.stringify(state)}`);
  }
}
export const frames = (page) => page.eval(() => window.hearth.frames);
// What went wrong on the page. A fault the page recovered from by reloading once (web/boot.js) is not
// a failure of the test, but it is printed: WebKitGTK 2.50 traps so now and then (README.md, under the test command).
export async function problems(page) {
  const recovered = await page.eval(() => sessionStorage.getItem('engines:recovered'));
  if (recovered) console.log(`# recovered by reloading once: ${recovered}`);
  return [...page.events(), ...await page.eval(() => window.__problems || [])];
}

export async function open(page, server, hash = '') {
  await page.goto(server.url + hash);
  await ready(page);
}

// Waits until the app has drawn and gone idle (no new frame for `quietMs`).
export async function settle(page, quietMs = 300) {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const f = await frames(page);
    if (f === last) return f;
    last = f;
    await sleep(quietMs);
  }
  throw new Error('the app never went idle');
}

// In the page: the mirror element with this ARIA role and accessible name (exact, or a RegExp given
// as {re}; role 'any' for any role), on screen (not .off); its box and a few facts. Roles as the mirror maps them (mirror.js).
function findInPage(role, name, anywhere) {
  function roleOf(el) {
    var r = el.getAttribute('role');
    if (r) return r;
    var t = el.tagName;
    if (t === 'A') return 'link';
    if (t === 'BUTTON') return 'button';
    if (t === 'TEXTAREA') return 'textbox';
    if (/^H[1-6]$/.test(t)) return 'heading';
    if (t === 'INPUT') return { text: 'textbox', password: 'textbox', checkbox: 'checkbox', radio: 'radio', range: 'slider' }[el.type];
    if (t === 'P' || t === 'LI') return 'text';
    return '';
  }
  var want = typeof name === 'string' ? function (n) { return n === name; } : function (n) { return new RegExp(name.re, name.flags).test(n); };
  var all = document.querySelectorAll('#mirror [data-id]');
  for (var i = 0; i < all.length; i++) {
    var el = all[i];
    var n = (el.getAttribute('aria-label') || el.textContent || '').trim();
    if ((role !== 'any' && roleOf(el) !== role) || !want(n)) continue;
    var off = el.classList.contains('off'), b = el.getBoundingClientRect();
    if (off || b.width < 1 || b.height < 1 || b.bottom < 0 || b.top > innerHeight) {
      if (anywhere) return { off: true, name: n };
      continue;
    }
    return { x: b.left, y: b.top, w: b.width, h: b.height, vh: innerHeight, name: n, id: el.dataset.id,
      value: el.value === undefined ? null : el.value, app: el.dataset.app === undefined ? null : el.dataset.app,
      checked: !!el.checked, current: el.getAttribute('aria-current') };
  }
  return null;
}
export const find = (page, role, name) => page.eval(findInPage, role, name instanceof RegExp ? { re: name.source, flags: name.flags } : name);
export const waitRole = (page, role, name, timeout = 20000) =>
  waitFor(page, `${role} "${name}"`, findInPage, [role, name instanceof RegExp ? { re: name.source, flags: name.flags } : name], timeout);

// Waits until no control with this role and name is on screen (a press has taken effect).
export async function waitGone(page, role, name, timeout = 10000) {
  const end = Date.now() + timeout;
  while (await find(page, role, name)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${role} "${name}" to go`);
    await sleep(100);
  }
}

// Turns the wheel over the page until the control is on screen between minY and maxY: down first,
// then back up (it may be above, as a person would find it).
// On screen but outside the band, at the end of the page (the wheel no longer moves it), is fine.
export async function scrollTo(page, role, name, { minY = 70, maxY = 700, step = 200 } = {}) {
  const key = name instanceof RegExp ? { re: name.source, flags: name.flags } : name;
  let last = null;
  for (let i = 0; i < 80; i++) {
    await settle(page, 100);
    const b = await page.eval(findInPage, role, key, true);
    if (!b) throw new Error(`no ${role} "${name}" on this screen`);
    if (!b.off && b.y >= minY && b.y + b.h <= maxY) return b;
    if (!b.off && last && !last.off && last.y === b.y && b.y >= 0 && b.y + b.h <= b.vh) return b;
    const dir = !b.off ? (b.y + b.h > maxY ? 1 : -1) : i < 40 ? 1 : -1;
    last = b;
    await page.wheel(640, 450, dir * step);
  }
  throw new Error(`could not scroll to ${role} "${name}"`);
}

// Clicks the middle of the control, as a person would (the mirror element sits over what is drawn).
// Like Playwright, it waits until the control stands still: the app has drawn its latest frame (a
// press just before may still move things) and the box is the same twice.
export async function clickRole(page, role, name) {
  let b = await waitRole(page, role, name);
  for (let i = 0; i < 20; i++) {
    await settle(page, 200);
    const now = await waitRole(page, role, name);
    const same = now.x === b.x && now.y === b.y && now.w === b.w && now.h === b.h;
    b = now;
    if (same) break;
  }
  await page.click(b.x + b.w / 2, b.y + b.h / 2);
  return b;
}

// ---- screenshots: a PNG decoded here (8-bit RGB or RGBA, not interlaced) ----
export function decodePng(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let off = 8, width = 0, height = 0, type = 0, depth = 0, interlace = 0;
  const idat = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off), kind = buf.toString('latin1', off + 4, off + 8), data = buf.subarray(off + 8, off + 8 + len);
    if (kind === 'IHDR') { width = data.readUInt32BE(0); height = data.readUInt32BE(4); depth = data[8]; type = data[9]; interlace = data[12]; }
    if (kind === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  const bpp = { 2: 3, 6: 4 }[type];
  if (depth !== 8 || !bpp || interlace) throw new Error(`PNG kind not handled (type ${type}, depth ${depth}, interlace ${interlace})`);
  const raw = zlib.inflateSync(Buffer.concat(idat)), stride = width * bpp, px = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)], line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), o = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? px[o + x - bpp] : 0, b = y ? px[o - stride + x] : 0, c = x >= bpp && y ? px[o - stride + x - bpp] : 0;
      let v = line[x];
      if (f === 1) v += a; else if (f === 2) v += b; else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      px[o + x] = v & 255;
    }
  }
  return { width, height, bpp, px };
}

// Distinct colors in a PNG (every 7th pixel): a blank canvas has one or two.
export function colorCount(png) {
  const { px, bpp } = decodePng(png);
  const seen = new Set();
  for (let i = 0; i + 2 < px.length; i += bpp * 7) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
  return seen.size;
}

// Saves a screenshot as build/screenshots/engines/<engine>-<name>.png, and says how many colors it has.
export async function shot(page, engine, name) {
  const png = await page.screenshot();
  writeFileSync(path.join(SHOTS, `${engine}-${name}.png`), png);
  return colorCount(png);
}
