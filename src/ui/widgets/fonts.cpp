// The fonts Hearth draws with: five sizes and weights, rasterised by the platform (platform/fonts.h)
// at the final device size (CSS size x dpr x text size), never scaled bitmaps, so text is crisp at any
// pixel ratio and zoom. Italic is the regular face slanted (SlantSince).
#include "ui/widgets/fonts.h"

#include <algorithm>

#include "platform/fonts.h"

namespace ui {
namespace {
Fonts g_fonts;  // render resource owned by the atlas; not application state

// The first atlas leaves out Latin Extended-A (platform/fonts.h). The first frame that asks for such
// a glyph is not shown; the next one is drawn with the full atlas (Dear ImGui 1.86 cannot add glyphs
// to a built atlas). Every glyph is rasterised on its own, so the glyphs both atlases share look
// exactly the same.
bool g_need_full = false;  // a frame asked for a glyph that only the full atlas has

bool InFullOnly(unsigned int c) { return c >= 0x0100 && c <= 0x017F; }

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
  float small_em = std::max(kBodyEmPx * kSmallEmRatio * scale, kSmallMinPx * dpr);
  float body_em = kBodyEmPx * scale;
  const platform::FaceRequest faces[5] = {{body_em, false}, {body_em, true}, {body_em * 1.6f, true},
                                          {body_em * 1.25f, true}, {small_em, false}};
  ImFont* made[5] = {};
  platform::BuildFonts(atlas, faces, 5, full, made);
  g_fonts.body = made[0];
  g_fonts.bold = made[1];
  g_fonts.h1 = made[2];
  g_fonts.h2 = made[3];
  g_fonts.small = made[4];
  g_fonts.height_per_em = made[0] && made[0]->FontSize > 0 ? made[0]->FontSize / body_em : platform::kLineHeightPerEm;
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
