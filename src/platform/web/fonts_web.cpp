// The web's fonts: the browser's own text renderer draws every glyph (fonts.js), and this file
// packs Dear ImGui's atlas by the glyphs' measured boxes. The wasm carries no font file and no
// rasteriser (about 30 KB gzip of the first visit); the face is a local "Open Sans" where the
// device has one, else the system's UI font (fonts.js).
// The atlas is built through ImGui's own steps (custom rectangles as glyphs, ImFontAtlasBuildFinish),
// packed in shelves here, since stb_rect_pack lives inside imgui_draw.cpp. Its bytes hold only ImGui's
// own pieces (the white pixel, the line strokes): once the backend has made the texture from them,
// DrawGlyphsIfNeeded has the browser draw the glyphs into the texture itself, so no pixel is ever
// read back from a canvas (browsers that resist fingerprinting block or blur that).
#include "platform/web/fonts_web.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "imgui_internal.h"
#include "platform/fonts.h"

extern "C" {
// Writes per glyph 5 floats to `boxes`: left and top of its bitmap from the pen on the baseline, width,
// height (whole px) and advance, for `counts[i]` codepoints (in `cps`, face after face) at `em[i]`
// device px per em, bold when bold[i]. 0 when the browser cannot measure text.
int hearth_js_measure_glyphs(int faces, const float* em, const int* bold, const int* counts, const unsigned* cps,
                             float* boxes);
// Draws `n` glyphs (face, codepoint, pen x and y: 4 floats each) into the atlas texture, with the
// atlas's `n_rects` other pieces (x, y, w, h) copied from `alpha`. 0 when it could not.
int hearth_js_draw_glyphs(unsigned tex, int tex_w, int tex_h, int n, const float* glyphs, int n_rects,
                          const int* rects, const unsigned char* alpha);
void hearth_js_fatal(const char* message);  // frame.js: the page says the app cannot run, and why
}

namespace {

std::vector<platform::FaceRequest> g_faces;  // per atlas->ConfigData entry, for the build below
unsigned char g_no_file = 0;                 // ImGui wants some font data: the browser has the face
// The last build's glyphs for the browser to draw (face, codepoint, pen x, pen y) and ImGui's own
// pieces of the atlas (x, y, w, h), kept so a remade texture can be drawn again.
std::vector<float> g_glyphs;
std::vector<int> g_rects;
const ImFontAtlas* g_atlas = nullptr;
int g_used_h = 0;  // the atlas's rows that hold anything (the texture is a power of two taller)
bool g_glyphs_drawn = true;
const char* const kNoText = "This browser could not draw Hearth's text (its canvas text drawing is turned off).";

// Places every custom rectangle in shelves (tallest first) `width` px wide; returns the height used.
int PackShelves(ImFontAtlas* atlas, int width) {
  std::vector<int> order(atlas->CustomRects.Size);
  for (int i = 0; i < atlas->CustomRects.Size; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return atlas->CustomRects[a].Height > atlas->CustomRects[b].Height;
  });
  const int pad = atlas->TexGlyphPadding;
  int x = pad, y = pad, shelf = 0;
  for (int i : order) {
    ImFontAtlasCustomRect& r = atlas->CustomRects[i];
    if (x + r.Width + pad > width) {
      x = pad;
      y += shelf + pad;
      shelf = 0;
    }
    r.X = static_cast<unsigned short>(x);
    r.Y = static_cast<unsigned short>(y);
    x += r.Width + pad;
    shelf = std::max(shelf, static_cast<int>(r.Height));
  }
  return y + shelf + pad;
}

