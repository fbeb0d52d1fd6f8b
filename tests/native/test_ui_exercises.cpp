// The Exercises list (ui/exercises): every exercise screen draws headlessly at a phone and a desktop
// size, is reachable from the list and from a chapter's Try this, and leads back; what is typed in an
// exercise is saved as a draft.
#include <catch2/catch.hpp>

#include "core/exercises/catalog.h"
#include "support.h"

using namespace core;

TEST_CASE("the Exercises list opens every exercise, and each leads back", "[ui][exercises]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    for (const auto& e : Exercises()) {
      Go(app.state.nav, {Screen::Exercises, "", ""});
      app.Frames(2);
      CHECK(app.Find(Role::Heading, "Exercises"));
      INFO(e.id);
      REQUIRE(app.Activate(Role::Link, e.title));
      app.Frames(2);
      CHECK(app.state.nav.route.screen == Screen::Exercise);
      CHECK(app.state.nav.route.id == e.id);
      CHECK(app.Find(Role::Heading, e.title));
      CHECK(app.host().address == std::string("#/exercise/") + e.id);
      REQUIRE(app.Activate(Role::Link, "< All exercises"));
      app.Frames(2);
      CHECK(app.state.nav.route.screen == Screen::Exercises);
    }
  }
}

TEST_CASE("an unknown exercise address says so and offers the list", "[ui][exercises]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Exercise, "no-such-thing", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Exercise not found"));
  REQUIRE(app.Activate(Role::Button, "All exercises"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Exercises);
}

TEST_CASE("every exercise is offered by some chapter's Try this, and the link opens it", "[ui][exercises]") {
  TestApp app(1280, 800, 1.0f);
  for (const auto& e : Exercises()) {
    INFO(e.id);
    const Chapter* from = nullptr;
    for (const auto& c : app.state.guide.chapters)
      for (const auto& t : c.try_this)
        if (t.target == std::string("exercise:") + e.id && !from) from = &c;
    REQUIRE(from);
  }
  // Follow one for real: chapter 7's "Try this" list leads to the ground rules.
  Go(app.state.nav, {Screen::Chapter, "conflict", ""});
  app.Frames(3);
  std::string text;
  for (const auto& t : app.state.guide.chapters[6].try_this)
    if (t.target == "exercise:ground-rules") text = t.text;
  REQUIRE(!text.empty());
  REQUIRE(app.Activate(Role::Link, text));
  app.Frames(2);
  CHECK(app.state.nav.route == Route{Screen::Exercise, "ground-rules", ""});
}

TEST_CASE("an exercise card is one target: a tap on its words opens it", "[ui][exercises][tap]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    INFO(w);
    TestApp app(w, h, dpr);
    Go(app.state.nav, {Screen::Exercises, "", ""});
    app.Frames(3);
    const ExerciseInfo& e = Exercises()[1];  // the daily check-in
    const auto& mirror = app.host().last_mirror;
    int link = -1, line = -1;
    for (int i = 0; i < static_cast<int>(mirror.size()); ++i) {
      if (mirror[i].role == Role::Link && mirror[i].name == e.title) link = i;
      if (mirror[i].role == Role::Text && mirror[i].name == e.line) line = i;
    }
    REQUIRE(link >= 0);
    REQUIRE(line >= 0);
    CHECK(link + 1 == line);  // one link named with the title, then the card's words
    MirrorItem card = mirror[link], words = mirror[line];
    CHECK(card.h >= 44);
    CHECK(card.y <= words.y);  // the link's target covers the description...
    CHECK(card.y + card.h >= words.y + words.h);
    CHECK(card.x <= words.x);
    CHECK(card.x + card.w >= words.x + words.w);
    // ... and a tap on the description opens the exercise.
    app.Tap(words.x + words.w * 0.5f, words.y + words.h * 0.5f);
    app.Frames(4);
    CHECK(app.state.nav.route.screen == Screen::Exercise);
    CHECK(app.state.nav.route.id == e.id);
  }
}

TEST_CASE("what is typed is saved as a draft: a reload loses nothing", "[ui][ex][journal]") {
  std::map<std::string, std::string> storage;
  {
    TestApp app(390, 844, 3.0f);
    Open(app, "appreciation", kTestNow);
    Type(app, "Something I appreciated today", "Half a thou");
    Go(app.state.nav, {Screen::Exercise, "after-argument", ""});
    app.Frames(2);
    Type(app, "What I need now", "Time to talk");
    Go(app.state.nav, {Screen::Exercise, "daily-check-in", ""});
    app.Frames(2);
    Type(app, "Second name (optional)", "Jo");
    app.host().now_ms += 3000;
    app.Frames(2);  // the throttled save
    storage = app.host().storage;
  }
  TestApp app(390, 844, 3.0f);
  app.host().storage = storage;
  core::LoadSaved(app.state, platform::Storage());
  CHECK(app.state.doc.ex.appreciation.draft == "Half a thou");
  CHECK(app.state.doc.ex.after.draft.need == "Time to talk");
  CHECK(app.state.doc.ex.checkin.name_b == "Jo");
}
