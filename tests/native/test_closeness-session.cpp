// Getting closer in 45 minutes (core/exercises/closeness-session): three sets of twelve questions whose
// words come in the guide's file, turns that pass every question, a gentle per-set timer on an injected
// clock (start, pause, time up, move on), the closing notes, and the saved document's round trip.
#include <catch2/catch.hpp>
#include <cmath>
#include <set>
#include <nlohmann/json.hpp>

#include "core/exercises/closeness-session.h"
#include "core/exercises/ex_text.h"
#include "core/exercises/exercises.h"
#include "core/guide/guide_load.h"
#include "helpers.h"
#include "support.h"
#include "worksheet_support.h"

using namespace core;
using nlohmann::json;

namespace {
constexpr double kMin = 60 * 1000.0;
}  // namespace

TEST_CASE("the closeness session has three sets of twelve questions of its own, and cites its source",
          "[closeness]") {
  const ExerciseText& t = ShippedWords();
  REQUIRE(t.closeness.sets.size() == 3);
  std::set<std::string> all;
  for (const auto& set : t.closeness.sets) {
    INFO(set.title);
    CHECK_FALSE(set.title.empty());
    CHECK_FALSE(set.line.empty());
    REQUIRE(set.questions.size() == 12);
    for (const auto& q : set.questions) {
      CHECK(q.size() > 20);
      CHECK(q.find('?') != std::string::npos);
      all.insert(q);
    }
  }
  CHECK(all.size() == 36);  // no question twice
  CHECK(t.closeness.sets[0].title == "Light and easy");
  CHECK(t.closeness.sets[2].title == "Close to the heart");
  // The full reference, with its DOI (checked against the published record).
  const std::string& src = t.closeness.source;
  CHECK(src.rfind("Aron, A., Melinat, E., Aron, E. N., Vallone, R. D., & Bator, R. J. (1997).", 0) == 0);
  CHECK(src.find("Personality and Social Psychology Bulletin, 23(4), 363") != std::string::npos);
  CHECK(src.find("https://doi.org/10.1177/0146167297234003") != std::string::npos);
}

TEST_CASE("turns pass every question, across sets, and names fall back to Person A and B", "[closeness]") {
  ClosenessState s;
  CHECK(ClosenessNameA(s) == "Person A");
  CHECK(ClosenessNameB(s) == "Person B");
  s.name_a = "  Sam ";
  CHECK(ClosenessNameA(s) == "Sam");
  REQUIRE(ClosenessStart(s, kTestNow));
  CHECK(ClosenessFirst(s) == "Sam");
  CHECK(ClosenessSecond(s) == "Person B");
  REQUIRE(ClosenessNextQuestion(s));
  CHECK(ClosenessFirst(s) == "Person B");
  CHECK(ClosenessSecond(s) == "Sam");
  for (int q = 1; q < kClosenessPerSet - 1; ++q) REQUIRE(ClosenessNextQuestion(s));
  CHECK(s.question == 11);
  CHECK(ClosenessFirst(s) == "Person B");  // question 12 of set 1
  CHECK_FALSE(ClosenessNextQuestion(s));   // the set's last: move on instead
  REQUIRE(ClosenessNextSet(s, kTestNow + kMin) == ClosenessPhase::Sets);
  CHECK(s.set == 1);
  CHECK(s.question == 0);
  CHECK(ClosenessFirst(s) == "Sam");       // the turn keeps passing into set 2
  CHECK_FALSE(ClosenessPrevQuestion(s));
  s.b_first = true;                        // the other one starts
  CHECK(ClosenessFirst(s) == "Person B");
  CHECK(ClosenessAFirst(s, 0, 1));
  CHECK_FALSE(ClosenessAFirst(s, 0, 0));
}

