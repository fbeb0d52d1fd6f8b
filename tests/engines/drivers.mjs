// Two browser engines behind one small page interface, so the cross-engine suite reads the same in both:
// - Firefox ESR (Debian's /usr/bin/firefox-esr) over WebDriver BiDi, through puppeteer-core;
// - WebKitGTK's MiniBrowser through WebKitWebDriver, over the W3C WebDriver HTTP protocol (plain fetch).
// Both need a display for WebGL2: tests/engines/run.sh starts each under xvfb-run.
// Page: goto(url), reload(), url(), eval(fn, ...args), click(x, y), wheel(x, y, dy), type(text), press(key),
// chord(modifier, key), setViewport(w, h), screenshot() -> PNG Buffer, events() (console errors the
// engine itself reported), close().
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../browser/lib.mjs';

export const FIREFOX = '/usr/bin/firefox-esr';
export const MINIBROWSER = ['4.1', '4.0'].map((v) => `/usr/lib/x86_64-linux-gnu/webkit2gtk-${v}/MiniBrowser`).find((p) => existsSync(p));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- Firefox ESR: WebDriver BiDi ----
async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox', protocol: 'webDriverBiDi', executablePath: FIREFOX,
    headless: false,  // headless Firefox has no WebGL2 here; xvfb-run gives it a display
    extraPrefsFirefox: {
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  return {
    name: 'Firefox ESR',
    // A fresh user context per page: its own storage, caches and service workers.
    async newPage({ width, height }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      const events = [];
      page.on('console', (m) => { if (m.type() === 'error') events.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => events.push(`page error: ${e.message}`));
      const key = (k) => ({ Ctrl: 'Control' }[k] || k);
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        reload: () => page.reload({ waitUntil: 'load' }),
        url: async () => page.url(),
        eval: (fn, ...args) => page.evaluate(fn, ...args),
        // The same in the page's first frame (an embedded Hearth on another site).
        async frameEval(fn, ...args) {
          const f = page.mainFrame().childFrames()[0];
          if (!f) throw new Error('no frame yet');
          return f.evaluate(fn, ...args);
        },
        async click(x, y) { await page.mouse.click(Math.round(x), Math.round(y)); },
        async drag(x0, y0, x1, y1) {
          await page.mouse.move(Math.round(x0), Math.round(y0));
          await page.mouse.down();
          await page.mouse.move(Math.round(x1), Math.round(y1), { steps: 8 });
          await page.mouse.up();
        },
        // WebKitWebDriver delivers only the first scroll of a wheel input source, and Release Actions
        // scrolls back by the same amount: each turn of the wheel is a new source.
        async wheel(x, y, dy) { await page.mouse.move(Math.round(x), Math.round(y)); await page.mouse.wheel({ deltaY: dy }); },
        async type(text) { for (const ch of text) await page.keyboard.type(ch); },
        async press(k) { await page.keyboard.press(key(k)); },
        async chord(mod, k) { await page.keyboard.down(key(mod)); await page.keyboard.press(k); await page.keyboard.up(key(mod)); },
        screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
        events: () => events,
        async close() { await context.close(); },
      };
    },
    async close() { await browser.close(); },
  };
}

// ------------------------------------------------- WebKitGTK: WebKitWebDriver + MiniBrowser ----
// W3C WebDriver key codes for the keys the suite presses.
const WD_KEYS = { Shift: '\uE008', Ctrl: '\uE009', Control: '\uE009', Enter: '\uE007', Tab: '\uE004',
  Backspace: '\uE003', Escape: '\uE00C', End: '\uE010', Home: '\uE011' };

