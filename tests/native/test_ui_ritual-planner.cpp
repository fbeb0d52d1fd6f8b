// The ritual planner screen (ui/ex_rituals) driven headlessly through the mirror: rituals download as
// a calendar file and are noted as kept; the day and time editor takes and gives back focus.
#include <catch2/catch.hpp>

#include "core/base/calendar.h"
#include "core/exercises/ritual-planner.h"
#include "support.h"

using namespace core;

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
    CHECK(f.data == RitualsToIcs(app.state.doc.ex.rituals, app.state.frame.in.now_ms, app.state.frame.in.utc_offset_min));
    CHECK(f.data.find("Hearth") == std::string::npos);  // off by default: the file names no app

    // The opt-in: the events then say where they were planned, and it is kept.
    const MirrorItem* mention = app.Find(Role::Checkbox, "Mention Hearth in the calendar event");
    REQUIRE(mention);
    CHECK(mention->checked == 0);
    REQUIRE(app.Activate(Role::Checkbox, "Mention Hearth in the calendar event"));
    app.Frames(2);
    CHECK(app.state.doc.ex.rituals.mention_app);
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
  CHECK(app.state.doc.ex.rituals.kept.size() == 1);
  CHECK(TimesDone(app.state.doc.ex, "ritual-planner") == 1);
  CHECK(app.Find(Role::Text, "Kept today."));
  CHECK_FALSE(app.Find(Role::Button, "We kept it today: A long hug"));
  std::string line = ShortDayLabel(LocalDay(app.host().now_ms, 0)) + ": A long hug";
  CHECK(app.Find(Role::Text, line));
  app.host().now_ms += 86400000.0;
  app.Frames(2);
  CHECK(app.Find(Role::Button, "We kept it today: A long hug"));
}

TEST_CASE("Change day and time sends focus into the editor, and Done sends it back", "[a11y][focus][rituals]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Exercise, "ritual-planner", ""});
  app.Frames(3);
  REQUIRE(app.Activate(Role::Checkbox, "A standing date"));
  app.Frames(2);
  const MirrorItem* change = app.Find(Role::Button, "Change day and time: A standing date");
  REQUIRE(change);
  app.host().focused = change->id;
  app.host().keyboard = true;
  REQUIRE(app.Activate(Role::Button, "Change day and time: A standing date"));
  app.Frames(5);
  CHECK_FALSE(app.Find(Role::Button, "Change day and time: A standing date"));
  REQUIRE(Focused(app));
  CHECK(Focused(app)->role == Role::Radio);
  CHECK(Focused(app)->name == "Every week");
  CHECK_FALSE(Focused(app)->offscreen);  // brought into view
  REQUIRE(app.Activate(Role::Button, "Done with A standing date"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "Change day and time: A standing date");
}
