// Browser side of src/platform/web, the accessibility mirror: real DOM elements with ARIA roles and
// names over the canvas, built and updated from the app's tree each frame, and focus sent where the
// app asks.
// Linked with --js-library beside the other files of src/platform/web; they share HEARTH (the
// page's state). Every string from the app is set as text (textContent, attributes), never as HTML.

mergeInto(LibraryManager.library, {
  // Builds and updates the mirror from the app's accessibility tree (JSON from core::SerializeMirror).
  hearth_js_mirror__deps: ['$HEARTH'],
  hearth_js_mirror: function (p) {
    var H = HEARTH;
    var items = JSON.parse(UTF8ToString(p));
    var seen = new Set(), seenLists = new Set(), seenGroups = new Set(), at = new Map();
    var prev = null, prevBox = null, prevInList = null, prevInGroup = null;
    H.lists = H.lists || new Map();  // list id -> <ul>/<ol>
    H.groups = H.groups || new Map();  // group id -> <div role=radiogroup|toolbar>
    // Puts `el` right after `after` inside `parent` (first when `after` is null), moving it only if needed.
    function place(parent, el, after) {
      var want = after ? after.nextSibling : parent.firstChild;
      if (want !== el || el.parentNode !== parent) parent.insertBefore(el, want);
    }
    var doc = document, hadFocus = H.root.contains(doc.activeElement) ? doc.activeElement : null;
    function tagFor(it) {
      switch (it.r) {
        case 'textbox': return it.ml ? 'textarea' : it.pw ? 'input:password' : 'input:text';
        case 'checkbox': return 'input:checkbox';
        case 'radio': return 'input:radio';
        case 'slider': return 'input:range';
        case 'link': return 'a';
        case 'heading': return 'h' + Math.min(6, Math.max(1, it.lv || 2));
        case 'text': return it.ls ? 'li' : 'p';
        case 'button': case 'tab': return 'button';
        default: return 'div';
      }
    }
    function setAttr(el, k, v) {
      if (v === null || v === undefined) { if (el.hasAttribute(k)) el.removeAttribute(k); }
      else if (el.getAttribute(k) !== String(v)) el.setAttribute(k, v);
    }
    items.forEach(function (it) {
      var tag = tagFor(it);
      var el = H.nodes.get(it.id);
      if (!el || el.dataset.tag !== tag) {
        if (el) el.remove();
        var parts = tag.split(':');
        el = document.createElement(parts[0]);
        if (parts[1]) el.type = parts[1];
        if (tag === 'button') el.type = 'button';
        if (tag === 'a') el.href = '#';
        el.dataset.tag = tag;
        el.dataset.id = it.id;
        el.id = 'hm' + it.id;  // what aria-describedby points at
        if (parts[0].length === 2 && parts[0][0] === 'h') el.tabIndex = -1;  // a heading takes focus when the app sends it there
        if (parts[1] === 'text' || tag === 'textarea') { el.autocomplete = 'off'; el.spellcheck = true; }
        if (parts[1] === 'password') el.autocomplete = 'off';
        H.nodes.set(it.id, el);
      }
      seen.add(it.id);
      var field = tag === 'input:text' || tag === 'input:password' || tag === 'textarea';
      var named = field || tag.indexOf('input:') === 0;
      if (named) setAttr(el, 'aria-label', it.n);
      else if (tag === 'li') {  // its own text in a text node: links inside it stay
        if (!el.hText) { el.hText = document.createTextNode(''); el.insertBefore(el.hText, el.firstChild); }
        if (el.hText.data !== it.n) el.hText.data = it.n;
      } else if (el.textContent !== it.n) el.textContent = it.n;
      setAttr(el, 'role', it.r === 'tab' ? 'tab' : null);
      if (tag === 'a') {
        // Another site: only https reaches here (the content checker allows nothing else). A screen of
        // Hearth ("#/..."): the page's own address with that hash, whatever <base> an embedding page
        // sets, so a new tab, "Copy link address" and the hover preview give that screen.
        // A plain page of Hearth's own beside it (privacy.html) opens in a tab of its own like another
        // site, so the app (and what is typed in it) stays where it is, embedded or not.
        var ext = it.href && /^https:\/\//.test(it.href) ? it.href
                : it.href && /^[a-z-]+\.html$/.test(it.href) ? new URL(it.href, location.href).href : '';
        var own = !ext && it.href && it.href.indexOf('#/') === 0 ? location.href.split('#')[0] + it.href : '';
        setAttr(el, 'href', ext || own || '#');
        setAttr(el, 'target', ext ? '_blank' : null);
        setAttr(el, 'rel', ext ? 'noopener noreferrer' : null);
        if (ext) el.dataset.ext = '1'; else delete el.dataset.ext;
      }
      setAttr(el, 'aria-current', it.cur ? 'page' : null);
      setAttr(el, 'aria-expanded', it.ex === undefined ? null : (it.ex ? 'true' : 'false'));
      setAttr(el, 'aria-selected', it.r === 'tab' ? (it.ck ? 'true' : 'false') : null);
      setAttr(el, 'aria-pressed', it.tg ? (it.ck ? 'true' : 'false') : null);
      setAttr(el, 'aria-invalid', it.inv ? 'true' : null);
      setAttr(el, 'aria-describedby', it.db ? it.db.map(function (d) { return 'hm' + d; }).join(' ') : null);
      setAttr(el, 'enterkeyhint', it.ek || null);
      if (it.r === 'checkbox' || it.r === 'radio') el.checked = !!it.ck;
      el.disabled = !!it.dis;
      if (it.r === 'slider') {
        setAttr(el, 'min', it.min); setAttr(el, 'max', it.max); setAttr(el, 'step', 1);
        if (+el.value !== it.v) el.value = it.v;
        setAttr(el, 'aria-valuetext', it.vt || null);
      }
      if (field) {
        var v = it.vt || '', was = el.dataset.app;
        el.dataset.app = v;
        // The DOM field is the editor: only overwrite it when the app changed the value itself. A
        // passphrase the app has just used and cleared is cleared here too, even with focus in it.
        var cleared = el.type === 'password' && v === '' && !!was;
        if (el.dataset.v !== v && (document.activeElement !== el || cleared)) { el.value = v; el.dataset.v = v; }
      }
      var st = el.style;
      at.set(it.id, it);
      var host = it.in ? at.get(it.in) : null;  // the item this one sits inside (its coordinates are relative)
      if (it.off) { el.classList.add('off'); st.left = st.top = ''; }
      else {
        el.classList.remove('off');
        var ox = host && !host.off ? host.x : 0, oy = host && !host.off ? host.y : 0;
        var l = (it.x - ox) + 'px', t = (it.y - oy) + 'px', w = it.w + 'px', h = it.h + 'px';
        if (st.left !== l) st.left = l;
        if (st.top !== t) st.top = t;
        if (st.width !== w) st.width = w;
        if (st.height !== h) st.height = h;
      }
      // Keep DOM order = reading order (Tab order follows it), inside its landmark, its list, or the
      // item it sits in.
      var box = it.nav ? H.nav : H.main;
      if (prevBox !== box) { prev = null; prevBox = box; }
      if (host && H.nodes.get(it.in)) {
        var into = H.nodes.get(it.in), last = into.lastChild;
        if (last !== el || el.parentNode !== into) into.appendChild(el);
        return;
      }
      if (it.gp) {  // a group of choices: its members (and words between them) inside one element
        var gkey = 'g' + it.gp, grp = H.groups.get(gkey);
        if (!grp) { grp = document.createElement('div'); grp.className = 'group'; H.groups.set(gkey, grp); }
        setAttr(grp, 'role', it.gk);
        setAttr(grp, 'aria-label', it.gn);
        seenGroups.add(gkey);
        if (prev !== grp) { place(box, grp, prev); prev = grp; prevInGroup = null; }
        place(grp, el, prevInGroup);
        prevInGroup = el;
        return;
      }
      if (it.ls) {
        var key = it.ls + (it.lo ? 'o' : 'u'), list = H.lists.get(key);
        if (!list) { list = document.createElement(it.lo ? 'ol' : 'ul'); H.lists.set(key, list); }
        seenLists.add(key);
        if (prev !== list) { place(box, list, prev); prev = list; prevInList = null; }
        place(list, el, prevInList);
        prevInList = el;
        return;
      }
      place(box, el, prev);
      prev = el;
    });
    H.lists.forEach(function (list, key) {
      if (!seenLists.has(key)) { list.remove(); H.lists.delete(key); }
    });
    H.nodes.forEach(function (el, id) {
      if (!seen.has(id)) { el.remove(); H.nodes.delete(id); }
    });
    H.groups.forEach(function (grp, key) {
      if (!seenGroups.has(key)) { grp.remove(); H.groups.delete(key); } else H.rove(grp);
    });
    // Moving a focused element in the DOM blurs it: give focus back to the same control.
    if (hadFocus && hadFocus.isConnected && doc.activeElement !== hadFocus) hadFocus.focus({ preventScroll: true });
  },

  // The app sends keyboard focus somewhere (a new page's heading, a field that opened): after the
  // mirror holds the element. The focusin that follows tells the app, with the ring if keys led here.
  hearth_js_focus__deps: ['$HEARTH'],
  hearth_js_focus: function (id) {
    var el = HEARTH.nodes.get(id >>> 0);  // a C unsigned arrives as a signed 32-bit number
    if (!el || !el.isConnected) return;
    var grp = el.closest('.group');
    if (grp) HEARTH.rove(grp, el);
    if (document.activeElement !== el) el.focus({ preventScroll: true });
  },
});
