// Browser side of src/platform/web, the time-out's alerts: local time and clock format, a
// synthesised tone, vibration, notifications, a worker alarm that fires in a hidden tab, and
// announcements for screen readers.
// Linked with --js-library beside the other files of src/platform/web; they share HEARTH (the
// page's state). Every string from the app is set as text (textContent, attributes), never as HTML.

mergeInto(LibraryManager.library, {
  // Called once by hearth_js_init.
  $hearthInitAudio__deps: ['$HEARTH'],
  $hearthInitAudio: function (H) {
    var doc = document, isField = H.isField;
    // ---- sound: browsers allow an audio context only after a press; make it on the first one ----
    function unlockAudio() {
      var AC = window.AudioContext || window.webkitAudioContext;
      if (!H.audio && AC) { try { H.audio = new AC(); } catch (e) { H.audio = null; } }
      if (H.audio && H.audio.state === 'suspended') H.audio.resume();
    }
    doc.addEventListener('pointerup', unlockAudio, true);
    doc.addEventListener('keydown', unlockAudio, true);

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
  $hearthPrefsRead__deps: ['$HEARTH', '$hearthHourRead', '$HC'],
  $hearthPrefsRead: function () {
    hearthHourRead();
    HEARTH.notifyState = !('Notification' in window) ? HC.NOTIFY_UNSUPPORTED
      : ({ 'default': HC.NOTIFY_NOT_ASKED, granted: HC.NOTIFY_ALLOWED, denied: HC.NOTIFY_REFUSED }[Notification.permission] || HC.NOTIFY_UNSUPPORTED);
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

  hearth_js_breath_cue__deps: ['$hearthTone', '$HC'],
  hearth_js_breath_cue: function (kind) {
    // in: a low soft note; hold: quieter still; out: a lower one.
    var f = kind === HC.BREATH_IN ? 392 : kind === HC.BREATH_HOLD ? 440 : 330;
    hearthTone(f, 0, 0.9, kind === HC.BREATH_HOLD ? 0.03 : 0.06);
  },

  hearth_js_vibrate: function (ms) {
    try { if (navigator.vibrate) navigator.vibrate(ms); } catch (e) { /* not supported: fine */ }
  },

  // HC.NOTIFY_UNSUPPORTED, NOT_ASKED, ALLOWED or REFUSED.
  hearth_js_notify_state__deps: ['$HEARTH', '$HC'],
  hearth_js_notify_state: function () {
    // Before the first read (the first frame) the app is told "not asked yet"; the frame after the
    // read shows the real state.
    return HEARTH.notifyState === undefined ? HC.NOTIFY_NOT_ASKED : HEARTH.notifyState;
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

  hearth_js_announce: function (p) {
    var el = document.getElementById('live');
    if (!el) return;
    var text = UTF8ToString(p);
    // The same words twice would not be read again: clear first, then set.
    el.textContent = '';
    setTimeout(function () { el.textContent = text; }, 50);
  },
});
