// Progress figures derived from the saved state, the month arithmetic of the calendar, the gentle
// "what next", and the calendar's sentence. The screen is in test_ui_progress.cpp.
#include <catch2/catch.hpp>

#include "core/base/calendar.h"
#include "core/progress/progress.h"
#include "support.h"

using namespace core;

namespace {
const double kDay = 86400000.0;
}  // namespace

TEST_CASE("month starts move across years in both directions", "[progress]") {
  int today = YmdToDay({2026, 11, 23});
  CHECK(IsoDate(MonthStart(today, 0)) == "2026-11-01");
  CHECK(IsoDate(MonthStart(today, -1)) == "2026-10-01");
  CHECK(IsoDate(MonthStart(today, 2)) == "2027-01-01");
  CHECK(IsoDate(MonthStart(today, -11)) == "2025-12-01");
  CHECK(IsoDate(MonthStart(today, -23)) == "2024-12-01");
  CHECK(IsoDate(MonthStart(YmdToDay({1970, 1, 5}), -1)) == "1969-12-01");
}

TEST_CASE("activity days come from exercises, time-outs and chapters, in local time", "[progress]") {
  ReaderState r;
  ExercisesState e;
  TimeoutState t;
  CHECK(ActivityDays(r, e, t, 0).empty());
  MarkDone(e, "appreciation", kTestNow, 0);
  MarkDone(e, "appreciation", kTestNow + 1000, 0);  // the same day counts once
  t.log.push_back({kTestNow + 3 * kDay, 20, {}, 20 * 60000.0, TimeoutEnd::Deadline});
  MarkOpened(r, "what-intimacy-is", kTestNow + 5 * kDay);
  auto days = ActivityDays(r, e, t, 0);
  int d0 = LocalDay(kTestNow, 0);
  CHECK(days == std::set<int>{d0, d0 + 3, d0 + 5});
  // 01:20 UTC is the evening before in New York
  CHECK(ActivityDays(r, e, t, -300).count(d0 - 1) == 1);
}

TEST_CASE("the summary counts chapters, exercises and how time-outs ended", "[progress]") {
  Guide g;
  g.chapters.resize(3);
  g.chapters[0].id = "a";
  g.chapters[1].id = "b";
  g.chapters[2].id = "c";
  ReaderState r;
  UpdatePosition(r, "a", 5, 0, true);
  UpdatePosition(r, "b", 2, 0.5f, false);
  ExercisesState e;
  MarkDone(e, "appreciation", kTestNow, 0);
  MarkDone(e, "appreciation", kTestNow, 0);
  MarkDone(e, "ground-rules", kTestNow, 0);
  TimeoutState t;
  t.log.push_back({kTestNow, 20, {}, 1, TimeoutEnd::Early});
  t.log.push_back({kTestNow, 20, {}, 1, TimeoutEnd::Deadline});
  REQUIRE(SetChosen(e.rituals, "phone-free-meal", true, kTestNow));
  REQUIRE(MarkKept(e.rituals, "phone-free-meal", kTestNow, 0));
  REQUIRE(MarkKept(e.rituals, "phone-free-meal", kTestNow + kDay, 0));
  e.rituals.kept[0].day -= 40;  // one of them long ago
  ProgressSummary p = Summarise(g, r, e, t, LocalDay(kTestNow + kDay, 0));
  CHECK(p.chapters_read == 1);
  CHECK(p.chapters_total == 3);
  CHECK(p.in_progress == std::vector<std::string>{"b"});
  CHECK(p.exercises_tried == 2);
  CHECK(p.exercise_completions == 3);
  CHECK(p.timeouts == 2);
  CHECK(p.timeouts_to_the_end == 1);
  CHECK(p.rituals_planned == 1);
  CHECK(p.rituals_kept == 2);
  CHECK(p.rituals_kept_this_month == 1);
}

TEST_CASE("what next: keep reading, then begin, then a practice a read chapter suggests", "[progress]") {
  TestApp app(390, 844, 2.0f);  // loads the real guide
  const Guide& g = app.state.guide;
  REQUIRE(g.chapters.size() >= 2);
  ReaderState r;
  ExercisesState e;
  Suggestion s = WhatNext(g, r, e);
  CHECK(s.route == Route{Screen::Chapter, g.chapters[0].id, ""});
  UpdatePosition(r, g.chapters[1].id, 3, 0.2f, false);
  MarkOpened(r, g.chapters[1].id, kTestNow);
  s = WhatNext(g, r, e);
  CHECK(s.route == Route{Screen::Chapter, g.chapters[1].id, ""});
  CHECK(s.link == "Keep reading " + g.chapters[1].title);
  UpdatePosition(r, g.chapters[1].id, 9, 0, true);
  s = WhatNext(g, r, e);
  REQUIRE(s.route.screen == Screen::Exercise);  // chapter 2's first "Try this" that is an exercise
  MarkDone(e, s.route.id, kTestNow, 0);
  Suggestion s2 = WhatNext(g, r, e);
  CHECK(s2.route != s.route);  // never suggests what was just done
}

TEST_CASE("the calendar's sentence says the days as they are spoken", "[progress]") {
  CHECK(ActivitySentence("December 2026", {}) == "No activity in December 2026.");
  CHECK(ActivitySentence("December 2026", {24}) == "You used Hearth on one day in December 2026: the 24th.");
  CHECK(ActivitySentence("December 2026", {1, 3}) == "You used Hearth on 2 days in December 2026: the 1st and 3rd.");
  CHECK(ActivitySentence("December 2026", {1, 3, 5, 9, 12, 20}) ==
        "You used Hearth on 6 days in December 2026: the 1st, 3rd, 5th, 9th, 12th and 20th.");
  // Three days or more in a row read as a range; two stay apart.
  CHECK(ActivitySentence("May 2026", {1, 2, 3, 4, 5, 9, 10, 22}) ==
        "You used Hearth on 8 days in May 2026: the 1st to 5th, 9th, 10th and 22nd.");
  std::vector<int> all;
  for (int d = 1; d <= 31; ++d) all.push_back(d);
  CHECK(ActivitySentence("May 2026", all) == "You used Hearth on 31 days in May 2026: the 1st to 31st.");
}
