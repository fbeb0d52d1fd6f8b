// The native stand-in's fonts: Open Sans regular and bold, subset at build time and embedded
// (generated/font_data.cpp), rasterised by Dear ImGui's stb_truetype. Bold has no Latin Extended-A of
// its own (CMakeLists.txt): a bold font in the full atlas takes those letters from the regular face,
// as a browser falls back to another font.
#include <cstddef>

#include "core/app/font_metrics.h"
#include "platform/fonts.h"

extern const unsigned char kFont_OpenSans_Regular[];
extern const std::size_t kFont_OpenSans_Regular_size;
extern const unsigned char kFont_OpenSans_Bold[];
extern const std::size_t kFont_OpenSans_Bold_size;

namespace platform {
namespace {

const ImWchar kExtendedA[] = {0x0100, 0x017F, 0};

ImFont* Add(ImFontAtlas* atlas, const unsigned char* data, std::size_t size, float px, const ImWchar* ranges,
            bool merge = false) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // ImGui keeps its own copy
  cfg.OversampleH = 1;               // drawn at device size: no sub-pixel copies (keeps the atlas small)
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  cfg.MergeMode = merge;             // into the font added just before
  return atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), px, &cfg, ranges);
}

}  // namespace

bool BuildFonts(ImFontAtlas* atlas, const FaceRequest* faces, int n, bool full, ImFont** out) {
  atlas->Clear();
  atlas->Flags |= ImFontAtlasFlags_NoMouseCursors;
  core::FontVMetrics m;  // both faces share Open Sans's vertical metrics
  core::ReadFontVMetrics(kFont_OpenSans_Regular, kFont_OpenSans_Regular_size, m);
  for (int i = 0; i < n; ++i) {
    float px = core::ImGuiSizeForEm(m, faces[i].em_px);
    if (!faces[i].bold) {
      out[i] = Add(atlas, kFont_OpenSans_Regular, kFont_OpenSans_Regular_size, px, full ? kFontFullRanges : kFontFirstRanges);
      continue;
    }
    out[i] = Add(atlas, kFont_OpenSans_Bold, kFont_OpenSans_Bold_size, px, kFontFirstRanges);
    if (full) Add(atlas, kFont_OpenSans_Regular, kFont_OpenSans_Regular_size, px, kExtendedA, true);
  }
  return atlas->Build();
}

}  // namespace platform
