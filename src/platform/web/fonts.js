// Browser side of src/platform/web, the fonts: the browser's own text renderer draws every glyph the
// atlas needs, straight into the atlas's WebGL texture. No font file is downloaded: the face is a
// local "Open Sans" where the device has one (the face Hearth was designed with), else the system's
// own UI font. The page never reads pixels back from a canvas (browsers that resist fingerprinting
// block or blur that), and the pixels go to the graphics card without a copy through the wasm.
//   1. hearth_js_measure_glyphs: each glyph's box and advance (fonts_web.cpp packs the atlas by them)
//   2. hearth_js_draw_glyphs: draws them at their places in the atlas and uploads them to its texture

mergeInto(LibraryManager.library, {
  $hearthFonts: { FAMILY: '"Open Sans",system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,"Helvetica Neue",Arial,sans-serif', fonts: [] },

  // Writes per glyph 5 floats to `boxes`: left and top of its bitmap from the pen on the baseline,
  // width, height (whole px) and advance. Returns 0 when the browser cannot measure text.
  // Measuring is most of the time spent: each weight is measured at its first face's size only, and
  // the other faces of that weight take those metrics scaled (a pixel wider box each side for rounding).
  hearth_js_measure_glyphs__deps: ['$hearthFonts'],
  hearth_js_measure_glyphs: function (faces, emPtr, boldPtr, countsPtr, cpsPtr, boxesPtr) {
    var F = hearthFonts;
    var ctx = document.createElement('canvas').getContext('2d');
    if (!ctx || !ctx.measureText) return 0;
    F.fonts = [];
    var ref = {}, cur = '', k = 0;  // weight -> { em, font, m: codepoint -> [left, right, ascent, descent, advance] }
    for (var f = 0; f < faces; f++) {
      var weight = HEAP32[(boldPtr >> 2) + f] ? '700 ' : '400 ', em = HEAPF32[(emPtr >> 2) + f];
      F.fonts.push(weight + em + 'px ' + F.FAMILY);
      var own = !ref[weight];
      if (own) ref[weight] = { em: em, font: F.fonts[f], m: {} };
      var R = ref[weight], s = em / R.em, pad = own ? 1 : 2;
      for (var j = HEAP32[(countsPtr >> 2) + f]; j > 0; j--, k++) {
        var cp = HEAPU32[(cpsPtr >> 2) + k], a = R.m[cp];
        if (!a) {
          if (cur !== R.font) ctx.font = cur = R.font;
          var m = ctx.measureText(String.fromCodePoint(cp));
          a = R.m[cp] = [m.actualBoundingBoxLeft, m.actualBoundingBoxRight, m.actualBoundingBoxAscent,
                         m.actualBoundingBoxDescent, m.width || 0];
        }
        var ink = a[0] + a[1] > 0 && a[2] + a[3] > 0;
        var l = Math.floor(-a[0] * s) - pad, t = Math.floor(-a[2] * s) - pad;
        var o = (boxesPtr >> 2) + k * 5;
        HEAPF32[o] = l;
        HEAPF32[o + 1] = t;
        HEAPF32[o + 2] = ink ? Math.min(Math.ceil(a[1] * s) + pad - l, 1024) : 0;
        HEAPF32[o + 3] = ink ? Math.min(Math.ceil(a[3] * s) + pad - t, 1024) : 0;
        HEAPF32[o + 4] = a[4] * s;
      }
    }
    return 1;
  },

  // Draws `n` glyphs (4 floats each in `glyphs`: face, codepoint, pen x and y on the baseline in the
  // atlas) into the atlas texture `tex` (texW wide, one byte a pixel: R8; only its top texH rows hold
  // anything, and only those are drawn and uploaded), a band of at most 4 M
  // pixels at a time (phones limit a canvas's area). The atlas's other pieces (ImGui's white pixel
  // and line strokes, `rects`: 4 ints each, x y w h, taken from the `alpha` bytes) go in with them.
  hearth_js_draw_glyphs__deps: ['$hearthFonts', '$GL'],
  hearth_js_draw_glyphs: function (tex, texW, texH, n, glyphsPtr, nRects, rectsPtr, alphaPtr) {
    var F = hearthFonts, gl = GLctx;
    var canvas = document.createElement('canvas');
    var ctx = canvas.getContext('2d');
    if (!ctx || !gl || !GL.textures[tex]) return 0;
    var band = Math.max(1, Math.min(texH, Math.floor(4194304 / texW)));
    gl.bindTexture(gl.TEXTURE_2D, GL.textures[tex]);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);  // white text: red = coverage
    for (var y0 = 0; y0 < texH; y0 += band) {
      var h = Math.min(band, texH - y0);
      canvas.width = texW;
      canvas.height = h;  // sizing clears the canvas and resets its state
      for (var r = 0; r < nRects; r++) {
        var q = (rectsPtr >> 2) + r * 4, rx = HEAP32[q], ry = HEAP32[q + 1], rw = HEAP32[q + 2], rh = HEAP32[q + 3];
        if (ry + rh <= y0 || ry >= y0 + h || !rw || !rh) continue;
        var img = ctx.createImageData(rw, rh), d = img.data;
        for (var yy = 0; yy < rh; yy++)
          for (var xx = 0; xx < rw; xx++) {
            var i = (yy * rw + xx) * 4;
            d[i] = d[i + 1] = d[i + 2] = 255;
            d[i + 3] = HEAPU8[alphaPtr + (ry + yy) * texW + rx + xx];
          }
        ctx.putImageData(img, rx, ry - y0);
      }
      ctx.fillStyle = '#fff';
      var face = -1;
      for (var g = 0; g < n; g++) {
        var o = (glyphsPtr >> 2) + g * 4, py = HEAPF32[o + 3] - y0;
        if (py < -1024 || py > h + 1024) continue;  // nowhere near this band
        if (HEAPF32[o] !== face) { face = HEAPF32[o]; ctx.font = F.fonts[face]; }
        ctx.fillText(String.fromCodePoint(HEAPF32[o + 1]), HEAPF32[o + 2], py);
      }
      gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, y0, gl.RED, gl.UNSIGNED_BYTE, canvas);
    }
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    canvas.width = canvas.height = 0;  // let the browser free it now
    return 1;
  },
});
