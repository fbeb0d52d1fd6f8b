// Hearth's embed snippet. A site pastes one line where Hearth should appear:
//   <script src="https://YOUR-HEARTH-HOST/embed.js" data-org="Riverside Counseling" data-start="#/exercise/ritual-planner"></script>
// It inserts an iframe that sizes itself to Hearth's content. Options (all optional) are the
// data- attributes listed below; README.md describes each. Nothing is sent anywhere: Hearth runs
// inside the frame, and what people write stays in their browser.
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me || !me.src) return;
  var app = new URL('.', me.src);  // Hearth lives beside this script
  var OPTIONS = ['accent', 'org', 'parts', 'start', 'lang', 'help', 'exit', 'ns', 'title'];
  var d = me.dataset, params = new URLSearchParams();
  Object.keys(d).forEach(function (k) {
    if (OPTIONS.indexOf(k) < 0) console.warn('Hearth embed: unknown option data-' + k.replace(/[A-Z]/g, '-$&').toLowerCase() + ' ignored.');
  });
  ['accent', 'org', 'parts', 'lang', 'help', 'exit', 'ns'].forEach(function (k) { if (d[k]) params.set(k, d[k]); });
  params.set('host', location.origin);  // Hearth sends its height to this origin only
  var start = d.start || '';
  if (start && start.charAt(0) !== '#') start = '#' + start;

  var frame = document.createElement('iframe');
  frame.src = app.href + 'index.html?' + params.toString() + start;
  frame.title = d.title || ((d.org ? d.org + ': ' : '') + 'Hearth, a private guide to closeness');
  // Only what Hearth needs: its scripts and storage, asking for storage where the browser keeps a
  // frame's closed (storage access, only from a press), help links and "Open Hearth in its own tab" in
  // new tabs (popups, which must not inherit the sandbox or the help sites break), saving files
  // (downloads), printing the ground rules (modals), and quick exit leaving the whole page (top
  // navigation, only from a press).
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-storage-access-by-user-activation ' +
    'allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals allow-top-navigation-by-user-activation');
  frame.setAttribute('allow', 'clipboard-write');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.style.cssText = 'display:block;width:100%;max-width:100%;border:0;height:640px;';
  me.parentNode.insertBefore(frame, me.nextSibling);

  // Height follows Hearth's content, between 480 px and the window's height (longer pages scroll
  // inside the frame, so a chapter never makes the host page thousands of pixels tall).
  window.addEventListener('message', function (e) {
    if (e.origin !== app.origin || e.source !== frame.contentWindow) return;
    var m = e.data;
    if (!m || m.type !== 'hearth:size') return;
    var h = Math.round(Number(m.height));
    if (!(h > 0)) return;
    var max = Math.max(480, window.innerHeight - 16);
    frame.style.height = Math.max(480, Math.min(h, max)) + 'px';
  });
})();
