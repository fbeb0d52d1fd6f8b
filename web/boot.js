// Starts Hearth, and says plainly what is wrong if this browser cannot run it.
(function () {
  'use strict';
  // #/counselors is the counselors' plain page (homework links, handouts, notes), beside this one.
  if (location.hash === '#/counselors') { location.replace('counselors.html' + location.search); return; }
  var status = document.getElementById('status');
  var failed = false;
  function fail(message) {
    failed = true;
    document.documentElement.classList.add('hearth-failed');  // what the app drew (or left) gives way to the message
    var bar = document.getElementById('load-progress');
    if (bar) bar.hidden = true;
    var label = document.getElementById('load-percent');
    if (label) label.textContent = '';
    document.getElementById('loading').hidden = false;
    status.textContent = message;
    status.className = 'error';
    status.hidden = false;
  }
  // What this page hands the app (createHearth's `hearthHost`; read by src/platform/web/frame.js):
  // the only link between this file and the app, so neither leaves globals on `window` for the other.
  var host = {
    fail: fail,
    quickExit: null,       // set below
    updateReady: false,    // a new version is downloaded and waiting
    applyUpdate: function () { location.reload(); },
    onReturn: null,        // set by the app: shown again after a quick exit (page.js)
    crashed: crashed,      // the app's code stopped on a fault (frame.js)
  };

  // The app's code stopped on a fault (a WebAssembly trap): frame.js runs no further frame, so nothing
  // half-broken is drawn or saved. Before the first frame was drawn, the page reloads itself once:
  // nothing was shown yet, and what was saved is read again. (WebKitGTK 2.50 has trapped so, now and
  // then, in the first frame after a reload: README.md, under the test command.)
  // Otherwise, or a second time in a row, a plain message; what was saved stays saved.
  var RESTARTED = 'hearth:restarted';
  function crashed(err, frames) {
    var msg = err && err.message ? err.message : String(err);
    var again = true;
    try {
      again = sessionStorage.getItem(RESTARTED) === '1';
      if (!again) sessionStorage.setItem(RESTARTED, '1');  // blocked storage: no reload (it could loop)
    } catch (e) { again = true; }
    var reload = frames === 0 && !again;
    console.warn('Hearth: the app stopped on a fault (' + msg + ')' + (reload ? '; reloading once' : ''));
    if (reload) { location.reload(); return; }
    fail('Hearth stopped because of an error in this browser (' + msg + '). What was saved is kept: reload the page to go on.');
  }

  // Quick exit: blank the page at once, then replace this page in the history with a neutral site
  // (no new history entry, so Back does not lead straight here). Works before Hearth has loaded.
  // The destination can be set with ?exit=https://... (an embedding site sets it); http(s) only.
  // This is the one place that reads `exit` (the app's embed options leave it to this file).
  var exitTo = 'https://weather.com/';
  var asked = null;
  try { asked = new URLSearchParams(location.search).get('exit'); } catch (e) { /* no address to read */ }
  if (asked !== null) {
    var good = false;
    try { good = /^https?:\/\/[^\s]/i.test(asked) && !!(exitTo = new URL(asked).href); } catch (e) { good = false; }
    if (!good) {
      exitTo = 'https://weather.com/';
      console.warn("Hearth: the option 'exit' was ignored: give an http:// or https:// address.");
    }
  }
  // A quick exit is remembered for this tab only (sessionStorage), so that when the page is shown
  // again here (Back, the back-forward cache, a reload) it opens on Home, whatever its address, with
  // nothing of the person's on it. Once the person uses Hearth again, it behaves as usual.
  var EXITED = 'hearth:quick-exit';
  function exited() { try { return sessionStorage.getItem(EXITED) === '1'; } catch (e) { return false; } }
  function markExited(on) {
    try { if (on) sessionStorage.setItem(EXITED, '1'); else sessionStorage.removeItem(EXITED); } catch (e) { /* blocked: nothing to keep */ }
  }
  function homeAddress() {
    if (location.hash && location.hash !== '#/') history.replaceState(null, '', location.pathname + location.search + '#/');
  }
  if (exited()) homeAddress();  // a fresh load (reload, or Back without the cache): before the app reads it
  function quickExit() {
    document.documentElement.classList.add('hearth-exit');
    markExited(true);
    try { if (window.top !== window.self) { window.top.location.replace(exitTo); return; } } catch (e) { /* not allowed: leave this frame */ }
    location.replace(exitTo);
  }
  host.quickExit = quickExit;
  // Shift pressed on its own three times within five seconds. A Shift held for a capital letter
  // does not count, so typing never triggers it.
  var taps = [], alone = false;
  window.addEventListener('keydown', function (e) {
    alone = e.key === 'Shift' && !e.repeat;
  }, true);
  window.addEventListener('pointerdown', function () { alone = false; }, true);  // Shift held for Shift+click
  window.addEventListener('keyup', function (e) {
    if (e.key !== 'Shift' || !alone) return;
    alone = false;
    var now = Date.now();
    taps = taps.filter(function (t) { return now - t < 5000; });
    taps.push(now);
    if (taps.length >= 3) quickExit();
  }, true);
  // Coming back with Back restores this page from the cache, as it was. After a quick exit the app goes
  // Home first and takes the blank cover off once that is drawn (src/platform/web/page.js); otherwise it comes off now.
  window.addEventListener('pageshow', function (e) {
    if (e.persisted && exited()) {
      homeAddress();
      if (host.onReturn && host.onReturn()) return;
    }
    document.documentElement.classList.remove('hearth-exit');
  });
  // The person uses Hearth again (a press, or a key other than Shift): later reloads keep their place.
  function usedAgain(e) {
    if (e.key === 'Shift' || document.documentElement.classList.contains('hearth-exit') || !exited()) return;
    markExited(false);
  }
  window.addEventListener('pointerdown', usedAgain, true);
  window.addEventListener('keydown', usedAgain, true);
  // A failure before the first frame must not leave "Loading…" on screen forever.
  window.addEventListener('error', function (e) {
    if (document.documentElement.dataset.ready !== '1') fail('Hearth could not start: ' + (e.message || 'unknown error'));
  });
  if (typeof WebAssembly !== 'object' || typeof window.createHearth !== 'function') {
    fail('Hearth needs a newer browser (one with WebAssembly). Your data is safe: nothing was sent anywhere.');
    return;
  }

  // ---- loading: the wasm's download in percent, then "getting ready" while it compiles ----
  var bar = document.getElementById('load-progress');
  var meta = document.querySelector('meta[name="hearth-wasm"]');
  var wasmUrl = meta ? meta.content : 'hearth.wasm';
  var wasmSize = meta ? +meta.getAttribute('data-size') || 0 : 0;
  var shown = -1;
  function progress(got) {
    var pct = wasmSize ? Math.min(100, Math.floor(got * 100 / wasmSize)) : -1;
    // The count runs on a copy of the download and may finish after Hearth has started or failed:
    // it never writes over a message or brings the indicator back.
    if (pct === shown || !bar || failed || document.documentElement.dataset.ready === '1') return;
    shown = pct;
    bar.hidden = false;
    bar.value = pct;
    bar.setAttribute('aria-valuetext', pct + ' %');
    var label = document.getElementById('load-percent');
    if (label) label.textContent = pct + ' %';
    if (pct >= 100) status.textContent = 'Getting Hearth ready…';
  }
  // Counts bytes on a copy of the response while the original streams into the compiler (so the
  // browser can still keep the compiled code for the next visit).
  function watch(resp) {
    if (!wasmSize || !resp.body || !resp.clone) return;
    var reader = resp.clone().body.getReader(), got = 0;
    (function next() {
      reader.read().then(function (r) {
        if (r.done) return;
        got += r.value.length;
        progress(got);
        next();
      }, function () { /* the download failed: the compile step reports it */ });
    })();
  }
  function instantiateWasm(imports, done) {
    function bytes() {
      return fetch(wasmUrl, { credentials: 'same-origin' }).then(function (resp) {
        if (!resp.ok) throw new Error('the app file answered ' + resp.status);
        return resp.arrayBuffer();
      }).then(function (buf) { return WebAssembly.instantiate(buf, imports); });
    }
    var go = WebAssembly.instantiateStreaming
      ? fetch(wasmUrl, { credentials: 'same-origin' }).then(function (resp) {
          if (!resp.ok) throw new Error('the app file answered ' + resp.status);
          watch(resp);
          return WebAssembly.instantiateStreaming(resp, imports).catch(function (e) {
            // A server that sends another type than application/wasm: compile from the bytes instead.
            if (e instanceof TypeError) return bytes();
            throw e;
          });
        })
      : bytes();
    go.then(function (r) { done(r.instance, r.module); }, function (err) {
      fail(navigator.onLine === false
        ? 'Hearth could not load: this device is offline, and Hearth has not been saved for offline use here yet. Connect once and it will work offline after that.'
        : 'Hearth could not load (' + (err && err.message ? err.message : err) + '). Check your connection and reload the page.');
    });
    return {};
  }

  window.createHearth({ canvas: document.getElementById('canvas'), instantiateWasm: instantiateWasm, hearthHost: host }).catch(function (err) {
    fail('Hearth could not start: ' + (err && err.message ? err.message : err));
  });

  // ---- offline and updates: the service worker (web/sw.js), registered after the first frame ----
  // so it never competes with the first visit's download (its files then come from the browser's
  // cache). A new version waits until the person presses "Reload now"; Hearth never reloads by itself.
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  var waiting = null, switching = false, lastCheck = 0;
  function offer(worker) {
    waiting = worker;
    host.updateReady = true;
    window.dispatchEvent(new Event('hearth-update'));
  }
  function follow(reg, worker) {
    if (!worker) return;
    function check() { if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker); }
    worker.addEventListener('statechange', check);
    check();
  }
  host.applyUpdate = function () {
    if (!waiting) { location.reload(); return; }
    switching = true;
    waiting.postMessage('hearth-update');
  };
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (switching) location.reload();  // only the page whose person pressed the button
  });
  var registered = false;
  function register() {
    navigator.serviceWorker.register('sw.js').then(function (reg) {
      registered = true;
      lastCheck = Date.now();
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      follow(reg, reg.installing);
      reg.addEventListener('updatefound', function () { follow(reg, reg.installing); });
      // Look for a new version when the person comes back to the page, at most once an hour.
      document.addEventListener('visibilitychange', function () {
        if (document.hidden || Date.now() - lastCheck < 3600000) return;
        lastCheck = Date.now();
        reg.update().catch(function () { /* offline: later */ });
      });
    }, function (err) { console.warn('Hearth: offline use is not available here (' + (err && err.message) + ')'); });
  }
  // A frame on another site was refused a worker while its storage was closed; once the person let
  // Hearth keep their progress (src/platform/web/access.js), it tries again where the browser allows it.
  var html = document.documentElement;
  host.retryOffline = function () { if (!registered && html.dataset.ready === '1') register(); };
  function started() {
    try { sessionStorage.removeItem(RESTARTED); } catch (e) { /* blocked: nothing was set */ }
    register();
  }
  if (html.dataset.ready === '1') started();
  else new MutationObserver(function (list, obs) {
    if (html.dataset.ready !== '1') return;
    obs.disconnect();
    started();
  }).observe(html, { attributes: true, attributeFilter: ['data-ready'] });
})();