async function webkit() {
  if (!MINIBROWSER) throw new Error('MiniBrowser is not installed (Debian: webkit2gtk-driver)');
  // The driver runs in its own process group, so a restart also ends the MiniBrowser it started.
  let driver, base, driverLog = '';
  async function startDriver() {
    const port = await freePort();
    driverLog = '';
    driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    driver.stderr.on('data', (d) => { driverLog += d; });
    base = `http://127.0.0.1:${port}`;
  }
  function stopDriver() {
    try { process.kill(-driver.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  await startDriver();
  const sessions = new Set();
  // Every command has a deadline (the default fetch waits 300 s for headers, then says only "fetch failed").
  async function wd(method, path, body, timeoutMs = 90000) {
    let lastError;
    for (let i = 0; i < 50; i++) {  // the driver may still be starting
      try {
        const r = await fetch(base + path, { method, headers: { 'content-type': 'application/json; charset=utf-8' },
          body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
        const j = await r.json();
        if (j.value && j.value.error) throw new Error(`WebDriver ${method} ${path}: ${j.value.error}: ${j.value.message}`);
        return j.value;
      } catch (e) {
        if (e.name === 'TimeoutError') throw new Error(`WebKitWebDriver took over ${timeoutMs / 1000} s to answer ${method} ${path}`);
        if (!/ECONNREFUSED/.test(String(e.cause || e))) throw e;
        lastError = e;
        await sleep(100);
      }
    }
    throw new Error(`WebKitWebDriver did not answer: ${lastError} ${driverLog}`);
  }
  // A new session starts a MiniBrowser. Now and then (a loaded CI machine, once in several runs) the driver
  // never answers that request; the driver is then restarted, which loses no test's state (each page is a
  // fresh session anyway), and the retry is printed.
  async function newSession() {
    const caps = { capabilities: { alwaysMatch: {
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } } };
    for (let attempt = 1; ; attempt++) {
      try { return await wd('POST', '/session', caps, 60000); } catch (e) {
        if (attempt >= 3 || !/took over/.test(e.message)) throw e;
        console.log(`# webkit: ${e.message}; restarting the driver (attempt ${attempt + 1} of 3)`);
        stopDriver();
        sessions.clear();
        await startDriver();
      }
    }
  }
  return {
    name: 'WebKitGTK',
    // One WebDriver session (one MiniBrowser) per page: each starts with fresh storage.
    async newPage({ width, height }) {
      const s = await newSession();
      const id = s.sessionId, at = `/session/${id}`;
      sessions.add(id);
      const keys = (list) => wd('POST', `${at}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions: list }] });
      const wkey = (k) => WD_KEYS[k] || k;
      // The window is sized so its viewport (the page's inner size) is width x height.
      async function setViewport(w, h) {
        await wd('POST', `${at}/window/rect`, { width: w, height: h });
        const [iw, ih] = await wd('POST', `${at}/execute/sync`, { script: 'return [innerWidth, innerHeight]', args: [] });
        if (iw !== w || ih !== h) await wd('POST', `${at}/window/rect`, { width: w + (w - iw), height: h + (h - ih) });
      }
      await setViewport(width, height);
      let wheels = 0;
      return {
        goto: (url) => wd('POST', `${at}/url`, { url }),
        reload: () => wd('POST', `${at}/refresh`, {}),
        url: () => wd('GET', `${at}/url`),
        eval: (fn, ...args) => wd('POST', `${at}/execute/sync`, { script: `return (${fn}).apply(null, arguments);`, args }),
        // The same in the page's first frame (an embedded Hearth on another site).
        async frameEval(fn, ...args) {
          await wd('POST', `${at}/frame`, { id: 0 });
          try { return await wd('POST', `${at}/execute/sync`, { script: `return (${fn}).apply(null, arguments);`, args }); }
          finally { await wd('POST', `${at}/frame/parent`, {}); }
        },
        async click(x, y) {
          await wd('POST', `${at}/actions`, { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
            { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }] });
        },
        async drag(x0, y0, x1, y1) {
          await wd('POST', `${at}/actions`, { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
            { type: 'pointerMove', x: Math.round(x0), y: Math.round(y0), origin: 'viewport', duration: 0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerMove', x: Math.round(x1), y: Math.round(y1), origin: 'viewport', duration: 300 },
            { type: 'pointerUp', button: 0 }] }] });
        },
        // WebKitWebDriver delivers only the first scroll of a wheel input source, and Release Actions
        // scrolls back by the same amount: each turn of the wheel is a new source.
        async wheel(x, y, dy) {
          await wd('POST', `${at}/actions`, { actions: [{ type: 'wheel', id: `wheel${++wheels}`, actions: [
            { type: 'scroll', x: Math.round(x), y: Math.round(y), deltaX: 0, deltaY: dy, origin: 'viewport' }] }] });
        },
        async type(text) {
          for (const ch of text) await keys([{ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch }]);
        },
        press: (k) => keys([{ type: 'keyDown', value: wkey(k) }, { type: 'keyUp', value: wkey(k) }]),
        chord: (mod, k) => keys([{ type: 'keyDown', value: wkey(mod) }, { type: 'keyDown', value: wkey(k) },
          { type: 'keyUp', value: wkey(k) }, { type: 'keyUp', value: wkey(mod) }]),
        screenshot: async () => Buffer.from(await wd('GET', `${at}/screenshot`), 'base64'),
        events: () => [],  // WebKitWebDriver has no console log: the page's own capture script reports them
        async close() { sessions.delete(id); await wd('DELETE', at, undefined, 20000).catch(() => {}); },
      };
    },
    async close() {
      for (const id of sessions) await wd('DELETE', `/session/${id}`, undefined, 20000).catch(() => {});
      stopDriver();
    },
  };
}

export const ENGINES = { firefox, webkit };
export async function launchEngine(name) {
  if (!ENGINES[name]) throw new Error(`unknown engine ${name} (firefox or webkit)`);
  return ENGINES[name]();
}
