// Headless UI smoke test: every screen is drawn for several frames with no renderer, at phone and
// desktop sizes, every text size and theme. Any ImGui assert (Begin/End mismatch, ID stack) fails.
#include <catch2/catch.hpp>

#include "core/app_state.h"
#include "imgui.h"
#include "platform/native/test_hooks.h"
#include "platform/platform.h"
#include "platform/save.h"
#include "support.h"
#include "ui/ui.h"

using namespace core;

TEST_CASE("every screen draws for several frames at every size, text size and theme") {
  const Route routes[] = {{Screen::Home}, {Screen::Guide}, {Screen::Exercises}, {Screen::Exercise, "intimacy-map"},
                          {Screen::Timeout}, {Screen::Progress}, {Screen::Settings}, {Screen::Chapter, "no-such-chapter"}};
  for (float width : {320.0f, 390.0f, 1280.0f, 1920.0f}) {
    for (int text : {0, 3, 6}) {
      for (ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        TestApp app(width, 800, width < 500 ? 3.0f : 1.0f);
        app.state.settings.text_size_index = text;
        app.state.settings.theme = theme;
        for (const Route& r : routes) {
          Go(app.state.nav, r);
          REQUIRE_NOTHROW(app.Frames(3));
          CHECK(app.state.nav.route == r);
          CHECK_FALSE(app.host().last_mirror.empty());
        }
        if (!app.state.guide.chapters.empty()) {
          Go(app.state.nav, {Screen::Chapter, app.state.guide.chapters.front().id});
          REQUIRE_NOTHROW(app.Frames(3));
        }
      }
    }
  }
}

TEST_CASE("the home screen publishes its headings and the four parts with roles and names") {
  TestApp app(1280, 800, 1.0f);
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Welcome to Hearth"));
  for (const char* name : {"Read the guide", "Try an exercise", "Take a time-out", "See your progress"})
    CHECK(app.Find(Role::Button, name));
  for (const char* name : {"Guide", "Exercises", "Time-out", "Progress", "Settings"}) CHECK(app.Find(Role::Link, name));
}

TEST_CASE("activating a mirror item navigates, as a screen reader or keyboard would") {
  TestApp app(1280, 800, 2.0f);
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Take a time-out"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Timeout);
  const MirrorItem* cur = app.Find(Role::Link, "Time-out");
  REQUIRE(cur);
  CHECK(cur->current);
  REQUIRE(app.Activate(Role::Button, "Back to home"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Home);
}

TEST_CASE("a tap on a button's place clicks it exactly once") {
  TestApp app(390, 844, 3.0f);
  app.Frames(2);
  const MirrorItem* b = app.Find(Role::Button, "Try an exercise");
  REQUIRE(b);
  app.Tap(b->x + b->w / 2, b->y + b->h / 2);
  app.Frames(6);
  CHECK(app.state.nav.route.screen == Screen::Exercises);
  CHECK(app.state.nav.back.size() == 1);  // one click, one move
}

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

TEST_CASE("nothing published overlaps the navigation bar or leaves the window, at 320 px and 200 % text") {
  TestApp app(320, 640, 2.0f);
  app.state.settings.text_size_index = 6;
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

TEST_CASE("settings change the text size and theme at once and are saved after a short delay") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Settings});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Larger text"));
  app.Frames(1);
  CHECK(TextSizePercent(app.state.settings) == 115);
  REQUIRE(app.Activate(Role::Radio, "Dark"));
  app.Frames(1);
  CHECK(app.state.settings.theme == ThemeChoice::Dark);
  CHECK(app.host().storage.count(platform::kDocKey) == 0);  // throttled: not yet
  app.host().now_ms += 1000;
  app.Frames(1);
  REQUIRE(app.host().storage.count(platform::kDocKey) == 1);
  SavedDoc doc;
  REQUIRE(DocFromJson(app.host().storage[platform::kDocKey], doc).status == LoadStatus::Ok);
  CHECK(TextSizePercent(doc.settings) == 115);
  CHECK(doc.settings.theme == ThemeChoice::Dark);
}
