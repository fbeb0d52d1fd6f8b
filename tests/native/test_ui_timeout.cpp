// The time-out screen driven headlessly, as a screen reader or the browser tests would: through
// the mirror, on an injected clock. Checks the alerts the platform is asked to deliver.
#include <catch2/catch.hpp>

#include "support.h"

using namespace core;

namespace {
const char* kStart = "Let's pause — start a time-out of 20 minutes";

void OpenAndStart(TestApp& app) {
  Go(app.state.nav, {Screen::Timeout, "", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "I understand"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, kStart));
  app.Frames(2);
  REQUIRE(app.state.doc.timeout.run.status == TimeoutStatus::Running);
}
}  // namespace

TEST_CASE("the first visit shows the safety note, and starting a break shows when you will be back", "[ui][timeout]") {
  TestApp app(1280, 800, 1.0f);
  app.host().utc_offset_min = -300;               // New York in winter
  app.host().now_ms = 1795396800000.0;  // 2026-11-23 01:20 UTC = 8:20 pm there
  Go(app.state.nav, {Screen::Timeout, "", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "A pause, not an escape"));
  REQUIRE(app.Activate(Role::Button, kStart));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "I'll be back at 8:40 pm"));
  CHECK(app.state.doc.timeout.safety_seen);
  CHECK(app.host().wake_hidden_ms == app.state.doc.timeout.run.deadline_ms);  // one timer, hidden tab or not
  app.host().use_24h = true;
  app.Frames(1);
  CHECK(app.Find(Role::Heading, "I'll be back at 20:40"));
}

TEST_CASE("a break ends on time on any screen: chime, vibration, notification, and the way back", "[ui][timeout]") {
  TestApp app(390, 844, 3.0f);
  app.state.doc.timeout.settings.sound = true;  // chosen: sound and buzz are off until then (next test)
  OpenAndStart(app);
  double deadline = app.state.doc.timeout.run.deadline_ms;
  Go(app.state.nav, {Screen::Guide, "", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Button, "Time-out: 20 minutes left"));  // one tap back to the timer
  app.host().now_ms = deadline - 61000;
  app.Frames(1);
  CHECK(app.Find(Role::Button, "Time-out: 2 minutes left"));
  CHECK(app.host().chimes == 0);
  app.host().now_ms = deadline + 500;
  app.Frames(2);
  CHECK(app.host().chimes == 1);
  CHECK(app.host().vibrations.size() == 1);
  REQUIRE(app.host().notifications.size() == 1);
  CHECK(app.state.nav.route.screen == Screen::Timeout);
  CHECK(app.Find(Role::Heading, "Time to come back"));
  CHECK(app.host().wake_hidden_ms == 0);  // nothing left to wake a hidden tab for
  REQUIRE(app.state.doc.timeout.log.size() == 1);
  CHECK(app.state.doc.timeout.log[0].ended == TimeoutEnd::Deadline);
  app.Frames(5);
  CHECK(app.host().chimes == 1);  // once
}

TEST_CASE("by default a break ends in silence: no chime, no buzz, but the screen and screen readers say so",
          "[ui][timeout]") {
  TestApp app(390, 844, 3.0f);
  REQUIRE_FALSE(app.state.doc.timeout.settings.sound);
  OpenAndStart(app);
  app.host().now_ms = app.state.doc.timeout.run.deadline_ms + 500;
  app.Frames(2);
  CHECK(app.host().chimes == 0);
  CHECK(app.host().vibrations.empty());
  CHECK(app.host().notifications.size() == 1);  // only if the person allowed notifications in the browser
  CHECK(app.Find(Role::Heading, "Time to come back"));
  REQUIRE_FALSE(app.host().announcements.empty());
  CHECK(app.host().announcements.back() == "Your time-out is over. Time to come back.");
}

TEST_CASE("ending early tells screen readers the break is over (not minutes left)", "[ui][timeout]") {
  TestApp app(1280, 800, 1.0f);
  OpenAndStart(app);
  app.host().now_ms += 2 * 60000.0;
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "I'm ready to come back"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, end the break now"));
  app.Frames(2);
  REQUIRE_FALSE(app.host().announcements.empty());
  CHECK(app.host().announcements.back() == "The break is over. Time to come back.");
}

