// Browser side of src/platform/web, copying text selected on the canvas (core/app/text_select.h): the app
// sends the selected text each time it changes; it is held in one hidden element (#hsel) that is the
// page's real DOM selection, so Ctrl+C / Cmd+C, the `copy` event and the menu's Copy all work.
// Linked with --js-library beside the other files of src/platform/web; they share HEARTH (the
// page's state). Every string from the app is set as text (textContent, attributes), never as HTML.
//
// Why one element rather than a Range over the mirror's paragraphs: a list item's text node is
// followed by its links, the mirror is user-select: none, and the app already joins paragraphs with
// a blank line as people paste them. The mirror stays as it is for screen readers.
//
// The menu: while the pointer is over the selected text the app says so, and #hsel takes pointer
// events (it covers the canvas), so a right-click lands on an element holding the selection and the
// browser's own menu offers Copy (Chromium: the selection is kept, since the press is not on a text
// node). Firefox and WebKit were not tried: Firefox should behave the same; WebKit (Safari) may select
// the word under a right-click instead. Ctrl+C / Cmd+C works in all three through the copy event.

mergeInto(LibraryManager.library, {
  // Called once by hearth_js_init.
  $hearthInitSelect__deps: ['$HEARTH'],
  $hearthInitSelect: function (H) {
    var doc = document, el = doc.createElement('div');
    el.id = 'hsel';
    el.setAttribute('aria-hidden', 'true');  // screen readers read the mirror
    H.app.appendChild(el);
    H.sel = { el: el, text: '' };
    window.hearth.selection = '';  // what the app selected (the browser tests read it)
    function ours() {
      var s = window.getSelection();
      return !!(s && s.rangeCount && el.contains(s.anchorNode));
    }
    // Makes #hsel the DOM selection, unless a text field is being edited (it keeps its own).
    H.selApply = function () {
      var s = window.getSelection();
      if (!s) return;
      if (!H.sel.text) { if (ours()) s.removeAllRanges(); return; }
      if (H.isField(doc.activeElement)) return;
      if (ours() && s.toString() === el.textContent) return;
      s.selectAllChildren(el);
    };
    // A left press on it is the app's (a new selection starts on the canvas), not the browser's.
    el.addEventListener('mousedown', function (e) { if (e.button === 0) e.preventDefault(); });
    // A right press over the selection is the menu's: input.js would capture the pointer for the
    // canvas, and the menu event would then go to #app, which blocks it.
    el.addEventListener('pointerdown', function (e) { if (e.button === 2) e.stopPropagation(); });
    // input.js blocks the canvas's menu; over the selection the browser's menu (with Copy) shows.
    el.addEventListener('contextmenu', function (e) { e.stopPropagation(); });
    // Before Ctrl+C / Cmd+C acts: the selection may have been moved by a press on the mirror.
    window.addEventListener('keydown', function (e) {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'c' || e.key === 'C')) H.selApply();
    }, true);
    // The clipboard gets exactly the app's text (paragraphs joined by a blank line).
    doc.addEventListener('copy', function (e) {
      if (!H.sel.text || H.isField(doc.activeElement)) return;
      var s = window.getSelection();
      if (s && !s.isCollapsed && !ours()) return;  // something else on the page is selected
      if (!e.clipboardData) return;
      e.clipboardData.setData('text/plain', H.sel.text);
      e.preventDefault();
    });
  },

  // The app's selected text ("" = none) and whether the pointer is over it.
  hearth_js_selection__deps: ['$HEARTH'],
  hearth_js_selection: function (p, over) {
    var H = HEARTH, text = UTF8ToString(p);
    H.sel.text = text;
    window.hearth.selection = text;
    if (H.sel.el.textContent !== text) H.sel.el.textContent = text;
    H.sel.el.classList.toggle('over', !!over && !!text);
    H.selApply();
  },
});
