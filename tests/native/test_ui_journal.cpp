// The Daily check-in, Appreciation moments and After an argument screens driven headlessly through
// the mirror on an injected clock: a whole check-in records a done day; appreciation save, edit,
// copy and delete; an after-argument reflection saved, opened and deleted; drafts survive a reload.
#include <catch2/catch.hpp>
#include <map>

#include "core/calendar.h"
#include "support.h"

using namespace core;

namespace {

constexpr double kNow = 1795396800000.0;  // 2026-11-23 20:00 UTC

}  // namespace

TEST_CASE("a whole check-in: four timed turns with a cue each, roles swap, and the day is recorded",
          "[ui][ex][checkin]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    Open(app, "daily-check-in", kNow);
    CHECK(app.Find(Role::Heading, "Daily check-in"));
    Type(app, "First name (optional)", "Robin");
    CHECK(app.Find(Role::Radio, "Robin talks first"));
    REQUIRE(app.Activate(Role::Button, "Longer turns"));
    app.Frames(2);
    CHECK(app.state.ex.checkin.turn_sec == 180);
    REQUIRE(app.Activate(Role::Button, "Shorter turns"));
    app.Frames(2);
    REQUIRE(app.Activate(Role::Button, "Start the check-in"));
    app.Frames(2);
    const char* speakers[] = {"Robin", "Partner B", "Robin", "Partner B"};
    for (int turn = 0; turn < 4; ++turn) {
      INFO(turn);
      app.Frames(1);
      CHECK(app.Find(Role::Heading, std::string(speakers[turn]) + " talks"));
      CHECK(app.Find(Role::Heading, std::string(speakers[(turn + 1) % 2]) + " listens"));
      CHECK(HasText(app, turn < 2 ? "Which moment today felt the best?" : "Which moment today was the hardest?"));
      CHECK(HasText(app, "Listen without fixing"));
      // The screen asks to be woken when the seconds change, not every frame.
      CHECK_FALSE(app.state.out.animate);
      CHECK(app.state.out.wake_at_ms > app.host().now_ms - 16);
      CHECK(app.state.out.wake_at_ms <= app.host().now_ms - 16 + 1000);
      size_t cues = app.host().breath_cues.size();
      app.host().now_ms += 150 * 1000.0;
      app.Frames(2);
      CHECK(app.Find(Role::Heading, "Time is up. Swap roles."));
      CHECK(app.host().breath_cues.size() == cues + 1);  // one soft tone
      CHECK(app.host().vibrations.back() == 200);
      CHECK(TimesDone(app.state.ex, "daily-check-in") == 0);
      if (turn < 3) REQUIRE(app.Activate(Role::Button, std::string("Start ") + speakers[turn + 1] + "'s turn"));
      else REQUIRE(app.Activate(Role::Button, "Finish the check-in"));
      app.Frames(2);
    }
    app.Frames(1);
    CHECK(app.Find(Role::Heading, "Check-in done"));
    CHECK(TimesDone(app.state.ex, "daily-check-in") == 1);
    REQUIRE(LastDone(app.state.ex, "daily-check-in"));
    CHECK(LastDone(app.state.ex, "daily-check-in")->day == LocalDay(app.host().now_ms, 0));
    REQUIRE(app.Activate(Role::Button, "Back to the start"));
    app.Frames(2);
    CHECK(app.Find(Role::Button, "Start the check-in"));
  }
}