TEST_CASE("extending moves the return time; ending early asks first, then logs an early end", "[ui][timeout]") {
  TestApp app(1280, 800, 1.0f);
  OpenAndStart(app);
  double deadline = app.state.doc.timeout.run.deadline_ms;
  REQUIRE(app.Activate(Role::Button, "Add 10 minutes"));
  app.Frames(1);
  CHECK(app.state.doc.timeout.run.deadline_ms == Approx(deadline + 600000));
  // The first step only asks; "Keep pausing" is first and puts the question away.
  REQUIRE(app.Activate(Role::Button, "I'm ready to come back"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "End the break now?"));
  CHECK_FALSE(app.Find(Role::Button, "I'm ready to come back"));
  app.host().next.scroll_key = ScrollKey::End;  // the question is near the end of the page
  app.Frames(3);
  CHECK(app.state.doc.timeout.run.status == TimeoutStatus::Running);
  const MirrorItem* keep = app.Find(Role::Button, "Keep pausing");
  const MirrorItem* yes = app.Find(Role::Button, "Yes, end the break now");
  REQUIRE(keep);
  REQUIRE(yes);
  REQUIRE_FALSE(keep->offscreen);
  REQUIRE_FALSE(yes->offscreen);
  CHECK(keep->y + keep->h + 48 <= yes->y);  // the confirm sits well below the easy choice
  REQUIRE(app.Activate(Role::Button, "Keep pausing"));
  app.Frames(2);
  CHECK(app.state.doc.timeout.run.status == TimeoutStatus::Running);
  CHECK_FALSE(app.Find(Role::Heading, "End the break now?"));
  CHECK(app.state.doc.timeout.log.empty());
  REQUIRE(app.Activate(Role::Button, "I'm ready to come back"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, end the break now"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Time to come back"));
  REQUIRE(app.state.doc.timeout.log.size() == 1);
  CHECK(app.state.doc.timeout.log[0].ended == TimeoutEnd::Early);
  CHECK(app.host().chimes == 0);  // the person ended it: no alarm
  REQUIRE(app.Activate(Role::Button, "We're talking again"));
  app.Frames(2);
  CHECK(app.state.doc.timeout.run.status == TimeoutStatus::Idle);
  CHECK(app.Find(Role::Button, kStart));
}

TEST_CASE("a running break survives a reload; one that ended long ago does not chime", "[ui][timeout]") {
  std::map<std::string, std::string> storage;
  double deadline = 0, now = 0;
  {
    TestApp app(1280, 800, 1.0f);
    OpenAndStart(app);
    deadline = app.state.doc.timeout.run.deadline_ms;
    app.host().now_ms += 1000;
    app.Frames(1);  // the throttled save
    storage = app.host().storage;
    now = app.host().now_ms;
  }
  {
    TestApp app(1280, 800, 1.0f);
    app.host().storage = storage;
    app.host().now_ms = now + 5000;
    core::LoadSaved(app.state, platform::Storage());
    app.Frames(2);
    REQUIRE(app.state.doc.timeout.run.status == TimeoutStatus::Running);
    CHECK(app.state.doc.timeout.run.deadline_ms == deadline);
    CHECK(app.state.nav.route.screen == Screen::Home);
    CHECK(app.Find(Role::Button, "Time-out: 20 minutes left"));
  }
  {
    TestApp app(1280, 800, 1.0f);
    app.host().storage = storage;
    app.host().now_ms = deadline + 3 * 3600000.0;  // the tab was closed for hours
    core::LoadSaved(app.state, platform::Storage());
    app.Frames(2);
    CHECK(app.state.doc.timeout.run.status == TimeoutStatus::Ended);
    CHECK(app.host().chimes == 0);
    CHECK(app.Find(Role::Heading, "Time to come back"));
    CHECK(app.state.doc.timeout.log.size() == 1);
  }
}

