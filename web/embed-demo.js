// The example page's one job: show the snippet, and use it for real. Where Hearth lives can be
// given as ?app=https://host/path/ (the page's own folder by default), so the example also works
// when this page and Hearth are on different sites.
(function () {
  'use strict';
  var q = new URLSearchParams(location.search);
  var app = new URL(q.get('app') || '.', location.href);
  var options = {
    'data-org': 'Riverside Counseling',
    'data-accent': '#2a6f97',
    'data-parts': 'guide,exercises,timeout',
    'data-start': q.get('start') || '#/exercise/ritual-planner',
    'data-exit': q.get('exit') || 'https://weather.com/',
  };
  var src = new URL('embed.js', app).href;
  var attrs = Object.keys(options).map(function (k) { return ' ' + k + '="' + options[k] + '"'; }).join('');
  document.getElementById('snippet').textContent = '<script src="' + src + '"' + attrs + '></script>';
  var s = document.createElement('script');
  s.src = src;
  Object.keys(options).forEach(function (k) { s.setAttribute(k, options[k]); });
  document.getElementById('hearth-here').appendChild(s);
})();
