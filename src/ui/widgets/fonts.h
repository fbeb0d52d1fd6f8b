// The fonts Hearth draws with, rasterised for the current device pixel ratio and text size.
#pragma once
#include <string>

#include "imgui.h"

namespace ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* italic = nullptr;  // the regular face (body) until the italic face's bytes arrive
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

// The italic face is not inside the app: its bytes come after the first frame (the browser fetches
// italic.<hash>.ttf with the guide's file; the native build hands them over at start), as
// FrameInput::italic_face. Until then italic text is drawn with the regular face. Takes the bytes
// when they are an Open Sans face (the same vertical metrics as the regular one); the next
// EnsureFonts rebuilds the atlas once with them. Empty bytes forget the face (a fresh page, in tests).
// Returns true when the bytes were taken.
bool SetItalicFace(std::string bytes);
bool HasItalicFace();  // the atlas draws italic text with its own face

}  // namespace ui
