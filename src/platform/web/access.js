// Browser side of src/platform/web, Hearth in a frame on another site's page. Some browsers keep such
// a frame's storage closed (third-party storage blocked). Then Hearth can ask for it with the Storage
// Access API from a press, and saves through what it grants (Chromium's handle, whose localStorage is
// Hearth's own; elsewhere window.localStorage itself opens). Or the person opens Hearth top-level in a
// new tab, and this window hands its document to that tab with postMessage, once, to its own origin
// only: never through a server, never through the address.
// Linked with --js-library beside the other files of src/platform/web; they share HEARTH.

mergeInto(LibraryManager.library, {
  // state: an HC.ACCESS_* code; area: the storage every read and write goes to once granted;
  // event: an HC.HANDOFF_* code for the app; handoff: a document handed to this tab.
  $HACCESS: { state: 0, area: null, event: 0, handoff: null },

  // The localStorage Hearth uses (store.js, lock.js): the granted one, or the window's.
  $hearthArea__deps: ['$HACCESS'],
  $hearthArea: function () { return HACCESS.area || window.localStorage; },

  // A new access state, and a frame to show it.
  $hearthAccessSet__deps: ['$HACCESS'],
  $hearthAccessSet: function (state) { HACCESS.state = state; _hearth_on_wake(); },

  // Called once by hearth_js_init.
  $hearthInitAccess__deps: ['$HACCESS', '$HC', '$hearthAccessAsk', '$hearthInitHandoff', '$hearthAccessSet'],
  $hearthInitAccess: function (H) {
    var A = HACCESS, set = hearthAccessSet;
    hearthInitHandoff(A);
    try { window.localStorage.getItem('x'); return; } catch (e) { /* closed: in a frame, most likely */ }
    if (window.top === window) return;  // not a frame: asking would not help (the notice says so)
    if (!document.requestStorageAccess) { A.state = HC.ACCESS_UNAVAILABLE; return; }
    // Given before (the browser remembers): asking again needs no press, and the app loads at once.
    A.state = HC.ACCESS_CHECKING;
    var ask = function () { hearthAccessAsk(true); };
    if (navigator.permissions && navigator.permissions.query) {
      navigator.permissions.query({ name: 'storage-access' }).then(function (p) {
        if (p.state === 'granted') ask(); else set(HC.ACCESS_CAN_ASK);
      }, function () { set(HC.ACCESS_CAN_ASK); });
    } else {
      set(HC.ACCESS_CAN_ASK);
    }
  },

  // document.requestStorageAccess, with the unpartitioned storage handle where the engine has one
  // (Chromium); plain where it does not (the argument is ignored there). `quiet`: permission was given
  // before, so a refusal now only means "ask with a press".
  $hearthAccessAsk__deps: ['$HACCESS', '$HC', '$hearthAccessSet', '$HEARTH'],
  $hearthAccessAsk: function (quiet) {
    var A = HACCESS, set = hearthAccessSet;
    var refused = quiet ? HC.ACCESS_CAN_ASK : HC.ACCESS_REFUSED;
    var p;
    try { p = document.requestStorageAccess({ localStorage: true }); } catch (e) { set(refused); return; }
    Promise.resolve(p).then(function (handle) {
      var area = null;
      try { area = handle && handle.localStorage; } catch (e) { area = null; }
      if (!area) { try { area = window.localStorage; } catch (e) { area = null; } }
      try { area.getItem('x'); } catch (e) { area = null; }  // granted, yet still closed: not usable
      if (!area) { set(refused); return; }
      A.area = area;
      set(HC.ACCESS_GRANTED);
      if (HEARTH.host && HEARTH.host.retryOffline) HEARTH.host.retryOffline();  // web/boot.js
    }, function () { set(refused); });
  },

  // This tab was opened by an embedded Hearth ("Open Hearth in its own tab"): the address holds a
  // one-time token (removed at once), and the opener sends its document when asked with that token.
  $hearthInitHandoff__deps: ['$HC'],
  $hearthInitHandoff: function (A) {
    var url = new URL(location.href), token = url.searchParams.get('handoff');
    if (!token) return;
    url.searchParams.delete('handoff');
    history.replaceState(history.state, '', url.href);  // not in the address bar, not in history
    var opener = window.opener;
    if (!opener) return;
    window.addEventListener('message', function on(e) {
      var m = e.data;
      if (e.origin !== location.origin || e.source !== opener || !m || m.type !== 'hearth:handoff' || m.token !== token) return;
      window.removeEventListener('message', on);
      window.opener = null;
      if (typeof m.doc === 'string') { A.handoff = m.doc; _hearth_on_wake(); }
    });
    try { opener.postMessage({ type: 'hearth:handoff-ready', token: token }, location.origin); } catch (e) { /* gone */ }
  },

  hearth_js_access_state__deps: ['$HACCESS'],
  hearth_js_access_state: function () { return HACCESS.state; },

  hearth_js_access_ask__deps: ['$hearthAccessAsk'],
  hearth_js_access_ask: function () { hearthAccessAsk(false); },

  // Opens this page top-level in a new tab (the same options and screen, without the embedding
  // site's `host`), then answers its one request with the document. HC.HANDOFF_* tells the app how it went.
  hearth_js_open_tab__deps: ['$HACCESS', '$HC'],
  hearth_js_open_tab: function (docp) {
    var A = HACCESS, doc = UTF8ToString(docp);
    function done(ev) { A.event = ev; _hearth_on_wake(); }
    var bytes = crypto.getRandomValues(new Uint8Array(16)), token = '';
    for (var i = 0; i < bytes.length; i++) token += (bytes[i] + 256).toString(16).slice(1);
    var url = new URL(location.href);
    url.searchParams.delete('host');
    url.searchParams.set('handoff', token);
    var w = window.open(url.href, '_blank');
    if (!w) { done(HC.HANDOFF_BLOCKED); return; }
    var timer = setTimeout(function () { window.removeEventListener('message', on); done(HC.HANDOFF_NO_ANSWER); }, 60000);
    function on(e) {
      var m = e.data;
      if (e.origin !== location.origin || e.source !== w || !m || m.type !== 'hearth:handoff-ready' || m.token !== token) return;
      window.removeEventListener('message', on);
      clearTimeout(timer);
      w.postMessage({ type: 'hearth:handoff', token: token, doc: doc }, location.origin);
      done(HC.HANDOFF_DELIVERED);
    }
    window.addEventListener('message', on);
  },

  hearth_js_handoff_poll__deps: ['$HACCESS'],
  hearth_js_handoff_poll: function () { var e = HACCESS.event; HACCESS.event = 0; return e; },

  hearth_js_handoff_take__deps: ['$HACCESS', '$hearthStr'],
  hearth_js_handoff_take: function () {
    var d = HACCESS.handoff;
    if (d === null) return 0;
    HACCESS.handoff = null;
    return hearthStr(d);
  },
});
