// Hearth's alarm: a worker whose timer is not held back in a hidden tab. The page posts the
// wall-clock time of the next deadline (0 = none); the worker answers once when it comes.
'use strict';
var timer = 0;
onmessage = function (e) {
  clearTimeout(timer);
  var at = +e.data;
  if (at > 0) timer = setTimeout(function () { postMessage(at); }, Math.max(0, at - Date.now()));
};
