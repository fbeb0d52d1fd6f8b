// Every exercise screen draws headlessly at a phone and a desktop size, is reachable from the
// Exercises list, and leads back to it.
#include <catch2/catch.hpp>

#include "core/catalog.h"
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

TEST_CASE("quick exit is one press away on every screen, and can be tried from Settings", "[ui][quickexit]") {
  for (float w : {320.0f, 1280.0f}) {
    TestApp app(w, 700, 2.0f);
    for (Screen sc : {Screen::Home, Screen::Guide, Screen::Exercises, Screen::Timeout, Screen::Progress}) {
      Go(app.state.nav, {sc, "", ""});
      app.Frames(2);
      const MirrorItem* b = app.Find(Role::Button, "Quick exit: leave Hearth now for a neutral site");
      REQUIRE(b);
      CHECK_FALSE(b->offscreen);
    }
    CHECK(app.host().quick_exits == 0);
    REQUIRE(app.Activate(Role::Button, "Quick exit: leave Hearth now for a neutral site"));
    app.Frames(1);
    CHECK(app.host().quick_exits == 1);
    Go(app.state.nav, {Screen::Settings, "", ""});
    app.Frames(2);
    REQUIRE(app.Activate(Role::Button, "Try quick exit now (Back brings you to Hearth's home page)"));
    app.Frames(1);
    CHECK(app.host().quick_exits == 2);
  }
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

TEST_CASE("the navigation bar's items form the navigation landmark; the page's do not", "[ui][a11y]") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Progress, "", ""});
  app.Frames(2);
  const MirrorItem* guide = app.Find(Role::Link, "Guide");
  const MirrorItem* exit = app.Find(Role::Button, "Quick exit: leave Hearth now for a neutral site");
  const MirrorItem* title = app.Find(Role::Heading, "Progress");
  REQUIRE(guide);
  REQUIRE(exit);
  REQUIRE(title);
  CHECK(guide->in_nav);
  CHECK(exit->in_nav);
  CHECK_FALSE(title->in_nav);
  CHECK(SerializeMirror({*guide}).find("\"nav\":1") != std::string::npos);
  CHECK(SerializeMirror({*title}).find("\"nav\"") == std::string::npos);
}

TEST_CASE("a control keeps its mirror id when its label changes (focus is not lost)", "[ui][a11y]") {
  TestApp app(390, 844, 2.0f);
  app.Frames(2);
  const MirrorItem* menu = app.Find(Role::Button, "Menu");
  REQUIRE(menu);
  uint32_t id = menu->id;
  REQUIRE(app.Activate(Role::Button, "Menu"));
  app.Frames(2);
  REQUIRE(app.state.nav.menu_open);
  menu = app.Find(Role::Button, "Menu");
  REQUIRE(menu);
  CHECK(menu->id == id);  // drawn as "Close", the same element for screen readers and focus
  CHECK(menu->expanded);
}

TEST_CASE("a storage notice is announced once to screen readers when it appears", "[ui][a11y]") {
  platform::Host() = platform::NativeHost{};
  TestApp app(390, 844, 2.0f);
  app.state.save.notice = "Progress can't be saved here.";
  app.Frames(3);
  int said = 0;
  for (const auto& a : app.host().announcements) said += a == "Progress can't be saved here.";
  CHECK(said == 1);
  REQUIRE(app.Activate(Role::Button, "Dismiss notice"));
  app.Frames(2);
  CHECK(app.state.save.notice.empty());
}

TEST_CASE("a guide list is published as list items, with its links inside their item", "[ui][a11y]") {
  TestApp app(1280, 4000, 1.0f);  // tall: the whole chapter on screen
  Go(app.state.nav, {Screen::Chapter, "what-intimacy-is", ""});
  app.Frames(3);
  const auto& m = app.host().last_mirror;
  const MirrorItem* item = nullptr;
  for (const auto& it : m)
    if (it.role == Role::Text && it.list && it.name.rfind("What intimacy is made of:", 0) == 0) item = &it;
  REQUIRE(item);
  int in_same_list = 0;
  for (const auto& it : m) in_same_list += it.list == item->list;
  CHECK(in_same_list >= 2);
  const MirrorItem* link = app.Find(Role::Link, "What intimacy is made of");
  REQUIRE(link);
  CHECK(link->inside == item->id);
  CHECK(SerializeMirror({*item}).find("\"ls\":") != std::string::npos);
  const MirrorItem* para = nullptr;  // a paragraph is not a list item
  for (const auto& it : m)
    if (it.role == Role::Text && it.name.rfind("Most of us want", 0) == 0) para = &it;
  REQUIRE(para);
  CHECK(para->list == 0);
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
