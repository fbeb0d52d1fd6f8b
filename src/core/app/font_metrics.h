// What one em of a TrueType/OpenType font is, in the units Dear ImGui sizes fonts by.
// ImGui (through stb_truetype's ScaleForPixelHeight) makes a font's ascent-to-descent height equal
// the size it is given; the web sizes text by the em. Open Sans's height is 2789/2048 of its em, so
// "17 px" in ImGui is about 12.5 px of CSS text. These functions read the ratio from the font file.
#pragma once
#include <cstddef>

namespace core {

struct FontVMetrics {
  int units_per_em = 0;  // 'head' table
  int ascent = 0;        // 'hhea' table: what stb_truetype uses for the height
  int descent = 0;       // negative below the baseline
};

// Reads the metrics from a font file in memory. False when the data is not a font with 'head' and
// 'hhea' tables inside it (truncated, another format, a zero em).
bool ReadFontVMetrics(const unsigned char* data, std::size_t size, FontVMetrics& out);

// The ImGui size that draws text `em_px` pixels to the em: em_px x (ascent - descent) / units per em.
// Falls back to em_px x 1.3618 (Open Sans's ratio) when the metrics are not usable.
float ImGuiSizeForEm(const FontVMetrics& m, float em_px);

}  // namespace core
