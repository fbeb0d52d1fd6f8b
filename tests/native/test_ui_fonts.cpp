// The font atlas: the first one leaves out Latin Extended-A (faster first frame); text that needs it
// makes that frame be drawn again, unseen, with the full atlas, whose shared glyphs are the same.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cfloat>
#include <vector>

#include "core/app/settings.h"
#include "core/app/step.h"
#include "support.h"
#include "ui/widgets/richtext.h"

TEST_CASE("a frame that draws a glyph the first atlas lacks is not shown; the next has the full atlas",
          "[ui][fonts]") {
  TestApp app(1280, 800, 1);
  app.Frames(2);
  const ui::Fonts& f = ui::GetFonts();
  REQUIRE(f.body);
  CHECK_FALSE(f.full);
  CHECK(f.body->FindGlyphNoFallback(0x00E9));        // é: Latin-1 is in the first atlas
  CHECK(f.body->FindGlyphNoFallback(0x2019));        // ’
  CHECK_FALSE(f.body->FindGlyphNoFallback(0x0142));  // ł is not
  const float a_advance = f.body->FindGlyph('A')->AdvanceX;
  const float e_advance = f.h1->FindGlyph(0x00E9)->AdvanceX;
  CHECK_FALSE(ui::NeedsFullGlyphs());
  const int discarded = app.host().frames_discarded, drawn = app.host().frames_drawn;

  // A frame whose text has ł (a person's own words): drawn with a stand-in, so not shown.
  platform::BeginFrame(app.state);
  core::Step(app.state, platform::Storage());  // as app::RunFrame does, before drawing
  if (ui::PrepareFrame(app.state)) platform::FontsChanged();
  ImGui::NewFrame();
  ui::Draw(app.state);
  ImGui::Begin("words");
  ImGui::TextUnformatted("Micha\xC5\x82 and \xC5\x81\xC3\xB3" "d\xC5\xBA");  // Michał and Łódź
  ImGui::End();
  ImGui::Render();
  CHECK(ui::NeedsFullGlyphs());
  if (ui::NeedsFullGlyphs()) platform::DiscardPicture();
  platform::EndFrame(app.state);
  CHECK(app.host().frames_discarded == discarded + 1);
  CHECK(app.host().frames_requested > 0);

  app.Frames(1);  // the next frame builds the full atlas
  const ui::Fonts& g = ui::GetFonts();
  CHECK(g.full);
  CHECK_FALSE(ui::NeedsFullGlyphs());
  CHECK(g.body->FindGlyphNoFallback(0x0142));
  CHECK(g.body->FindGlyphNoFallback(0x0141));
  // Bold has no Latin Extended-A of its own: its fonts take those letters from the regular face
  // (same advance as the regular ł at that size), and keep their own bold letters.
  for (const ImFont* b : {g.bold, g.h1, g.h2}) {
    const ImFontGlyph* l = b->FindGlyphNoFallback(0x0142);
    REQUIRE(l);
    CHECK(l->AdvanceX == Approx(g.body->FindGlyph(0x0142)->AdvanceX * b->FontSize / g.body->FontSize).margin(1.0));
    CHECK(b->FindGlyph('M')->AdvanceX * g.body->FontSize != Approx(g.body->FindGlyph('M')->AdvanceX * b->FontSize).margin(0.5));
  }
  CHECK(g.body->FindGlyph('A')->AdvanceX == a_advance);  // shared glyphs unchanged
  CHECK(g.h1->FindGlyph(0x00E9)->AdvanceX == e_advance);
  CHECK(app.host().frames_drawn == drawn + 2);
  CHECK(app.host().frames_discarded == discarded + 1);

  app.Frames(2);  // stays full, no more discarded frames
  CHECK(ui::GetFonts().full);
  CHECK(app.host().frames_discarded == discarded + 1);
}

