// Browser side of src/platform/web, the passphrase lock and encrypted backups (WebCrypto:
// PBKDF2-SHA-256 and AES-GCM; the formats' rules are in core/store/lock.h and core/store/sealed_backup.h).
// Linked with --js-library beside the other files of src/platform/web; they share HEARTH (the
// page's state). Every string from the app is set as text (textContent, attributes), never as HTML.

mergeInto(LibraryManager.library, {
  // ---- the passphrase lock ----
  // When a person sets a passphrase, every value Hearth stores is kept as an envelope:
  //   {"hearthLock":1,"iter":310000,"salt":"<base64>","iv":"<base64>","data":"<base64>"}
  // data = AES-GCM (256-bit key, 96-bit random IV per write) of the value; key = PBKDF2-SHA-256 of the
  // passphrase with a random 128-bit salt, `iter` rounds (WebCrypto). The key never leaves memory and
  // is not extractable; the passphrase is not kept. The app's save path stays synchronous: the
  // plaintext of each key is kept here in memory once opened, writes are encrypted in the background
  // in order (L.chain), and a value still being encrypted is read back from memory.
  $HLOCK: { key: null, salt: null, iter: 310000, seen: false, plain: {}, chain: null, event: 0, failed: 0 },
  $hearthLockLib__deps: ['$HLOCK', '$HC', '$hearthArea'],
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
      var ls = hearthArea(), out = [];
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
          hearthArea().setItem(key, env);
          entry.env = env;
          entry.pending = false;
        });
      }).catch(function (e) {
        entry.pending = false;
        L.failed = hearthLockLib.writeFailure(e);
      });
    },
    // What a failed localStorage write answers: HC.STORE_FULL when the quota is reached, else BLOCKED.
    writeFailure: function (e) {
      return e && (e.name === 'QuotaExceededError' || e.code === 22) ? HC.STORE_FULL : HC.STORE_BLOCKED;
    },
    done: function (event) { HLOCK.event = event; if (typeof _hearth_on_wake === 'function') _hearth_on_wake(); },
  },

  // action: HC.LOCK_UNLOCK, LOCK_SET (a passphrase), LOCK_REMOVE, LOCK_NOW (reload once every write is
  // stored). Each step ends with an HC.LOCK_EVENT_* for the app: UNLOCKED, WRONG, SET, REMOVED, FAILED.
  hearth_js_lock__deps: ['$HLOCK', '$hearthLockLib', '$HC', '$hearthArea'],
  hearth_js_lock: function (action, passp, prefixp) {
    var L = HLOCK, lib = hearthLockLib, pass = UTF8ToString(passp), prefix = UTF8ToString(prefixp);
    var ls;
    try { ls = hearthArea(); } catch (e) { lib.done(HC.LOCK_EVENT_FAILED); return; }
    if (action === HC.LOCK_UNLOCK) {  // unlock: the salt and rounds come from the stored envelopes
      var keys = lib.keys(prefix).filter(function (k) { return lib.isEnvelope(ls.getItem(k)); });
      if (!keys.length) { lib.done(HC.LOCK_EVENT_UNLOCKED); return; }
      var first = JSON.parse(ls.getItem(keys[0])), salt = lib.unb64(first.salt), iter = first.iter || lib.ITER;
      lib.derive(pass, salt, iter).then(function (key) {
        return Promise.all(keys.map(function (k) {
          var env = ls.getItem(k);
          return lib.open(key, env).then(function (text) { return { k: k, env: env, text: text }; });
        })).then(function (opened) {
          L.key = key; L.salt = salt; L.iter = iter; L.seen = false;
          opened.forEach(function (o) { L.plain[o.k] = { text: o.text, env: o.env, pending: false }; });
          lib.done(HC.LOCK_EVENT_UNLOCKED);
        });
      }).catch(function (e) { lib.done(e && e.name === 'OperationError' ? HC.LOCK_EVENT_WRONG : HC.LOCK_EVENT_FAILED); });
    } else if (action === HC.LOCK_SET) {  // set: a new salt and key, then every stored value is written encrypted
      var newSalt = crypto.getRandomValues(new Uint8Array(16));
      lib.derive(pass, newSalt, lib.ITER).then(function (key) {
        L.key = key; L.salt = newSalt; L.iter = lib.ITER; L.seen = false;
        lib.keys(prefix).forEach(function (k) {
          var v = ls.getItem(k);
          if (!lib.isEnvelope(v)) lib.write(k, v);
        });
        return L.chain;
      }).then(function () { lib.done(L.failed ? HC.LOCK_EVENT_FAILED : HC.LOCK_EVENT_SET); }, function () { L.key = null; lib.done(HC.LOCK_EVENT_FAILED); });
    } else if (action === HC.LOCK_REMOVE) {  // remove: every value goes back to plain text
      Promise.resolve(L.chain).then(function () {
        lib.keys(prefix).forEach(function (k) {
          var p = L.plain[k];
          if (p && lib.isEnvelope(ls.getItem(k))) ls.setItem(k, p.text);
        });
        L.key = null; L.plain = {}; L.seen = false;
        lib.done(HC.LOCK_EVENT_REMOVED);
      }).catch(function () { lib.done(HC.LOCK_EVENT_FAILED); });
    } else if (action === HC.LOCK_NOW) {  // lock now: the app saves in this same turn; wait for it, then start again
      setTimeout(function () {
        Promise.resolve(L.chain).then(function () { location.reload(); });
      }, 0);
    }
  },

  // ---- encrypted backups (the format's rules are in core/store/sealed_backup.h) ----
  // HC.SEAL_SEAL: `text` is encrypted with the open lock's key (AES-GCM, a fresh 96-bit IV); the
  // lock's salt and rounds go into the file, so the passphrase alone opens it on any device.
  // HC.SEAL_OPEN: a key is made from `pass` with the file's salt and rounds (PBKDF2-SHA-256) and
  // the data decrypted. The outcome goes to the app: HC.SEAL_EVENT_SEALED, OPENED, WRONG or FAILED.
  hearth_js_seal__deps: ['$HLOCK', '$hearthLockLib', '$hearthStr', '$HC'],
  hearth_js_seal: function (action, textp, iter, saltp, ivp, datap, passp) {
    var L = HLOCK, lib = hearthLockLib;
    function report(event, r) {
      r = r || {};
      var s = hearthStr(r.salt || ''), i = hearthStr(r.iv || ''), d = hearthStr(r.data || ''), t = hearthStr(r.text || '');
      _hearth_on_seal(event, action, r.iter || 0, s, i, d, t);
      [s, i, d, t].forEach(function (p) { _free(p); });
    }
    var subtle = window.crypto && window.crypto.subtle;
    var FAILED = HC.SEAL_EVENT_FAILED;
    if (action === HC.SEAL_SEAL) {
      var text = UTF8ToString(textp);
      if (!subtle || !L.key || !L.salt) { report(FAILED); return; }
      var iv = crypto.getRandomValues(new Uint8Array(12));
      subtle.encrypt({ name: 'AES-GCM', iv: iv }, L.key, new TextEncoder().encode(text)).then(function (ct) {
        report(HC.SEAL_EVENT_SEALED, { iter: L.iter, salt: lib.b64(L.salt), iv: lib.b64(iv), data: lib.b64(new Uint8Array(ct)) });
      }, function () { report(FAILED); });
    } else if (action === HC.SEAL_OPEN) {
      var salt, ivb, data, pass = UTF8ToString(passp);
      try { salt = lib.unb64(UTF8ToString(saltp)); ivb = lib.unb64(UTF8ToString(ivp)); data = lib.unb64(UTF8ToString(datap)); }
      catch (e) { report(FAILED); return; }
      lib.derive(pass, salt, iter).then(function (key) {
        return subtle.decrypt({ name: 'AES-GCM', iv: ivb }, key, data);
      }).then(function (pt) {
        report(HC.SEAL_EVENT_OPENED, { text: new TextDecoder().decode(pt) });
      }, function (e) { report(e && e.name === 'OperationError' ? HC.SEAL_EVENT_WRONG : FAILED); });
    }
  },
});