TEST_CASE("the pulse check counts 15 seconds and judges the count", "[ui][timeout]") {
  TestApp app(1280, 800, 1.0f);
  OpenAndStart(app);
  REQUIRE(app.Activate(Role::Button, "Start 15-second count"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Count now… 15 seconds"));
  app.host().now_ms += 15500;
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Stop. How many beats did you count?"));
  const MirrorItem* field = app.Find(Role::TextBox, "Beats in 15 seconds");
  REQUIRE(field);
  app.host().next.text_edits.push_back({field->id, "28", 2, 2});
  app.Frames(1);
  REQUIRE(app.Activate(Role::Button, "Check my pulse"));
  app.Frames(2);
  CHECK(app.state.views.timeout.pulse.bpm == 112);
  CHECK(app.state.views.timeout.pulse.high);
  CHECK(app.Find(Role::Button, "Add 10 minutes"));
}

TEST_CASE("the Progress screen lists past time-outs, newest first", "[ui][timeout]") {
  TestApp app(390, 844, 3.0f);
  Go(app.state.nav, {Screen::Progress, "", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Text, "None yet. When you take one, it is noted here, on this device only."));
  OpenAndStart(app);
  REQUIRE(app.Activate(Role::Button, "Add 5 minutes"));
  app.Frames(1);
  app.host().now_ms += 25 * 60000.0 + 1000;
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "We're talking again"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Let's pause — start a time-out of 20 minutes"));
  app.Frames(2);
  app.host().now_ms += 3 * 60000.0;
  REQUIRE(app.Activate(Role::Button, "I'm ready to come back"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, end the break now"));
  app.Frames(2);
  Go(app.state.nav, {Screen::Progress, "", ""});
  app.Frames(2);
  const auto& m = app.host().last_mirror;
  int early = -1, full = -1;
  for (int i = 0; i < static_cast<int>(m.size()); ++i) {
    // each line starts with the day it was taken: "14 Nov: 3 minutes of 20 planned, ended when ready."
    auto ends = [&](const std::string& tail) {
      const std::string& n = m[i].name;
      return n.size() > tail.size() && n.compare(n.size() - tail.size(), tail.size(), tail) == 0 && n.find(" Nov: ") != std::string::npos;
    };
    if (ends("3 minutes of 20 planned, ended when ready.")) early = i;
    if (ends("25 minutes of 20 + 5 planned, ran to the end.")) full = i;
  }
  REQUIRE(early >= 0);
  REQUIRE(full >= 0);
  CHECK(early < full);
}

TEST_CASE("the time-out credits its research and opens the full references from chapter 7", "[ui][timeout]") {
  TestApp app(390, 844, 3.0f);
  Go(app.state.nav, {Screen::Timeout, "", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "I understand"));
  app.Frames(2);
  CHECK(app.Find(Role::Text, "The 20-minute default is based on research by John Gottman and Robert Levenson."));
  auto first_source = [&]() -> const MirrorItem* {
    for (const auto& m : app.host().last_mirror)
      if (m.role == Role::Text && m.name.rfind("Gottman, J. M., & Levenson, R. W. (1992).", 0) == 0) return &m;
    return nullptr;
  };
  CHECK_FALSE(first_source());  // folded away until asked for
  REQUIRE(app.Activate(Role::Link, "Sources"));
  app.Frames(2);
  const MirrorItem* ref = first_source();
  REQUIRE(ref);
  CHECK(ref->name.find("https://doi.org/10.1037/0022-3514.63.2.221") != std::string::npos);
  CHECK(app.Find(Role::Link, "Hide the sources"));
  REQUIRE(app.Activate(Role::Link, "Read chapter 7: Conflict as a way to grow closer"));
  app.Frames(2);
  CHECK(app.state.nav.route == Route{Screen::Chapter, "conflict", ""});
}

TEST_CASE("while a break runs, the pulse check and the breathing guide say where their figures come from", "[ui][timeout]") {
  TestApp app(1280, 800, 1.0f);
  OpenAndStart(app);
  bool pulse = false, breath = false;
  for (const auto& m : app.host().last_mirror) {
    if (m.role != Role::Text) continue;
    pulse |= m.name.find("pulse over 100 a minute") != std::string::npos && m.name.find("Gottman") != std::string::npos;
    breath |= m.name.find("Balban and others, 2023") != std::string::npos;
  }
  CHECK(pulse);
  CHECK(breath);
  CHECK(app.Find(Role::Link, "Sources"));
}

namespace {
// Taps the upper part of the start button, then the same spot again `gap_ms` later (frames are 16 ms).
void DoubleTapStart(TestApp& app, double gap_ms) {
  const MirrorItem* b = app.Find(Role::Button, kStart);
  REQUIRE(b);
  float x = b->x + b->w * 0.5f, y = b->y + b->h * 0.3f;
  app.Tap(x, y);
  app.Frames(4);
  REQUIRE(app.state.doc.timeout.run.status == TimeoutStatus::Running);
  int frames = static_cast<int>(gap_ms / 16);
  app.Frames(frames > 4 ? frames - 4 : 0);
  app.Tap(x, y);
  app.Frames(8);
}

// Whatever the running screen puts where the start button was, it is never a way to end the break.
void CheckNothingEndsThere(TestApp& app, const MirrorItem& start) {
  for (const char* name : {"I'm ready to come back", "Yes, end the break now", "Keep pausing"}) {
    const MirrorItem* m = app.Find(Role::Button, name);
    if (!m || m->offscreen) continue;
    INFO(name);
    CHECK((m->y >= start.y + start.h + 48 || m->y + m->h + 48 <= start.y));
  }
}
}  // namespace

TEST_CASE("a double tap on the start button starts a break and does not end it", "[ui][timeout][tap]") {
  struct Case {
    float w, h, dpr;
    bool first_visit;
  };
  for (Case c : {Case{390, 844, 3.0f, true}, Case{390, 844, 3.0f, false}, Case{1280, 800, 1.0f, true},
                 Case{1280, 800, 1.0f, false}}) {
    for (double gap : {100.0, 400.0, 1000.0}) {
      INFO("width " << c.w << (c.first_visit ? ", first visit" : ", later visit") << ", second tap after " << gap << " ms");
      TestApp app(c.w, c.h, c.dpr);
      Go(app.state.nav, {Screen::Timeout, "", ""});
      app.Frames(2);
      if (!c.first_visit) {
        REQUIRE(app.Activate(Role::Button, "I understand"));
        app.Frames(3);
      }
      REQUIRE(app.Find(Role::Button, kStart));
      MirrorItem start = *app.Find(Role::Button, kStart);
      DoubleTapStart(app, gap);
      CHECK(app.state.doc.timeout.run.status == TimeoutStatus::Running);
      CHECK_FALSE(app.state.doc.timeout.run.end_asked);
      CHECK(app.state.doc.timeout.log.empty());
      CheckNothingEndsThere(app, start);
    }
  }
}

TEST_CASE("after a tap starts a break, taps and keys still work where they should", "[ui][timeout][tap]") {
  TestApp app(390, 844, 3.0f);
  Go(app.state.nav, {Screen::Timeout, "", ""});
  app.Frames(2);
  const MirrorItem* b = app.Find(Role::Button, kStart);
  REQUIRE(b);
  app.Tap(b->x + b->w * 0.5f, b->y + b->h * 0.5f);
  app.Frames(4);
  REQUIRE(app.state.doc.timeout.run.status == TimeoutStatus::Running);
  // A screen reader or the keyboard is not held back by the tap guard: at once, the first step.
  REQUIRE(app.Activate(Role::Button, "I'm ready to come back"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "End the break now?"));
  REQUIRE(app.Activate(Role::Button, "Keep pausing"));
  app.Frames(2);
  // A deliberate tap on a control of the running screen works once the screen has been shown.
  app.host().now_ms += 1000;
  app.Frames(2);
  double deadline = app.state.doc.timeout.run.deadline_ms;
  const MirrorItem* add = app.Find(Role::Button, "Add 5 minutes");
  REQUIRE(add);
  REQUIRE_FALSE(add->offscreen);
  app.Tap(add->x + add->w * 0.5f, add->y + add->h * 0.5f);
  app.Frames(4);
  CHECK(app.state.doc.timeout.run.deadline_ms == Approx(deadline + 5 * 60000.0));
}

TEST_CASE("the time-out keeps focus on what comes next when its buttons go away", "[a11y][focus][timeout]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Timeout, "", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "I understand"));
  app.Frames(2);
  app.host().keyboard = true;
  REQUIRE(app.Activate(Role::Button, "Let's pause — start a time-out of 20 minutes"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "Time-out");
  CHECK(Focused(app)->level == 1);
  REQUIRE(app.Activate(Role::Button, "I'm ready to come back"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "End the break now?");
  REQUIRE(app.Activate(Role::Button, "Keep pausing"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "I'm ready to come back");
  REQUIRE(app.Activate(Role::Button, "I'm ready to come back"));
  app.Frames(3);
  REQUIRE(app.Activate(Role::Button, "Yes, end the break now"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "Time to come back");  // the new heading, not the one that was there
}
