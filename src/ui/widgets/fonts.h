// The fonts Hearth draws with, rasterised for the current device pixel ratio and text size.
#pragma once
#include <string>

#include "imgui.h"

namespace ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* h1 = nullptr;     // page titles
  ImFont* h2 = nullptr;     // section headings
  ImFont* small = nullptr;  // captions, hints
  float scale = 0;          // device px per CSS px x text scale the atlas was built for
  float dpr = 0;            // device px per CSS px it was built for
  float height_per_em = 1;  // ImGui's font size (ascent to descent) over the font's em
  bool full = false;        // built with every glyph Hearth has, not only the first ranges
  const ImFontAtlas* atlas = nullptr;  // the atlas they live in (a new ImGui context has a new one)
};

// Body text in CSS px per em at 100 %, as the web's default text: the fonts are sized by the em like
// CSS sizes them, not by ImGui's ascent-to-descent height (which would draw them a quarter smaller).
inline constexpr float kBodyEmPx = 16.0f;
inline constexpr float kSmallEmRatio = 0.85f;  // captions and hints: 13.6 px at 100 %...
inline constexpr float kSmallMinPx = 13.0f;    // ...and never under 13 CSS px, even at the smallest size

// The current font's em in device px (ImGui::GetFontSize() is its taller ascent-to-descent height).
float Em();

const Fonts& GetFonts();
// Rebuilds the atlas when `scale` (device px per CSS px x text scale) or `dpr` changed. Returns true
// when it did (the texture must be re-uploaded).
// Builds the first atlas without Latin Extended-A, and the full one once a frame has asked for it.
bool EnsureFonts(float scale, float dpr);
// This frame drew a glyph that only the full atlas has (as a stand-in): it must not be shown, and the
// next frame's EnsureFonts builds the full atlas.
bool NeedsFullGlyphs();

// Italic has no face of its own: emphasis is the regular face slanted as it is drawn (an oblique, as
// browsers draw a font that has no italic), so it looks the same from the first frame and costs no
// download (the italic face was 11 KB gzip of the first visit). Slants the vertices `dl` got since
// `vtx_start` about the baseline at `baseline_y`; advances and line breaks are the regular face's.
inline constexpr float kObliqueSlant = 0.2f;  // x shift per px above the baseline (about 11 degrees)
void SlantSince(ImDrawList* dl, int vtx_start, float baseline_y);

}  // namespace ui
