// Browser side of src/platform/web, the mirror's events: activation by keyboard and assistive
// technology, text typed into mirrored fields, groups of choices (roving tabindex), Enter in a field
// that acts on it, and where focus is.
// Linked with --js-library beside the other files of src/platform/web; they share HEARTH (the
// page's state). Every string from the app is set as text (textContent, attributes), never as HTML.

mergeInto(LibraryManager.library, {
  // Called once by hearth_js_init.
  $hearthInitMirrorEvents__deps: ['$HEARTH'],
  $hearthInitMirrorEvents: function (H) {
    var doc = document, isField = H.isField;
    // ---- mirror: keyboard and assistive-tech activation; pointer clicks already reached the canvas ----
    H.root.addEventListener('click', function (e) {
      var el = e.target.closest('[data-id]');
      if (!el) return;
      if (el.dataset.ext) return;  // a link to another site: the browser opens it (a new tab, from this click)
      if (el.tagName === 'A' && (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0)) return;  // a new tab or window
      if (!isField(el)) e.preventDefault();
      else if (el.hSel && performance.now() - el.hSel[2] < 1000) {  // a tap: the browser placed its caret by now
        el.setSelectionRange(el.hSel[0], el.hSel[1], el.hSel[3]);
        el.hSel = null;
      }
      var fromPointer = e.detail > 0 && performance.now() - H.lastPointerDown < 1000;
      if (!fromPointer && !isField(el) && el.type !== 'range') _hearth_on_activate(+el.dataset.id);
    });
    H.root.addEventListener('input', function (e) {
      var el = e.target;
      if (!el.dataset || !el.dataset.id) return;
      if (el.type === 'range') { _hearth_on_slider(+el.dataset.id, +el.value); return; }
      H.sendText(el);
    });
    doc.addEventListener('selectionchange', function () {
      var el = doc.activeElement;
      if (isField(el) && el.dataset.id && H.root.contains(el)) H.sendText(el);
    });
    // The value, its selection (anchor, then the caret's end) and the text being composed (IME), in
    // UTF-8 bytes as C++ counts them.
    H.sendText = function (el) {
      var v = el.value, bytes = function (i) { return lengthBytesUTF8(v.slice(0, i || 0)); };
      var a = el.selectionStart, c = el.selectionEnd;
      if (el.selectionDirection === 'backward') { a = el.selectionEnd; c = el.selectionStart; }
      var cs = -1, ce = -1, k = el.hComp;
      if (k) { cs = bytes(k.start); ce = bytes(Math.min(v.length, k.start + k.len)); }
      el.dataset.v = v;
      var p = H.str(v);
      _hearth_on_text(+el.dataset.id, p, bytes(a), bytes(c), cs, ce);
      _free(p);
    };
    // IME composition: where the composing text starts and how long it is (UTF-16), for the underline.
    H.root.addEventListener('compositionstart', function (e) {
      var el = e.target;
      if (isField(el)) el.hComp = { start: Math.min(el.selectionStart, el.selectionEnd), len: 0 };
    });
    H.root.addEventListener('compositionupdate', function (e) {
      var el = e.target;
      if (isField(el) && el.hComp) el.hComp.len = (e.data || '').length;
    });
    H.root.addEventListener('compositionend', function (e) {
      var el = e.target;
      if (!isField(el) || !el.dataset.id) return;
      el.hComp = null;
      H.sendText(el);
    });
    // A mouse press in a field places the caret where the canvas drew the letters (C++ works it out
    // and sends it back: hearth_js_text_select), not where this invisible field's own font would.
    H.app.addEventListener('mousedown', function (e) {
      var el = e.target;
      if (e.button !== 0 || H.lastPointerType !== 'mouse' || !isField(el) || !el.dataset.id) return;
      e.preventDefault();
      H.shiftClick = e.shiftKey && doc.activeElement === el;  // Shift+click extends the selection
      if (doc.activeElement !== el) el.focus({ preventScroll: true });
    });
    // ---- groups of choices: one Tab stop, the arrow keys move inside (roving tabindex, WAI-ARIA APG) ----
    // Radios: moving also chooses (as the browser's own radios do). Toolbar: moving only moves; Space
    // or Enter toggles. Home and End go to the first and last choice.
    H.groupMembers = function (grp) {
      return Array.prototype.filter.call(grp.querySelectorAll('[data-id]'), function (el) {
        return el.matches('button, a, input') && !el.disabled;
      });
    };
    // One member is the Tab stop: the focused one, else (radios) the chosen one, else the last one
    // visited, else the first.
    H.rove = function (grp, want) {
      var ms = H.groupMembers(grp);
      if (!ms.length) return;
      var stop = want && ms.indexOf(want) >= 0 ? want : ms.indexOf(doc.activeElement) >= 0 ? doc.activeElement : null;
      if (!stop && grp.getAttribute('role') === 'radiogroup') stop = ms.filter(function (m) { return m.checked; })[0] || null;
      if (!stop && grp.hLast && ms.indexOf(grp.hLast) >= 0) stop = grp.hLast;
      stop = stop || ms[0];
      grp.hLast = stop;
      ms.forEach(function (m) { var ti = m === stop ? 0 : -1; if (m.tabIndex !== ti) m.tabIndex = ti; });
    };
    H.groupKey = function (e) {
      var t = e.target, grp = t && t.closest ? t.closest('#mirror .group') : null;
      if (!grp || isField(t)) return false;
      var ms = H.groupMembers(grp), i = ms.indexOf(t), j = -1, n = ms.length;
      if (i < 0) return false;
      var k = e.key;
      if (k === 'ArrowRight' || k === 'ArrowDown') j = (i + 1) % n;
      else if (k === 'ArrowLeft' || k === 'ArrowUp') j = (i - 1 + n) % n;
      else if (k === 'Home') j = 0;
      else if (k === 'End') j = n - 1;
      else if (k === 'Enter' && t.tagName === 'INPUT') {  // Enter chooses or toggles, like Space
        e.preventDefault();
        t.click();
        return true;
      } else return false;
      e.preventDefault();
      var to = ms[j];
      H.rove(grp, to);
      to.focus({ preventScroll: true });
      if (grp.getAttribute('role') === 'radiogroup' && !to.checked) _hearth_on_activate(+to.dataset.id);
      return true;
    };
    // Enter (a phone's Go key) in a field that acts on it: the value as it is now, then the Enter.
    H.root.addEventListener('keydown', function (e) {
      var el = e.target;
      if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return;
      if (el.tagName !== 'INPUT' || !el.dataset.id || !el.hasAttribute('enterkeyhint')) return;
      e.preventDefault();
      H.sendText(el);
      _hearth_on_enter(+el.dataset.id);
    });

    H.keyboardFocus = false;
    doc.addEventListener('keydown', function () { H.keyboardFocus = true; }, true);
    doc.addEventListener('pointerdown', function () { H.keyboardFocus = false; }, true);
    H.root.addEventListener('focusin', function (e) {
      var el = e.target.closest('[data-id]');
      if (!el) return;
      var grp = el.closest('.group');
      if (grp) H.rove(grp, el);
      _hearth_on_focus(+el.dataset.id, H.keyboardFocus ? 1 : 0);
    });
    H.root.addEventListener('focusout', function (e) {
      if (!H.root.contains(e.relatedTarget)) _hearth_on_focus(0, 0);
    });

  },

  // The pointer placed the caret or selected (in the drawn field): the DOM field, the real editor,
  // takes the same selection. Bytes of the value, anchor then caret.
  hearth_js_text_select__deps: ['$HEARTH'],
  hearth_js_text_select: function (id, anchor, caret) {
    var H = HEARTH, el = H.nodes.get(id >>> 0);
    if (!el || !el.isConnected || !H.isField(el)) return;
    var v = el.value;
    function u16(b) {  // UTF-8 byte offset -> UTF-16 index
      var i = 0, n = 0;
      while (i < v.length && n < b) {
        var cp = v.codePointAt(i);
        n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        i += cp >= 0x10000 ? 2 : 1;
      }
      return i;
    }
    var a = u16(anchor), c = u16(caret);
    if (H.shiftClick && a === c && document.activeElement === el)  // C++ placed the caret; the anchor stays
      a = el.selectionDirection === 'backward' ? el.selectionEnd : el.selectionStart;
    var dir = c < a ? 'backward' : 'forward';
    var lo = Math.min(a, c), hi = Math.max(a, c);
    // A touch tap: the browser focuses the field (and opens the keyboard) on its own click, placing
    // its caret then; the click handler above puts this one back.
    el.hSel = [lo, hi, performance.now(), dir];
    if (document.activeElement !== el) {
      if (H.lastPointerType !== 'mouse') return;
      el.focus({ preventScroll: true });
    }
    el.setSelectionRange(lo, hi, dir);
  },

  // What the canvas drew in the focused field, for the browser tests (bytes of the value; 0 = none).
  hearth_js_caret__deps: ['$HEARTH'],
  hearth_js_caret: function (id, anchor, caret, cs, ce) {
    window.hearth.caret = id ? { id: id >>> 0, start: Math.min(anchor, caret), end: Math.max(anchor, caret), caret: caret,
      composing: cs >= 0 ? [cs, ce] : null } : null;
  },

});