TEST_CASE("check-in: pause stops the countdown, and a reload mid-turn keeps the time left", "[ui][ex][checkin]") {
  std::map<std::string, std::string> storage;
  double saved_now = 0, left = 0;
  {
    TestApp app(390, 844, 3.0f);
    Open(app, "daily-check-in", kNow);
    REQUIRE(app.Activate(Role::Button, "Start the check-in"));
    app.Frames(2);
    app.host().now_ms += 30000;
    app.Frames(1);
    CHECK(HasText(app, "2:00 left in Partner A's turn"));
    REQUIRE(app.Activate(Role::Button, "Pause"));
    app.Frames(2);
    app.host().now_ms += 600000;
    app.Frames(1);
    CHECK(HasText(app, "2:00 left in Partner A's turn"));
    CHECK(app.host().breath_cues.empty());
    REQUIRE(app.Activate(Role::Button, "Resume"));
    app.Frames(2);
    app.host().now_ms += 2000;
    app.Frames(1);
    storage = app.host().storage;
    saved_now = app.host().now_ms;
    left = TurnRemainingMs(app.state.ex.checkin, saved_now);
  }
  TestApp app(390, 844, 3.0f);
  app.host().storage = storage;
  app.host().now_ms = saved_now;
  platform::LoadSaved(app.state);
  CHECK(app.state.ex.checkin.run.phase == CheckInPhase::Running);
  CHECK(TurnRemainingMs(app.state.ex.checkin, saved_now) == Approx(left));
  CHECK(left < 120000 - 1900);
  CHECK(left > 120000 - 2200);
  Go(app.state.nav, {Screen::Exercise, "daily-check-in", ""});
  app.Frames(2);
  CHECK(HasText(app, "1:58 left in Partner A's turn"));
  REQUIRE(app.Activate(Role::Button, "Next turn"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Partner B talks"));
}

TEST_CASE("appreciation: save today's line, edit it, copy it, delete it after a confirm", "[ui][ex][appreciation]") {
  TestApp app(390, 844, 3.0f);
  Open(app, "appreciation", kNow);
  CHECK(app.Find(Role::Heading, "Appreciation moments"));
  CHECK(HasText(app, "Nothing noted yet in November"));
  REQUIRE(app.Activate(Role::Button, "Stuck? Give me an idea"));
  app.Frames(2);
  CHECK(HasText(app, "Try this: "));
  CHECK(app.Find(Role::Button, "Another idea"));
  Type(app, "Something I appreciated today", "They warmed the car for me");
  REQUIRE(app.Activate(Role::Button, "Save today's moment"));
  app.Frames(2);
  int today = LocalDay(kNow, 0);
  REQUIRE(AppreciationOn(app.state.ex.appreciation, today));
  CHECK(AppreciationOn(app.state.ex.appreciation, today)->text == "They warmed the car for me");
  CHECK(TimesDone(app.state.ex, "appreciation") == 1);
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
  CHECK(app.state.ex.appreciation.entries.size() == 1);
  CHECK(app.state.ex.appreciation.entries[0].text == "They warmed the car, and left me a note");
  CHECK(TimesDone(app.state.ex, "appreciation") == 1);  // an edit is not a second day

  REQUIRE(app.Activate(Role::Button, "Copy to share"));
  app.Frames(2);
  REQUIRE(!app.host().copied.empty());
  CHECK(app.host().copied.back() == "Something I appreciated on Monday 23 November 2026: They warmed the car, and left me a note");

  REQUIRE(app.Activate(Role::Button, "Delete the moment from today"));
  app.Frames(2);
  CHECK(app.state.ex.appreciation.entries.size() == 1);  // not yet: it asks first
  REQUIRE(app.Activate(Role::Button, "Keep the moment from today"));
  app.Frames(2);
  CHECK(app.state.ex.appreciation.entries.size() == 1);
  REQUIRE(app.Activate(Role::Button, "Delete the moment from today"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, delete the moment from today"));
  app.Frames(2);
  CHECK(app.state.ex.appreciation.entries.empty());
  CHECK(app.Find(Role::TextBox, "Something I appreciated today"));
}

TEST_CASE("appreciation: earlier days are listed newest first with their own copy and delete", "[ui][ex][appreciation]") {
  TestApp app(1280, 800, 1.0f);
  int today = LocalDay(kNow, 0);
  SaveAppreciation(app.state.ex.appreciation, today - 1, "Yesterday's soup", 1);
  SaveAppreciation(app.state.ex.appreciation, today - 5, "A long hug", 1);
  Open(app, "appreciation", kNow);
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
  REQUIRE(app.state.ex.appreciation.entries.size() == 1);
  CHECK(app.state.ex.appreciation.entries[0].text == "A long hug");
}

TEST_CASE("after an argument: write, tick needs, use a repair idea, save, open and delete", "[ui][ex][after]") {
  TestApp app(390, 844, 3.0f);
  Open(app, "after-argument", kNow);
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
  CHECK_FALSE(app.state.ex.after.draft.repair.empty());
  REQUIRE(app.Activate(Role::Button, "Save this reflection"));
  app.Frames(2);
  REQUIRE(app.state.ex.after.entries.size() == 1);
  const AfterEntry& e = app.state.ex.after.entries[0];
  CHECK(e.surface == "The bins, again");
  CHECK(AfterNeedsText(e) == "Taken for granted, unheard");
  CHECK(e.need == "A plan we both keep");
  CHECK(TimesDone(app.state.ex, "after-argument") == 1);
  CHECK_FALSE(AfterHasContent(app.state.ex.after.draft));  // the form is empty again
  CHECK(HasText(app, "Saved. You will find it below"));

  std::string label = DayLabel(LocalDay(kNow, 0)) + ": The bins, again";
  REQUIRE(app.Activate(Role::Button, "Open the reflection from " + label));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Really about"));
  CHECK(HasText(app, "Taken for granted, unheard"));
  REQUIRE(app.Activate(Role::Button, "Delete the reflection from " + label));
  app.Frames(2);
  CHECK(app.state.ex.after.entries.size() == 1);
  REQUIRE(app.Activate(Role::Button, "Yes, delete the reflection from " + label));
  app.Frames(2);
  CHECK(app.state.ex.after.entries.empty());

  REQUIRE(app.Activate(Role::Link, "Still upset? Take a time-out first"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Timeout);
}

TEST_CASE("after an argument links to the guide's real-issue section", "[ui][ex][after]") {
  TestApp app(1280, 800, 1.0f);
  Open(app, "after-argument", kNow);
  REQUIRE(app.Activate(Role::Link, "Read: Finding the real issue"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Chapter);
  CHECK(app.state.nav.route.id == "conflict");
  CHECK(app.state.nav.route.section == "real-issue");
}

TEST_CASE("what is typed is saved as a draft: a reload loses nothing", "[ui][ex][journal]") {
  std::map<std::string, std::string> storage;
  {
    TestApp app(390, 844, 3.0f);
    Open(app, "appreciation", kNow);
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
  platform::LoadSaved(app.state);
  CHECK(app.state.ex.appreciation.draft == "Half a thou");
  CHECK(app.state.ex.after.draft.need == "Time to talk");
  CHECK(app.state.ex.checkin.name_b == "Jo");
}
