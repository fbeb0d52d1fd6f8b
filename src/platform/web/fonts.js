// Browser side of src/platform/web, the fonts: every glyph the atlas needs is drawn by the browser's
// own text renderer into a canvas, and its coverage handed to fonts_web.cpp, which packs the atlas.
// No font file is downloaded: the face is a local "Open Sans" where the device has one (the face
// Hearth was designed with), else the system's own UI font.

mergeInto(LibraryManager.library, {
  hearth_js_raster_glyphs: function (faces, emPtr, boldPtr, countsPtr, cpsPtr, boxesPtr) {
    var FAMILY = '"Open Sans",system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,"Helvetica Neue",Arial,sans-serif';
    var W = 2048, HMAX = 2048;  // one canvas of at most 4 M pixels at a time (phones limit a canvas's area)
    var canvas = document.createElement('canvas');
    var ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx || !ctx.measureText) return 0;
    var fonts = [], glyphs = [], chunks = [];
    var x = 0, y = 0, shelf = 0, k = 0, total = 0;
    // 1. Measure every glyph and place it on a shelf of the current canvas-sized chunk. Measuring is
    // most of the time spent here: each weight is measured at its first face's size only, and the
    // other faces of that weight take those metrics scaled (a pixel wider box each side for rounding).
    var ref = {}, cur = '';  // weight -> { em, font, m: codepoint -> [left, right, ascent, descent, advance] }
    for (var f = 0; f < faces; f++) {
      var weight = HEAP32[(boldPtr >> 2) + f] ? '700 ' : '400 ', em = HEAPF32[(emPtr >> 2) + f];
      fonts.push(weight + em + 'px ' + FAMILY);
      var own = !ref[weight];
      if (own) ref[weight] = { em: em, font: fonts[f], m: {} };
      var R = ref[weight], k2 = em / R.em, pad = own ? 1 : 2;
      for (var j = HEAP32[(countsPtr >> 2) + f]; j > 0; j--, k++) {
        var cp = HEAPU32[(cpsPtr >> 2) + k], ch = String.fromCodePoint(cp), a = R.m[cp];
        if (!a) {
          if (cur !== R.font) ctx.font = cur = R.font;
          var m = ctx.measureText(ch);
          a = R.m[cp] = [m.actualBoundingBoxLeft, m.actualBoundingBoxRight, m.actualBoundingBoxAscent,
                         m.actualBoundingBoxDescent, m.width || 0];
        }
        var l = Math.floor(-a[0] * k2) - pad, r = Math.ceil(a[1] * k2) + pad;
        var t = Math.floor(-a[2] * k2) - pad, b = Math.ceil(a[3] * k2) + pad;
        var ink = a[0] + a[1] > 0 && a[2] + a[3] > 0;
        var w = ink ? Math.min(r - l, W) : 0, h = ink ? Math.min(b - t, HMAX) : 0;
        var o = (boxesPtr >> 2) + k * 5;
        HEAPF32[o] = l; HEAPF32[o + 1] = t; HEAPF32[o + 2] = w; HEAPF32[o + 3] = h; HEAPF32[o + 4] = a[4] * k2;
        if (!w) continue;
        if (x + w > W) { x = 0; y += shelf; shelf = 0; }
        if (y + h > HMAX) { chunks.push(y + shelf); x = 0; y = 0; shelf = 0; }
        glyphs.push({ f: f, ch: ch, c: chunks.length, x: x, y: y, l: l, t: t, w: w, h: h, at: total });
        x += w; shelf = Math.max(shelf, h); total += w * h;
      }
    }
    chunks.push(y + shelf);
    var out = _malloc(total || 1);
    // 2. Draw each chunk's glyphs, read its pixels once, keep each glyph's alpha (its coverage).
    var g = 0;
    for (var c = 0; c < chunks.length; c++) {
      canvas.width = W;
      canvas.height = Math.max(1, chunks[c]);  // resizing also clears and resets the context
      ctx.fillStyle = '#fff';
      ctx.textBaseline = 'alphabetic';
      var face = -1, first = g;
      for (; g < glyphs.length && glyphs[g].c === c; g++) {
        var q = glyphs[g];
        if (q.f !== face) { face = q.f; ctx.font = fonts[face]; }
        ctx.fillText(q.ch, q.x - q.l, q.y - q.t);
      }
      var px = ctx.getImageData(0, 0, W, canvas.height).data;
      for (var i = first; i < g; i++) {
        var p = glyphs[i], dst = out + p.at;
        for (var yy = 0; yy < p.h; yy++) {
          var s = ((p.y + yy) * W + p.x) * 4 + 3;
          for (var xx = 0; xx < p.w; xx++, s += 4) HEAPU8[dst++] = px[s];
        }
      }
    }
    canvas.width = canvas.height = 0;  // let the browser free it now
    return out;
  },
});
