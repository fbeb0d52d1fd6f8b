// Browser side of src/platform/web, the frame: start-up (hearth_js_init wires every listener; each
// concern's listeners live in its own file), frames drawn only on demand with requestAnimationFrame,
// the canvas size, media-query preferences and the address.
// UTF8ToString, stringToUTF8 and lengthBytesUTF8 come from Emscripten's runtime; _malloc/_free are exported.
// Linked with --js-library beside the other files of src/platform/web; they share HEARTH (the
// page's state). Every string from the app is set as text (textContent, attributes), never as HTML.

mergeInto(LibraryManager.library, {
  $HEARTH: {},

  // JS string -> malloc'd UTF-8 (the C++ caller frees it). Usable before hearth_js_init.
  $hearthStr: function (s) {
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },

  hearth_js_init__deps: ['$HEARTH', '$hearthStr', '$hearthInitInput', '$hearthInitMirrorEvents', '$hearthInitAudio',
                         '$hearthInitPage', '$hearthInitStorageEvents', '$hearthInitSelect', '$hearthInitAccess'],
  hearth_js_init: function () {
    var H = HEARTH;
    var doc = document;
    H.canvas = doc.getElementById('canvas');
    H.app = doc.getElementById('app');
    H.root = doc.getElementById('mirror');
    // Two landmarks hold the mirror's items: the navigation bar and the page itself.
    H.nav = doc.createElement('nav');
    H.nav.setAttribute('aria-label', 'Hearth');
    H.main = doc.createElement('main');
    H.root.appendChild(H.nav);
    H.root.appendChild(H.main);
    H.nodes = new Map();          // mirror id -> element
    H.frames = 0;
    H.rafPending = false;
    H.timer = 0;
    H.view = [1, 1, 1];
    H.lastPointerDown = 0;
    window.hearth = window.hearth || {};
    window.hearth.frames = 0;
    // What web/boot.js hands the app (createHearth's `hearthHost`): fail(message), quickExit(),
    // updateReady, applyUpdate(), retryOffline() (access.js), and onReturn, which the app sets (page.js).
    // No window globals.
    H.host = Module['hearthHost'] || {};

    H.str = hearthStr;
    // One frame. A trap in the app's code (a WebAssembly RuntimeError) leaves its memory in an unknown
    // state: no frame runs after it and nothing more is saved (page.js), and the page decides what to
    // tell the person (web/boot.js: host.crashed).
    H.dead = false;
    H.frame = function () {
      if (H.dead) return;
      try { _hearth_on_frame(); } catch (e) {
        if (!(e instanceof WebAssembly.RuntimeError) || !H.host.crashed) throw e;
        H.dead = true;
        H.host.crashed(e, H.frames);
      }
    };
    // One frame per request, from whichever comes first: the next animation frame, or a timer in
    // case the browser holds animation frames back (an occluded or throttled window).
    H.run = function () {
      if (!H.rafPending) return;
      H.rafPending = false;
      cancelAnimationFrame(H.rafId);
      clearTimeout(H.rafTimer);
      H.frame();
    };
    H.request = function () {
      if (H.rafPending) return;
      H.rafPending = true;
      H.rafId = requestAnimationFrame(H.run);
      H.rafTimer = setTimeout(H.run, 250);
    };
    // Backgrounded tabs get no animation frames: when hidden, a timer draws instead
    // (so the time-out still alerts on time).
    H.drawSoon = function () {
      if (doc.hidden) setTimeout(H.frame, 0);
      else H.request();
    };
    // One wake timer. A shown page uses a plain timer (it still fires, throttled, if the tab is
    // hidden meanwhile). A hidden page wakes only for H.wake[1], through a worker: a hidden tab's own
    // timers can be held back a minute or more, a worker's are not (web/alarm.js). Re-armed after
    // every frame and when the page is hidden or shown.
    H.wake = [0, 0];
    H.armWake = function () {
      clearTimeout(H.timer);
      if (H.alarmSet) { H.alarm.postMessage(0); H.alarmSet = false; }
      var at = H.wake[doc.hidden ? 1 : 0];
      if (!(at > 0)) return;
      if (doc.hidden && H.alarm) { H.alarm.postMessage(at); H.alarmSet = true; }
      else H.timer = setTimeout(function () { H.drawSoon(); }, Math.max(0, at - Date.now()) + 1);
    };
    H.measure = function () {
      var r = H.canvas.getBoundingClientRect();
      H.view = [Math.max(1, r.width), Math.max(1, r.height), window.devicePixelRatio || 1];
    };
    H.measure();
    if (window.ResizeObserver) new ResizeObserver(function () { H.measure(); _hearth_on_wake(); }).observe(H.canvas);
    window.addEventListener('resize', function () { H.measure(); _hearth_on_wake(); });

    // ---- preferences (media queries) ----
    // Forced colours (Windows contrast themes) cannot reach a canvas: Hearth answers with its own high-contrast theme.
    H.mq = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(prefers-reduced-motion: reduce)', '(forced-colors: active)'].map(function (q) {
      var m = window.matchMedia ? window.matchMedia(q) : null;
      if (m && m.addEventListener) m.addEventListener('change', function () { _hearth_on_wake(); });
      return m;
    });

    H.isField = function (el) { return el && (el.tagName === 'INPUT' && (el.type === 'text' || el.type === 'password') || el.tagName === 'TEXTAREA'); }
    hearthInitInput(H);          // input.js: pointer, wheel, scroll keys
    hearthInitMirrorEvents(H);   // mirror_events.js: activation, text, choice groups, Enter, focus
    hearthInitAudio(H);          // alerts.js: the audio context, made on the first press
    hearthInitPage(H);           // page.js: hidden, shown, the address, a return after quick exit
    hearthInitStorageEvents(H);  // store.js: another tab changed what is stored
    hearthInitSelect(H);         // select.js: copying text selected on the canvas
    hearthInitAccess(H);         // access.js: storage in a frame on another site's page, a handed-over document
  },

  hearth_js_fatal__deps: ['$HEARTH'],
  hearth_js_fatal: function (p) {
    var msg = UTF8ToString(p);
    if (HEARTH.host && HEARTH.host.fail) HEARTH.host.fail(msg); else console.error(msg);
  },

  hearth_js_request_frame__deps: ['$HEARTH'],
  hearth_js_request_frame: function () { HEARTH.drawSoon(); },

  // The frame's wake times (0 = none): `shownMs` for a page someone sees, `hiddenMs` for what must
  // happen on time in a hidden tab too (the time-out's end). One timer is armed at a time (H.armWake).
  hearth_js_wake_at__deps: ['$HEARTH'],
  hearth_js_wake_at: function (shownMs, hiddenMs) {
    var H = HEARTH;
    H.wake = [shownMs, hiddenMs];
    // The worker starts while the page is shown and a deadline is set (a running break), so that
    // hiding the page (or leaving it) does not start a download.
    if (hiddenMs > 0 && !H.alarm && window.Worker) {
      try {
        H.alarm = new Worker('alarm.js');
        H.alarm.onmessage = function () { H.alarmSet = false; H.drawSoon(); };
      } catch (e) { H.alarm = null; }
    }
    H.armWake();
  },

  hearth_js_view__deps: ['$HEARTH'],
  hearth_js_view: function (out) {
    HEARTH.measure();
    HEAPF32[out >> 2] = HEARTH.view[0];
    HEAPF32[(out >> 2) + 1] = HEARTH.view[1];
    HEAPF32[(out >> 2) + 2] = HEARTH.view[2];
  },

  hearth_js_prefs__deps: ['$HEARTH'],
  hearth_js_prefs: function () {
    var bits = 0;
    HEARTH.mq.forEach(function (m, i) { if (m && m.matches) bits |= 1 << i; });
    if (document.hidden) bits |= 16;  // nobody sees the page
    return bits;
  },

  hearth_js_set_backing__deps: ['$HEARTH'],
  hearth_js_set_backing: function (w, h) {
    HEARTH.canvas.width = w;
    HEARTH.canvas.height = h;
  },

  hearth_js_frame_done__deps: ['$HEARTH', '$hearthPrefsRead'],
  hearth_js_frame_done: function () {
    var H = HEARTH;
    H.frames++;
    window.hearth.frames = H.frames;
    if (H.uncover) {  // the frame drawn after a return from quick exit: Home is on the canvas now
      H.uncover = false;
      document.documentElement.classList.remove('hearth-exit');
    }
    if (H.frames === 1) {
      setTimeout(function () { hearthPrefsRead(); _hearth_on_wake(); }, 0);
      window.hearth.readyAt = performance.now();  // when the first frame was drawn (tests, benchmark)
      document.documentElement.dataset.ready = '1';
      var st = document.getElementById('loading');
      if (st) st.hidden = true;
    }
  },

  // The app moved: a new history entry, so the browser's Back and Forward move within the app; or,
  // with "Keep Hearth out of this browser's history" (replace), the same one entry, so one Back leaves.
  hearth_js_set_address: function (p, replace) {
    var h = UTF8ToString(p);
    if (location.hash === h || (h === '#/' && location.hash === '')) return;
    if (replace || location.hash === '') history.replaceState(null, '', h);
    else history.pushState(null, '', h);
  },

  hearth_js_get_address__deps: ['$hearthStr'],
  hearth_js_get_address: function () { return hearthStr(location.hash); },
});
