// The ground rules and ritual planner screens driven headlessly through the mirror: confirming the
// rules changes the time-out's start button, an edit asks to confirm again, the rules print and
// save as text, rituals download as a calendar file and are noted as kept.
#include <catch2/catch.hpp>

#include "core/calendar.h"
#include "core/ex_rituals.h"
#include "core/ex_rules.h"
#include "support.h"

using namespace core;

namespace {
void AgreeRules(TestApp& app) {
  Open(app, "ground-rules");
  REQUIRE(app.Activate(Role::Checkbox, "No name-calling"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Checkbox, "One topic at a time"));
  app.Frames(1);
  Type(app, "A rule in your own words", "We sit down when we talk", 1, Caret::End);
  REQUIRE(app.Activate(Role::Button, "Add this rule"));
  app.Frames(1);
  Type(app, "Our signal (the words)", "  Time out, love ", 1, Caret::End);
  Type(app, "A hand sign too (optional)", "a T with our hands", 1, Caret::End);
  REQUIRE(app.Activate(Role::Radio, "A break of 30 minutes"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Radio, "Whoever feels calm first"));
  app.Frames(1);
  Type(app, "First person's name", "Sam", 1, Caret::End);
  Type(app, "Second person's name", "Alex", 1, Caret::End);
  REQUIRE(app.Activate(Role::Button, "I'm Sam and I agree"));
  app.Frames(2);
  CHECK(app.Find(Role::Text, "Sam agrees."));
  CHECK(app.state.timeout.settings.signal == "Let's pause");  // not yet: one of two
  REQUIRE(app.Activate(Role::Button, "I'm Alex and I agree"));
  app.Frames(2);
}
}  // namespace

TEST_CASE("confirming the ground rules changes the time-out's signal, length and agreement line", "[ui][ex][rules]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    AgreeRules(app);
    const GroundRulesState& r = app.state.ex.rules;
    CHECK(IsConfirmed(r));
    CHECK(r.chosen == std::vector<std::string>{"one-topic", "no-names"});
    CHECK(r.own == std::vector<std::string>{"We sit down when we talk"});
    CHECK(r.own_draft.empty());
    CHECK(app.state.timeout.settings.signal == "Time out, love");
    CHECK(app.state.timeout.settings.default_minutes == 30);
    CHECK(TimesDone(app.state.ex, "ground-rules") == 1);
    CHECK(app.Find(Role::Text, "Agreed by Sam and Alex. Your time-out uses \u201cTime out, love\u201d."));
    REQUIRE(app.Activate(Role::Link, "Open the time-out"));
    app.Frames(2);
    CHECK(app.state.nav.route.screen == Screen::Timeout);
    REQUIRE(app.Activate(Role::Button, "I understand"));
    app.Frames(2);
    CHECK(app.Find(Role::Button, "Time out, love \u2014 start a time-out of 30 minutes"));
    CHECK_FALSE(app.Find(Role::Button, "Let's pause \u2014 start a time-out of 20 minutes"));
    CHECK(app.Find(Role::Text, "Our agreement: Hand sign: a T with our hands. Whoever feels calm first checks back in."));
    REQUIRE(app.Activate(Role::Button, "Time out, love \u2014 start a time-out of 30 minutes"));
    app.Frames(2);
    CHECK(app.state.timeout.run.status == TimeoutStatus::Running);
    CHECK(app.Find(Role::Text, "Our agreement: Hand sign: a T with our hands. Whoever feels calm first checks back in."));
  }
}

TEST_CASE("editing the rules after agreeing asks both to confirm again", "[ui][ex][rules]") {
  TestApp app(390, 844, 3.0f);
  AgreeRules(app);
  REQUIRE(IsConfirmed(app.state.ex.rules));
  REQUIRE(app.Activate(Role::Checkbox, "Listen, then reply"));
  app.Frames(2);
  CHECK_FALSE(IsConfirmed(app.state.ex.rules));
  CHECK(app.Find(Role::Text, "You changed your rules since you last agreed, so both of you confirm again at the end."));
  CHECK(app.Find(Role::Button, "I'm Sam and I agree"));
  CHECK(app.Find(Role::Button, "I'm Alex and I agree"));
  // The time-out keeps the last agreed signal until both confirm again.
  Type(app, "Our signal (the words)", "Pause, please", 1, Caret::End);
  CHECK(app.state.timeout.settings.signal == "Time out, love");
  REQUIRE(app.Activate(Role::Button, "I'm Alex and I agree"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Button, "I'm Sam and I agree"));
  app.Frames(2);
  CHECK(app.state.timeout.settings.signal == "Pause, please");
  CHECK(TimesDone(app.state.ex, "ground-rules") == 2);
  // Removing an own rule is an edit too.
  REQUIRE(app.Activate(Role::Button, "Remove the rule: We sit down when we talk"));
  app.Frames(2);
  CHECK(app.state.ex.rules.own.size() == 1);  // it asks first
  CHECK(IsConfirmed(app.state.ex.rules));
  REQUIRE(app.Activate(Role::Button, "Yes, remove the rule: We sit down when we talk"));
  app.Frames(2);
  CHECK(app.state.ex.rules.own.empty());
  CHECK_FALSE(IsConfirmed(app.state.ex.rules));
}

