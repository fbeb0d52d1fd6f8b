// The Daily check-in's turn timer on an injected clock: turn order, roles swapping, two rounds,
// pause/resume, a clock that jumps back, changing the length, and its JSON.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/exercises/daily-check-in.h"
#include "helpers.h"

using namespace core;
using nlohmann::json;

namespace {
constexpr double kTurn = kCheckInDefaultTurnSec * 1000.0;
}  // namespace

TEST_CASE("check-in: four turns in order, roles swap, two rounds, then finished", "[ex][checkin]") {
  CheckInState s;
  s.name_a = "  Sam ";
  CHECK(CheckInNameA(s) == "Sam");
  CHECK(CheckInNameB(s) == "Partner B");
  REQUIRE(CheckInStart(s, kTestNow));
  CHECK_FALSE(CheckInStart(s, kTestNow));  // already running
  const char* speakers[] = {"Sam", "Partner B", "Sam", "Partner B"};
  double t = kTestNow;
  for (int turn = 0; turn < kCheckInTurns; ++turn) {
    INFO(turn);
    CHECK(s.run.phase == CheckInPhase::Running);
    CHECK(s.run.turn == turn);
    CHECK(CheckInSpeaker(s, turn) == speakers[turn]);
    CHECK(CheckInListener(s, turn) == speakers[(turn + 1) % 2]);
    CHECK(CheckInRound(turn) == (turn < 2 ? 1 : 2));
    CHECK(std::string(CheckInQuestion(turn)).find(turn < 2 ? "best" : "hardest") != std::string::npos);
    CHECK(TurnRemainingMs(s, t) == Approx(kTurn));
    CHECK_FALSE(CheckInTick(s, t + kTurn - 1));
    CHECK(CheckInTick(s, t + kTurn));  // time is up: once
    CHECK_FALSE(CheckInTick(s, t + kTurn + 5000));
    CHECK(s.run.phase == CheckInPhase::TurnEnded);
    CHECK(TurnRemainingMs(s, t + kTurn + 5000) == 0);
    t += kTurn + 10000;  // a few seconds to swap
    CheckInPhase next = CheckInNext(s, t);
    CHECK(next == (turn + 1 < kCheckInTurns ? CheckInPhase::Running : CheckInPhase::Finished));
  }
  CHECK(s.run.phase == CheckInPhase::Finished);
  CHECK(CheckInNext(s, t) == CheckInPhase::Finished);  // nothing after the end
  CHECK(CheckInStart(s, t));                           // a new check-in starts over
  CHECK(s.run.turn == 0);
}

TEST_CASE("check-in: B can speak first", "[ex][checkin]") {
  CheckInState s;
  s.b_first = true;
  CHECK(CheckInSpeaker(s, 0) == "Partner B");
  CHECK(CheckInSpeaker(s, 1) == "Partner A");
  CHECK(CheckInSpeaker(s, 2) == "Partner B");
  CHECK(CheckInListener(s, 3) == "Partner B");
}

TEST_CASE("check-in: pause keeps the time left; resume continues; skip moves on", "[ex][checkin]") {
  CheckInState s;
  REQUIRE(CheckInStart(s, kTestNow));
  CHECK_FALSE(CheckInResume(s, kTestNow));  // not paused
  REQUIRE(CheckInPause(s, kTestNow + 30000));
  CHECK_FALSE(CheckInPause(s, kTestNow + 30000));
  CHECK(TurnRemainingMs(s, kTestNow + 30000) == Approx(kTurn - 30000));
  CHECK(TurnRemainingMs(s, kTestNow + 900000) == Approx(kTurn - 30000));  // paused for 15 minutes
  CHECK_FALSE(CheckInTick(s, kTestNow + 900000));
  CHECK(CheckInNextChangeMs(s, kTestNow + 900000) == 0);  // nothing to wake for
  REQUIRE(CheckInResume(s, kTestNow + 900000));
  CHECK(TurnRemainingMs(s, kTestNow + 910000) == Approx(kTurn - 40000));
  CHECK_FALSE(CheckInTick(s, kTestNow + 900000 + kTurn - 30001));
  CHECK(CheckInTick(s, kTestNow + 900000 + kTurn - 30000));
  // Skipping a turn from Running or Paused.
  CheckInState k;
  CheckInStart(k, kTestNow);
  CHECK(CheckInNext(k, kTestNow + 1000) == CheckInPhase::Running);
  CHECK(k.run.turn == 1);
  CHECK(TurnRemainingMs(k, kTestNow + 1000) == Approx(kTurn));
  CheckInPause(k, kTestNow + 2000);
  CHECK(CheckInNext(k, kTestNow + 3000) == CheckInPhase::Running);
  CHECK(k.run.turn == 2);
  CheckInStop(k);
  CHECK(k.run.phase == CheckInPhase::Setup);
  CHECK(CheckInNext(k, kTestNow) == CheckInPhase::Setup);
}

TEST_CASE("check-in: a clock that jumps back neither adds time nor ends the turn", "[ex][checkin]") {
  CheckInState s;
  REQUIRE(CheckInStart(s, kTestNow));
  CHECK(TurnRemainingMs(s, kTestNow + 60000) == Approx(kTurn - 60000));
  // The clock is set back an hour: the turn has not run backwards or past its length.
  double back = kTestNow + 60000 - 3600000;
  CHECK_FALSE(CheckInTick(s, back));
  CHECK(TurnRemainingMs(s, back) <= kTurn);
  CHECK(TurnRemainingMs(s, back) > 0);
  CHECK(TurnRemainingMs(s, back + 10000) == Approx(TurnRemainingMs(s, back) - 10000));
  // Not finite: refused.
  CheckInState n;
  CHECK_FALSE(CheckInStart(n, std::numeric_limits<double>::quiet_NaN()));
  CHECK(n.run.phase == CheckInPhase::Setup);
}

