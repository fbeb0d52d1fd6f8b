// Font atlas: Open Sans regular and bold, subset at build time and embedded in the wasm; italic is
// the regular face slanted (SlantSince). Bold has no Latin Extended-A of its own (see kExtendedA).
// Glyphs are rasterised at the final device size (CSS size x dpr x text size), never scaled
// bitmaps, so text is crisp at any pixel ratio and zoom.
#include "ui/widgets/fonts.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>

#include "core/app/font_metrics.h"

extern const unsigned char kFont_OpenSans_Regular[];
extern const std::size_t kFont_OpenSans_Regular_size;
extern const unsigned char kFont_OpenSans_Bold[];
extern const std::size_t kFont_OpenSans_Bold_size;

namespace ui {
namespace {
Fonts g_fonts;  // render resource owned by the atlas; not application state

// Latin-1, Latin Extended-A, General Punctuation, euro sign, replacement character.
const ImWchar kFullRanges[] = {0x0020, 0x017F, 0x2010, 0x203A, 0x20AC, 0x20AC, 0xFFFD, 0xFFFD, 0};
// The first atlas leaves out Latin Extended-A (a third of the glyphs, and of the time to first frame
// spent rasterising them): Hearth's own words never use it, so only a person's own text can. The
// first frame that asks for such a glyph is not shown; the next one is drawn with the full atlas
// (Dear ImGui 1.86 cannot add glyphs to a built atlas). Every glyph is rasterised on its own, so the
// glyphs both atlases share look exactly the same.
const ImWchar kFirstRanges[] = {0x0020, 0x00FF, 0x2010, 0x203A, 0x20AC, 0x20AC, 0xFFFD, 0xFFFD, 0};
bool g_need_full = false;  // a frame asked for a glyph that only the full atlas has

// Latin Extended-A alone: the bold face's subset leaves it out (CMakeLists.txt), so a bold font in the
// full atlas takes these letters from the regular face, as a browser falls back to another font.
const ImWchar kExtendedA[] = {0x0100, 0x017F, 0};

bool InFullOnly(unsigned int c) { return c >= 0x0100 && c <= 0x017F; }

ImFont* Add(ImFontAtlas* atlas, const unsigned char* data, std::size_t size, float px, const ImWchar* ranges,
            bool merge = false) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // static data, not heap
  cfg.OversampleH = 1;               // drawn at device size: no sub-pixel copies (keeps the atlas small)
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  cfg.MergeMode = merge;             // into the font added just before
  return atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), px, &cfg, ranges);
}

ImFont* AddBold(ImFontAtlas* atlas, float px, bool full) {
  ImFont* f = Add(atlas, kFont_OpenSans_Bold, kFont_OpenSans_Bold_size, px, kFirstRanges);
  if (full) Add(atlas, kFont_OpenSans_Regular, kFont_OpenSans_Regular_size, px, kExtendedA, true);
  return f;
}
}  // namespace

const Fonts& GetFonts() { return g_fonts; }

float Em() { return ImGui::GetFontSize() / g_fonts.height_per_em; }

bool NeedsFullGlyphs() { return g_need_full && !g_fonts.full; }

bool EnsureFonts(float scale, float dpr) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  bool same_atlas = atlas == g_fonts.atlas && !atlas->Fonts.empty() && atlas->Fonts[0] == g_fonts.body;
  bool full = g_need_full || (same_atlas && g_fonts.full);  // once full, rebuilt full (size changes)
  if (scale == g_fonts.scale && dpr == g_fonts.dpr && same_atlas && full == g_fonts.full)
    return false;
  atlas->Clear();
  atlas->Flags |= ImFontAtlasFlags_NoMouseCursors;
  const ImWchar* ranges = full ? kFullRanges : kFirstRanges;
  core::FontVMetrics m;  // both faces share Open Sans's vertical metrics
  core::ReadFontVMetrics(kFont_OpenSans_Regular, kFont_OpenSans_Regular_size, m);
  g_fonts.height_per_em = core::ImGuiSizeForEm(m, 1.0f);
  float px = core::ImGuiSizeForEm(m, kBodyEmPx * scale);
  g_fonts.body = Add(atlas, kFont_OpenSans_Regular, kFont_OpenSans_Regular_size, px, ranges);
  g_fonts.bold = AddBold(atlas, px, full);
  g_fonts.h1 = AddBold(atlas, px * 1.6f, full);
  g_fonts.h2 = AddBold(atlas, px * 1.25f, full);
  float small_em = std::max(kBodyEmPx * kSmallEmRatio * scale, kSmallMinPx * dpr);
  g_fonts.small = Add(atlas, kFont_OpenSans_Regular, kFont_OpenSans_Regular_size, core::ImGuiSizeForEm(m, small_em), ranges);
  atlas->Build();
  g_fonts.scale = scale;
  g_fonts.dpr = dpr;
  g_fonts.atlas = atlas;
  g_fonts.full = full;
  g_need_full = false;
  return true;
}

void SlantSince(ImDrawList* dl, int vtx_start, float baseline_y) {
  for (int i = vtx_start; i < dl->VtxBuffer.Size; ++i) {
    ImVec2& p = dl->VtxBuffer.Data[i].pos;
    p.x += (baseline_y - p.y) * kObliqueSlant;
  }
}

}  // namespace ui

void HearthGlyphMissing(unsigned int codepoint) {
  if (ui::InFullOnly(codepoint)) ui::g_need_full = true;
}
