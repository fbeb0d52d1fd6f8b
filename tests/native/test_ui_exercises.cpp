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
