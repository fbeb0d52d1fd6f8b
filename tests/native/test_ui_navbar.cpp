// The navigation bar (ui/navbar): the menu on narrow screens, its landmark, quick exit, and room for the page.
#include <catch2/catch.hpp>
#include <string>

#include "support.h"

using namespace core;

TEST_CASE("the narrow layout folds navigation into a menu that opens and closes") {
  TestApp app(320, 640, 2.0f);
  app.Frames(2);
  CHECK(app.Find(Role::Link, "Time-out"));   // always one tap away
  CHECK_FALSE(app.Find(Role::Link, "Progress"));
  const MirrorItem* menu = app.Find(Role::Button, "Menu");
  REQUIRE(menu);
  CHECK(menu->has_expanded);
  CHECK_FALSE(menu->expanded);
  app.Activate(Role::Button, "Menu");
  app.Frames(2);
  REQUIRE(app.Find(Role::Link, "Progress"));
  CHECK(app.Find(Role::Button, "Menu")->expanded);
  app.Activate(Role::Link, "Progress");
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Progress);
  CHECK_FALSE(app.state.nav.menu_open);
}

TEST_CASE("the menu button says open in the same frame its links appear, and closed when they go") {
  TestApp app(320, 640, 2.0f);
  app.Frames(2);
  for (int round = 0; round < 2; ++round) {  // open, then close
    app.Activate(Role::Button, "Menu");
    for (int i = 0; i < 3; ++i) {
      app.Frame();
      const MirrorItem* menu = app.Find(Role::Button, "Menu");
      REQUIRE(menu);
      INFO("round " << round << ", frame " << i);
      CHECK(menu->expanded == (app.Find(Role::Link, "Progress") != nullptr));
    }
    CHECK(app.state.nav.menu_open == (round == 0));
  }
}

TEST_CASE("nothing published overlaps the navigation bar or leaves the window, at 320 px and 200 % text") {
  TestApp app(320, 640, 2.0f);
  app.state.doc.settings.text_size_index = 6;
  for (Screen sc : {Screen::Home, Screen::Settings, Screen::Guide}) {
    Go(app.state.nav, {sc});
    app.Frames(3);
    for (const MirrorItem& m : app.host().last_mirror) {
      if (m.offscreen) continue;
      INFO(m.name);
      CHECK(m.x >= -0.5f);
      CHECK(m.x + m.w <= 320.5f);
    }
  }
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