TEST_CASE("the ground rules print and save as a text file", "[ui][ex][rules]") {
  TestApp app(1280, 800, 1.0f);
  AgreeRules(app);
  REQUIRE(app.Activate(Role::Button, "Save as a text file"));
  app.Frames(1);
  REQUIRE(app.host().downloads.size() == 1);
  const FileOut& f = app.host().downloads[0];
  CHECK(f.name == "hearth-ground-rules.txt");
  CHECK(f.mime == "text/plain");
  CHECK(f.data.find("Agreed by Sam and Alex") != std::string::npos);
  CHECK(f.data.find("- Our signal: \u201cTime out, love\u201d") != std::string::npos);
  CHECK(f.data.find("- We sit down when we talk.") != std::string::npos);
  REQUIRE(app.Activate(Role::Button, "Print our rules"));
  app.Frames(1);
  REQUIRE(app.host().printed.size() == 1);
  CHECK(app.host().printed[0].find("OUR GROUND RULES") == std::string::npos);  // the page has its own heading
  CHECK(app.host().printed[0].find(f.data.substr(f.data.find("Agreed by"))) != std::string::npos);
}

TEST_CASE("the ground rules screen says what is missing before anyone can confirm", "[ui][ex][rules]") {
  TestApp app(390, 844, 3.0f);
  Open(app, "ground-rules");
  CHECK(app.Find(Role::Text, "Choose or write at least one rule first."));
  CHECK_FALSE(app.Find(Role::Button, "I'm  and I agree"));
  REQUIRE(app.Activate(Role::Checkbox, "Pick a good time"));
  app.Frames(1);
  CHECK(app.Find(Role::Text, "Write both of your names (two different ones) to confirm."));
  Type(app, "A rule in your own words", "half typed ", 1, Caret::End);
}

TEST_CASE("a half-typed rule survives a reload", "[ui][ex][rules]") {
  std::map<std::string, std::string> storage;
  {
    TestApp app(390, 844, 3.0f);
    Open(app, "ground-rules");
    REQUIRE(app.Activate(Role::Checkbox, "Pick a good time"));
    app.Frames(1);
    Type(app, "A rule in your own words", "half typed ", 1, Caret::End);
    app.host().now_ms += 2000;
    app.Frames(1);  // the throttled save
    storage = app.host().storage;
  }
  TestApp app(390, 844, 3.0f);
  app.host().storage = storage;
  platform::LoadSaved(app.state);
  CHECK(app.state.ex.rules.own_draft == "half typed ");
  CHECK(app.state.ex.rules.chosen == std::vector<std::string>{"good-time"});
}

