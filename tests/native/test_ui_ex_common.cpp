// The parts every exercise shares (ui/ex_common). The conflict exercises (I-statement coach, ground rules, after an argument) each show a short
// safety note near the top with one tap to the help lines; the lines are grouped by what they are for.
#include <catch2/catch.hpp>

#include "support.h"

using namespace core;

namespace {

const char* kNote =
    "Are you afraid of your partner, or is your partner afraid of you? Then these steps are not the right tool "
    "for now. You deserve real help, and it is free and private.";

}  // namespace

TEST_CASE("each conflict exercise shows the safety note near the top, and its link unfolds the help lines",
          "[ui][safety]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    for (const char* id : {"i-statement-coach", "ground-rules", "after-argument"}) {
      INFO(id << " at " << w);
      TestApp app(w, h, dpr);
      Go(app.state.nav, {Screen::Exercise, id, ""});
      app.Frames(3);
      const MirrorItem* note = app.Find(Role::Text, kNote);
      REQUIRE(note);
      CHECK_FALSE(note->offscreen);  // seen without scrolling
      const MirrorItem* link = app.Find(Role::Link, "Where to get help");
      REQUIRE(link);
      CHECK_FALSE(link->offscreen);
      CHECK_FALSE(app.Find(Role::Heading, "United States: National Domestic Violence Hotline"));  // folded

      REQUIRE(app.Activate(Role::Link, "Where to get help"));
      app.Frames(2);
      CHECK(app.state.nav.route == Route{Screen::Exercise, id, ""});  // stays on the exercise
      CHECK(app.Find(Role::Heading, "If a partner hurts, threatens or scares you"));
      CHECK(app.Find(Role::Heading, "If you worry about how you treat a partner"));
      CHECK(app.Find(Role::Heading, "United States: National Domestic Violence Hotline"));
      CHECK(app.Find(Role::Link, "www.thehotline.org"));
      CHECK(FindStarting(app, Role::Heading, "Australia: Men’s Referral Service"));

      REQUIRE(app.Activate(Role::Link, "Hide the help lines"));
      app.Frames(2);
      CHECK_FALSE(app.Find(Role::Heading, "United States: National Domestic Violence Hotline"));
      CHECK(app.Find(Role::Link, "Where to get help"));
    }
  }
}

TEST_CASE("the unfolded help lines fold again on another exercise", "[ui][safety]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Exercise, "ground-rules", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Link, "Where to get help"));
  app.Frames(2);
  CHECK(app.Find(Role::Link, "Hide the help lines"));
  Go(app.state.nav, {Screen::Exercise, "after-argument", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Link, "Where to get help"));
  CHECK_FALSE(app.Find(Role::Link, "Hide the help lines"));
}

TEST_CASE("exercises that are not about conflict carry no safety note", "[ui][safety]") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Exercise, "appreciation", ""});
  app.Frames(2);
  CHECK_FALSE(app.Find(Role::Text, kNote));
}

TEST_CASE("a help list without kinds is shown as one plain list, in its own order", "[ui][safety][embed]") {
  // An embedding site's list from before kinds existed: no group headings, each line as before.
  std::string help =
      "%5B%7B%22name%22%3A%22Riverside%20Line%22%2C%22phone%22%3A%22555-0100%22%2C%22country%22%3A%22Here%22%7D%2C"
      "%7B%22name%22%3A%22Hill%20Line%22%2C%22phone%22%3A%22555-0101%22%2C%22country%22%3A%22There%22%7D%5D";
  TestApp app(1280, 800, 1.0f, "?help=" + help);
  Go(app.state.nav, {Screen::Exercise, "i-statement-coach", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Link, "Where to get help"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Here: Riverside Line"));
  CHECK(app.Find(Role::Heading, "There: Hill Line"));
  CHECK_FALSE(FindStarting(app, Role::Heading, "If a partner hurts"));
  const auto& mirror = platform::Host().last_mirror;
  auto at = [&](const std::string& name) {
    for (size_t i = 0; i < mirror.size(); ++i)
      if (mirror[i].name == name) return static_cast<int>(i);
    return -1;
  };
  CHECK(at("Here: Riverside Line") < at("There: Hill Line"));
}