TEST_CASE("each set's timer: start, pause, resume, time up noted once, carry on, move on", "[closeness]") {
  ClosenessState s;
  CHECK_FALSE(ClosenessPause(s, kTestNow));  // nothing running yet
  CHECK_FALSE(ClosenessStart(s, std::nan("")));
  REQUIRE(ClosenessStart(s, kTestNow));
  CHECK_FALSE(ClosenessStart(s, kTestNow));  // already in a set
  CHECK(ClosenessRemainingMs(s, kTestNow) == 15 * kMin);
  CHECK(ClosenessRemainingMs(s, kTestNow + 5 * kMin) == 10 * kMin);
  // Woken when the shown seconds change, not every frame.
  CHECK(ClosenessNextChangeMs(s, kTestNow + 250) == kTestNow + 1000);
  // Paused for an hour: no time passes.
  REQUIRE(ClosenessPause(s, kTestNow + 5 * kMin));
  CHECK(ClosenessNextChangeMs(s, kTestNow + 5 * kMin) == 0);
  CHECK_FALSE(ClosenessTick(s, kTestNow + 65 * kMin));
  CHECK(ClosenessRemainingMs(s, kTestNow + 65 * kMin) == 10 * kMin);
  CHECK_FALSE(ClosenessPause(s, kTestNow + 65 * kMin));
  REQUIRE(ClosenessResume(s, kTestNow + 65 * kMin));
  CHECK_FALSE(ClosenessResume(s, kTestNow + 65 * kMin));
  CHECK_FALSE(ClosenessTick(s, kTestNow + 74 * kMin));
  CHECK(ClosenessRemainingMs(s, kTestNow + 74 * kMin) == 1 * kMin);
  // A clock that jumps back before the running stretch began: the stretch starts again from the new
  // time (as the check-in does), and the time left never goes above what the set had at its pause.
  CHECK_FALSE(ClosenessTick(s, kTestNow + 60 * kMin));
  CHECK(ClosenessRemainingMs(s, kTestNow + 60 * kMin) == 10 * kMin);
  CHECK_FALSE(ClosenessTick(s, kTestNow + 69 * kMin));
  // Time up: noted once; nothing else changes, the set goes on at their pace.
  CHECK(ClosenessTick(s, kTestNow + 70 * kMin));
  CHECK(s.time_up);
  CHECK_FALSE(ClosenessTick(s, kTestNow + 71 * kMin));
  CHECK(ClosenessRemainingMs(s, kTestNow + 90 * kMin) == 0);
  CHECK(ClosenessNextChangeMs(s, kTestNow + 90 * kMin) == 0);  // no more frames for the countdown
  CHECK(s.phase == ClosenessPhase::Sets);
  CHECK(ClosenessNextQuestion(s));  // they can still finish the set
  // Moving on gives the next set a fresh 15 minutes, at any question.
  REQUIRE(ClosenessNextSet(s, kTestNow + 100 * kMin) == ClosenessPhase::Sets);
  CHECK_FALSE(s.time_up);
  CHECK(s.set == 1);
  CHECK(ClosenessRemainingMs(s, kTestNow + 101 * kMin) == 14 * kMin);
  REQUIRE(ClosenessNextSet(s, kTestNow + 102 * kMin) == ClosenessPhase::Sets);
  CHECK(s.set == 2);
  REQUIRE(ClosenessNextSet(s, kTestNow + 103 * kMin) == ClosenessPhase::Closing);
  CHECK(ClosenessRemainingMs(s, kTestNow + 103 * kMin) == 15 * kMin);  // no set counting
  CHECK_FALSE(ClosenessTick(s, kTestNow + 200 * kMin));
  CHECK(ClosenessNextSet(s, kTestNow + 104 * kMin) == ClosenessPhase::Closing);  // nothing after it
}

TEST_CASE("the closing step keeps what each learned as a note, and a new session keeps names and notes",
          "[closeness]") {
  ClosenessState s;
  s.name_a = "Robin";
  s.name_b = "Alex";
  CHECK_FALSE(ClosenessFinish(s, kTestNow));  // not in the closing step
  REQUIRE(ClosenessStart(s, kTestNow));
  for (int k = 0; k < kClosenessSets; ++k) ClosenessNextSet(s, kTestNow);
  REQUIRE(s.phase == ClosenessPhase::Closing);
  s.about_b = "  Alex loved rainy days as a kid. ";
  s.about_a = "Robin is proud of a garden nobody sees.";
  REQUIRE(ClosenessFinish(s, kTestNow + 50 * kMin));
  CHECK(s.phase == ClosenessPhase::Finished);
  REQUIRE(s.notes.size() == 1);
  CHECK(s.notes[0].about_b == "Alex loved rainy days as a kid.");
  CHECK(s.notes[0].about_a == "Robin is proud of a garden nobody sees.");
  CHECK(s.notes[0].name_a == "Robin");
  CHECK(s.notes[0].at_ms == kTestNow + 50 * kMin);
  CHECK(s.about_a.empty());
  CHECK(s.about_b.empty());
  // Nothing written: finished, but no empty note.
  REQUIRE(ClosenessStart(s, kTestNow + 60 * kMin));
  for (int k = 0; k < kClosenessSets; ++k) ClosenessNextSet(s, kTestNow + 60 * kMin);
  s.about_a = " \n";
  REQUIRE(ClosenessFinish(s, kTestNow + 61 * kMin));
  CHECK(s.notes.size() == 1);
  ClosenessReset(s);
  CHECK(s.phase == ClosenessPhase::Setup);
  CHECK(s.name_a == "Robin");
  CHECK(s.notes.size() == 1);
}

