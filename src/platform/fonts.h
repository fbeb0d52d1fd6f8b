// The fonts' glyphs, rasterised by the platform into Dear ImGui's atlas.
//   web: the browser draws each glyph with its own text renderer into a canvas (a local "Open Sans",
//        else the system's UI font), so the wasm carries no font file and no rasteriser.
//   native (tests): Open Sans regular and bold, subset at build time, through stb_truetype.
// Either way the line box is Open Sans's (ascent 2189, descent 600 per 2048 of the em), so a page
// lays out the same whichever face draws it.
#pragma once
#include "imgui.h"

namespace platform {

struct FaceRequest {
  float em_px = 16;  // device px per em
  bool bold = false;
};

// Latin-1, Latin Extended-A, General Punctuation, euro sign, replacement character.
inline constexpr ImWchar kFontFullRanges[] = {0x0020, 0x017F, 0x2010, 0x203A, 0x20AC, 0x20AC, 0xFFFD, 0xFFFD, 0};
// The first atlas leaves out Latin Extended-A (a third of the glyphs, and of the time to first frame
// spent rasterising them): Hearth's own words never use it, so only a person's own text can.
inline constexpr ImWchar kFontFirstRanges[] = {0x0020, 0x00FF, 0x2010, 0x203A, 0x20AC, 0x20AC, 0xFFFD, 0xFFFD, 0};

// Open Sans's line box over its em: ImGui's font size (ascent to descent) for one em.
inline constexpr float kLineHeightPerEm = 2789.0f / 2048.0f;
inline constexpr float kAscentPerEm = 2189.0f / 2048.0f;

// Clears `atlas`, adds one font per request (with kFontFullRanges when `full`, else kFontFirstRanges)
// into out[i], and builds it. False when the platform could not draw the glyphs.
bool BuildFonts(ImFontAtlas* atlas, const FaceRequest* faces, int n, bool full, ImFont** out);

}  // namespace platform
