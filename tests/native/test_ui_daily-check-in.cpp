// The Daily check-in screen (ui/ex_checkin) driven headlessly on an injected clock.
#include <catch2/catch.hpp>
#include <map>

#include "core/base/calendar.h"
#include "support.h"

using namespace core;

TEST_CASE("a whole check-in: four timed turns with a cue each, roles swap, and the day is recorded",
          "[ui][ex][checkin]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    Open(app, "daily-check-in", kTestNow);
    CHECK(app.Find(Role::Heading, "Daily check-in"));
    Type(app, "First name (optional)", "Robin");
    CHECK(app.Find(Role::Radio, "Robin talks first"));
    REQUIRE(app.Activate(Role::Button, "Longer turns"));
    app.Frames(2);
    CHECK(app.state.doc.ex.checkin.turn_sec == 180);
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
      CHECK_FALSE(app.state.frame.out.animate);
      CHECK(app.state.frame.out.wake_at_ms > app.host().now_ms - 16);
      CHECK(app.state.frame.out.wake_at_ms <= app.host().now_ms - 16 + 1000);
      size_t cues = app.host().breath_cues.size();
      app.host().now_ms += 150 * 1000.0;
      app.Frames(2);
      CHECK(app.Find(Role::Heading, "Time is up. Swap roles."));
      CHECK(app.host().breath_cues.size() == cues + 1);  // one soft tone
      CHECK(app.host().vibrations.back() == 200);
      CHECK(TimesDone(app.state.doc.ex, "daily-check-in") == 0);
      if (turn < 3) REQUIRE(app.Activate(Role::Button, std::string("Start ") + speakers[turn + 1] + "'s turn"));
      else REQUIRE(app.Activate(Role::Button, "Finish the check-in"));
      app.Frames(2);
    }
    app.Frames(1);
    CHECK(app.Find(Role::Heading, "Check-in done"));
    CHECK(TimesDone(app.state.doc.ex, "daily-check-in") == 1);
    REQUIRE(LastDone(app.state.doc.ex, "daily-check-in"));
    CHECK(LastDone(app.state.doc.ex, "daily-check-in")->day == LocalDay(app.host().now_ms, 0));
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
    Open(app, "daily-check-in", kTestNow);
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
    left = TurnRemainingMs(app.state.doc.ex.checkin, saved_now);
  }
  TestApp app(390, 844, 3.0f);
  app.host().storage = storage;
  app.host().now_ms = saved_now;
  core::LoadSaved(app.state, platform::Storage());
  CHECK(app.state.doc.ex.checkin.run.phase == CheckInPhase::Running);
  CHECK(TurnRemainingMs(app.state.doc.ex.checkin, saved_now) == Approx(left));
  CHECK(left < 120000 - 1900);
  CHECK(left > 120000 - 2200);
  Go(app.state.nav, {Screen::Exercise, "daily-check-in", ""});
  app.Frames(2);
  CHECK(HasText(app, "1:58 left in Partner A's turn"));
  REQUIRE(app.Activate(Role::Button, "Next turn"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Partner B talks"));
}