TEST_CASE("a session survives the saved document: place, timer and notes; old and bad documents load",
          "[closeness][persist]") {
  ClosenessState s;
  s.name_a = "Robin";
  s.b_first = true;
  REQUIRE(ClosenessStart(s, kTestNow));
  ClosenessNextSet(s, kTestNow + 3 * kMin);
  for (int q = 0; q < 4; ++q) ClosenessNextQuestion(s);
  REQUIRE(ClosenessPause(s, kTestNow + 5 * kMin));
  s.about_b = "draft";
  s.notes.push_back({kTestNow - 86400000.0, "Robin", "Alex", "likes tea", ""});
  json j = json::parse(ClosenessToJson(s).dump());
  ClosenessState r;
  ClosenessFromJson(j, r);
  CHECK(r.phase == ClosenessPhase::Sets);
  CHECK(r.set == 1);
  CHECK(r.question == 4);
  CHECK(r.paused);
  CHECK(r.b_first);
  CHECK(r.name_a == "Robin");
  CHECK(r.about_b == "draft");
  CHECK(ClosenessRemainingMs(r, kTestNow + 90 * kMin) == 13 * kMin);  // paused: taken up where it stopped
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].about_b == "likes tea");
  CHECK(ClosenessToJson(r) == ClosenessToJson(s));
  // Running across a reload: the wall clock keeps counting.
  ClosenessResume(s, kTestNow + 6 * kMin);
  ClosenessFromJson(json::parse(ClosenessToJson(s).dump()), r);
  CHECK_FALSE(r.paused);
  CHECK(ClosenessRemainingMs(r, kTestNow + 7 * kMin) == 12 * kMin);
  // A document from before this exercise has no part for it: the defaults.
  ExercisesState e;
  ExercisesFromJson(json::parse(R"({"daily-check-in": {"name_a": "Kim"}, "done": []})"), e);
  CHECK(e.closeness.phase == ClosenessPhase::Setup);
  CHECK(e.closeness.notes.empty());
  CHECK(e.checkin.name_a == "Kim");
  // The whole exercises part carries it under its id.
  e.closeness = s;
  ExercisesState back;
  ExercisesFromJson(json::parse(ExercisesToJson(e).dump()), back);
  CHECK(ClosenessToJson(back.closeness) == ClosenessToJson(s));
  // Damaged parts: a place out of range drops back to the start, keeping names and notes.
  json bad = ClosenessToJson(s);
  bad["set"] = 7;
  ClosenessFromJson(bad, r);
  CHECK(r.phase == ClosenessPhase::Setup);
  CHECK(r.name_a == "Robin");
  CHECK(r.notes.size() == 1);
  bad = ClosenessToJson(s);
  bad.erase("since_ms");
  ClosenessFromJson(bad, r);
  CHECK(r.phase == ClosenessPhase::Setup);  // running with no start time
  bad = ClosenessToJson(s);
  bad["notes"] = json::array({json::object({{"at", "yesterday"}, {"about_a", "x"}}), 5});
  bad["phase"] = "flying";
  ClosenessFromJson(bad, r);
  CHECK(r.notes.empty());
  CHECK(r.phase == ClosenessPhase::Setup);
  ClosenessFromJson(json::array({1, 2}), r);
  CHECK(ClosenessToJson(r) == ClosenessToJson(ClosenessState{}));
}

TEST_CASE("the closeness session prints its three sets, a page each, and what each learned", "[worksheet]") {
  const ExerciseText& words = ShippedWords();
  ExercisesState ex;
  ClosenessState& c = ex.closeness;
  c.name_a = "Juniper";
  c.name_b = "Rafferty";
  c.b_first = true;
  REQUIRE(ClosenessStart(c, kTestNow));
  while (ClosenessNextSet(c, kTestNow) != ClosenessPhase::Closing) {
  }
  c.about_b = "Rafferty once kept a pet snail called Gus";
  c.about_a = "Juniper hums while cooking";

  PrintDoc filled = Sheet("closeness-session", ex, true);
  PrintDoc blank = Sheet("closeness-session", ex, false);
  for (const PrintDoc* d : {&filled, &blank}) {
    CHECK(SheetHas(*d, kClosenessAskNameA));
    CHECK(SheetHas(*d, kClosenessAskFirst));
    CHECK(SheetHas(*d, kClosenessHeadLearned));
    for (const ClosenessSetText& set : words.closeness.sets) {
      CHECK(SheetHas(*d, set.title));
      for (const std::string& q : set.questions) CHECK(SheetHas(*d, q));
    }
    int breaks = 0;
    for (const PrintBlock& b : d->blocks) breaks += b.kind == PrintKind::PageBreak;
    CHECK(breaks == kClosenessSets);  // between the sets, and before the closing part
  }
  CHECK(SheetHas(filled, "Juniper"));
  CHECK(SheetHas(filled, ClosenessLearnedAsk("Juniper", "Rafferty")));
  CHECK(SheetHas(filled, c.about_b));
  CHECK(SheetHas(filled, c.about_a));
  CHECK_FALSE(SheetHas(blank, "Juniper"));
  CHECK_FALSE(SheetHas(blank, "Rafferty"));
  CHECK_FALSE(SheetHas(blank, "pet snail"));
  CHECK(SheetHas(blank, ClosenessLearnedAsk(kClosenessDefaultA, kClosenessDefaultB)));

  // Saved, the newest session fills the sheet, with the names it had.
  REQUIRE(ClosenessFinish(c, kTestNow));
  c.name_a.clear();
  PrintDoc saved = Sheet("closeness-session", ex, true);
  CHECK(SheetHas(saved, "pet snail"));
  CHECK(SheetHas(saved, ClosenessLearnedAsk("Juniper", "Rafferty")));

  PrintDoc loading = ExerciseWorksheet("closeness-session", ex, ExerciseText{}, false, "");
  CHECK(SheetHas(loading, "still loading"));
  CHECK(SheetHas(loading, kClosenessHeadLearned));
}
