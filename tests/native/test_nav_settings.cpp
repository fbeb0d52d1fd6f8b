// Navigation (addresses, history, following the page's address), settings rules, and palette contrast.
#include <algorithm>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/nav.h"
#include "core/palette.h"
#include "core/settings.h"

using namespace core;

// ---- addresses ----------------------------------------------------------------------------

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

// ---- history --------------------------------------------------------------------------------

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

// ---- following the page's address ---------------------------------------------------------

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

// ---- settings -------------------------------------------------------------------------------

TEST_CASE("TextSizePercent is always a step of the table, clamped", "[settings]") {
  Settings s;
  CHECK(TextSizePercent(s) == 100);  // the default
  CHECK(TextScale(s) == Approx(1.0f));
  for (int i = 0; i < static_cast<int>(kTextSizes.size()); ++i) {
    s.text_size_index = i;
    CHECK(TextSizePercent(s) == kTextSizes[i]);
    CHECK(TextScale(s) == Approx(kTextSizes[i] / 100.0f));
  }
  s.text_size_index = -1;
  CHECK(TextSizePercent(s) == 85);
  s.text_size_index = -1000000;
  CHECK(TextSizePercent(s) == 85);
  s.text_size_index = 7;
  CHECK(TextSizePercent(s) == 200);
  s.text_size_index = 2147483647;
  CHECK(TextSizePercent(s) == 200);
  CHECK(TextScale(s) == Approx(2.0f));
}

TEST_CASE("StepTextSize moves one step and stays in range", "[settings]") {
  Settings s;
  StepTextSize(s, +1);
  CHECK(TextSizePercent(s) == 115);
  StepTextSize(s, -1);
  StepTextSize(s, -1);
  CHECK(TextSizePercent(s) == 85);
  CHECK(s.text_size_index == 0);
  StepTextSize(s, -1);  // already the smallest
  CHECK(s.text_size_index == 0);
  for (int i = 0; i < 20; ++i) StepTextSize(s, +1);
  CHECK(s.text_size_index == static_cast<int>(kTextSizes.size()) - 1);
  CHECK(TextSizePercent(s) == 200);
  // A damaged index is brought back into range before stepping.
  s.text_size_index = 99;
  StepTextSize(s, -1);
  CHECK(s.text_size_index == 5);
  s.text_size_index = -7;
  StepTextSize(s, +1);
  CHECK(s.text_size_index == 1);
  s.text_size_index = 3;
  StepTextSize(s, 1000);
  CHECK(s.text_size_index == 6);
  StepTextSize(s, -1000);
  CHECK(s.text_size_index == 0);
}

TEST_CASE("ResolveTheme: the person's choice, the system's, and more contrast wins", "[settings]") {
  Settings s;
  SystemPrefs sys;
  s.theme = ThemeChoice::System;
  sys.prefers_dark = false;
  CHECK(ResolveTheme(s, sys) == Theme::Light);
  sys.prefers_dark = true;
  CHECK(ResolveTheme(s, sys) == Theme::Dark);

  s.theme = ThemeChoice::Light;
  CHECK(ResolveTheme(s, sys) == Theme::Light);  // the person's pick beats the system's dark
  s.theme = ThemeChoice::Dark;
  sys.prefers_dark = false;
  CHECK(ResolveTheme(s, sys) == Theme::Dark);

  sys.prefers_more_contrast = true;
  for (ThemeChoice t : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark})
    for (bool dark : {false, true}) {
      s.theme = t;
      sys.prefers_dark = dark;
      CHECK(ResolveTheme(s, sys) == Theme::HighContrast);
    }
}

TEST_CASE("ReduceMotion is on when the app or the system asks for it", "[settings]") {
  Settings s;
  SystemPrefs sys;
  CHECK_FALSE(ReduceMotion(s, sys));
  s.reduce_motion = true;
  CHECK(ReduceMotion(s, sys));
  s.reduce_motion = false;
  sys.prefers_reduced_motion = true;
  CHECK(ReduceMotion(s, sys));
  s.reduce_motion = true;
  CHECK(ReduceMotion(s, sys));
}

