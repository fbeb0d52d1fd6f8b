// Browser side of src/platform/web, storage: localStorage read and written as the app sees it
// (decrypted while the lock is open), damaged data copied exactly, and another tab's changes.
// Linked with --js-library beside the other files of src/platform/web; they share HEARTH (the
// page's state). Every string from the app is set as text (textContent, attributes), never as HTML.

mergeInto(LibraryManager.library, {
  // Called once by hearth_js_init.
  $hearthInitStorageEvents__deps: ['$HEARTH', '$HLOCK', '$hearthLockLib', '$hearthArea'],
  $hearthInitStorageEvents: function (H) {
    var doc = document, isField = H.isField;
    window.addEventListener('storage', function (e) {
      try { if (e.storageArea && e.storageArea !== hearthArea()) return; } catch (err) { return; }
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
  },

  hearth_js_store_read__deps: ['$hearthStr', '$hearthStoreGet', '$HC'],
  hearth_js_store_read: function (keyp, outp) {
    var got = hearthStoreGet(UTF8ToString(keyp));
    if (got.code === HC.STORE_OK) HEAP32[outp >> 2] = hearthStr(got.value);
    return got.code;
  },

  // Reads a key as the app sees it: {code: HC.STORE_OK, MISSING, BLOCKED (or not readable now) or
  // LOCKED, value: the text, decrypted when the lock is open}.
  $hearthStoreGet__deps: ['$HLOCK', '$hearthLockLib', '$HC', '$hearthArea'],
  $hearthStoreGet: function (key) {
    var v, L = HLOCK;
    try { v = hearthArea().getItem(key); } catch (e) { return { code: HC.STORE_BLOCKED }; }
    if (v === null) return { code: HC.STORE_MISSING };
    if (hearthLockLib.isEnvelope(v)) {
      var p = L.plain[key];
      if (!L.key) { L.seen = true; return { code: HC.STORE_LOCKED }; }  // locked: the passphrase has not been given here
      // Opened, but another window's newer write is still being decrypted (the storage event calls
      // the app again when it is): "not readable now", which the app treats like blocked storage.
      if (!p || (!p.pending && p.env !== v)) return { code: HC.STORE_BLOCKED };
      v = p.text;
    }
    return { code: HC.STORE_OK, value: v };
  },

  // Writes a JS string (the lock encrypts it in the background): HC.STORE_OK, BLOCKED, FULL or LOCKED.
  $hearthStorePut__deps: ['$HLOCK', '$hearthLockLib', '$HC', '$hearthArea'],
  $hearthStorePut: function (key, value) {
    var L = HLOCK;
    try {
      if (L.key) {  // locked with a passphrase: encrypted in the background, in order
        if (L.failed) { var f = L.failed; L.failed = 0; return f; }
        hearthLockLib.write(key, value);
        return HC.STORE_OK;
      }
      // Never write plain text over a value another window has locked.
      if (hearthLockLib.isEnvelope(hearthArea().getItem(key))) { L.seen = true; return HC.STORE_LOCKED; }
      hearthArea().setItem(key, value);
      return HC.STORE_OK;
    } catch (e) { return hearthLockLib.writeFailure(e); }
  },

  // Damaged data is copied string to string, never through C strings: a NUL, a lone surrogate or
  // broken text stays exactly as it was.
  hearth_js_store_copy__deps: ['$hearthStoreGet', '$hearthStorePut', '$HC'],
  hearth_js_store_copy: function (fromp, top) {
    var got = hearthStoreGet(UTF8ToString(fromp));
    return got.code === HC.STORE_OK ? hearthStorePut(UTF8ToString(top), got.value) : got.code;
  },

  // Saves what storage holds under a key as a file, exactly: as UTF-8 when the text is well formed
  // (NULs included), else as the stored UTF-16 code units (little-endian, with a byte order mark), so
  // even a lone surrogate is kept.
  hearth_js_download_stored__deps: ['$hearthStoreGet', '$hearthSaveBlob', '$HC'],
  hearth_js_download_stored: function (keyp, namep, mimep) {
    var got = hearthStoreGet(UTF8ToString(keyp));
    var v = got.code === HC.STORE_OK ? got.value : '';
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

  hearth_js_lock_state__deps: ['$HLOCK', '$HC'],
  hearth_js_lock_state: function () { return HLOCK.key ? HC.LOCK_STATE_OPEN : HLOCK.seen ? HC.LOCK_STATE_LOCKED : HC.LOCK_STATE_NONE; },
  hearth_js_lock_poll__deps: ['$HLOCK'],
  hearth_js_lock_poll: function () { var e = HLOCK.event; HLOCK.event = 0; return e; },  // 0: none since the last poll

  // Deletes every key of the namespace (keys are collected first: removing shifts the indexes).
  hearth_js_store_remove_all__deps: ['$HLOCK', '$HC', '$hearthArea'],
  hearth_js_store_remove_all: function (prefixp) {
    var prefix = UTF8ToString(prefixp);
    try {
      var ls = hearthArea(), keys = [];
      for (var i = 0; i < ls.length; i++) { var k = ls.key(i); if (k !== null && k.indexOf(prefix) === 0) keys.push(k); }
      keys.forEach(function (k) { ls.removeItem(k); });
      HLOCK.key = null; HLOCK.plain = {}; HLOCK.seen = false;  // nothing locked is left
      return HC.STORE_OK;
    } catch (e) { return HC.STORE_BLOCKED; }
  },

  hearth_js_store_write__deps: ['$hearthStorePut'],
  hearth_js_store_write: function (keyp, valp) { return hearthStorePut(UTF8ToString(keyp), UTF8ToString(valp)); },
});
