// The "Getting closer in 45 minutes" screen (ui/exercises/closeness-session) driven headlessly on an
// injected clock: names, turns named on screen, the gentle timer (woken only when its seconds change,
// pause, a soft note when time is up, no rush), moving on, the closing step saved, and a reload mid-set.
#include <catch2/catch.hpp>

#include "support.h"

using namespace core;

TEST_CASE("a whole closeness session by taps: turns, timer, time up, closing notes saved", "[ui][ex][closeness]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    INFO(w);
    TestApp app(w, h, dpr);
    Open(app, "closeness-session", kTestNow);
    CHECK(app.Find(Role::Heading, "Getting closer in 45 minutes"));
    CHECK(HasText(app, "https://doi.org/10.1177/0146167297234003"));
    CHECK(app.Find(Role::Radio, "Person A answers first"));
    Type(app, "First name (optional)", "Robin");
    Type(app, "Second name (optional)", "Alex");
    REQUIRE(app.Activate(Role::Radio, "Alex answers first"));
    app.Frames(2);
    REQUIRE(app.Activate(Role::Button, "Start set 1"));
    app.Frames(2);
    const ClosenessState& c = app.state.doc.ex.closeness;
    REQUIRE(c.phase == ClosenessPhase::Sets);
    CHECK(app.Find(Role::Heading, "Light and easy"));
    CHECK(HasText(app, "Set 1 of 3 · question 1 of 12"));
    CHECK(HasText(app, "Alex's turn to answer first"));
    CHECK(HasText(app, "Then Robin answers too."));
    CHECK(app.Find(Role::Heading, "What is a small thing that made you smile this week?"));
    CHECK(HasText(app, "15:00 left in set 1"));
    CHECK_FALSE(app.state.frame.out.animate);
    CHECK(app.state.frame.out.wake_at_ms > app.host().now_ms - 16);
    CHECK(app.state.frame.out.wake_at_ms <= app.host().now_ms - 16 + 1000);
    REQUIRE(app.Activate(Role::Button, "Next question"));
    app.Frames(2);
    CHECK(HasText(app, "Robin's turn to answer first"));
    // Pause: no wake is asked for while paused.
    REQUIRE(app.Activate(Role::Button, "Pause the timer"));
    app.Frames(2);
    CHECK(c.paused);
    app.host().now_ms += 30 * 60 * 1000.0;
    app.Frames(2);
    CHECK(app.state.frame.out.wake_at_ms == 0);
    CHECK(HasText(app, "(paused)"));
    REQUIRE(app.Activate(Role::Button, "Resume the timer"));
    app.Frame();  // the frame that resumes asks for the next second itself: no other frame may follow
    CHECK(app.state.frame.out.wake_at_ms > app.host().now_ms - 16);
    CHECK(app.state.frame.out.wake_at_ms <= app.host().now_ms - 16 + 1000);
    app.Frame();
    // Time up: said softly, once, and the set goes on.
    size_t cues = app.host().breath_cues.size();
    app.host().now_ms += 15 * 60 * 1000.0;
    app.Frames(2);
    CHECK(app.Find(Role::Heading, "The time for this set is up"));
    CHECK(HasText(app, "There is no rush."));
    CHECK(app.host().breath_cues.size() == cues + 1);
    CHECK(app.state.frame.out.wake_at_ms == 0);
    CHECK(app.Find(Role::Button, "Next question"));
    // Move on early to set 2, then walk set 2 to its end.
    REQUIRE(app.Activate(Role::Button, "Move on to set 2 now"));
    app.Frames(2);
    CHECK(app.Find(Role::Heading, "A little more personal"));
    CHECK(HasText(app, "15:00 left in set 2"));
    for (int q = 0; q < 11; ++q) {
      REQUIRE(app.Activate(Role::Button, "Next question"));
      app.Frames(1);
    }
    app.Frames(1);
    CHECK(HasText(app, "question 12 of 12"));
    REQUIRE(app.Activate(Role::Button, "Previous question"));
    app.Frames(2);
    CHECK(HasText(app, "question 11 of 12"));
    REQUIRE(app.Activate(Role::Button, "Next question"));
    app.Frames(2);
    REQUIRE(app.Activate(Role::Button, "Go on to set 3"));
    app.Frames(2);
    CHECK(app.Find(Role::Heading, "Close to the heart"));
    REQUIRE(app.Activate(Role::Button, "Move on to the closing step now"));
    app.Frames(2);
    CHECK(app.Find(Role::Heading, "What did you learn about each other?"));
    Type(app, "What Robin learned about Alex", "Alex once built a raft.");
    Type(app, "What Alex learned about Robin", "Robin hums when happy.");
    REQUIRE(app.Activate(Role::Button, "Save and finish"));
    app.Frames(2);
    CHECK(app.Find(Role::Heading, "Session done"));
    CHECK(TimesDone(app.state.doc.ex, "closeness-session") == 1);
    CHECK(app.Find(Role::Heading, "What you learned before"));
    CHECK(HasText(app, "What Robin learned about Alex: Alex once built a raft."));
    REQUIRE(app.Activate(Role::Button, "Start a new session"));
    app.Frames(2);
    CHECK(app.Find(Role::Button, "Start set 1"));
    CHECK(HasText(app, "What Alex learned about Robin: Robin hums when happy."));
  }
}

TEST_CASE("a closeness session in progress waits for the words and keeps its place", "[ui][ex][closeness]") {
  TestApp app(390, 844, 3.0f, "", GuideAtStart::NotYet);
  ClosenessState& c = app.state.doc.ex.closeness;
  REQUIRE(ClosenessStart(c, kTestNow));
  ClosenessNextSet(c, kTestNow);
  ClosenessNextQuestion(c);
  Open(app, "closeness-session", kTestNow + 1000);
  CHECK(HasText(app, "Loading this exercise\xE2\x80\xA6"));
  CHECK(c.set == 1);
  app.host().next.guide = {true, 200, false, std::string(platform::NativeGuideFile())};
  app.Frames(2);
  CHECK(HasText(app, "Set 2 of 3 · question 2 of 12"));
  CHECK(HasText(app, "14:59 left in set 2"));
}
