// Navigation (core/nav): addresses, history, and following the page's address.
#include <algorithm>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/app/nav.h"

using namespace core;

TEST_CASE("RouteToHash and RouteFromHash round trip every screen", "[nav]") {
  struct Case {
    Route route;
    const char* hash;
  };
  const Case cases[] = {
      {{Screen::Home, "", ""}, "#/"},
      {{Screen::Guide, "", ""}, "#/guide"},
      {{Screen::Chapter, "what-intimacy-is", ""}, "#/guide/what-intimacy-is"},
      {{Screen::Chapter, "what-intimacy-is", "trust"}, "#/guide/what-intimacy-is/trust"},
      {{Screen::Chapter, "a1", "b-2"}, "#/guide/a1/b-2"},
      {{Screen::Exercises, "", ""}, "#/exercises"},
      {{Screen::Exercise, "intimacy-map", ""}, "#/exercise/intimacy-map"},
      {{Screen::Timeout, "", ""}, "#/timeout"},
      {{Screen::Progress, "", ""}, "#/progress"},
      {{Screen::Settings, "", ""}, "#/settings"},
  };
  for (const auto& c : cases) {
    INFO(c.hash);
    CHECK(RouteToHash(c.route) == c.hash);
    Route back{Screen::Timeout, "junk", "junk"};
    CHECK(RouteFromHash(c.hash, back));
    CHECK(back == c.route);
    CHECK(RouteToHash(back) == c.hash);
  }
}

TEST_CASE("RouteFromHash accepts small variations of a known address", "[nav]") {
  Route r;
  CHECK(RouteFromHash("", r));
  CHECK(r == Route{Screen::Home, "", ""});
  CHECK(RouteFromHash("#", r));
  CHECK(r.screen == Screen::Home);
  CHECK(RouteFromHash("#/guide/", r));
  CHECK(r == Route{Screen::Guide, "", ""});
  CHECK(RouteFromHash("/settings", r));
  CHECK(r.screen == Screen::Settings);
  CHECK(RouteFromHash("#/guide/kinds-of-intimacy/", r));
  CHECK(r == Route{Screen::Chapter, "kinds-of-intimacy", ""});
}

TEST_CASE("unknown addresses give Home and false", "[nav]") {
  for (const char* bad : {"#/nope", "#/guide/Bad_Id", "#/guide/ok/Bad!", "#/guide/a/b/c", "#/exercise",
                          "#/exercise/a/b", "#/exercise/UPPER", "#/settings/extra", "#/timeout/now",
                          "#/exercises/x", "#/progress/x", "#/../etc", "#/guide/<script>",
                          "#/guide/a%20b", "#/home"}) {
    INFO(bad);
    Route r{Screen::Chapter, "was", "here"};
    CHECK_FALSE(RouteFromHash(bad, r));
    CHECK(r == Route{});
    CHECK(r.screen == Screen::Home);
  }
  // Ids longer than 64 characters are refused.
  Route r;
  CHECK(RouteFromHash("#/guide/" + std::string(64, 'a'), r));
  CHECK_FALSE(RouteFromHash("#/guide/" + std::string(65, 'a'), r));
}

TEST_CASE("RouteFromTarget turns content links into routes", "[nav]") {
  Route r;
  CHECK(RouteFromTarget("chapter:conflict", r));
  CHECK(r == Route{Screen::Chapter, "conflict", ""});
  CHECK(RouteFromTarget("chapter:conflict#time-out", r));
  CHECK(r == Route{Screen::Chapter, "conflict", "time-out"});
  CHECK(RouteFromTarget("exercise:appreciation", r));
  CHECK(r == Route{Screen::Exercise, "appreciation", ""});
  CHECK(RouteFromTarget("timeout", r));
  CHECK(r.screen == Screen::Timeout);
  CHECK(RouteFromTarget("progress", r));
  CHECK(r.screen == Screen::Progress);
  CHECK(RouteFromTarget("settings", r));
  CHECK(r.screen == Screen::Settings);
  CHECK(RouteFromTarget("exercises", r));
  CHECK(r.screen == Screen::Exercises);
  CHECK(RouteFromTarget("guide", r));
  CHECK(r.screen == Screen::Guide);
  CHECK_FALSE(RouteFromTarget("https://example.org", r));
  CHECK_FALSE(RouteFromTarget("chapter:", r));
  CHECK_FALSE(RouteFromTarget("exercise:", r));
  CHECK_FALSE(RouteFromTarget("nowhere", r));
}

TEST_CASE("Go remembers where we came from and GoBack returns there", "[nav]") {
  Nav nav;
  nav.route_changed = false;
  nav.menu_open = true;
  CHECK_FALSE(GoBack(nav));  // nowhere to go back to
  CHECK(nav.route == Route{});

  Go(nav, {Screen::Guide});
  CHECK(nav.route == Route{Screen::Guide});
  CHECK(nav.route_changed);
  CHECK_FALSE(nav.menu_open);
  REQUIRE(nav.back.size() == 1);
  CHECK(nav.back[0] == Route{Screen::Home});

  Go(nav, {Screen::Chapter, "conflict", "time-out"});
  nav.route_changed = false;
  Go(nav, {Screen::Chapter, "conflict", "time-out"});  // the same place: no new history, no move
  CHECK(nav.back.size() == 2);
  CHECK_FALSE(nav.route_changed);

  Go(nav, {Screen::Chapter, "conflict", ""});  // another section of the same chapter is a move
  CHECK(nav.back.size() == 3);

  nav.route_changed = false;
  nav.menu_open = true;
  CHECK(GoBack(nav));
  CHECK(nav.route == Route{Screen::Chapter, "conflict", "time-out"});
  CHECK(nav.route_changed);
  CHECK_FALSE(nav.menu_open);
  CHECK(GoBack(nav));
  CHECK(nav.route == Route{Screen::Guide});
  CHECK(GoBack(nav));
  CHECK(nav.route == Route{Screen::Home});
  CHECK_FALSE(GoBack(nav));
  CHECK(nav.route == Route{Screen::Home});
}

