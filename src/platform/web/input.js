// Browser side of src/platform/web, input: mouse, touch and pen as one pointer stream, the wheel,
// and the keys that scroll when focus is not in a field (Tab is never taken: no keyboard trap).
// Linked with --js-library beside the other files of src/platform/web; they share HEARTH (the
// page's state). Every string from the app is set as text (textContent, attributes), never as HTML.

mergeInto(LibraryManager.library, {
  // Called once by hearth_js_init.
  $hearthInitInput__deps: ['$HEARTH', '$HC'],
  $hearthInitInput: function (H) {
    var doc = document, isField = H.isField;
    // ---- pointer: mouse, touch and pen as one stream; positions relative to the canvas ----
    var kinds = { mouse: HC.POINTER_MOUSE, touch: HC.POINTER_TOUCH, pen: HC.POINTER_PEN };
    function send(type, e) {
      var r = H.canvas.getBoundingClientRect();
      _hearth_on_pointer(type, kinds[e.pointerType] || HC.POINTER_MOUSE, e.clientX - r.left, e.clientY - r.top, e.button < 0 ? 0 : e.button, e.timeStamp || performance.now());
    }
    // A link in the mirror pressed with the middle or right button, or with Ctrl, Cmd or Shift: the
    // browser's own (a new tab or window, its menu with "Copy link address"); the app does not see it.
    var passed = null;
    // A press the browser handles itself, not the app: a link opened in a new tab or window (middle
    // button, Ctrl/Cmd/Shift), and any press on a link that leaves the app (another site, or one of
    // Hearth's plain pages: data-ext). The pointer is not captured for it, so the release, and with it
    // the click, lands on the link and the browser opens it.
    function browserLink(e) {
      var a = e.target && e.target.closest ? e.target.closest('a[data-id]') : null;
      return !!a && (!!a.dataset.ext || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey);
    }
    H.app.addEventListener('pointerdown', function (e) {
      if (browserLink(e)) { passed = e.pointerId; return; }
      passed = null;
      H.lastPointerDown = performance.now();
      H.lastPointerType = e.pointerType;  // mirror_events: a mouse press in a field is placed by C++
      // A press on a control moves DOM focus to its mirror element too (Safari does not do it for
      // buttons by itself), so focus and the screen reader's place follow the pointer.
      var hit = e.target && e.target.closest ? e.target.closest('[data-id]') : null;
      if (hit && !isField(hit) && hit !== doc.activeElement && typeof hit.focus === 'function') hit.focus({ preventScroll: true });
      if (e.pointerType === 'mouse' && !isField(e.target) && doc.activeElement && isField(doc.activeElement)) doc.activeElement.blur();
      try { H.app.setPointerCapture(e.pointerId); } catch (err) { /* not capturable: fine */ }
      send(HC.POINTER_DOWN, e);
    });
    H.app.addEventListener('pointermove', function (e) { send(HC.POINTER_MOVE, e); });
    H.app.addEventListener('pointerup', function (e) {
      if (passed === e.pointerId) { passed = null; return; }
      send(HC.POINTER_UP, e);
    });
    H.app.addEventListener('pointercancel', function (e) { send(HC.POINTER_CANCEL, e); });
    H.app.addEventListener('pointerleave', function (e) { if (e.pointerType === 'mouse') send(HC.POINTER_LEAVE, e); });
    H.app.addEventListener('contextmenu', function (e) {
      if (!isField(e.target) && !(e.target.closest && e.target.closest('a[data-id]'))) e.preventDefault();
    });
    // Wheel: normalized to lines (one notch = 3 lines), + scrolls down.
    H.app.addEventListener('wheel', function (e) {
      e.preventDefault();
      var lines = e.deltaMode === 1 ? e.deltaY : e.deltaMode === 2 ? e.deltaY * 25 : e.deltaY / 33.3;
      if (!lines) return;
      // The wheel scrolls what is under the pointer, so its position goes first, as a move: a wheel
      // turned before any pointer move (the mouse already rested over the page when it opened, or a
      // WebDriver wheel action in WebKit) otherwise scrolled nothing.
      send(0, e);
      _hearth_on_wheel(lines);
    }, { passive: false });

    // ---- keys: scrolling when focus is not in a field; Tab is never taken (no keyboard trap) ----
    var scrollKeys = { ArrowUp: HC.SCROLL_LINE_UP, ArrowDown: HC.SCROLL_LINE_DOWN, PageUp: HC.SCROLL_PAGE_UP,
      PageDown: HC.SCROLL_PAGE_DOWN, Home: HC.SCROLL_HOME, End: HC.SCROLL_END };
    window.addEventListener('keydown', function (e) {
      var t = e.target;
      // Ctrl+F / Cmd+F: Hearth's own find (the browser's cannot read the canvas). Only that combination
      // is taken. Escape closes the find bar; Shift+Enter in its field goes to the previous match.
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key === 'f' || e.key === 'F' || e.code === 'KeyF')) {
        e.preventDefault();
        _hearth_on_find_key(HC.FIND_OPEN);
        return;
      }
      if (e.key === 'Escape' && !e.ctrlKey && !e.metaKey && !e.altKey) _hearth_on_find_key(HC.FIND_CLOSE);
      if (e.key === 'Enter' && e.shiftKey && isField(t)) _hearth_on_find_key(HC.FIND_BACK);
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (H.groupKey(e)) return;
      if (isField(t) || (t && (t.type === 'range' || t.type === 'radio'))) return;
      var k = scrollKeys[e.key];
      if (e.key === ' ' && !(t && (t.tagName === 'BUTTON' || t.tagName === 'A' || t.tagName === 'INPUT'))) k = e.shiftKey ? HC.SCROLL_PAGE_UP : HC.SCROLL_PAGE_DOWN;
      if (k) { e.preventDefault(); _hearth_on_scroll_key(k); }
    });

  },

});
