// Browser side of src/platform/web: an Emscripten JS library (linked with --js-library).
// Listens to the page (pointer, wheel, keys, focus, resize, visibility, media queries), keeps the
// accessibility mirror (real DOM elements with ARIA roles over the canvas), reads and writes
// localStorage, and draws frames only on demand with requestAnimationFrame.
// UTF8ToString, stringToUTF8 and lengthBytesUTF8 come from Emscripten's runtime; _malloc/_free are exported.
// Every string from the app is set as text (textContent / attributes), never as HTML.

mergeInto(LibraryManager.library, {
  $HEARTH: {},

  // JS string -> malloc'd UTF-8 (the C++ caller frees it). Usable before hearth_js_init.
  $hearthStr: function (s) {
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },

  hearth_js_init__deps: ['$HEARTH', '$hearthStr', '$hearthPrefsRead', '$HLOCK', '$hearthLockLib'],
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

    H.str = hearthStr;
    // One frame per request, from whichever comes first: the next animation frame, or a timer in
    // case the browser holds animation frames back (an occluded or throttled window).
    H.run = function () {
      if (!H.rafPending) return;
      H.rafPending = false;
      cancelAnimationFrame(H.rafId);
      clearTimeout(H.rafTimer);
      _hearth_on_frame();
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
      if (doc.hidden) setTimeout(function () { _hearth_on_frame(); }, 0);
      else H.request();
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

    // ---- pointer: mouse, touch and pen as one stream; positions relative to the canvas ----
    var kinds = { mouse: 0, touch: 1, pen: 2 };
    function isField(el) { return el && (el.tagName === 'INPUT' && (el.type === 'text' || el.type === 'password') || el.tagName === 'TEXTAREA'); }
    function send(type, e) {
      var r = H.canvas.getBoundingClientRect();
      _hearth_on_pointer(type, kinds[e.pointerType] || 0, e.clientX - r.left, e.clientY - r.top, e.button < 0 ? 0 : e.button, e.timeStamp || performance.now());
    }
    H.app.addEventListener('pointerdown', function (e) {
      H.lastPointerDown = performance.now();
      // A press on a control moves DOM focus to its mirror element too (Safari does not do it for
      // buttons by itself), so focus and the screen reader's place follow the pointer.
      var hit = e.target && e.target.closest ? e.target.closest('[data-id]') : null;
      if (hit && !isField(hit) && hit !== doc.activeElement && typeof hit.focus === 'function') hit.focus({ preventScroll: true });
      if (e.pointerType === 'mouse' && !isField(e.target) && doc.activeElement && isField(doc.activeElement)) doc.activeElement.blur();
      try { H.app.setPointerCapture(e.pointerId); } catch (err) { /* not capturable: fine */ }
      send(1, e);
    });
    H.app.addEventListener('pointermove', function (e) { send(0, e); });
    H.app.addEventListener('pointerup', function (e) { send(2, e); });
    H.app.addEventListener('pointercancel', function (e) { send(3, e); });
    H.app.addEventListener('pointerleave', function (e) { if (e.pointerType === 'mouse') send(4, e); });
    H.app.addEventListener('contextmenu', function (e) { if (!isField(e.target)) e.preventDefault(); });
    // Wheel: normalised to lines (one notch = 3 lines), + scrolls down.
    H.app.addEventListener('wheel', function (e) {
      e.preventDefault();
      var lines = e.deltaMode === 1 ? e.deltaY : e.deltaMode === 2 ? e.deltaY * 25 : e.deltaY / 33.3;
      if (lines) _hearth_on_wheel(lines);
    }, { passive: false });

    // ---- keys: scrolling when focus is not in a field; Tab is never taken (no keyboard trap) ----
    var scrollKeys = { ArrowUp: 1, ArrowDown: 2, PageUp: 3, PageDown: 4, Home: 5, End: 6 };
    window.addEventListener('keydown', function (e) {
      var t = e.target;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (H.groupKey(e)) return;
      if (isField(t) || (t && (t.type === 'range' || t.type === 'radio'))) return;
      var k = scrollKeys[e.key];
      if (e.key === ' ' && !(t && (t.tagName === 'BUTTON' || t.tagName === 'A' || t.tagName === 'INPUT'))) k = e.shiftKey ? 3 : 4;
      if (k) { e.preventDefault(); _hearth_on_scroll_key(k); }
    });

    // ---- mirror: keyboard and assistive-tech activation; pointer clicks already reached the canvas ----
    H.root.addEventListener('click', function (e) {
      var el = e.target.closest('[data-id]');
      if (!el) return;
      if (el.dataset.ext) return;  // a link to another site: the browser opens it (a new tab, from this click)
      if (!isField(el)) e.preventDefault();
      var fromPointer = e.detail > 0 && performance.now() - H.lastPointerDown < 1000;
      if (!fromPointer && !isField(el) && el.type !== 'range') _hearth_on_activate(+el.dataset.id);
    });
    H.root.addEventListener('input', function (e) {
      var el = e.target;
      if (!el.dataset || !el.dataset.id) return;
      if (el.type === 'range') { _hearth_on_slider(+el.dataset.id, +el.value); return; }
      H.sendText(el);
    });
    doc.addEventListener('selectionchange', function () {
      var el = doc.activeElement;
      if (isField(el) && el.dataset.id && H.root.contains(el)) H.sendText(el);
    });
    H.sendText = function (el) {
      var v = el.value;
      var s = lengthBytesUTF8(v.slice(0, el.selectionStart || 0));
      var en = lengthBytesUTF8(v.slice(0, el.selectionEnd || 0));
      el.dataset.v = v;
      var p = H.str(v);
      _hearth_on_text(+el.dataset.id, p, s, en);
      _free(p);
    };
    // ---- groups of choices: one Tab stop, the arrow keys move inside (roving tabindex, WAI-ARIA APG) ----
    // Radios: moving also chooses (as the browser's own radios do). Toolbar: moving only moves; Space
    // or Enter toggles. Home and End go to the first and last choice.
    H.groupMembers = function (grp) {
      return Array.prototype.filter.call(grp.querySelectorAll('[data-id]'), function (el) {
        return el.matches('button, a, input') && !el.disabled;
      });
    };
    // One member is the Tab stop: the focused one, else (radios) the chosen one, else the last one
    // visited, else the first.
    H.rove = function (grp, want) {
      var ms = H.groupMembers(grp);
      if (!ms.length) return;
      var stop = want && ms.indexOf(want) >= 0 ? want : ms.indexOf(doc.activeElement) >= 0 ? doc.activeElement : null;
      if (!stop && grp.getAttribute('role') === 'radiogroup') stop = ms.filter(function (m) { return m.checked; })[0] || null;
      if (!stop && grp.hLast && ms.indexOf(grp.hLast) >= 0) stop = grp.hLast;
      stop = stop || ms[0];
      grp.hLast = stop;
      ms.forEach(function (m) { var ti = m === stop ? 0 : -1; if (m.tabIndex !== ti) m.tabIndex = ti; });
    };
    H.groupKey = function (e) {
      var t = e.target, grp = t && t.closest ? t.closest('#mirror .group') : null;
      if (!grp || isField(t)) return false;
      var ms = H.groupMembers(grp), i = ms.indexOf(t), j = -1, n = ms.length;
      if (i < 0) return false;
      var k = e.key;
      if (k === 'ArrowRight' || k === 'ArrowDown') j = (i + 1) % n;
      else if (k === 'ArrowLeft' || k === 'ArrowUp') j = (i - 1 + n) % n;
      else if (k === 'Home') j = 0;
      else if (k === 'End') j = n - 1;
      else if (k === 'Enter' && t.tagName === 'INPUT') {  // Enter chooses or toggles, like Space
        e.preventDefault();
        t.click();
        return true;
      } else return false;
      e.preventDefault();
      var to = ms[j];
      H.rove(grp, to);
      to.focus({ preventScroll: true });
      if (grp.getAttribute('role') === 'radiogroup' && !to.checked) _hearth_on_activate(+to.dataset.id);
      return true;
    };
    // Enter (a phone's Go key) in a field that acts on it: the value as it is now, then the Enter.
    H.root.addEventListener('keydown', function (e) {
      var el = e.target;
      if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return;
      if (el.tagName !== 'INPUT' || !el.dataset.id || !el.hasAttribute('enterkeyhint')) return;
      e.preventDefault();
      H.sendText(el);
      _hearth_on_enter(+el.dataset.id);
    });

    H.keyboardFocus = false;
    doc.addEventListener('keydown', function () { H.keyboardFocus = true; }, true);
    doc.addEventListener('pointerdown', function () { H.keyboardFocus = false; }, true);
    H.root.addEventListener('focusin', function (e) {
      var el = e.target.closest('[data-id]');
      if (!el) return;
      var grp = el.closest('.group');
      if (grp) H.rove(grp, el);
      _hearth_on_focus(+el.dataset.id, H.keyboardFocus ? 1 : 0);
    });
    H.root.addEventListener('focusout', function (e) {
      if (!H.root.contains(e.relatedTarget)) _hearth_on_focus(0, 0);
    });

    // ---- sound: browsers allow an audio context only after a press; make it on the first one ----
    function unlockAudio() {
      var AC = window.AudioContext || window.webkitAudioContext;
      if (!H.audio && AC) { try { H.audio = new AC(); } catch (e) { H.audio = null; } }
      if (H.audio && H.audio.state === 'suspended') H.audio.resume();
    }
    doc.addEventListener('pointerup', unlockAudio, true);
    doc.addEventListener('keydown', unlockAudio, true);

    // ---- page life: save when hidden or closed; wake when shown again ----
    doc.addEventListener('visibilitychange', function () {
      if (doc.hidden) _hearth_on_hidden(); else { hearthPrefsRead(); _hearth_on_wake(); }
    });
    window.addEventListener('pagehide', function () { _hearth_on_hidden(); });
    // Another tab of this site changed localStorage: the app merges the stored document into memory.
    window.addEventListener('storage', function (e) {
      try { if (e.storageArea && e.storageArea !== window.localStorage) return; } catch (err) { return; }
      var L = HLOCK, lib = hearthLockLib;
      if (L.key && e.key && lib.isEnvelope(e.newValue)) {  // encrypted by another window of ours: open it first
        var env = e.newValue, k = e.key;
        lib.open(L.key, env).then(function (text) {
          L.plain[k] = { text: text, env: env, pending: false };
          _hearth_on_storage();
        }, function () { _hearth_on_storage(); });  // another passphrase: the app sees it as locked
        return;
      }
      if (L.key && e.key && e.newValue !== null && !lib.isEnvelope(e.newValue) && L.plain[e.key]) {
        L.key = null; L.plain = {};  // the lock was removed in another window
      }
      _hearth_on_storage();
    });
    window.addEventListener('hashchange', function () { _hearth_on_wake(); });
    // boot.js calls this when the page is shown again after a quick exit (from the back-forward
    // cache): the app goes Home and forgets what was on screen, and the blank cover stays until that
    // frame is drawn (the canvas still holds the last picture from before the exit).
    window.hearthReturn = function () {
      H.uncover = true;
      _hearth_on_return();
      return true;
    };
    window.addEventListener('hearth-update', function () { _hearth_on_wake(); });
  },

  hearth_js_fatal: function (p) {
    var msg = UTF8ToString(p);
    if (window.hearthFail) window.hearthFail(msg); else console.error(msg);
  },

  hearth_js_request_frame__deps: ['$HEARTH'],
  hearth_js_request_frame: function () { HEARTH.drawSoon(); },

  hearth_js_wake_at__deps: ['$HEARTH'],
  hearth_js_wake_at: function (wallMs) {
    // A timer, not an animation frame: timers still fire (throttled to ~1 s) in background tabs.
    clearTimeout(HEARTH.timer);
    if (wallMs > 0) HEARTH.timer = setTimeout(function () { HEARTH.drawSoon(); }, Math.max(0, wallMs - Date.now()) + 1);
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

  // Builds and updates the mirror from the app's accessibility tree (JSON from core::SerializeMirror).
  hearth_js_mirror__deps: ['$HEARTH'],
  hearth_js_mirror: function (p) {
    var H = HEARTH;
    var items = JSON.parse(UTF8ToString(p));
    var seen = new Set(), seenLists = new Set(), seenGroups = new Set(), at = new Map();
    var prev = null, prevBox = null, prevInList = null, prevInGroup = null;
    H.lists = H.lists || new Map();  // list id -> <ul>/<ol>
    H.groups = H.groups || new Map();  // group id -> <div role=radiogroup|toolbar>
    // Puts `el` right after `after` inside `parent` (first when `after` is null), moving it only if needed.
    function place(parent, el, after) {
      var want = after ? after.nextSibling : parent.firstChild;
      if (want !== el || el.parentNode !== parent) parent.insertBefore(el, want);
    }
    var doc = document, hadFocus = H.root.contains(doc.activeElement) ? doc.activeElement : null;
    function tagFor(it) {
      switch (it.r) {
        case 'textbox': return it.ml ? 'textarea' : it.pw ? 'input:password' : 'input:text';
        case 'checkbox': return 'input:checkbox';
        case 'radio': return 'input:radio';
        case 'slider': return 'input:range';
        case 'link': return 'a';
        case 'heading': return 'h' + Math.min(6, Math.max(1, it.lv || 2));
        case 'text': return it.ls ? 'li' : 'p';
        case 'button': case 'tab': return 'button';
        default: return 'div';
      }
    }
    function setAttr(el, k, v) {
      if (v === null || v === undefined) { if (el.hasAttribute(k)) el.removeAttribute(k); }
      else if (el.getAttribute(k) !== String(v)) el.setAttribute(k, v);
    }
    items.forEach(function (it) {
      var tag = tagFor(it);
      var el = H.nodes.get(it.id);
      if (!el || el.dataset.tag !== tag) {
        if (el) el.remove();
        var parts = tag.split(':');
        el = document.createElement(parts[0]);
        if (parts[1]) el.type = parts[1];
        if (tag === 'button') el.type = 'button';
        if (tag === 'a') el.href = '#';
        el.dataset.tag = tag;
        el.dataset.id = it.id;
        el.id = 'hm' + it.id;  // what aria-describedby points at
        if (parts[0].length === 2 && parts[0][0] === 'h') el.tabIndex = -1;  // a heading takes focus when the app sends it there
        if (parts[1] === 'text' || tag === 'textarea') { el.autocomplete = 'off'; el.spellcheck = true; }
        if (parts[1] === 'password') el.autocomplete = 'off';
        H.nodes.set(it.id, el);
      }
      seen.add(it.id);
      var field = tag === 'input:text' || tag === 'input:password' || tag === 'textarea';
      var named = field || tag.indexOf('input:') === 0;
      if (named) setAttr(el, 'aria-label', it.n);
      else if (tag === 'li') {  // its own text in a text node: links inside it stay
        if (!el.hText) { el.hText = document.createTextNode(''); el.insertBefore(el.hText, el.firstChild); }
        if (el.hText.data !== it.n) el.hText.data = it.n;
      } else if (el.textContent !== it.n) el.textContent = it.n;
      setAttr(el, 'role', it.r === 'tab' ? 'tab' : null);
      if (tag === 'a') {
        // Only https links reach here (the content checker allows nothing else).
        var ext = it.href && /^https:\/\//.test(it.href) ? it.href : '';
        setAttr(el, 'href', ext || '#');
        setAttr(el, 'target', ext ? '_blank' : null);
        setAttr(el, 'rel', ext ? 'noopener noreferrer' : null);
        if (ext) el.dataset.ext = '1'; else delete el.dataset.ext;
      }
      setAttr(el, 'aria-current', it.cur ? 'page' : null);
      setAttr(el, 'aria-expanded', it.ex === undefined ? null : (it.ex ? 'true' : 'false'));
      setAttr(el, 'aria-selected', it.r === 'tab' ? (it.ck ? 'true' : 'false') : null);
      setAttr(el, 'aria-pressed', it.tg ? (it.ck ? 'true' : 'false') : null);
      setAttr(el, 'aria-invalid', it.inv ? 'true' : null);
      setAttr(el, 'aria-describedby', it.db ? it.db.map(function (d) { return 'hm' + d; }).join(' ') : null);
      setAttr(el, 'enterkeyhint', it.ek || null);
      if (it.r === 'checkbox' || it.r === 'radio') el.checked = !!it.ck;
      el.disabled = !!it.dis;
      if (it.r === 'slider') {
        setAttr(el, 'min', it.min); setAttr(el, 'max', it.max); setAttr(el, 'step', 1);
        if (+el.value !== it.v) el.value = it.v;
        setAttr(el, 'aria-valuetext', it.vt || null);
      }
      if (field) {
        var v = it.vt || '', was = el.dataset.app;
        el.dataset.app = v;
        // The DOM field is the editor: only overwrite it when the app changed the value itself. A
        // passphrase the app has just used and cleared is cleared here too, even with focus in it.
        var cleared = el.type === 'password' && v === '' && !!was;
        if (el.dataset.v !== v && (document.activeElement !== el || cleared)) { el.value = v; el.dataset.v = v; }
      }
      var st = el.style;
      at.set(it.id, it);
      var host = it.in ? at.get(it.in) : null;  // the item this one sits inside (its coordinates are relative)
      if (it.off) { el.classList.add('off'); st.left = st.top = ''; }
      else {
        el.classList.remove('off');
        var ox = host && !host.off ? host.x : 0, oy = host && !host.off ? host.y : 0;
        var l = (it.x - ox) + 'px', t = (it.y - oy) + 'px', w = it.w + 'px', h = it.h + 'px';
        if (st.left !== l) st.left = l;
        if (st.top !== t) st.top = t;
        if (st.width !== w) st.width = w;
        if (st.height !== h) st.height = h;
      }
      // Keep DOM order = reading order (Tab order follows it), inside its landmark, its list, or the
      // item it sits in.
      var box = it.nav ? H.nav : H.main;
      if (prevBox !== box) { prev = null; prevBox = box; }
      if (host && H.nodes.get(it.in)) {
        var into = H.nodes.get(it.in), last = into.lastChild;
        if (last !== el || el.parentNode !== into) into.appendChild(el);
        return;
      }
      if (it.gp) {  // a group of choices: its members (and words between them) inside one element
        var gkey = 'g' + it.gp, grp = H.groups.get(gkey);
        if (!grp) { grp = document.createElement('div'); grp.className = 'group'; H.groups.set(gkey, grp); }
        setAttr(grp, 'role', it.gk);
        setAttr(grp, 'aria-label', it.gn);
        seenGroups.add(gkey);
        if (prev !== grp) { place(box, grp, prev); prev = grp; prevInGroup = null; }
        place(grp, el, prevInGroup);
        prevInGroup = el;
        return;
      }
      if (it.ls) {
        var key = it.ls + (it.lo ? 'o' : 'u'), list = H.lists.get(key);
        if (!list) { list = document.createElement(it.lo ? 'ol' : 'ul'); H.lists.set(key, list); }
        seenLists.add(key);
        if (prev !== list) { place(box, list, prev); prev = list; prevInList = null; }
        place(list, el, prevInList);
        prevInList = el;
        return;
      }
      place(box, el, prev);
      prev = el;
    });
    H.lists.forEach(function (list, key) {
      if (!seenLists.has(key)) { list.remove(); H.lists.delete(key); }
    });
    H.nodes.forEach(function (el, id) {
      if (!seen.has(id)) { el.remove(); H.nodes.delete(id); }
    });
    H.groups.forEach(function (grp, key) {
      if (!seenGroups.has(key)) { grp.remove(); H.groups.delete(key); } else H.rove(grp);
    });
    // Moving a focused element in the DOM blurs it: give focus back to the same control.
    if (hadFocus && hadFocus.isConnected && doc.activeElement !== hadFocus) hadFocus.focus({ preventScroll: true });
  },

  // The app sends keyboard focus somewhere (a new page's heading, a field that opened): after the
  // mirror holds the element. The focusin that follows tells the app, with the ring if keys led here.
  hearth_js_focus__deps: ['$HEARTH'],
  hearth_js_focus: function (id) {
    var el = HEARTH.nodes.get(id >>> 0);  // a C unsigned arrives as a signed 32-bit number
    if (!el || !el.isConnected) return;
    var grp = el.closest('.group');
    if (grp) HEARTH.rove(grp, el);
    if (document.activeElement !== el) el.focus({ preventScroll: true });
  },

  // ---- the time-out's alerts: local time, sound, vibration, notifications, a background-proof alarm ----
  hearth_js_utc_offset: function (wallMs) { return -new Date(wallMs).getTimezoneOffset(); },

  // The clock format and the notification permission are read once after the first frame (the
  // first reads are slow: each wakes a browser service) and again when the page is shown or the
  // permission is asked, not on every frame.
  $hearthHourRead__deps: ['$HEARTH'],
  $hearthHourRead: function () {
    try {
      var o = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions();
      HEARTH.hour24 = o.hourCycle ? (o.hourCycle === 'h23' || o.hourCycle === 'h24' ? 1 : 0) : (o.hour12 ? 0 : 1);
    } catch (e) { HEARTH.hour24 = 0; }
  },
  $hearthPrefsRead__deps: ['$HEARTH', '$hearthHourRead'],
  $hearthPrefsRead: function () {
    hearthHourRead();
    HEARTH.notifyState = !('Notification' in window) ? 0 : ({ 'default': 1, granted: 2, denied: 3 }[Notification.permission] || 0);
  },

  hearth_js_uses_24h__deps: ['$HEARTH', '$hearthHourRead'],
  hearth_js_uses_24h: function () {
    if (HEARTH.hour24 === undefined) hearthHourRead();
    return HEARTH.hour24;
  },

  // A soft, synthesised tone (no audio file): a sine with a slow attack and a long fade.
  // The audio context is made on the person's first press, so it may play later in a hidden tab.
  $hearthTone__deps: ['$HEARTH'],
  $hearthTone: function (freq, start, length, peak) {
    var ctx = HEARTH.audio;
    if (!ctx) return;
    if (ctx.state === 'suspended') ctx.resume();
    var t = ctx.currentTime + start;
    var o = ctx.createOscillator(), g = ctx.createGain();
    o.type = 'sine';
    o.frequency.value = freq;
    g.gain.setValueAtTime(0.0001, t);
    g.gain.exponentialRampToValueAtTime(peak, t + 0.04);
    g.gain.exponentialRampToValueAtTime(0.0001, t + length);
    o.connect(g);
    g.connect(ctx.destination);
    o.start(t);
    o.stop(t + length + 0.05);
  },

  hearth_js_chime__deps: ['$hearthTone'],
  hearth_js_chime: function () {
    // Three gentle bell-like notes, rising: a calm "time to come back".
    [[523.25, 0], [659.25, 0.35], [783.99, 0.7]].forEach(function (n) {
      hearthTone(n[0], n[1], 2.2, 0.18);
      hearthTone(n[0] * 2, n[1], 1.2, 0.04);
    });
  },

  hearth_js_breath_cue__deps: ['$hearthTone'],
  hearth_js_breath_cue: function (kind) {
    // in: a low soft note; hold: quieter still; out: a lower one.
    var f = kind === 0 ? 392 : kind === 1 ? 440 : 330;
    hearthTone(f, 0, 0.9, kind === 1 ? 0.03 : 0.06);
  },

  hearth_js_vibrate: function (ms) {
    try { if (navigator.vibrate) navigator.vibrate(ms); } catch (e) { /* not supported: fine */ }
  },

  // 0 not supported, 1 not asked yet, 2 allowed, 3 refused.
  hearth_js_notify_state__deps: ['$HEARTH'],
  hearth_js_notify_state: function () {
    // Before the first read (the first frame) the app is told "not asked yet"; the frame after the
    // read shows the real state.
    return HEARTH.notifyState === undefined ? 1 : HEARTH.notifyState;
  },

  // Asked only from a button the person pressed, never on load.
  hearth_js_notify_ask__deps: ['$hearthPrefsRead'],
  hearth_js_notify_ask: function () {
    if (!('Notification' in window)) return;
    try {
      var p = Notification.requestPermission(function () { hearthPrefsRead(); _hearth_on_wake(); });
      if (p && p.then) p.then(function () { hearthPrefsRead(); _hearth_on_wake(); });
    } catch (e) { /* older browsers */ }
  },

  hearth_js_notify: function (tp, bp) {
    if (!('Notification' in window) || Notification.permission !== 'granted') return;
    var title = UTF8ToString(tp), opts = { body: UTF8ToString(bp), tag: 'hearth-timeout', icon: 'icon.svg' };
    try { new Notification(title, opts); } catch (e) {
      // Phones allow notifications only through a service worker.
      if (navigator.serviceWorker) navigator.serviceWorker.ready.then(function (r) { r.showNotification(title, opts); });
    }
  },

  // Timers in a hidden tab can be held back for a minute or more; a worker's are not. It wakes
  // the app at the deadline so the chime comes on time. 0 cancels.
  hearth_js_alarm__deps: ['$HEARTH'],
  hearth_js_alarm: function (wallMs) {
    var H = HEARTH;
    if (!H.alarm && wallMs > 0 && window.Worker) {
      try {
        H.alarm = new Worker('alarm.js');
        H.alarm.onmessage = function () { H.drawSoon(); };
      } catch (e) { H.alarm = null; }
    }
    if (H.alarm) H.alarm.postMessage(wallMs);
  },

  hearth_js_announce: function (p) {
    var el = document.getElementById('live');
    if (!el) return;
    var text = UTF8ToString(p);
    // The same words twice would not be read again: clear first, then set.
    el.textContent = '';
    setTimeout(function () { el.textContent = text; }, 50);
  },


  // ---- the person's words out of the app, always from a button they pressed ----
  // A file made in the page and saved by the browser: a Blob and a temporary link, no request.
  hearth_js_download__deps: ['$hearthSaveBlob'],
  hearth_js_download: function (namep, mimep, datap, size) {
    hearthSaveBlob(UTF8ToString(namep), UTF8ToString(mimep), HEAPU8.slice(datap, datap + size));
  },
  $hearthSaveBlob: function (name, mime, bytes) {
    try {
      var url = URL.createObjectURL(new Blob([bytes], { type: mime }));
      var a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.style.display = 'none';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    } catch (e) { console.warn('Hearth: the file could not be saved', e); }
  },

  // The press that asked for it was moments ago, so the clipboard still allows the write.
  hearth_js_copy__deps: ['$hearthCopyFallback'],
  hearth_js_copy: function (p) {
    var text = UTF8ToString(p);
    window.hearth.copied = text;  // the browser tests read what was copied
    try {
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).catch(function () { hearthCopyFallback(text); });
      } else hearthCopyFallback(text);
    } catch (e) { hearthCopyFallback(text); }
  },
  $hearthCopyFallback: function (text) {
    var t = document.createElement('textarea');
    t.value = text;
    t.setAttribute('readonly', '');
    t.className = 'sr-only';
    document.body.appendChild(t);
    t.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    t.remove();
  },

  hearth_js_page_query__deps: ['$hearthStr'],
  hearth_js_page_query: function () { return hearthStr(location.search || ''); },

  hearth_js_warn: function (p) { console.warn(UTF8ToString(p)); },

  // Only to the origin the embedding page named (embed.js passes its own origin as ?host=).
  hearth_js_post_height: function (originp, h) {
    if (window.parent === window) return;
    try { window.parent.postMessage({ type: 'hearth:size', height: h }, UTF8ToString(originp)); } catch (e) { /* bad origin: ignored */ }
  },

  // boot.js registers the service worker and says when a new version waits (window.hearth.updateReady,
  // and a 'hearth-update' event that wakes the app); the app's button asks boot.js to switch.
  hearth_js_update_ready: function () { return window.hearth && window.hearth.updateReady ? 1 : 0; },
  hearth_js_apply_update: function () { if (window.hearthApplyUpdate) window.hearthApplyUpdate(); },

  // boot.js owns quick exit (so Shift x3 works even while Hearth loads); the button calls it.
  hearth_js_quick_exit: function () {
    if (window.hearthQuickExit) window.hearthQuickExit();
  },

  // Prints only the given text: a print-only element holds it (as text, never HTML).
  hearth_js_print: function (titlep, textp) {
    var el = document.getElementById('print');
    if (!el) {
      el = document.createElement('div');
      el.id = 'print';
      document.body.appendChild(el);
    }
    el.textContent = '';
    var h = document.createElement('h1');
    h.textContent = UTF8ToString(titlep);
    var pre = document.createElement('pre');
    pre.textContent = UTF8ToString(textp);
    el.appendChild(h);
    el.appendChild(pre);
    setTimeout(function () { try { window.print(); } catch (e) { /* no print dialog here */ } }, 0);
  },

  // ---- the passphrase lock ----
  // When a person sets a passphrase, every value Hearth stores is kept as an envelope:
  //   {"hearthLock":1,"iter":310000,"salt":"<base64>","iv":"<base64>","data":"<base64>"}
  // data = AES-GCM (256-bit key, 96-bit random IV per write) of the value; key = PBKDF2-SHA-256 of the
  // passphrase with a random 128-bit salt, `iter` rounds (WebCrypto). The key never leaves memory and
  // is not extractable; the passphrase is not kept. The app's save path stays synchronous: the
  // plaintext of each key is kept here in memory once opened, writes are encrypted in the background
  // in order (L.chain), and a value still being encrypted is read back from memory.
  $HLOCK: { key: null, salt: null, iter: 310000, seen: false, plain: {}, chain: null, event: 0, failed: 0 },
  $hearthLockLib__deps: ['$HLOCK'],
  $hearthLockLib: {
    ITER: 310000,
    isEnvelope: function (v) { return typeof v === 'string' && v.lastIndexOf('{"hearthLock":', 0) === 0; },
    b64: function (bytes) {
      var s = '';
      for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      return btoa(s);
    },
    unb64: function (s) {
      var bin = atob(s), out = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
      return out;
    },
    derive: function (passphrase, salt, iter) {
      var subtle = window.crypto && window.crypto.subtle;
      if (!subtle) return Promise.reject(new Error('no WebCrypto'));
      return subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']).then(function (base) {
        return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iter }, base,
          { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      });
    },
    seal: function (text) {
      var iv = crypto.getRandomValues(new Uint8Array(12)), lib = hearthLockLib;
      return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, HLOCK.key, new TextEncoder().encode(text)).then(function (ct) {
        return JSON.stringify({ hearthLock: 1, iter: HLOCK.iter, salt: lib.b64(HLOCK.salt), iv: lib.b64(iv), data: lib.b64(new Uint8Array(ct)) });
      });
    },
    open: function (key, envelope) {
      var e = JSON.parse(envelope), lib = hearthLockLib;
      return crypto.subtle.decrypt({ name: 'AES-GCM', iv: lib.unb64(e.iv) }, key, lib.unb64(e.data)).then(function (pt) {
        return new TextDecoder().decode(pt);
      });
    },
    keys: function (prefix) {
      var ls = window.localStorage, out = [];
      for (var i = 0; i < ls.length; i++) { var k = ls.key(i); if (k !== null && k.indexOf(prefix) === 0) out.push(k); }
      return out;
    },
    // Queues an encrypted write of `text` under `key` (in order with the others).
    write: function (key, text) {
      var L = HLOCK, entry = { text: text, env: null, pending: true };
      L.plain[key] = entry;
      L.chain = (L.chain || Promise.resolve()).then(function () {
        if (!L.key || L.plain[key] !== entry) return;  // the lock was removed, or a newer write follows
        return hearthLockLib.seal(text).then(function (env) {
          window.localStorage.setItem(key, env);
          entry.env = env;
          entry.pending = false;
        });
      }).catch(function (e) {
        entry.pending = false;
        L.failed = e && (e.name === 'QuotaExceededError' || e.code === 22) ? 3 : 2;
      });
    },
    done: function (event) { HLOCK.event = event; if (typeof _hearth_on_wake === 'function') _hearth_on_wake(); },
  },

  hearth_js_store_read__deps: ['$hearthStr', '$hearthStoreGet'],
  hearth_js_store_read: function (keyp, outp) {
    var got = hearthStoreGet(UTF8ToString(keyp));
    if (got.code === 0) HEAP32[outp >> 2] = hearthStr(got.value);
    return got.code;
  },

  // Reads a key as the app sees it: {code: 0 ok, 1 missing, 2 blocked or not readable now, 4 locked,
  // value: the text, decrypted when the lock is open}.
  $hearthStoreGet__deps: ['$HLOCK', '$hearthLockLib'],
  $hearthStoreGet: function (key) {
    var v, L = HLOCK;
    try { v = window.localStorage.getItem(key); } catch (e) { return { code: 2 }; }
    if (v === null) return { code: 1 };
    if (hearthLockLib.isEnvelope(v)) {
      var p = L.plain[key];
      if (!L.key) { L.seen = true; return { code: 4 }; }  // locked: the passphrase has not been given here
      // Opened, but another window's newer write is still being decrypted (the storage event calls
      // the app again when it is): "not readable now", which the app treats like blocked storage.
      if (!p || (!p.pending && p.env !== v)) return { code: 2 };
      v = p.text;
    }
    return { code: 0, value: v };
  },

  // Writes a JS string (the lock encrypts it in the background): 0 ok, 2 blocked, 3 full, 4 locked.
  $hearthStorePut__deps: ['$HLOCK', '$hearthLockLib'],
  $hearthStorePut: function (key, value) {
    var L = HLOCK;
    try {
      if (L.key) {  // locked with a passphrase: encrypted in the background, in order
        if (L.failed) { var f = L.failed; L.failed = 0; return f; }
        hearthLockLib.write(key, value);
        return 0;
      }
      // Never write plain text over a value another window has locked.
      if (hearthLockLib.isEnvelope(window.localStorage.getItem(key))) { L.seen = true; return 4; }
      window.localStorage.setItem(key, value);
      return 0;
    } catch (e) { return (e && (e.name === 'QuotaExceededError' || e.code === 22)) ? 3 : 2; }
  },

  // Damaged data is copied string to string, never through C strings: a NUL, a lone surrogate or
  // broken text stays exactly as it was.
  hearth_js_store_copy__deps: ['$hearthStoreGet', '$hearthStorePut'],
  hearth_js_store_copy: function (fromp, top) {
    var got = hearthStoreGet(UTF8ToString(fromp));
    return got.code === 0 ? hearthStorePut(UTF8ToString(top), got.value) : got.code;
  },

  // Saves what storage holds under a key as a file, exactly: as UTF-8 when the text is well formed
  // (NULs included), else as the stored UTF-16 code units (little-endian, with a byte order mark), so
  // even a lone surrogate is kept.
  hearth_js_download_stored__deps: ['$hearthStoreGet', '$hearthSaveBlob'],
  hearth_js_download_stored: function (keyp, namep, mimep) {
    var got = hearthStoreGet(UTF8ToString(keyp));
    var v = got.code === 0 ? got.value : '';
    var bytes;
    if (!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(v)) {
      bytes = new TextEncoder().encode(v);
    } else {
      bytes = new Uint8Array(2 + v.length * 2);
      bytes[0] = 0xFF; bytes[1] = 0xFE;
      for (var i = 0; i < v.length; i++) { var c = v.charCodeAt(i); bytes[2 + 2 * i] = c & 0xFF; bytes[3 + 2 * i] = c >> 8; }
    }
    window.hearth.lastDownload = { name: UTF8ToString(namep), bytes: bytes };  // the browser tests read it
    hearthSaveBlob(UTF8ToString(namep), UTF8ToString(mimep), bytes);
  },

  hearth_js_lock_state__deps: ['$HLOCK'],
  hearth_js_lock_state: function () { return HLOCK.key ? 1 : HLOCK.seen ? 2 : 0; },
  hearth_js_lock_poll__deps: ['$HLOCK'],
  hearth_js_lock_poll: function () { var e = HLOCK.event; HLOCK.event = 0; return e; },

  // action: 1 unlock, 2 set a passphrase, 3 remove it, 4 lock now (reload once every write is stored).
  // Each step ends with an event for the app: 1 unlocked, 2 wrong passphrase, 3 set, 4 removed, 5 failed.
  hearth_js_lock__deps: ['$HLOCK', '$hearthLockLib'],
  hearth_js_lock: function (action, passp, prefixp) {
    var L = HLOCK, lib = hearthLockLib, pass = UTF8ToString(passp), prefix = UTF8ToString(prefixp);
    var ls;
    try { ls = window.localStorage; } catch (e) { lib.done(5); return; }
    if (action === 1) {  // unlock: the salt and rounds come from the stored envelopes
      var keys = lib.keys(prefix).filter(function (k) { return lib.isEnvelope(ls.getItem(k)); });
      if (!keys.length) { lib.done(1); return; }
      var first = JSON.parse(ls.getItem(keys[0])), salt = lib.unb64(first.salt), iter = first.iter || lib.ITER;
      lib.derive(pass, salt, iter).then(function (key) {
        return Promise.all(keys.map(function (k) {
          var env = ls.getItem(k);
          return lib.open(key, env).then(function (text) { return { k: k, env: env, text: text }; });
        })).then(function (opened) {
          L.key = key; L.salt = salt; L.iter = iter; L.seen = false;
          opened.forEach(function (o) { L.plain[o.k] = { text: o.text, env: o.env, pending: false }; });
          lib.done(1);
        });
      }).catch(function (e) { lib.done(e && e.name === 'OperationError' ? 2 : 5); });
    } else if (action === 2) {  // set: a new salt and key, then every stored value is written encrypted
      var newSalt = crypto.getRandomValues(new Uint8Array(16));
      lib.derive(pass, newSalt, lib.ITER).then(function (key) {
        L.key = key; L.salt = newSalt; L.iter = lib.ITER; L.seen = false;
        lib.keys(prefix).forEach(function (k) {
          var v = ls.getItem(k);
          if (!lib.isEnvelope(v)) lib.write(k, v);
        });
        return L.chain;
      }).then(function () { lib.done(L.failed ? 5 : 3); }, function () { L.key = null; lib.done(5); });
    } else if (action === 3) {  // remove: every value goes back to plain text
      Promise.resolve(L.chain).then(function () {
        lib.keys(prefix).forEach(function (k) {
          var p = L.plain[k];
          if (p && lib.isEnvelope(ls.getItem(k))) ls.setItem(k, p.text);
        });
        L.key = null; L.plain = {}; L.seen = false;
        lib.done(4);
      }).catch(function () { lib.done(5); });
    } else if (action === 4) {  // lock now: the app saves in this same turn; wait for it, then start again
      setTimeout(function () {
        Promise.resolve(L.chain).then(function () { location.reload(); });
      }, 0);
    }
  },

  // ---- encrypted backups (the format's rules are in core/sealed_backup.h) ----
  // action 1 (seal): `text` is encrypted with the open lock's key (AES-GCM, a fresh 96-bit IV); the
  // lock's salt and rounds go into the file, so the passphrase alone opens it on any device.
  // action 2 (open): a key is made from `pass` with the file's salt and rounds (PBKDF2-SHA-256) and
  // the data decrypted. The outcome goes to the app: 1 sealed, 2 opened, 3 wrong passphrase, 4 failed.
  hearth_js_seal__deps: ['$HLOCK', '$hearthLockLib', '$hearthStr'],
  hearth_js_seal: function (action, textp, iter, saltp, ivp, datap, passp) {
    var L = HLOCK, lib = hearthLockLib;
    function report(event, r) {
      r = r || {};
      var s = hearthStr(r.salt || ''), i = hearthStr(r.iv || ''), d = hearthStr(r.data || ''), t = hearthStr(r.text || '');
      _hearth_on_seal(event, action, r.iter || 0, s, i, d, t);
      [s, i, d, t].forEach(function (p) { _free(p); });
    }
    var subtle = window.crypto && window.crypto.subtle;
    if (action === 1) {
      var text = UTF8ToString(textp);
      if (!subtle || !L.key || !L.salt) { report(4); return; }
      var iv = crypto.getRandomValues(new Uint8Array(12));
      subtle.encrypt({ name: 'AES-GCM', iv: iv }, L.key, new TextEncoder().encode(text)).then(function (ct) {
        report(1, { iter: L.iter, salt: lib.b64(L.salt), iv: lib.b64(iv), data: lib.b64(new Uint8Array(ct)) });
      }, function () { report(4); });
    } else if (action === 2) {
      var salt, ivb, data, pass = UTF8ToString(passp);
      try { salt = lib.unb64(UTF8ToString(saltp)); ivb = lib.unb64(UTF8ToString(ivp)); data = lib.unb64(UTF8ToString(datap)); }
      catch (e) { report(4); return; }
      lib.derive(pass, salt, iter).then(function (key) {
        return subtle.decrypt({ name: 'AES-GCM', iv: ivb }, key, data);
      }).then(function (pt) {
        report(2, { text: new TextDecoder().decode(pt) });
      }, function (e) { report(e && e.name === 'OperationError' ? 3 : 4); });
    }
  },

  // Deletes every key of the namespace (keys are collected first: removing shifts the indexes).
  hearth_js_store_remove_all__deps: ['$HLOCK'],
  hearth_js_store_remove_all: function (prefixp) {
    var prefix = UTF8ToString(prefixp);
    try {
      var ls = window.localStorage, keys = [];
      for (var i = 0; i < ls.length; i++) { var k = ls.key(i); if (k !== null && k.indexOf(prefix) === 0) keys.push(k); }
      keys.forEach(function (k) { ls.removeItem(k); });
      HLOCK.key = null; HLOCK.plain = {}; HLOCK.seen = false;  // nothing locked is left
      return 0;
    } catch (e) { return 2; }
  },

  // The guide's chapters: a file beside the wasm, named in <meta name="hearth-guide"> by make_site.py
  // (guide.<hash>.json, kept by the service worker for offline use). Fetched only from this page's own
  // origin, when the app asks (after its first frame is on screen); its bytes are handed to the app
  // as they came, and the app checks them. `fresh`: a second try skips the browser's cache.
  hearth_js_fetch_guide: function (fresh) {
    var meta = document.querySelector('meta[name="hearth-guide"]');
    var url = new URL((meta && meta.content) || 'guide.json', location.href);
    function deliver(status, buf) {
      var n = buf ? buf.byteLength : 0, p = n ? _malloc(n) : 0;
      if (p) HEAPU8.set(new Uint8Array(buf), p);  // after _malloc: the heap may have grown
      _hearth_on_guide(status, navigator.onLine === false ? 1 : 0, p, n);
      if (p) _free(p);
    }
    if (url.origin !== location.origin) { console.warn('Hearth: the guide must come from this site'); deliver(0, null); return; }
    fetch(url.href, { credentials: 'same-origin', cache: fresh ? 'reload' : 'default' }).then(function (r) {
      if (!r.ok) { deliver(r.status, null); return; }
      return r.arrayBuffer().then(function (buf) { deliver(r.status, buf); });
    }).catch(function () { deliver(0, null); });
  },

  // ---- the italic face (begin): italic.<hash>.ttf, named in <meta name="hearth-italic"> by
  // make_site.py, fetched with the guide's file (after the first frame, from this page's own origin
  // only, kept by the service worker). Its bytes are handed to the app, which checks them; until
  // then italic text is drawn with the regular face.
  hearth_js_fetch_italic: function (fresh) {
    var meta = document.querySelector('meta[name="hearth-italic"]');
    var url = new URL((meta && meta.content) || 'italic.ttf', location.href);
    function deliver(status, buf) {
      var n = buf ? buf.byteLength : 0, p = n ? _malloc(n) : 0;
      if (p) HEAPU8.set(new Uint8Array(buf), p);  // after _malloc: the heap may have grown
      _hearth_on_italic(status, p, n);
      if (p) _free(p);
    }
    if (url.origin !== location.origin) { console.warn('Hearth: the italic face must come from this site'); return; }
    fetch(url.href, { credentials: 'same-origin', cache: fresh ? 'reload' : 'default' }).then(function (r) {
      if (!r.ok) { deliver(r.status, null); return; }
      return r.arrayBuffer().then(function (buf) { deliver(r.status, buf); });
    }).catch(function () { deliver(0, null); });
  },
  // ---- the italic face (end)

  // Import: a hidden file field, clicked right after the person's press. The file is read here
  // (never sent anywhere) and its text handed to the app; a file over 5 MB is not read at all.
  hearth_js_choose_file__deps: ['$hearthStr'],
  hearth_js_choose_file: function () {
    var input = document.getElementById('import-file');
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.id = 'import-file';
      input.accept = '.json,application/json';
      input.hidden = true;
      input.setAttribute('aria-hidden', 'true');
      input.tabIndex = -1;
      input.addEventListener('change', function () {
        var f = input.files && input.files[0];
        input.value = '';
        if (!f) return;
        function deliver(text) {
          var np = hearthStr(f.name), tp = text === null ? 0 : hearthStr(text);
          _hearth_on_file(np, tp, f.size);
          _free(np);
          if (tp) _free(tp);
        }
        if (f.size > 5 * 1024 * 1024) { deliver(null); return; }
        f.text().then(deliver, function () { deliver(''); });
      });
      document.body.appendChild(input);
    }
    try { input.click(); } catch (e) { console.warn('Hearth: the file chooser could not open', e); }
  },

  hearth_js_store_write__deps: ['$hearthStorePut'],
  hearth_js_store_write: function (keyp, valp) { return hearthStorePut(UTF8ToString(keyp), UTF8ToString(valp)); },
});
