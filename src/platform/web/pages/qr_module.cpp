// The QR module of Hearth's plain pages (build/site/qr.js + qr.wasm, used by counselors.html): the
// same encoder as the app (core/share/qr), built as a small module of its own so the pages need no
// copy of the app. One call: text in, an SVG image out ("" when the text does not fit a QR code).
#include <emscripten.h>

#include <string>

#include "core/share/qr.h"

extern "C" EMSCRIPTEN_KEEPALIVE const char* hearth_qr_svg(const char* text, int px) {
  static std::string svg;
  svg = core::QrSvg(core::EncodeQr(text ? text : ""), px);
  return svg.c_str();
}
