// The fonts Hearth draws with, rasterised for the current device pixel ratio and text size.
#pragma once
#include "imgui.h"

namespace ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* italic = nullptr;
  ImFont* h1 = nullptr;     // page titles
  ImFont* h2 = nullptr;     // section headings
  ImFont* small = nullptr;  // captions, hints
  float scale = 0;          // device px per CSS px x text scale the atlas was built for
  bool full = false;        // built with every glyph Hearth has, not only the first ranges
  const ImFontAtlas* atlas = nullptr;  // the atlas they live in (a new ImGui context has a new one)
};

inline constexpr float kBodyPx = 17.0f;  // body text size in CSS px at 100 %

const Fonts& GetFonts();
// Rebuilds the atlas when `scale` changed. Returns true when it did (the texture must be re-uploaded).
// Builds the first atlas without Latin Extended-A, and the full one once a frame has asked for it.
bool EnsureFonts(float scale);
// This frame drew a glyph that only the full atlas has (as a stand-in): it must not be shown, and the
// next frame's EnsureFonts builds the full atlas.
bool NeedsFullGlyphs();

}  // namespace ui
