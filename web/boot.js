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
