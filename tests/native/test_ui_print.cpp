// Printing from the screens: every exercise's worksheet (blank or with the person's answers) and a
// chapter as an article, with the practice's name when Hearth came from one.
#include <catch2/catch.hpp>

#include "core/exercises/catalog.h"
#include "core/exercises/worksheet.h"
#include "support.h"

using namespace core;

TEST_CASE("every exercise's screen prints its worksheet, blank or with the person's answers", "[ui][print]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    app.state.doc.ex.after.draft.surface = "who forgot the keys";
    for (const ExerciseInfo& e : Exercises()) {
      INFO(e.id << " at " << w);
      Go(app.state.nav, {Screen::Exercise, e.id, ""});
      app.Frames(3);
      REQUIRE(app.Find(Role::Heading, "On paper"));
      size_t before = app.host().printed_docs.size();
      REQUIRE(app.Activate(Role::Button, "Print a blank worksheet"));
      app.Frames(1);
      REQUIRE(app.host().printed_docs.size() == before + 1);
      CHECK(app.host().printed_docs.back().title == e.title);
      CHECK_FALSE(app.host().printed_docs.back().filled);
      REQUIRE(app.Activate(Role::Button, "Print with my answers"));
      app.Frames(1);
      REQUIRE(app.host().printed_docs.size() == before + 2);
      CHECK(app.host().printed_docs.back().filled);
    }
    // After an argument's pair: the draft is on the filled sheet only.
    bool with = false, without = true;
    for (size_t i = 0; i < app.host().printed_docs.size(); ++i) {
      const PrintDoc& d = app.host().printed_docs[i];
      if (d.title != "After an argument") continue;
      bool has = app.host().printed[i].find("who forgot the keys") != std::string::npos;
      if (d.filled) with = with || has;
      else without = without && !has;
    }
    CHECK(with);
    CHECK(without);
  }
}

TEST_CASE("a chapter prints as an article: its sections, sources and the privacy line", "[ui][print]") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Chapter, "conflict", ""});
  app.Frames(3);
  REQUIRE(app.Activate(Role::Button, "Print this chapter"));
  app.Frames(1);
  REQUIRE(app.host().printed_docs.size() == 1);
  const PrintDoc& d = app.host().printed_docs[0];
  int idx = app.state.guide.Find("conflict");
  REQUIRE(idx >= 0);
  const Chapter& c = app.state.guide.chapters[static_cast<size_t>(idx)];
  CHECK(d.title == c.title);
  CHECK(d.subtitle.find("Chapter " + std::to_string(idx + 1) + " of ") == 0);
  int headings = 0, sections = 0;
  for (const Block& b : c.blocks) sections += b.type == BlockType::Heading;
  for (const PrintBlock& b : d.blocks) headings += b.kind == PrintKind::Heading && b.level == 2;
  CHECK(headings == sections + 2);  // the chapter's sections, "Try this" and "Sources"
  CHECK(app.host().printed[0].find(c.sources.front()) != std::string::npos);
  CHECK(d.footer == kPrintPrivacyLine);
  CHECK(d.org.empty());
}

TEST_CASE("the practice's name goes on printed pages, from the embedding site or a homework link", "[ui][print]") {
  TestApp app(1280, 800, 1.0f, "?org=Riverside%20Counseling");
  Go(app.state.nav, {Screen::Exercise, "appreciation", ""});
  app.Frames(3);
  REQUIRE(app.Activate(Role::Button, "Print a blank worksheet"));
  app.Frames(1);
  REQUIRE(app.host().printed_docs.size() == 1);
  CHECK(app.host().printed_docs[0].org == "Riverside Counseling");

  TestApp client(1280, 800, 1.0f);
  client.state.doc.homework.from = "Oak Street Therapy";
  Go(client.state.nav, {Screen::Chapter, "conflict", ""});
  client.Frames(3);
  REQUIRE(client.Activate(Role::Button, "Print this chapter"));
  client.Frames(1);
  REQUIRE(client.host().printed_docs.size() == 1);
  CHECK(client.host().printed_docs[0].org == "Oak Street Therapy");
}
