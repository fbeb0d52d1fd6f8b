// The counselors' page (counselors.html): builds a homework link from the steps and options chosen,
// with its QR code (qr.js, the app's own encoder), the embed snippet and a printable handout. Runs in
// the page only: nothing is sent anywhere. The catalog (chapters, their parts and reading times, the
// exercises and their times) is written into the page by .tools/make_site.py.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var catalog = JSON.parse($('hearth-catalog').textContent || '{}');
  var chapters = catalog.chapters || [], exercises = catalog.exercises || [];
  var MAX_STEPS = 5;
  var qr = null;  // the QR module, once loaded
  var NEEDS = { chapter: 'guide', exercise: 'exercises', timeout: 'timeout' };

  function chapterById(id) { return chapters.filter(function (c) { return c.id === id; })[0]; }
  function exerciseById(id) { return exercises.filter(function (e) { return e.id === id; })[0]; }

  // ---- steps ----
  function option(value, label) { var o = document.createElement('option'); o.value = value; o.textContent = label; return o; }
  function group(label, items) {
    var g = document.createElement('optgroup');
    g.label = label;
    items.forEach(function (it) { g.appendChild(option(it[0], it[1])); });
    return g;
  }
  function addStep(value, focus) {
    var list = $('steps');
    if (list.children.length >= MAX_STEPS) return;
    var li = document.createElement('li');
    var what = document.createElement('select');
    what.className = 'what';
    what.appendChild(group('Read a chapter', chapters.map(function (c) { return ['chapter:' + c.id, c.title]; })));
    what.appendChild(group('Do an exercise', exercises.filter(function (e) { return e.id !== 'timeout'; })
      .map(function (e) { return ['exercise:' + e.id, e.title]; })));
    what.appendChild(group('The time-out', [['timeout', 'Practice the time-out once, while calm']]));
    if (value) what.value = value;
    var part = document.createElement('select');
    part.className = 'part';
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'remove';
    li.appendChild(what);
    li.appendChild(part);
    li.appendChild(remove);
    list.appendChild(li);
    what.addEventListener('change', function () { fillParts(li); update(); });
    part.addEventListener('change', update);
    remove.addEventListener('click', function () {
      li.remove();
      if (!list.children.length) addStep();
      else list.querySelector('.what').focus();
      update();
    });
    fillParts(li);
    update();
    if (focus) what.focus();
  }
  function fillParts(li) {
    var what = li.querySelector('.what'), part = li.querySelector('.part');
    part.textContent = '';
    var ch = what.value.indexOf('chapter:') === 0 ? chapterById(what.value.slice(8)) : null;
    part.hidden = !ch;
    if (!ch) return;
    part.appendChild(option('', 'The whole chapter'));
    ch.sections.forEach(function (s) { part.appendChild(option(s.id, 'Only: ' + s.title)); });
  }
  // Each step as {kind, id, section, title, minutes, target (the app's step), hash (its own screen)}.
  function steps() {
    return [].map.call($('steps').children, function (li) {
      var v = li.querySelector('.what').value, section = li.querySelector('.part').value;
      if (v === 'timeout') {
        var t = exerciseById('timeout') || { minutes: 10 };
        return { kind: 'timeout', title: 'Time-out', minutes: t.minutes, target: 'timeout', hash: '#/timeout' };
      }
      var kind = v.slice(0, v.indexOf(':')), id = v.slice(v.indexOf(':') + 1);
      if (kind === 'chapter') {
        var c = chapterById(id), s = section ? c.sections.filter(function (x) { return x.id === section; })[0] : null;
        return { kind: 'chapter', id: id, section: section, title: c.title, part: s ? s.title : '',
          minutes: s ? s.minutes : c.minutes, target: 'chapter:' + id + (s ? '.' + s.id : ''),
          hash: '#/guide/' + id + (s ? '/' + s.id : '') };
      }
      var e = exerciseById(id);
      return { kind: 'exercise', id: id, title: e.title, minutes: e.minutes, target: 'exercise:' + id, hash: '#/exercise/' + id };
    });
  }

  // ---- options ----
  function parts(list) {
    var boxes = [].slice.call($('parts').querySelectorAll('input'));
    var needed = {};
    list.forEach(function (s, i) { var p = NEEDS[s.kind]; if (!needed[p]) needed[p] = i + 1; });
    var notes = [];
    boxes.forEach(function (b) {
      var n = needed[b.value];
      if (n && !b.checked) b.checked = true;
      b.disabled = !!n;
      if (n) notes.push(b.parentNode.textContent.trim() + ' stays shown: step ' + n + ' needs it.');
    });
    $('parts-note').hidden = !notes.length;
    $('parts-note').textContent = notes.join(' ');
    var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    return on.length === boxes.length ? '' : on.join(',');
  }
  function base() {
    var raw = $('base').value.trim();
    try {
      var u = new URL(raw || './', location.href);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
      u.search = ''; u.hash = '';
      if (!/\/$/.test(u.pathname)) u.pathname = u.pathname.replace(/\/[^/]*\.html$/, '/').replace(/([^/])$/, '$1/');
      return u.href;
    } catch (e) { return null; }
  }

  function attr(v) { return String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'); }

  // ---- the result ----
  function update() {
    var list = steps();
    [].forEach.call($('steps').children, function (li, i) {
      li.querySelector('.what').setAttribute('aria-label', 'Step ' + (i + 1));
      li.querySelector('.part').setAttribute('aria-label', 'Which part of the chapter, step ' + (i + 1));
      var r = li.querySelector('.remove');
      r.textContent = 'Remove';
      r.setAttribute('aria-label', 'Remove step ' + (i + 1));
    });
    $('add-step').disabled = $('steps').children.length >= MAX_STEPS;
    var org = $('org').value.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 80);
    var params = new URLSearchParams();
    if (org) params.set('org', org);
    if ($('use-accent').checked) params.set('accent', $('accent').value);
    var p = parts(list);
    if (p) params.set('parts', p);
    params.set('lang', $('lang').value);
    var where = base();
    var problem = where ? '' : 'The address of Hearth must be a web address (https://…).';
    var hash = list.length === 1 ? list[0].hash : '#/homework/' + list.map(function (s) { return s.target; }).join(',');
    var query = params.toString().replace(/\+/g, '%20');
    var link = where ? where + (query ? '?' + query : '') + hash : '';
    $('link').value = link;
    $('problem').hidden = !problem;
    $('problem').textContent = problem;

    var snip = '<script src="' + attr((where || '') + 'embed.js') + '"';
    if (org) snip += ' data-org="' + attr(org) + '"';
    if ($('use-accent').checked) snip += ' data-accent="' + attr($('accent').value) + '"';
    if (p) snip += ' data-parts="' + attr(p) + '"';
    snip += ' data-lang="' + attr($('lang').value) + '" data-start="' + attr(hash) + '"></' + 'script>';
    $('snippet').value = snip;

    // The handout.
    $('h-from').textContent = org ? 'Homework from ' + org : 'Homework from your counselor';
    var ol = $('h-steps');
    ol.textContent = '';
    var total = 0;
    list.forEach(function (s) {
      var li = document.createElement('li');
      var m = ' (about ' + s.minutes + ' minutes)';
      total += s.minutes;
      if (s.kind === 'timeout') li.textContent = 'Try the time-out once while things are calm, so it is ready when you need it' + m + '.';
      else if (s.kind === 'exercise') li.textContent = 'Do the exercise “' + s.title + '”' + m + '.';
      else if (s.part) li.textContent = 'Read “' + s.part + '” in the chapter “' + s.title + '”' + m + '.';
      else li.textContent = 'Read the chapter “' + s.title + '”' + m + '.';
      ol.appendChild(li);
    });
    $('h-time').textContent = list.length > 1 ? 'In all, about ' + total + ' minutes. You can do it in more than one sitting.' : '';
    $('h-link').textContent = link;
    drawQr(link);
  }

  function drawQr(link) {
    var img = $('h-qr');
    if (!qr || !link) { img.removeAttribute('src'); return; }
    var n = qr.lengthBytesUTF8(link) + 1, p = qr._malloc(n);
    qr.stringToUTF8(link, p, n);
    var svg = qr.UTF8ToString(qr._hearth_qr_svg(p, 168));
    qr._free(p);
    if (!svg) {
      img.removeAttribute('src');
      img.hidden = true;
      $('problem').hidden = false;
      $('problem').textContent = 'This link is too long for a QR code. Share the link itself, or choose fewer steps.';
      return;
    }
    img.hidden = false;
    img.src = 'data:image/svg+xml,' + encodeURIComponent(svg);
  }

  // ---- printing: only the handout, or only the notes ----
  function printOnly(cls) {
    document.body.classList.add(cls);
    window.print();
  }
  window.addEventListener('afterprint', function () { document.body.classList.remove('print-handout', 'print-notes'); });

  // ---- wiring ----
  $('base').value = new URL('./', location.href).href;
  $('add-step').addEventListener('click', function () { addStep('', true); });
  ['org', 'use-accent', 'accent', 'lang', 'base'].forEach(function (id) {
    $(id).addEventListener('input', update);
    $(id).addEventListener('change', update);
  });
  $('parts').addEventListener('change', update);
  $('copy-link').addEventListener('click', function () {
    var done = function () { $('copied').textContent = 'Copied.'; setTimeout(function () { $('copied').textContent = ''; }, 4000); };
    var link = $('link').value;
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(link).then(done, function () {
      $('link').select(); if (document.execCommand('copy')) done();
    });
    else { $('link').select(); if (document.execCommand('copy')) done(); }
  });
  $('print-handout').addEventListener('click', function () { printOnly('print-handout'); });
  $('print-notes').addEventListener('click', function () { printOnly('print-notes'); });
  // A link such as counselors.html#exercise:after-argument starts with that step chosen.
  var first = decodeURIComponent(location.hash.slice(1));
  addStep(/^(chapter|exercise):[a-z0-9-]+$|^timeout$/.test(first) ? first : 'exercise:after-argument');
  if (window.createQr) {
    window.createQr().then(function (m) { qr = m; update(); document.documentElement.dataset.ready = '1'; });
  } else {
    document.documentElement.dataset.ready = '1';
  }
})();