TEST_CASE("check-in: the turn length is adjustable, clamped, and applies to a running turn", "[ex][checkin]") {
  CheckInState s;
  CHECK(s.turn_sec == 150);
  SetTurnSeconds(s, 5);
  CHECK(s.turn_sec == kCheckInMinTurnSec);
  SetTurnSeconds(s, 100000);
  CHECK(s.turn_sec == kCheckInMaxTurnSec);
  SetTurnSeconds(s, 120);
  REQUIRE(CheckInStart(s, kTestNow));
  CHECK(TurnRemainingMs(s, kTestNow + 60000) == Approx(60000));
  SetTurnSeconds(s, 180);
  CHECK(TurnRemainingMs(s, kTestNow + 60000) == Approx(120000));
  SetTurnSeconds(s, 60);  // shorter than the time already used: ends at the next tick
  CHECK(CheckInTick(s, kTestNow + 90000));
  CHECK(s.run.phase == CheckInPhase::TurnEnded);
}

TEST_CASE("check-in: wake-ups land when the shown seconds change", "[ex][checkin]") {
  CheckInState s;
  REQUIRE(CheckInStart(s, kTestNow));
  CHECK(CheckInNextChangeMs(s, kTestNow) == Approx(kTestNow + 1000));
  CHECK(CheckInNextChangeMs(s, kTestNow + 250) == Approx(kTestNow + 1000));
  CHECK(FormatMinSec(TurnRemainingMs(s, kTestNow + 250)) == "2:30");
  CHECK(FormatMinSec(TurnRemainingMs(s, kTestNow + 1000)) == "2:29");
  CHECK(FormatMinSec(0) == "0:00");
  CHECK(FormatMinSec(61000) == "1:01");
  CHECK(CheckInNextChangeMs(s, kTestNow + kTurn + 50) == Approx(kTestNow + kTurn + 50));  // due now
}

TEST_CASE("check-in: JSON round trip, a run in progress survives, bad JSON keeps defaults", "[ex][checkin]") {
  CheckInState s;
  s.name_a = "Ana";
  s.name_b = "Kit";
  s.b_first = true;
  s.sound = false;
  SetTurnSeconds(s, 180);
  CheckInStart(s, kTestNow);
  CheckInNext(s, kTestNow + 5000);
  CheckInPause(s, kTestNow + 20000);
  CheckInState r;
  CheckInFromJson(json::parse(CheckInToJson(s).dump()), r);
  CHECK(r.name_a == "Ana");
  CHECK(r.name_b == "Kit");
  CHECK(r.b_first);
  CHECK_FALSE(r.sound);
  CHECK(r.turn_sec == 180);
  CHECK(r.run.phase == CheckInPhase::Paused);
  CHECK(r.run.turn == 1);
  CHECK(TurnRemainingMs(r, kTestNow + 99999) == Approx(180000 - 15000));

  for (const char* bad : {R"(null)", R"([1,2])", R"("x")",
                          R"({"turn_sec":"long","phase":"running","turn":9,"used_ms":-5,"name_a":7})",
                          R"({"phase":"running","turn":1,"used_ms":1e300,"since_ms":-1})",
                          R"({"phase":"flying","turn":2})", R"({"turn_sec":2.5,"b_first":"yes"})"}) {
    INFO(bad);
    CheckInState d;
    d.name_a = "junk";
    CheckInFromJson(json::parse(bad), d);
    CHECK(d.name_a.empty());
    CHECK(d.turn_sec == kCheckInDefaultTurnSec);
    CHECK_FALSE(d.b_first);
    CHECK(d.run.phase == CheckInPhase::Setup);
  }
  CheckInState longname;
  CheckInFromJson(json{{"name_a", std::string(5000, 'x')}}, longname);
  CHECK(CheckInNameA(longname).size() <= kCheckInNameMax);
}

#include "worksheet_support.h"

TEST_CASE("daily check-in worksheet: a part per person in speaking order, both questions; blank has no names",
          "[worksheet][checkin]") {
  ExercisesState ex;
  ex.checkin.name_a = "Thaddeus";
  ex.checkin.name_b = "Wren";
  ex.checkin.b_first = true;
  PrintDoc filled = Sheet("daily-check-in", ex, true);
  CHECK(SheetHas(filled, kCheckInAskFirst));
  CHECK(SheetHas(filled, "[x] Wren talks first"));
  CHECK(SheetHas(filled, "[ ] Thaddeus talks first"));
  std::string text = PrintDocText(filled);
  REQUIRE(text.find("Wren's turns") != std::string::npos);
  CHECK(text.find("Wren's turns") < text.find("Thaddeus's turns"));
  CHECK(SheetHas(filled, kCheckInAskBest));
  CHECK(SheetHas(filled, kCheckInAskHardest));
  CHECK(SheetHas(filled, kCheckInListenLine));
  CHECK(SheetQuestions(filled) == 6);

  PrintDoc blank = Sheet("daily-check-in", ex, false);
  CHECK(SheetHas(blank, kCheckInAskBest));
  CHECK(SheetHas(blank, kCheckInAskHardest));
  CHECK(SheetHas(blank, "Partner A's turns"));
  CHECK(SheetHas(blank, "Partner B's turns"));
  CHECK_FALSE(SheetHas(blank, "Thaddeus"));
  CHECK_FALSE(SheetHas(blank, "Wren"));
  CHECK_FALSE(SheetHas(blank, "[x]"));
}