TEST_CASE("history is bounded and keeps the most recent places", "[nav]") {
  Nav nav;
  for (int i = 0; i < 120; ++i) Go(nav, {Screen::Chapter, "c" + std::to_string(i), ""});
  CHECK(nav.back.size() <= 50);
  CHECK(nav.back.size() >= 10);
  CHECK(nav.back.back() == Route{Screen::Chapter, "c118", ""});
  const int depth = static_cast<int>(nav.back.size());
  int steps = 0;
  std::string prev = "c119";
  while (GoBack(nav)) {
    ++steps;
    // Each step goes one place further back.
    CHECK(nav.route.id == "c" + std::to_string(std::stoi(prev.substr(1)) - 1));
    prev = nav.route.id;
    REQUIRE(steps <= 50);
  }
  CHECK(steps == depth);
  CHECK(nav.back.empty());
}

TEST_CASE("ScreenTitle names every screen", "[nav]") {
  for (Screen s : {Screen::Home, Screen::Guide, Screen::Chapter, Screen::Exercises, Screen::Exercise, Screen::Timeout,
                   Screen::Progress, Screen::Settings})
    CHECK(std::string(ScreenTitle(s)).size() > 0);
  CHECK(std::string(ScreenTitle(Screen::Settings)) == "Settings");
  CHECK(std::string(ScreenTitle(Screen::Chapter)) == ScreenTitle(Screen::Guide));
}

TEST_CASE("FollowAddress follows Back/Forward and typed addresses, not the app's own", "[nav]") {
  Nav nav;
  nav.route_changed = false;

  CHECK_FALSE(FollowAddress(nav, ""));  // nothing asked
  CHECK(nav.route == Route{});

  CHECK(FollowAddress(nav, "#/guide/conflict/time-out"));
  CHECK(nav.route == Route{Screen::Chapter, "conflict", "time-out"});
  CHECK(nav.route_changed);
  REQUIRE(nav.back.size() == 1);
  CHECK(nav.back[0] == Route{Screen::Home});
  CHECK(nav.address == "#/guide/conflict/time-out");

  // Same page address on the next frame: nothing happens.
  nav.route_changed = false;
  CHECK_FALSE(FollowAddress(nav, "#/guide/conflict/time-out"));
  CHECK_FALSE(nav.route_changed);
  CHECK(nav.back.size() == 1);

  // The app moved and published its own address; seeing it on the page is not a new move.
  Go(nav, {Screen::Settings});
  nav.address = RouteToHash(nav.route);
  size_t depth = nav.back.size();
  nav.route_changed = false;
  CHECK_FALSE(FollowAddress(nav, "#/settings"));
  CHECK(nav.route == Route{Screen::Settings});
  CHECK(nav.back.size() == depth);
  CHECK_FALSE(nav.route_changed);

  // Back button in the browser: the page shows an older address.
  nav.menu_open = true;
  CHECK(FollowAddress(nav, "#/guide/conflict/time-out"));
  CHECK(nav.route == Route{Screen::Chapter, "conflict", "time-out"});
  CHECK_FALSE(nav.menu_open);

  // An unknown address opens Home and publishes Home's canonical address.
  CHECK(FollowAddress(nav, "#/no/such/place"));
  CHECK(nav.route == Route{Screen::Home});
  CHECK(nav.address == "#/");

  // An unknown address while already Home: no move.
  nav.route_changed = false;
  CHECK_FALSE(FollowAddress(nav, "#/still-nothing"));
  CHECK(nav.route == Route{Screen::Home});
  CHECK_FALSE(nav.route_changed);
}

TEST_CASE("TargetToHref gives a content link's address", "[nav]") {
  CHECK(TargetToHref("chapter:conflict") == "#/guide/conflict");
  CHECK(TargetToHref("chapter:conflict#real-issue") == "#/guide/conflict/real-issue");
  CHECK(TargetToHref("exercise:ground-rules") == "#/exercise/ground-rules");
  CHECK(TargetToHref("timeout") == "#/timeout");
  CHECK(TargetToHref("progress") == "#/progress");
  CHECK(TargetToHref("settings") == "#/settings");
  CHECK(TargetToHref("exercises") == "#/exercises");
  CHECK(TargetToHref("guide") == "#/guide");
  CHECK(TargetToHref("home") == "#/");
  CHECK(TargetToHref("https://www.thehotline.org/") == "https://www.thehotline.org/");
  CHECK(TargetToHref("http://example.com/") == "");
  CHECK(TargetToHref("javascript:alert(1)") == "");
  CHECK(TargetToHref("chapter:") == "");
  CHECK(TargetToHref("nowhere") == "");
}