// Text is sized by the em, as CSS sizes it (ImGui's own size is the taller ascent-to-descent height).
TEST_CASE("body text is 16 CSS px to the em at 100 %, titles 1.6 em, and small text never under 13 px", "[ui][fonts]") {
  for (float dpr : {1.0f, 2.0f, 3.0f}) {
    TestApp app(390, 844, dpr);
    app.Frames(1);
    const ui::Fonts& f = ui::GetFonts();
    auto css_em = [&](const ImFont* font) { return font->FontSize / f.height_per_em / dpr; };
    CHECK(f.height_per_em == Approx(2789.0f / 2048.0f));
    CHECK(css_em(f.body) == Approx(16.0f));
    CHECK(css_em(f.h1) == Approx(25.6f));
    CHECK(css_em(f.small) == Approx(13.6f));
    // A line of body text measures what 16 px Open Sans measures in a browser: "The quick brown fox"
    // is 19,397 font units wide in Open Sans Regular at 2048 to the em (sum of its advance widths).
    ImVec2 w = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, 0, "The quick brown fox");
    CHECK(w.x / dpr == Approx(16.0f * 19397 / 2048).epsilon(0.03));
    // The smallest text size (85 %): body shrinks, small text stays at 13 px.
    for (int i = 0; i < 3; ++i) core::StepTextSize(app.state.doc.settings, -1);
    REQUIRE(core::TextSizePercent(app.state.doc.settings) == 85);
    app.Frames(1);
    CHECK(css_em(f.body) == Approx(13.6f));
    CHECK(css_em(f.small) == Approx(13.0f));
  }
}

// Italic has no face of its own: emphasis is the regular face slanted about the baseline, from the
// first frame (no font to fetch), with the regular face's advances.
namespace {
// The vertices one RichText block added to the window's draw list, drawn in one frame.
std::vector<ImDrawVert> DrawnBlock(TestApp& app, const char* markup) {
  std::vector<ImDrawVert> out;
  platform::BeginFrame(app.state);
  core::Step(app.state, platform::Storage());
  if (ui::PrepareFrame(app.state)) platform::FontsChanged();
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(600, 200));
  ImGui::Begin("block", nullptr, ImGuiWindowFlags_NoDecoration);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  int start = dl->VtxBuffer.Size;
  ui::RichText(app.state, markup);
  out.assign(dl->VtxBuffer.Data + start, dl->VtxBuffer.Data + dl->VtxBuffer.Size);
  ImGui::End();
  ImGui::Render();
  platform::EndFrame(app.state);
  return out;
}
}  // namespace

TEST_CASE("italic text is the regular face slanted about its baseline, from the first frame", "[ui][fonts]") {
  TestApp app(1280, 800, 1);
  app.Frames(1);
  const ui::Fonts& f = ui::GetFonts();
  REQUIRE(f.body);
  std::vector<ImDrawVert> plain = DrawnBlock(app, "lift");
  std::vector<ImDrawVert> slant = DrawnBlock(app, "*lift*");
  REQUIRE(plain.size() == slant.size());  // the same glyphs, the same quads
  REQUIRE_FALSE(plain.empty());
  float baseline = 0;  // the quads' lowest bottom ("lift" has no descender): the baseline, give or take
  for (const ImDrawVert& v : plain) baseline = std::max(baseline, v.pos.y);
  int moved = 0;
  for (size_t i = 0; i < plain.size(); ++i) {
    INFO("vertex " << i);
    CHECK(slant[i].pos.y == plain[i].pos.y);  // nothing moves up or down
    CHECK(slant[i].uv.x == plain[i].uv.x);    // the regular face's glyphs
    float dx = slant[i].pos.x - plain[i].pos.x;
    CHECK(dx >= -ui::kObliqueSlant * 2);  // at most a hair left of the baseline (a glyph's bottom edge)
    if (plain[i].pos.y < baseline - f.body->FontSize * 0.4f) {  // high in the line: leans right
      CHECK(dx > f.body->FontSize * 0.4f * ui::kObliqueSlant * 0.9f);
      ++moved;
    }
  }
  CHECK(moved > 0);
  // Plain text after it stays upright, and starts where it would after regular text.
  std::vector<ImDrawVert> after_plain = DrawnBlock(app, "lift lift");
  std::vector<ImDrawVert> after_slant = DrawnBlock(app, "*lift* lift");
  REQUIRE(after_plain.size() == after_slant.size());
  for (size_t i = plain.size(); i < after_plain.size(); ++i) CHECK(after_slant[i].pos.x == after_plain[i].pos.x);
}