TEST_CASE("choosing rituals and downloading the calendar file", "[ui][ex][rituals]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    Open(app, "ritual-planner");
    CHECK_FALSE(app.Find(Role::Button, "Download calendar file (.ics)"));  // nothing chosen yet
    REQUIRE(app.Activate(Role::Checkbox, "Phone-free meal"));
    app.Frames(1);
    REQUIRE(app.Activate(Role::Checkbox, "Monthly relationship check-in"));
    app.Frames(2);
    CHECK(app.Find(Role::Text, "Wednesdays and Sundays at 7:00 pm, 45 minutes"));
    CHECK(app.Find(Role::Text, "The first Sunday of each month at 10:00 am, 45 minutes"));
    REQUIRE(app.Activate(Role::Button, "Download calendar file (.ics)"));
    app.Frames(1);
    REQUIRE(app.host().downloads.size() == 1);
    const FileOut& f = app.host().downloads[0];
    CHECK(f.name == "rituals.ics");
    CHECK(f.mime == "text/calendar");
    CHECK(f.data.find("SUMMARY:Phone-free meal\r\n") != std::string::npos);
    CHECK(f.data.find("RRULE:FREQ=WEEKLY;BYDAY=WE,SU\r\n") != std::string::npos);
    CHECK(f.data.find("RRULE:FREQ=MONTHLY;BYDAY=1SU\r\n") != std::string::npos);
    CHECK(f.data == RitualsToIcs(app.state.ex.rituals, app.state.in.now_ms, app.state.in.utc_offset_min));
    CHECK(f.data.find("Hearth") == std::string::npos);  // off by default: the file names no app

    // The opt-in: the events then say where they were planned, and it is kept.
    const MirrorItem* mention = app.Find(Role::Checkbox, "Mention Hearth in the calendar event");
    REQUIRE(mention);
    CHECK(mention->checked == 0);
    REQUIRE(app.Activate(Role::Checkbox, "Mention Hearth in the calendar event"));
    app.Frames(2);
    CHECK(app.state.ex.rituals.mention_app);
    CHECK(app.Find(Role::Checkbox, "Mention Hearth in the calendar event")->checked == 1);
    REQUIRE(app.Activate(Role::Button, "Download calendar file (.ics)"));
    app.Frames(1);
    REQUIRE(app.host().downloads.size() == 2);
    const FileOut& named = app.host().downloads[1];
    CHECK(named.name == "hearth-rituals.ics");
    CHECK(named.data.find("Planned with Hearth.") != std::string::npos);
  }
}

TEST_CASE("setting a ritual's days, time and name; the file follows", "[ui][ex][rituals]") {
  TestApp app(390, 844, 3.0f);
  Open(app, "ritual-planner");
  REQUIRE(app.Activate(Role::Checkbox, "A standing date"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Button, "Change day and time: A standing date"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Checkbox, "Saturday"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Checkbox, "Friday"));
  app.Frames(1);
  Type(app, "Name in your calendar", "Date night \u2665", 1, Caret::End);
  const MirrorItem* time = app.Find(Role::Slider, "Time of day");
  REQUIRE(time);
  app.host().next.slider_edits.push_back({time->id, 80});  // 20:00
  app.Frames(2);
  CHECK(app.Find(Role::Text, "Saturdays at 8:00 pm, 2 hours"));
  CHECK(app.Find(Role::Heading, "Date night \u2665"));
  REQUIRE(app.Activate(Role::Radio, "Every month"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Radio, "Last"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Radio, "Saturday"));
  app.Frames(2);
  CHECK(app.Find(Role::Text, "The last Saturday of each month at 8:00 pm, 2 hours"));
  REQUIRE(app.Activate(Role::Button, "Done with Date night \u2665"));
  app.Frames(2);
  CHECK_FALSE(app.Find(Role::Slider, "Time of day"));
  REQUIRE(app.Activate(Role::Button, "Download calendar file (.ics)"));
  app.Frames(1);
  REQUIRE(app.host().downloads.size() == 1);
  CHECK(app.host().downloads[0].data.find("RRULE:FREQ=MONTHLY;BYDAY=-1SA\r\n") != std::string::npos);
  CHECK(app.host().downloads[0].data.find("SUMMARY:Date night \u2665\r\n") != std::string::npos);
}

TEST_CASE("a kept ritual is noted once a day and listed, and counts as done", "[ui][ex][rituals]") {
  TestApp app(1280, 800, 1.0f);
  Open(app, "ritual-planner");
  CHECK(app.Find(Role::Text, "Nothing noted yet. When you keep a ritual, note it above. Missing a day is normal."));
  REQUIRE(app.Activate(Role::Checkbox, "A long hug"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Button, "We kept it today: A long hug"));
  app.Frames(2);
  CHECK(app.state.ex.rituals.kept.size() == 1);
  CHECK(TimesDone(app.state.ex, "ritual-planner") == 1);
  CHECK(app.Find(Role::Text, "Kept today."));
  CHECK_FALSE(app.Find(Role::Button, "We kept it today: A long hug"));
  std::string line = ShortDayLabel(LocalDay(app.host().now_ms, 0)) + ": A long hug";
  CHECK(app.Find(Role::Text, line));
  app.host().now_ms += 86400000.0;
  app.Frames(2);
  CHECK(app.Find(Role::Button, "We kept it today: A long hug"));
}
