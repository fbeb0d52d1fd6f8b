// Starts Hearth, and says plainly what is wrong if this browser cannot run it.
(function () {
  'use strict';
  var status = document.getElementById('status');
  function fail(message) {
    status.textContent = message;
    status.className = 'error';
    status.hidden = false;
  }
  window.hearthFail = fail;

  // Quick exit: blank the page at once, then replace this page in the history with a neutral site
  // (no new history entry, so Back does not lead straight here). Works before Hearth has loaded.
  // The destination can be set with ?exit=https://... (an embedding site sets it); http(s) only.
  var exitTo = 'https://weather.com/';
  try {
    var asked = new URLSearchParams(location.search).get('exit');
    if (asked && /^https?:\/\//i.test(asked)) exitTo = new URL(asked).href;
  } catch (e) { /* keep the default */ }
  function quickExit() {
    document.documentElement.classList.add('hearth-exit');
    try { if (window.top !== window.self) { window.top.location.replace(exitTo); return; } } catch (e) { /* not allowed: leave this frame */ }
    location.replace(exitTo);
  }
  window.hearthQuickExit = quickExit;
  // Shift pressed on its own three times within five seconds. A Shift held for a capital letter
  // does not count, so typing never triggers it.
  var taps = [], alone = false;
  window.addEventListener('keydown', function (e) {
    alone = e.key === 'Shift' && !e.repeat;
  }, true);
  window.addEventListener('keyup', function (e) {
    if (e.key !== 'Shift' || !alone) return;
    alone = false;
    var now = Date.now();
    taps = taps.filter(function (t) { return now - t < 5000; });
    taps.push(now);
    if (taps.length >= 3) quickExit();
  }, true);
  // Coming back with Back restores this page from the cache: take the blank cover off.
  window.addEventListener('pageshow', function () { document.documentElement.classList.remove('hearth-exit'); });
  // A failure before the first frame must not leave "Loading…" on screen forever.
  window.addEventListener('error', function (e) {
    if (document.documentElement.dataset.ready !== '1') fail('Hearth could not start: ' + (e.message || 'unknown error'));
  });
  if (typeof WebAssembly !== 'object' || typeof window.createHearth !== 'function') {
    fail('Hearth needs a newer browser (one with WebAssembly). Your data is safe: nothing was sent anywhere.');
    return;
  }
  window.createHearth({ canvas: document.getElementById('canvas') }).catch(function (err) {
    fail('Hearth could not start: ' + (err && err.message ? err.message : err));
  });
})();
