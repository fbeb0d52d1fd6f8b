// Browser side of src/platform/web, the page and the person's words leaving the app: page life
// (hidden, shown, a return after quick exit), downloads, copy, print, the embedding page, updates,
// quick exit, the guide's file and the import file chooser.
// Linked with --js-library beside the other files of src/platform/web; they share HEARTH (the
// page's state). Every string from the app is set as text (textContent, attributes), never as HTML.

mergeInto(LibraryManager.library, {
  // Called once by hearth_js_init.
  $hearthInitPage__deps: ['$HEARTH', '$hearthPrefsRead'],
  $hearthInitPage: function (H) {
    var doc = document, isField = H.isField;
    // ---- page life: save when hidden or closed; wake when shown again ----
    doc.addEventListener('visibilitychange', function () {
      H.armWake();  // a hidden page wakes only for the time-out's end, through the worker
      if (H.dead) return;  // the app stopped on a fault (frame.js): nothing more is saved
      if (doc.hidden) _hearth_on_hidden(); else { hearthPrefsRead(); _hearth_on_wake(); }
    });
    window.addEventListener('pagehide', function () { if (!H.dead) _hearth_on_hidden(); });
    // Another tab of this site changed localStorage: the app merges the stored document into memory.
    window.addEventListener('hashchange', function () { _hearth_on_wake(); });
    // boot.js calls this when the page is shown again after a quick exit (from the back-forward
    // cache): the app goes Home and forgets what was on screen, and the blank cover stays until that
    // frame is drawn (the canvas still holds the last picture from before the exit).
    H.host.onReturn = function () {
      H.uncover = true;
      _hearth_on_return();
      return true;
    };
    window.addEventListener('hearth-update', function () { _hearth_on_wake(); });
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

  // boot.js registers the service worker and says when a new version waits (host.updateReady, and a
  // 'hearth-update' event that wakes the app); the app's button asks boot.js to switch.
  hearth_js_update_ready__deps: ['$HEARTH'],
  hearth_js_update_ready: function () { return HEARTH.host && HEARTH.host.updateReady ? 1 : 0; },
  hearth_js_apply_update__deps: ['$HEARTH'],
  hearth_js_apply_update: function () { if (HEARTH.host && HEARTH.host.applyUpdate) HEARTH.host.applyUpdate(); },

  // boot.js owns quick exit (so Shift x3 works even while Hearth loads); the button calls it.
  hearth_js_quick_exit__deps: ['$HEARTH'],
  hearth_js_quick_exit: function () {
    if (HEARTH.host && HEARTH.host.quickExit) HEARTH.host.quickExit();
  },

  // Prints one page the app laid out (core::PrintDocJson: a worksheet, a chapter, the ground rules)
  // in a print-only element, as real text (textContent, never HTML), then opens the print dialog.
  hearth_js_print: function (jsonp) {
    var d;
    try { d = JSON.parse(UTF8ToString(jsonp)); } catch (e) { return; }
    var el = document.getElementById('print');
    if (!el) {
      el = document.createElement('div');
      el.id = 'print';
      document.body.appendChild(el);
    }
    el.textContent = '';
    function add(parent, tag, cls, text) {
      var n = document.createElement(tag);
      if (cls) n.className = cls;
      if (text) n.textContent = text;
      parent.appendChild(n);
      return n;
    }
    var head = add(el, 'header');
    if (d.o) add(head, 'p', 'org', d.o);
    add(head, 'h1', '', d.t);
    if (d.s) add(head, 'p', 'sub', d.s);
    var list = null, listOrdered = false;
    (d.b || []).forEach(function (b) {
      var kind = b[0], text = b[1], answer = b[2];
      if (kind !== 'li') list = null;
      if (kind === 'h') add(el, b[3] === 3 ? 'h3' : 'h2', '', text);
      else if (kind === 'p') add(el, 'p', '', text);
      else if (kind === 'n') add(el, 'p', 'note', text);
      else if (kind === 'pb') add(el, 'div', 'pb');
      else if (kind === 'li') {
        if (!list || listOrdered !== !!b[7]) { list = add(el, b[7] ? 'ol' : 'ul'); listOrdered = !!b[7]; }
        add(list, 'li', '', text);
      } else if (kind === 'ck') {
        var ck = add(el, 'p', 'ck');
        add(ck, 'span', 'box', b[8] ? '\u2713' : '');
        ck.appendChild(document.createTextNode(text));
      } else if (kind === 'a' || kind === 'sc') {
        var q = add(el, 'div', 'q');
        add(q, 'p', 'ask', text);
        if (kind === 'a') {
          if (answer) add(q, 'p', 'answer', answer);
          else for (var i = 0; i < (b[4] || 1); ++i) add(q, 'div', 'line');
        } else {
          var ends = String(answer).split('|'), row = add(q, 'p', 'scale');
          if (ends[0]) add(row, 'span', 'end', ends[0]);
          for (var k = 1; k <= b[6]; ++k) add(row, 'span', k === b[5] ? 'n on' : 'n', String(k));
          if (ends[1]) add(row, 'span', 'end', ends[1]);
          if (b[5]) add(q, 'p', 'answer', 'My answer: ' + b[5]);
        }
      }
    });
    if (d.ft) add(el, 'footer', '', d.ft);
    var before = document.title;  // the title names the file "Save as PDF" offers
    document.title = d.t + ' \u2014 Hearth';
    var restore = function () { document.title = before; window.removeEventListener('afterprint', restore); };
    window.addEventListener('afterprint', restore);
    setTimeout(function () { try { window.print(); } catch (e) { /* no print dialog here */ } }, 0);
  },

  // A file beside the wasm, named in <meta name="`meta`"> by make_site.py (content-addressed, kept
  // by the service worker for offline use), fetched only from this page's own origin. `deliver` gets
  // the answer's status (0: none came) and the bytes in the heap (freed after it returns).
  // `fresh`: a second try skips the browser's cache.
  $hearthFetchBeside: function (meta, fallback, fresh, deliver) {
    var m = document.querySelector('meta[name="' + meta + '"]');
    var url = new URL((m && m.content) || fallback, location.href);
    function give(status, buf) {
      var n = buf ? buf.byteLength : 0, p = n ? _malloc(n) : 0;
      if (p) HEAPU8.set(new Uint8Array(buf), p);  // after _malloc: the heap may have grown
      deliver(status, p, n);
      if (p) _free(p);
    }
    if (url.origin !== location.origin) { console.warn('Hearth: ' + fallback + ' must come from this site'); give(0, null); return; }
    fetch(url.href, { credentials: 'same-origin', cache: fresh ? 'reload' : 'default' }).then(function (r) {
      if (!r.ok) { give(r.status, null); return; }
      return r.arrayBuffer().then(function (buf) { give(r.status, buf); });
    }).catch(function () { give(0, null); });
  },

  // The guide's chapters (guide.<hash>.json), when the app asks (after its first frame is on screen);
  // its bytes are handed over as they came, and the app checks them.
  hearth_js_fetch_guide__deps: ['$hearthFetchBeside'],
  hearth_js_fetch_guide: function (fresh) {
    hearthFetchBeside('hearth-guide', 'guide.json', fresh, function (status, p, n) {
      _hearth_on_guide(status, navigator.onLine === false ? 1 : 0, p, n);
    });
  },

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
});
