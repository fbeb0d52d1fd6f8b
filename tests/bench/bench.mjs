// Benchmark: prints figures, never passes or fails.
//   - gzip and brotli bytes of every file a first visit downloads, with two totals beside their budgets:
//     what the page fetched before its first frame was drawn, and the whole first visit (the files the
//     service worker keeps for offline use included)
//   - time to first frame (navigation start -> <html data-ready="1">), median of warm loads,
//     for Hearth and for a minimal ImGui page built with the same flags, and their ratio
//   - frames drawn during 5 idle seconds
// usage: node tests/bench/bench.mjs [--loads 7]   (after .tools/build.sh web)
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, launch, startServer } from '../browser/lib.mjs';

const arg = (name, dflt) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : 0) || dflt;
const loads = arg('--loads', 7);
const rounds = arg('--rounds', 5);
const site = path.join(ROOT, 'build', 'site');
const minimal = path.join(ROOT, 'build', 'bench-minimal');

const server = await startServer(site);
const baseServer = await startServer(minimal);
const browser = await launch();

// Which files does a first visit download? Ask the browser, then size them from disk.
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const BUDGET_FIRST_FRAME = 350, BUDGET_FIRST_VISIT = 400;  // KB gzip (the product brief)
await context.addInitScript(() => {
  new MutationObserver(() => {
    if (document.documentElement.dataset.ready === '1' && !window.__ttff) window.__ttff = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
});
const page = await context.newPage();
const urls = new Set();
context.on('request', (r) => urls.add(new URL(r.url()).pathname));  // the page's and the service worker's
await page.goto(server.url);
await page.waitForFunction(() => window.__ttff, null, { timeout: 30000 });
// Before the first frame: the page itself and every request the page started before it was drawn
// (hearth.readyAt is taken as the first frame is drawn; the observer above fires a little later).
const early = new Set(['/', ...await page.evaluate(() => {
  const at = (window.hearth && window.hearth.readyAt) || window.__ttff;
  return performance.getEntriesByType('resource').filter((e) => e.startTime < at).map((e) => new URL(e.name).pathname);
})]);
// The service worker installs after the first frame and stores the app for offline use: count its files too.
await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 30000 });
await page.waitForTimeout(500);
let gz = 0, br = 0, raw = 0, gzEarly = 0, brEarly = 0, rawEarly = 0;
const rows = [];
for (const u of [...urls].sort()) {
  const f = path.join(site, u === '/' ? 'index.html' : u.slice(1));
  let data;
  try { statSync(f); data = readFileSync(f); } catch { continue; }
  // gzip: the precompressed .gz a gzip-only browser is sent (zopfli, made by make_site.py), else zlib -9.
  let g;
  try { g = readFileSync(f + '.gz').length; } catch { g = zlib.gzipSync(data, { level: 9 }).length; }
  const b = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += data.length; gz += g; br += b;
  const before = early.has(u);
  if (before) { rawEarly += data.length; gzEarly += g; brEarly += b; }
  rows.push(`  ${(u === '/' ? '/index.html' : u).padEnd(26)} ${String(data.length).padStart(8)} raw ${String(g).padStart(8)} gzip ${String(b).padStart(8)} brotli  ${before ? 'first frame' : 'after'}`);
}
const total = (label, r, g, b, budget) => {
  const kb = g / 1024;
  return `  ${label.padEnd(26)} ${String(r).padStart(8)} raw ${String(g).padStart(8)} gzip ${String(b).padStart(8)} brotli  ` +
    `(${kb.toFixed(1)} KB gzip; budget ${budget} KB: ${kb <= budget ? 'within' : 'OVER'} by ${Math.abs(budget - kb).toFixed(1)} KB)`;
};
console.log('First visit transfer:');
console.log(rows.join('\n'));
console.log(total('before the first frame', rawEarly, gzEarly, brEarly, BUDGET_FIRST_FRAME));
console.log(total('first visit in all', raw, gz, br, BUDGET_FIRST_VISIT));

// Idle frames: nothing happens for 5 seconds.
await page.mouse.move(5, 790);
await page.waitForTimeout(1000);
const f0 = await page.evaluate(() => window.hearth.frames);
await page.waitForTimeout(5000);
const idle = (await page.evaluate(() => window.hearth.frames)) - f0;
await context.close();

async function firstFrameTimes(url) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript(() => {
    new MutationObserver(() => {
      if (document.documentElement.dataset.ready === '1' && !window.__ttff) window.__ttff = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });  // <html> may not exist yet
  });
  const p = await ctx.newPage();
  const times = [];
  for (let i = 0; i <= loads; i++) {  // the first load warms the cache and is not counted
    await p.goto(url);
    await p.waitForFunction(() => window.__ttff, null, { timeout: 30000 });
    if (i > 0) times.push(await p.evaluate(() => window.__ttff));
  }
  await ctx.close();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
// Interleave the two pages so both see the same machine load; each round gives a ratio, and the
// figure is the median round (this 2-core machine's load moves single rounds by +-0.3).
const hearth = [], base = [], ratios = [];
for (let round = 0; round < rounds; round++) {
  hearth.push(await firstFrameTimes(server.url));
  base.push(await firstFrameTimes(baseServer.url));
  ratios.push(hearth[round] / base[round]);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Time to first frame (median of ${loads} warm loads per round, median of ${rounds} interleaved rounds):`);
console.log(`  Hearth          ${median(hearth).toFixed(0)} ms`);
console.log(`  minimal ImGui   ${median(base).toFixed(0)} ms`);
console.log(`  ratio           ${median(ratios).toFixed(2)}   (rounds: ${ratios.map((r) => r.toFixed(2)).join(' ')})`);
console.log(`Idle: ${idle} frames drawn in 5 idle seconds`);
await browser.close();
server.stop();
baseServer.stop();