bool BuildWithBrowser(ImFontAtlas* atlas) {
  ImFontAtlasBuildInit(atlas);  // the white pixel and the baked lines
  g_glyphs.clear();
  g_rects.clear();
  const int n = atlas->ConfigData.Size;
  if (static_cast<int>(g_faces.size()) != n) return false;
  std::vector<float> em(n);
  std::vector<int> bold(n), counts(n);
  std::vector<unsigned> cps;
  for (int i = 0; i < n; ++i) {
    int before = static_cast<int>(cps.size());
    for (const ImWchar* r = atlas->ConfigData[i].GlyphRanges; r && r[0]; r += 2)
      for (unsigned c = r[0]; c <= r[1]; ++c) cps.push_back(c);
    em[i] = g_faces[i].em_px;
    bold[i] = g_faces[i].bold ? 1 : 0;
    counts[i] = static_cast<int>(cps.size()) - before;
  }
  std::vector<float> boxes(cps.size() * 5);
  if (!hearth_js_measure_glyphs(n, em.data(), bold.data(), counts.data(), cps.data(), boxes.data())) return false;

  // Each font's line box is Open Sans's, whichever face draws the glyphs (platform/fonts.h).
  std::vector<int> rect_of(cps.size(), -1), face_of(cps.size());
  for (int i = 0, k = 0; i < n; ++i) {
    ImFontConfig& cfg = atlas->ConfigData[i];
    float e = g_faces[i].em_px;
    float ascent = std::floor(e * platform::kAscentPerEm + 1);
    float descent = std::floor(-e * (platform::kLineHeightPerEm - platform::kAscentPerEm) - 1);
    ImFontAtlasBuildSetupFont(atlas, cfg.DstFont, &cfg, ascent, descent);
    for (int j = 0; j < counts[i]; ++j, ++k) {
      const float* b = &boxes[k * 5];
      float advance = std::round(b[4]);  // whole pixels, as PixelSnapH makes them
      face_of[k] = i;
      if (b[2] > 0 && b[3] > 0)
        rect_of[k] = atlas->AddCustomRectFontGlyph(cfg.DstFont, static_cast<ImWchar>(cps[k]), static_cast<int>(b[2]),
                                                   static_cast<int>(b[3]), advance, ImVec2(b[0], b[1] + ascent));
      else
        cfg.DstFont->AddGlyph(nullptr, static_cast<ImWchar>(cps[k]), 0, 0, 0, 0, 0, 0, 0, 0, advance);
    }
  }

  // The texture's width as ImGui's own builder picks it, from the area the glyphs need.
  float area = 0;
  for (const ImFontAtlasCustomRect& r : atlas->CustomRects) area += (r.Width + 1.0f) * (r.Height + 1.0f);
  float side = std::sqrt(area) + 1;
  atlas->TexWidth = side >= 4096 * 0.7f ? 4096 : side >= 2048 * 0.7f ? 2048 : side >= 1024 * 0.7f ? 1024 : 512;
  g_used_h = PackShelves(atlas, atlas->TexWidth);
  atlas->TexHeight = ImUpperPowerOfTwo(g_used_h);
  atlas->TexUvScale = ImVec2(1.0f / atlas->TexWidth, 1.0f / atlas->TexHeight);
  atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(atlas->TexWidth * atlas->TexHeight));
  std::memset(atlas->TexPixelsAlpha8, 0, atlas->TexWidth * atlas->TexHeight);
  ImFontAtlasBuildFinish(atlas);  // the white pixel, the lines, the glyphs from the rectangles, lookups

  // What the browser draws into the texture once the backend has made it (DrawGlyphsIfNeeded).
  for (std::size_t k = 0; k < cps.size(); ++k) {
    if (rect_of[k] < 0) continue;
    const ImFontAtlasCustomRect& r = atlas->CustomRects[rect_of[k]];
    g_glyphs.insert(g_glyphs.end(), {static_cast<float>(face_of[k]), static_cast<float>(cps[k]),
                                     r.X - boxes[k * 5], r.Y - boxes[k * 5 + 1]});
  }
  for (const ImFontAtlasCustomRect& r : atlas->CustomRects)
    if (!r.Font) g_rects.insert(g_rects.end(), {r.X, r.Y, r.Width, r.Height});
  g_atlas = atlas;
  g_glyphs_drawn = false;
  return true;
}

}  // namespace

// Called by ImFontAtlas::Build() in Hearth's web build (cmake/imgui_patches: draw_browser_fonts).
const ImFontBuilderIO* HearthFontBuilder() {
  static ImFontBuilderIO io;
  io.FontBuilder_Build = BuildWithBrowser;
  return &io;
}

namespace platform {

bool BuildFonts(ImFontAtlas* atlas, const FaceRequest* faces, int n, bool full, ImFont** out) {
  atlas->Clear();
  atlas->Flags |= ImFontAtlasFlags_NoMouseCursors;
  g_faces.assign(faces, faces + n);
  for (int i = 0; i < n; ++i) {
    ImFontConfig cfg;
    cfg.FontData = &g_no_file;
    cfg.FontDataSize = 1;
    cfg.FontDataOwnedByAtlas = true;  // not copied; Clear() must not free it: see below
    cfg.SizePixels = faces[i].em_px * kLineHeightPerEm;
    cfg.GlyphRanges = full ? kFontFullRanges : kFontFirstRanges;
    out[i] = atlas->AddFont(&cfg);
  }
  // ImGui frees the data it owns on Clear(): hand it nothing to free.
  bool ok = atlas->Build();
  for (ImFontConfig& c : atlas->ConfigData) c.FontData = nullptr;
  if (!ok) hearth_js_fatal(kNoText);
  return ok;
}

namespace web {

void GlyphsNeeded() { g_glyphs_drawn = false; }

void DrawGlyphsIfNeeded() {
  if (g_glyphs_drawn || !g_atlas || g_atlas != ImGui::GetIO().Fonts) return;
  auto tex = static_cast<unsigned>(reinterpret_cast<std::intptr_t>(g_atlas->TexID));
  if (!tex) return;
  g_glyphs_drawn = true;
  if (!hearth_js_draw_glyphs(tex, g_atlas->TexWidth, std::min(g_used_h, g_atlas->TexHeight), static_cast<int>(g_glyphs.size() / 4),
                             g_glyphs.data(), static_cast<int>(g_rects.size() / 4), g_rects.data(),
                             g_atlas->TexPixelsAlpha8))
    hearth_js_fatal(kNoText);
}

}  // namespace web
}  // namespace platform
