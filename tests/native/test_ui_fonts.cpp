// The font atlas: the first one leaves out Latin Extended-A (faster first frame); text that needs it
// makes that frame be drawn again, unseen, with the full atlas, whose shared glyphs are the same.
#include <catch2/catch.hpp>

#include <cfloat>

#include "core/app/settings.h"
#include "core/app/step.h"
#include "support.h"

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

// The italic face is not inside the app: it arrives after the first frame (the browser fetches it
// with the guide's file). Until then italic text is drawn with the regular face; when its bytes come
// the atlas is rebuilt once and italic text has its own glyphs.
TEST_CASE("italic text is drawn with the regular face until the italic face arrives, then with its own", "[ui][fonts]") {
  TestApp app(390, 844, 2);
  app.host().italic_at_start = false;  // the test hands the bytes over itself
  app.Frames(2);
  const ui::Fonts& f = ui::GetFonts();
  REQUIRE(f.body);
  CHECK_FALSE(ui::HasItalicFace());
  CHECK(f.italic == f.body);  // the stand-in: the regular face
  const float regular_f = f.body->FindGlyph('f')->AdvanceX;
  CHECK(f.italic->FindGlyph('f')->AdvanceX == regular_f);

  // Bytes that are not the italic face (an error page) are refused: italic stays regular, no rebuild.
  app.state.frame.in.italic_face = "<!doctype html><title>Not found</title>";
  CHECK_FALSE(ui::PrepareFrame(app.state));
  CHECK_FALSE(ui::HasItalicFace());
  app.Frames(1);
  CHECK(ui::GetFonts().italic == ui::GetFonts().body);

  // The bytes arrive: the next frame rebuilds the atlas once, with true italics.
  app.host().next.italic_face = std::string(platform::NativeItalicFile());
  platform::BeginFrame(app.state);
  core::Step(app.state, platform::Storage());
  CHECK(ui::PrepareFrame(app.state));  // rebuilt
  CHECK(app.state.frame.in.italic_face.empty());
  ImGui::NewFrame();
  ui::Draw(app.state);
  ImGui::Render();
  platform::EndFrame(app.state);
  const ui::Fonts& g = ui::GetFonts();
  CHECK(ui::HasItalicFace());
  REQUIRE(g.italic);
  CHECK(g.italic != g.body);
  CHECK(g.italic->FindGlyphNoFallback('f'));
  CHECK(g.italic->FindGlyph('f')->AdvanceX != g.body->FindGlyph('f')->AdvanceX);
  CHECK(g.body->FindGlyph('f')->AdvanceX == regular_f);  // the regular face is unchanged

  // Once: later frames do not rebuild it.
  platform::BeginFrame(app.state);
  core::Step(app.state, platform::Storage());
  CHECK_FALSE(ui::PrepareFrame(app.state));
  ImGui::NewFrame();
  ui::Draw(app.state);
  ImGui::Render();
  platform::EndFrame(app.state);
  CHECK(ui::HasItalicFace());
}

TEST_CASE("the native platform hands the italic face over with the first frame", "[ui][fonts]") {
  TestApp app(390, 844, 1);
  app.Frames(1);
  CHECK(ui::HasItalicFace());
  CHECK(ui::GetFonts().italic != ui::GetFonts().body);
}
