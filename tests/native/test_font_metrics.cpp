// Reading a font's em from its file, so text can be sized the way the web sizes it.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <vector>

#include "core/app/font_metrics.h"

namespace {
void Put16(std::vector<unsigned char>& b, std::size_t at, int v) {
  b[at] = static_cast<unsigned char>((v >> 8) & 0xFF);
  b[at + 1] = static_cast<unsigned char>(v & 0xFF);
}
void Put32(std::vector<unsigned char>& b, std::size_t at, unsigned v) {
  Put16(b, at, static_cast<int>(v >> 16));
  Put16(b, at + 2, static_cast<int>(v & 0xFFFF));
}
// A minimal font file: the table directory with 'head' and 'hhea' and nothing else.
std::vector<unsigned char> TinyFont(int upem, int ascent, int descent) {
  std::vector<unsigned char> b(12 + 2 * 16 + 54 + 36, 0);
  Put32(b, 0, 0x00010000u);
  Put16(b, 4, 2);
  const char* tags[2] = {"hhea", "head"};
  unsigned offs[2] = {12 + 32 + 54, 12 + 32};
  unsigned lens[2] = {36, 54};
  for (int i = 0; i < 2; ++i) {
    for (int k = 0; k < 4; ++k) b[12 + i * 16 + k] = static_cast<unsigned char>(tags[i][k]);
    Put32(b, 12 + i * 16 + 8, offs[i]);
    Put32(b, 12 + i * 16 + 12, lens[i]);
  }
  Put16(b, offs[1] + 18, upem);
  Put16(b, offs[0] + 4, ascent);
  Put16(b, offs[0] + 6, descent & 0xFFFF);
  return b;
}
}  // namespace

TEST_CASE("the em is read from the font's head and hhea tables", "[fonts]") {
  auto f = TinyFont(1000, 800, -200);
  core::FontVMetrics m;
  REQUIRE(core::ReadFontVMetrics(f.data(), f.size(), m));
  CHECK(m.units_per_em == 1000);
  CHECK(m.ascent == 800);
  CHECK(m.descent == -200);
  CHECK(core::ImGuiSizeForEm(m, 16.0f) == Approx(16.0f));  // height == em for this font
  auto g = TinyFont(2048, 2189, -600);
  REQUIRE(core::ReadFontVMetrics(g.data(), g.size(), m));
  CHECK(core::ImGuiSizeForEm(m, 16.0f) == Approx(16.0f * 2789 / 2048));
}

TEST_CASE("data that is not a whole font is refused, and the size falls back", "[fonts]") {
  auto f = TinyFont(2048, 2189, -600);
  core::FontVMetrics m;
  CHECK_FALSE(core::ReadFontVMetrics(f.data(), 40, m));  // cut inside the tables
  CHECK_FALSE(core::ReadFontVMetrics(nullptr, 0, m));
  auto bad = f;
  bad[0] = 'P';  // not a font signature
  CHECK_FALSE(core::ReadFontVMetrics(bad.data(), bad.size(), m));
  auto zero = TinyFont(0, 2189, -600);
  CHECK_FALSE(core::ReadFontVMetrics(zero.data(), zero.size(), m));
  auto flat = TinyFont(2048, 0, 0);
  CHECK_FALSE(core::ReadFontVMetrics(flat.data(), flat.size(), m));
  CHECK(m.units_per_em == 0);  // untouched on failure
  CHECK(core::ImGuiSizeForEm(m, 10.0f) == Approx(10.0f * 2789 / 2048));
}

TEST_CASE("Debian's Open Sans, the font Hearth embeds, has an em of 2048 and a height of 2789", "[fonts]") {
  std::ifstream in("/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf", std::ios::binary);
  REQUIRE(in.good());  // installed by the project's set-up (fonts-open-sans)
  std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  core::FontVMetrics m;
  REQUIRE(core::ReadFontVMetrics(data.data(), data.size(), m));
  CHECK(m.units_per_em == 2048);
  CHECK(m.ascent - m.descent == 2789);
}
