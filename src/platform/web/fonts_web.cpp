// The web's fonts: the browser rasterises every glyph with its own text renderer (fonts.js draws them
// all into one canvas and reads its pixels once), and this file packs them into Dear ImGui's atlas.
// The wasm carries no font file and no rasteriser (about 30 KB gzip of the first visit); the face
// is a local "Open Sans" where the device has one, else the system's UI font (fonts.js).
// The atlas is built through ImGui's own steps (custom rectangles as glyphs, ImFontAtlasBuildFinish),
// packed in shelves here, since stb_rect_pack lives inside imgui_draw.cpp.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "imgui_internal.h"
#include "platform/fonts.h"

extern "C" {
// Draws `counts[i]` codepoints (in `cps`, face after face) at `em[i]` device px per em, bold when
// bold[i]. Writes per glyph 5 floats to `boxes`: left and top of its bitmap from the pen on the
// baseline, width, height (whole px) and advance; returns the glyphs' alpha bitmaps one after the
// other (malloc'd, the caller frees), or null when the browser cannot draw text into a canvas.
unsigned char* hearth_js_raster_glyphs(int faces, const float* em, const int* bold, const int* counts,
                                       const unsigned* cps, float* boxes);
}

namespace {

std::vector<platform::FaceRequest> g_faces;  // per atlas->ConfigData entry, for the build below
unsigned char g_no_file = 0;                 // ImGui wants some font data: the browser has the face

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
  unsigned char* bitmaps = hearth_js_raster_glyphs(n, em.data(), bold.data(), counts.data(), cps.data(), boxes.data());
  if (!bitmaps) return false;

  // Each font's line box is Open Sans's, whichever face drew the glyphs (platform/fonts.h).
  std::vector<int> rect_of(cps.size(), -1);
  for (int i = 0, k = 0; i < n; ++i) {
    ImFontConfig& cfg = atlas->ConfigData[i];
    float e = g_faces[i].em_px;
    float ascent = std::floor(e * platform::kAscentPerEm + 1);
    float descent = std::floor(-e * (platform::kLineHeightPerEm - platform::kAscentPerEm) - 1);
    ImFontAtlasBuildSetupFont(atlas, cfg.DstFont, &cfg, ascent, descent);
    for (int j = 0; j < counts[i]; ++j, ++k) {
      const float* b = &boxes[k * 5];
      float advance = std::round(b[4]);  // whole pixels, as PixelSnapH makes them
      if (b[2] > 0 && b[3] > 0)
        rect_of[k] = atlas->AddCustomRectFontGlyph(cfg.DstFont, static_cast<ImWchar>(cps[k]), static_cast<int>(b[2]),
                                                   static_cast<int>(b[3]), advance, ImVec2(b[0], b[1] + ascent));
      else
        cfg.DstFont->AddGlyph(nullptr, static_cast<ImWchar>(cps[k]), 0, 0, 0, 0, 0, 0, 0, 0, advance);
    }
  }

  int area = 0;
  for (const ImFontAtlasCustomRect& r : atlas->CustomRects) area += (r.Width + 1) * (r.Height + 1);
  atlas->TexWidth = area > 1024 * 1024 / 2 ? 2048 : area > 512 * 512 / 2 ? 1024 : 512;
  atlas->TexHeight = ImUpperPowerOfTwo(PackShelves(atlas, atlas->TexWidth));
  atlas->TexUvScale = ImVec2(1.0f / atlas->TexWidth, 1.0f / atlas->TexHeight);
  atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(atlas->TexWidth * atlas->TexHeight));
  std::memset(atlas->TexPixelsAlpha8, 0, atlas->TexWidth * atlas->TexHeight);
  const unsigned char* src = bitmaps;
  for (std::size_t k = 0; k < cps.size(); ++k) {
    int w = static_cast<int>(boxes[k * 5 + 2]), h = static_cast<int>(boxes[k * 5 + 3]);
    if (rect_of[k] < 0) continue;
    const ImFontAtlasCustomRect& r = atlas->CustomRects[rect_of[k]];
    for (int y = 0; y < h; ++y)
      std::memcpy(atlas->TexPixelsAlpha8 + (r.Y + y) * atlas->TexWidth + r.X, src + y * w, w);
    src += w * h;
  }
  std::free(bitmaps);
  ImFontAtlasBuildFinish(atlas);  // the white pixel, the lines, the glyphs from the rectangles, lookups
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
  return ok;
}

}  // namespace platform