TEST_CASE("theme choice names round trip", "[settings]") {
  CHECK(std::string(ThemeChoiceName(ThemeChoice::System)) == "system");
  CHECK(std::string(ThemeChoiceName(ThemeChoice::Light)) == "light");
  CHECK(std::string(ThemeChoiceName(ThemeChoice::Dark)) == "dark");
  for (ThemeChoice t : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark}) {
    ThemeChoice back = t == ThemeChoice::Dark ? ThemeChoice::Light : ThemeChoice::Dark;
    CHECK(ThemeChoiceFromName(ThemeChoiceName(t), back));
    CHECK(back == t);
  }
  for (const char* bad : {"", "Dark", "LIGHT", "high-contrast", "dark "}) {
    ThemeChoice out = ThemeChoice::Light;
    INFO(bad);
    CHECK_FALSE(ThemeChoiceFromName(bad, out));
    CHECK(out == ThemeChoice::Light);  // untouched
  }
}

// ---- palettes ---------------------------------------------------------------------------------

TEST_CASE("ContrastRatio follows WCAG 2", "[palette]") {
  const Rgb black{0, 0, 0}, white{255, 255, 255};
  CHECK(ContrastRatio(black, white) == Approx(21.0));
  CHECK(ContrastRatio(white, black) == Approx(21.0));
  CHECK(ContrastRatio(white, white) == Approx(1.0));
  CHECK(ContrastRatio(black, black) == Approx(1.0));
  CHECK(ContrastRatio(Rgb{0x77, 0x33, 0xAA}, Rgb{0x77, 0x33, 0xAA}) == Approx(1.0));
  // Known values: #767676 on white is the classic 4.54:1; #777777 just fails AA (4.48:1).
  CHECK(ContrastRatio(Rgb{0x76, 0x76, 0x76}, white) == Approx(4.54).epsilon(0.005));
  CHECK(ContrastRatio(Rgb{0x77, 0x77, 0x77}, white) == Approx(4.48).epsilon(0.005));
  // Pure red on white is about 4:1.
  CHECK(ContrastRatio(Rgb{255, 0, 0}, white) == Approx(3.998).epsilon(0.001));
  // Symmetric and within 1..21.
  const Rgb samples[] = {{0, 0, 0}, {12, 200, 40}, {128, 128, 128}, {250, 10, 90}, {255, 255, 255}};
  for (Rgb a : samples)
    for (Rgb b : samples) {
      double r = ContrastRatio(a, b);
      CHECK(r == Approx(ContrastRatio(b, a)));
      CHECK(r >= 1.0);
      CHECK(r <= 21.0 + 1e-9);
    }
}

TEST_CASE("every theme meets WCAG AA for text and 3:1 for controls", "[palette]") {
  struct Named {
    Theme theme;
    const char* name;
  };
  for (Named t : {Named{Theme::Light, "light"}, Named{Theme::Dark, "dark"}, Named{Theme::HighContrast, "contrast"}}) {
    const Palette& p = PaletteFor(t.theme);
    INFO("theme " << t.name);
    CHECK(ContrastRatio(p.text, p.bg) >= 4.5);
    CHECK(ContrastRatio(p.muted, p.bg) >= 4.5);
    CHECK(ContrastRatio(p.on_accent, p.accent) >= 4.5);
    CHECK(ContrastRatio(p.link, p.bg) >= 4.5);
    CHECK(ContrastRatio(p.border, p.bg) >= 3.0);
    CHECK(ContrastRatio(p.focus, p.bg) >= 3.0);
    // Error text is readable where fields sit, and is not the grey of secondary text.
    CHECK(ContrastRatio(p.error, p.bg) >= 4.5);
    CHECK(ContrastRatio(p.error, p.surface) >= 4.5);
    CHECK(p.error.r - std::max(p.error.g, p.error.b) >= 0x40);  // a clear red, not the grey of muted text
    // Text stays readable on cards too.
    CHECK(ContrastRatio(p.text, p.surface) >= 4.5);
  }
  // High contrast really has more contrast than the ordinary themes.
  CHECK(ContrastRatio(PaletteFor(Theme::HighContrast).text, PaletteFor(Theme::HighContrast).bg) >=
        ContrastRatio(PaletteFor(Theme::Light).text, PaletteFor(Theme::Light).bg));
  CHECK(ContrastRatio(PaletteFor(Theme::HighContrast).text, PaletteFor(Theme::HighContrast).bg) == Approx(21.0));
  // The themes are distinct.
  CHECK(PaletteFor(Theme::Light).bg.r != PaletteFor(Theme::Dark).bg.r);
}
