// The cross-engine suite: the same checks in Firefox ESR (WebDriver BiDi) and WebKitGTK (WebKitWebDriver),
// through the accessibility mirror by role and name, with real pointer and key events.
// Run by tests/engines/run.sh under xvfb-run; HEARTH_ENGINES=firefox or webkit (default: both).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, freePort } from '../browser/lib.mjs';
import { launchEngine } from './drivers.mjs';
import { clickRole, find, frames, open, problems, ready, scrollTo, settle, shot, startSite, waitFor, waitGone, waitRole } from './lib.mjs';

const DESK = { width: 1280, height: 800 };

// Waits until the field named `label` holds exactly `value`, both in the page and in the app (the mirror
// keeps the app's own copy in data-app). On failure, says what it holds, character by character (a
// no-break space looks like a space).
async function fieldHolds(page, label, value) {
  const read = (l) => {
    const el = [...document.querySelectorAll('#mirror input, #mirror textarea')].find((e) => e.getAttribute('aria-label') === l);
    return el ? { value: el.value, app: el.dataset.app } : null;
  };
  const end = Date.now() + 10000;
  for (;;) {
    const got = await page.eval(read, label);
    if (got && got.value === value && got.app === value) return;
    if (Date.now() > end) {
      const codes = (t) => [...(t || '')].map((c) => c.codePointAt(0).toString(16)).join(' ');
      throw new Error(`the field "${label}" should hold ${JSON.stringify(value)}; it holds ${JSON.stringify(got)}` +
        (got ? ` (page: ${codes(got.value)}; app: ${codes(got.app)})` : ''));
    }
    await sleep(100);
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

for (const engine of (process.env.HEARTH_ENGINES || 'firefox,webkit').split(',')) {
  describe(engine, () => {
    let browser, server;
    before(async () => { server = await startSite(); browser = await launchEngine(engine); });
    after(async () => { await browser?.close(); server?.stop(); });
    // A fresh page (fresh storage) for each test, closed even when the test fails; a failure leaves a
    // screenshot: build/screenshots/engines/<engine>-failed-<n>.png.
    let failures = 0;
    async function withPage(size, body) {
      const page = await browser.newPage(size);
      try { await body(page); } catch (e) {
        await shot(page, engine, `failed-${++failures}`).catch(() => {});
        throw e;
      } finally { await page.close(); }
    }

    test('first frame, no console errors, a drawn canvas, and no frames while idle', async () => {
      await withPage(DESK, async (page) => {
        await open(page, server);
        await waitRole(page, 'heading', 'Welcome to Hearth');
        await settle(page);
        const colors = await shot(page, engine, 'home-1280');
        assert.ok(colors > 20, `the canvas shows more than a blank fill (${colors} colors)`);
        const before = await frames(page);
        await sleep(2000);
        assert.equal(await frames(page), before, 'no frames are drawn while nothing changes');
        assert.deepEqual(await problems(page), []);
      });
    });

    test('every screen is reached by role and name, and leads back home', async () => {
      await withPage(DESK, async (page) => {
        await open(page, server);
        const screens = [['Guide', 'The guide'], ['Exercises', 'Exercises'], ['Time-out', 'Time-out'],
          ['Progress', 'Progress'], ['Settings', 'Settings']];
        for (const [link, heading] of screens) {
          await clickRole(page, 'link', link);
          await waitRole(page, 'heading', heading);
          await waitFor(page, `"${link}" marked as the current page`,
            (l) => [...document.querySelectorAll('#mirror a[aria-current="page"]')].some((a) => a.textContent === l), [link]);
          await settle(page);
          const colors = await shot(page, engine, `screen-${link.toLowerCase()}-1280`);
          assert.ok(colors > 20, `${link} is drawn (${colors} colors)`);
          await clickRole(page, 'link', 'Hearth');
          await waitRole(page, 'heading', 'Welcome to Hearth');
        }
        await clickRole(page, 'button', 'Take a time-out');
        await waitRole(page, 'heading', 'Time-out');
        assert.match(await page.url(), /#\/timeout$/);
        assert.deepEqual(await problems(page), []);
      });
    });

    test('every exercise opens from the list: the wheel brings it on screen, a click on its name opens it', async () => {
      const exercises = ['Intimacy map', 'Daily check-in', 'Question decks', 'I-statement coach', 'Reflective listening',
        'Open-ended questions', 'Appreciation moments', 'Our ground rules', 'After an argument', 'Ritual planner',
        'When closeness feels scary', 'Interdependence check', 'Shared-experience ideas'];
      await withPage(DESK, async (page) => {
        await open(page, server, '#/exercises');
        await waitRole(page, 'heading', 'Exercises');
        for (const title of exercises) {
          await scrollTo(page, 'link', title);
          await clickRole(page, 'link', title);
          await waitRole(page, 'heading', title);
          await clickRole(page, 'link', '< All exercises');
          await waitRole(page, 'link', 'Intimacy map', 5000).catch(() => {});
          await waitFor(page, 'the Exercises list', () => location.hash === '#/exercises');
        }
        await scrollTo(page, 'link', 'Shared-experience ideas');
        await settle(page);
        assert.ok(await shot(page, engine, 'exercises-scrolled-1280') > 20);
        assert.deepEqual(await problems(page), []);
      });
    });

    test('typing into a field: accented letters, cut and a pasted line reach the app, and are kept after a reload', async () => {
      await withPage(DESK, async (page) => {
        await open(page, server, '#/exercise/appreciation');
        await waitRole(page, 'heading', 'Appreciation moments');
        const label = 'Something I appreciated today';
        await clickRole(page, 'textbox', label);
        await waitFor(page, 'focus in the field', (l) => document.activeElement?.getAttribute('aria-label') === l, [label]);
        const pasted = 'They made us crêpes at the café.  Then waited for me';  // two spaces after a period, as many type
        await page.type(pasted);
        await fieldHolds(page, label, pasted);
        // Cut the whole line to the clipboard, type a start, and paste the line back after it.
        await page.chord('Ctrl', 'a');
        await page.chord('Ctrl', 'x');
        await fieldHolds(page, label, '');
        await page.type('Sunday: ');
        await page.chord('Ctrl', 'v');
        const line = `Sunday: ${pasted}`;
        await fieldHolds(page, label, line);
        await settle(page);
        assert.ok(await shot(page, engine, 'typed-1280') > 20);
        await clickRole(page, 'button', "Save today's moment");
        await waitRole(page, 'text', line);
        await sleep(1500);  // the throttled save
        const saved = await page.eval(() => JSON.parse(localStorage.getItem('hearth:doc') || '{}').exercises?.appreciation?.entries || []);
        assert.deepEqual(saved.map((e) => e.text), [line]);
        // Storage survives a reload: the moment is still listed.
        await page.reload();
        await ready(page);
        await waitRole(page, 'text', line);
        assert.deepEqual(await problems(page), []);
      });
    });

    test('the drawn caret follows the real field (Home, then more typing); a drag over guide text selects it for Copy', async () => {
      await withPage(DESK, async (page) => {
        await open(page, server, '#/exercise/i-statement-coach');
        const label = 'What I want to say';
        await clickRole(page, 'textbox', label);
        await waitFor(page, 'focus in the field', (l) => document.activeElement?.getAttribute('aria-label') === l, [label]);
        await page.type('you never listen');
        await page.press('Home');
        await page.type('I feel ');
        await fieldHolds(page, label, 'I feel you never listen');
        // What C++ drew (window.hearth.caret, bytes of the value) is where the real field's caret is.
        await waitFor(page, 'the drawn caret after "I feel "', () => {
          const c = window.hearth.caret, el = document.activeElement;
          return !!c && c.start === 7 && c.end === 7 && el.selectionStart === 7 && el.selectionEnd === 7;
        });
        await settle(page);
        assert.ok(await shot(page, engine, 'caret-1280') > 20);

        // A drag across a paragraph of a chapter: the app selects its text, and the page's own
        // selection holds the same text, which is what Ctrl+C and the menu's Copy take.
        await page.eval(() => { location.hash = '#/guide/talking-close'; });
        await waitRole(page, 'heading', 'Talking so you feel close');
        await settle(page);
        const p = await waitFor(page, 'a paragraph on screen', () => {
          for (const el of document.querySelectorAll('#mirror main p[data-id]')) {
            if (el.classList.contains('off') || el.querySelector('a')) continue;
            const r = el.getBoundingClientRect();
            if (r.top < 80 || r.bottom > innerHeight - 20 || r.height < 40) continue;
            return { x: r.left, y: r.top, w: r.width, h: r.height, text: el.textContent };
          }
          return null;
        });
        await page.drag(p.x + 1, p.y + 10, p.x + p.w + 40, p.y + p.h - 10);
        await waitFor(page, 'the paragraph selected, in the app and in the page',
          (t) => window.hearth.selection === t && window.getSelection().toString() === t, [p.text]);
        await settle(page);
        assert.ok(await shot(page, engine, 'selection-1280') > 20);
        assert.deepEqual(await problems(page), []);
      });
    });

    test("the guide's search finds a word and opens the chapter at the hit", async () => {
      await withPage(DESK, async (page) => {
        await open(page, server, '#/guide');
        await clickRole(page, 'textbox', 'Search the guide');
        await page.type('Curiosity');  // capitals do not matter
        await waitRole(page, 'text', /^\d+ passages? match(es)? “Curiosity”/);
        await settle(page);
        assert.ok(await shot(page, engine, 'search-1280') > 20);
        const hit = await waitRole(page, 'link', / — /);
        const [, section] = hit.name.split(' — ');
        await page.click(hit.x + hit.w / 2, hit.y + hit.h / 2);
        await waitRole(page, 'heading', section);  // on screen: the chapter opened at the hit's section
        await waitRole(page, 'any', /curiosity/i);  // the passage with the hit is on screen
        assert.match(await page.url(), /#\/guide\/[a-z-]+/);
        await settle(page);
        assert.ok(await shot(page, engine, 'search-landed-1280') > 20);
        assert.deepEqual(await problems(page), []);
      });
    });

    test('a time-out is kept across a reload', async () => {
      await withPage(DESK, async (page) => {
        await open(page, server, '#/timeout');
        await clickRole(page, 'button', 'I understand');
        await waitGone(page, 'button', 'I understand');  // the note folds away and the page moves up
        await clickRole(page, 'button', "Let's pause — start a time-out of 20 minutes");
        const running = await waitRole(page, 'heading', /^I'll be back at /);
        await settle(page, 200).catch(() => {});  // it draws about once a second while counting
        assert.ok(await shot(page, engine, 'timeout-running-1280') > 20);
        await sleep(1500);  // the throttled save
        await page.reload();
        await ready(page);
        const again = await waitRole(page, 'heading', /^I'll be back at /);
        assert.equal(again.name, running.name, 'the same end time after the reload');
        assert.ok(await find(page, 'button', /^Let's pause — start/) === null, 'not offered to start again');
        assert.deepEqual(await problems(page), []);
      });
    });

    test('quick exit: Shift pressed alone three times leaves for the chosen site', async () => {
      await withPage(DESK, async (page) => {
        const exitTo = server.origin + '/icon.svg';  // on the app's own origin: nothing is sent elsewhere
        await open(page, server, '?exit=' + encodeURIComponent(exitTo) + '#/guide');
        await waitRole(page, 'heading', 'The guide');
        await settle(page);
        assert.deepEqual(await problems(page), []);
        for (let i = 0; i < 3; i++) await page.press('Shift');
        await waitFor(page, 'the neutral site', (u) => location.href === u, [exitTo], 10000);
      });
    });

    // Hearth embedded by a counselor's page on another site (localhost vs 127.0.0.1), as embed.js does it.
    // Each engine decides what a third-party frame may store: it saves across a reload (storage
    // partitioned by the embedding site), or it keeps storage closed and Hearth offers the way that
    // helps there (ask, or its own tab). Which one is printed.
    test('embedded on another site: the frame saves across a reload, or offers the way to keep progress', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'hearth-host-'));
      for (const f of ['embed-demo.html', 'embed-demo.css', 'embed-demo.js']) copyFileSync(path.join(ROOT, 'build', 'site', f), path.join(dir, f));
      const port = await freePort();
      const host = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
      try {
        for (let i = 0; i < 50; i++) {
          try { if ((await fetch(`http://127.0.0.1:${port}/embed-demo.html`)).ok) break; } catch { /* not yet */ }
          await sleep(100);
        }
        await withPage(DESK, async (page) => {
          const q = new URLSearchParams({ app: new URL('.', server.url).href, start: '#/settings' });
          await page.goto(`http://localhost:${port}/embed-demo.html?${q}`);
          const inFrame = async (what, fn, args = []) => {
            const end = Date.now() + 20000;
            for (;;) {
              try { const v = await page.frameEval(fn, ...args); if (v) return v; } catch { /* not loaded yet */ }
              if (Date.now() > end) throw new Error(`timed out waiting for ${what} in the frame`);
              await sleep(150);
            }
          };
          await page.eval(() => document.querySelector('#hearth-here iframe').scrollIntoView());
          const savingLine = () => {
            if (document.documentElement.dataset.ready !== '1') return '';
            const p = [...document.querySelectorAll('#mirror p')].map((e) => e.textContent).find((t) => t.startsWith('Saving:'));
            // Closed storage: wait until the browser answered whether permission was given before.
            const offer = [...document.querySelectorAll('#mirror button')].map((e) => e.getAttribute('aria-label') || e.textContent)
              .find((t) => /^(Let Hearth keep your progress on this device|Open Hearth in its own tab to keep your progress)$/.test(t));
            return p && (p.startsWith('Saving: on') || offer) ? JSON.stringify([p, offer || '']) : '';
          };
          const [line, offer] = JSON.parse(await inFrame('the saving state', savingLine));
          console.log(`# ${engine}, a frame on another site: ${line}${offer ? ` (offers: ${offer})` : ''}`);
          // The radio named Dark: clicked (done: true), or whether it is checked.
          const dark = (click) => {
            const el = [...document.querySelectorAll('#mirror input[type=radio]')].find((e) => e.getAttribute('aria-label') === 'Dark');
            if (el && click) el.click();
            return !!el && (click || el.checked);
          };
          if (line.startsWith('Saving: on')) {
            await inFrame('the radio named Dark', dark, [true]);
            await inFrame('the dark theme chosen', dark, [false]);
            await sleep(1500);  // the throttled save
            await page.reload();
            await page.eval(() => document.querySelector('#hearth-here iframe').scrollIntoView());
            await inFrame('Hearth again', savingLine);
            assert.equal(await page.frameEval(dark, false), true, 'the choice made in the frame was kept');
          } else {
            assert.match(line, /^Saving: off\. This browser window does not let Hearth save/);
            assert.ok(offer, 'a way to keep progress is offered');
          }
          assert.deepEqual(await page.frameEval(() => window.__problems || []), []);
          assert.ok(await shot(page, engine, 'embedded-1280') > 20);
        });
      } finally { host.kill(); }
    });

    test("after one visit the service worker's cache reopens Hearth with the server gone", async () => {
      const own = await startSite();  // a server of its own, stopped halfway
      try {
        await withPage(DESK, async (page) => {
          await open(page, own, '#/guide');
          const sw = await page.eval(() => 'serviceWorker' in navigator);
          assert.ok(sw, 'this engine offers service workers on http://127.0.0.1');
          await waitFor(page, 'the service worker in control', () => navigator.serviceWorker.controller !== null, [], 30000);
          assert.deepEqual(await problems(page), []);
          own.stop();
          await page.eval(() => sessionStorage.removeItem('engines:problems'));
          await page.reload();
          await ready(page);
          await waitRole(page, 'heading', 'The guide');
          await clickRole(page, 'link', 'Exercises');
          await waitRole(page, 'heading', 'Exercises');
          await settle(page);
          assert.ok(await shot(page, engine, 'offline-exercises-1280') > 20);
          assert.deepEqual(await problems(page), []);
        });
      } finally { own.stop(); }
    });
  });
}
