// The After an argument screen (ui/ex_after) driven headlessly on an injected clock.
#include <catch2/catch.hpp>
#include <map>

#include "core/base/calendar.h"
#include "support.h"

using namespace core;

TEST_CASE("after an argument: write, tick needs, use a repair idea, save, open and delete", "[ui][ex][after]") {
  TestApp app(390, 844, 3.0f);
  Open(app, "after-argument", kTestNow);
  CHECK(app.Find(Role::Heading, "After an argument"));
  CHECK_FALSE(app.Find(Role::Button, "Save this reflection") == nullptr);
  CHECK(app.Find(Role::Button, "Save this reflection")->disabled);
  Type(app, "What the argument was about on the surface", "The bins, again");
  REQUIRE(app.Activate(Role::Checkbox, "Taken for granted"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Checkbox, "Unheard"));
  app.Frames(2);
  Type(app, "What I need now", "A plan we both keep");
  REQUIRE(app.Activate(Role::Button, "Use this repair idea"));
  app.Frames(2);
  CHECK_FALSE(app.state.doc.ex.after.draft.repair.empty());
  REQUIRE(app.Activate(Role::Button, "Save this reflection"));
  app.Frames(2);
  REQUIRE(app.state.doc.ex.after.entries.size() == 1);
  const AfterEntry& e = app.state.doc.ex.after.entries[0];
  CHECK(e.surface == "The bins, again");
  CHECK(AfterNeedsText(e) == "Taken for granted, unheard");
  CHECK(e.need == "A plan we both keep");
  CHECK(TimesDone(app.state.doc.ex, "after-argument") == 1);
  CHECK_FALSE(AfterHasContent(app.state.doc.ex.after.draft));  // the form is empty again
  CHECK(HasText(app, "Saved. You will find it below"));

  std::string label = DayLabel(LocalDay(kTestNow, 0)) + ": The bins, again";
  REQUIRE(app.Activate(Role::Button, "Open the reflection from " + label));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Really about"));
  CHECK(HasText(app, "Taken for granted, unheard"));
  REQUIRE(app.Activate(Role::Button, "Delete the reflection from " + label));
  app.Frames(2);
  CHECK(app.state.doc.ex.after.entries.size() == 1);
  REQUIRE(app.Activate(Role::Button, "Yes, delete the reflection from " + label));
  app.Frames(2);
  CHECK(app.state.doc.ex.after.entries.empty());

  REQUIRE(app.Activate(Role::Link, "Still upset? Take a time-out first"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Timeout);
}

TEST_CASE("after an argument links to the guide's real-issue section", "[ui][ex][after]") {
  TestApp app(1280, 800, 1.0f);
  Open(app, "after-argument", kTestNow);
  REQUIRE(app.Activate(Role::Link, "Read: Finding the real issue"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Chapter);
  CHECK(app.state.nav.route.id == "conflict");
  CHECK(app.state.nav.route.section == "real-issue");
}
