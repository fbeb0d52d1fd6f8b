// The Appreciation moments screen (ui/ex_appreciation) driven headlessly on an injected clock.
#include <catch2/catch.hpp>
#include <map>

#include "core/base/calendar.h"
#include "support.h"

using namespace core;

TEST_CASE("appreciation: save today's line, edit it, copy it, delete it after a confirm", "[ui][ex][appreciation]") {
  TestApp app(390, 844, 3.0f);
  Open(app, "appreciation", kTestNow);
  CHECK(app.Find(Role::Heading, "Appreciation moments"));
  CHECK(HasText(app, "Nothing noted yet in November"));
  REQUIRE(app.Activate(Role::Button, "Stuck? Give me an idea"));
  app.Frames(2);
  CHECK(HasText(app, "Try this: "));
  CHECK(app.Find(Role::Button, "Another idea"));
  Type(app, "Something I appreciated today", "They warmed the car for me");
  REQUIRE(app.Activate(Role::Button, "Save today's moment"));
  app.Frames(2);
  int today = LocalDay(kTestNow, 0);
  REQUIRE(AppreciationOn(app.state.doc.ex.appreciation, today));
  CHECK(AppreciationOn(app.state.doc.ex.appreciation, today)->text == "They warmed the car for me");
  CHECK(TimesDone(app.state.doc.ex, "appreciation") == 1);
  CHECK(HasText(app, "Days with a moment in November: 1."));
  CHECK_FALSE(app.Find(Role::TextBox, "Something I appreciated today"));

  REQUIRE(app.Activate(Role::Button, "Edit today's moment"));
  app.Frames(2);
  const MirrorItem* box = app.Find(Role::TextBox, "Something I appreciated today");
  REQUIRE(box);
  CHECK(box->value_text == "They warmed the car for me");
  Type(app, "Something I appreciated today", "They warmed the car, and left me a note");
  REQUIRE(app.Activate(Role::Button, "Save changes to today's moment"));
  app.Frames(2);
  CHECK(app.state.doc.ex.appreciation.entries.size() == 1);
  CHECK(app.state.doc.ex.appreciation.entries[0].text == "They warmed the car, and left me a note");
  CHECK(TimesDone(app.state.doc.ex, "appreciation") == 1);  // an edit is not a second day

  REQUIRE(app.Activate(Role::Button, "Copy to share"));
  app.Frames(2);
  REQUIRE(!app.host().copied.empty());
  CHECK(app.host().copied.back() == "Something I appreciated on Monday 23 November 2026: They warmed the car, and left me a note");

  REQUIRE(app.Activate(Role::Button, "Delete the moment from today"));
  app.Frames(2);
  CHECK(app.state.doc.ex.appreciation.entries.size() == 1);  // not yet: it asks first
  REQUIRE(app.Activate(Role::Button, "Keep the moment from today"));
  app.Frames(2);
  CHECK(app.state.doc.ex.appreciation.entries.size() == 1);
  REQUIRE(app.Activate(Role::Button, "Delete the moment from today"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, delete the moment from today"));
  app.Frames(2);
  CHECK(app.state.doc.ex.appreciation.entries.empty());
  CHECK(app.Find(Role::TextBox, "Something I appreciated today"));
}

TEST_CASE("appreciation: earlier days are listed newest first with their own copy and delete", "[ui][ex][appreciation]") {
  TestApp app(1280, 800, 1.0f);
  int today = LocalDay(kTestNow, 0);
  SaveAppreciation(app.state.doc.ex.appreciation, today - 1, "Yesterday's soup", 1);
  SaveAppreciation(app.state.doc.ex.appreciation, today - 5, "A long hug", 1);
  Open(app, "appreciation", kTestNow);
  CHECK(app.Find(Role::Heading, "Earlier moments"));
  std::string y = DayLabel(today - 1), old = DayLabel(today - 5);
  REQUIRE(app.Activate(Role::Button, "Copy the moment from " + old));
  app.Frames(2);
  REQUIRE(!app.host().copied.empty());
  CHECK(app.host().copied.back().find("A long hug") != std::string::npos);
  REQUIRE(app.Activate(Role::Button, "Delete the moment from " + y));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, delete the moment from " + y));
  app.Frames(2);
  REQUIRE(app.state.doc.ex.appreciation.entries.size() == 1);
  CHECK(app.state.doc.ex.appreciation.entries[0].text == "A long hug");
}
