// The conflict time-out's logic on an injected clock: runs, extensions, ending, restoring,
// clock jumps, the breathing pacer, the pulse check, the formats and damaged JSON.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/store/persist.h"
#include "core/timeout/timeout.h"

using namespace core;
using nlohmann::json;

namespace {
constexpr double T0 = 1700000000000.0;  // a wall-clock time, ms since the epoch
constexpr double kMin = 60000;
constexpr double kSec = 1000;

TimeoutState Restored(const TimeoutState& s) {
  json j = json::parse(TimeoutToJson(s).dump(), nullptr, false);
  TimeoutState out;
  REQUIRE(TimeoutFromJson(j, out));
  return out;
}
}  // namespace

TEST_CASE("time-out settings and lengths", "[timeout]") {
  TimeoutState s;
  CHECK(s.settings.signal == "Let's pause");
  CHECK(s.settings.default_minutes == 20);
  CHECK(s.settings.pattern_id == "resonance");
  CHECK_FALSE(s.settings.sound);  // off until chosen: a sound could give away that someone is taking a break
  CHECK(kTimeoutPresets == std::array<int, 4>{20, 30, 45, 60});
  CHECK(ShortLengthNote(10));
  CHECK(ShortLengthNote(19));
  CHECK_FALSE(ShortLengthNote(20));
  CHECK_FALSE(ShortLengthNote(60));
  CHECK_FALSE(IsValidMinutes(9));
  CHECK(IsValidMinutes(10));
  CHECK(IsValidMinutes(1440));
  CHECK_FALSE(IsValidMinutes(1441));
  CHECK(ClampMinutes(9) == 10);
  CHECK(ClampMinutes(-5) == 10);
  CHECK(ClampMinutes(5000) == 1440);
  SetDefaultMinutes(s.settings, 9);
  CHECK(s.settings.default_minutes == 10);
  SetDefaultMinutes(s.settings, 24 * 60 + 1);
  CHECK(s.settings.default_minutes == 24 * 60);
  CHECK(CleanSignal("  Time out\n please ") == "Time out  please");
  CHECK(CleanSignal("   ") == "Let's pause");
  CHECK(CleanSignal("\xff\xfe") == "Let's pause");
  CHECK(CleanSignal(std::string(300, 'a')).size() == kSignalMaxBytes);
  std::string accents;
  for (int i = 0; i < 60; ++i) accents += "\xc3\xa9";  // "é" x 60 = 120 bytes
  std::string cut = CleanSignal(accents);
  CHECK(cut.size() == 100);
  CHECK(cut.substr(98) == "\xc3\xa9");
}

TEST_CASE("time-out start and remaining", "[timeout]") {
  TimeoutState s;
  CHECK(Remaining(s, T0) == 0);
  CHECK(NextRedrawMs(s, T0) == 0);
  REQUIRE(Start(s, T0, 20));
  CHECK(s.run.status == TimeoutStatus::Running);
  CHECK(s.run.started_ms == T0);
  CHECK(s.run.deadline_ms == T0 + 20 * kMin);
  CHECK(s.run.planned_minutes == 20);
  CHECK(TotalMs(s.run) == 20 * kMin);
  CHECK_FALSE(Start(s, T0 + 5, 30));  // already running
  CHECK(Remaining(s, T0) == 20 * kMin);
  CHECK(Remaining(s, T0 + 1) == 20 * kMin - 1);
  CHECK(Remaining(s, T0 + 5 * kMin) == 15 * kMin);
  CHECK(Remaining(s, T0 + 20 * kMin) == 0);
  CHECK(Remaining(s, T0 + 21 * kMin) == 0);
  CHECK(FormatRemaining(Remaining(s, T0)) == "20:00");
  CHECK(FormatRemaining(Remaining(s, T0 + 1)) == "20:00");
  CHECK(FormatRemaining(Remaining(s, T0 + kSec)) == "19:59");
  CHECK(FormatRemaining(Remaining(s, T0 + 20 * kMin - 1)) == "0:01");
  CHECK(FormatRemaining(Remaining(s, T0 + 20 * kMin)) == "0:00");
  CHECK(Remaining(s, std::numeric_limits<double>::quiet_NaN()) == 20 * kMin);
}

TEST_CASE("time-out custom length bounds", "[timeout]") {
  TimeoutState s;
  REQUIRE(Start(s, T0, 9));
  CHECK(s.run.planned_minutes == 10);
  CHECK(s.run.deadline_ms == T0 + 10 * kMin);
  TimeoutState l;
  REQUIRE(Start(l, T0, 24 * 60 + 30));
  CHECK(l.run.planned_minutes == 24 * 60);
  CHECK(TotalMs(l.run) == 24 * 60 * kMin);
  CHECK(MaxExtensionMinutes(l) == 0);
  TimeoutState n;
  CHECK_FALSE(Start(n, std::numeric_limits<double>::infinity(), 20));
  CHECK_FALSE(Start(n, -1, 20));
  CHECK(n.run.status == TimeoutStatus::Idle);
}

TEST_CASE("time-out extends and caps at 24 hours", "[timeout]") {
  TimeoutState s;
  REQUIRE(Start(s, T0, 20));
  CHECK(Extend(s, T0 + kMin, 5) == 5);
  CHECK(s.run.deadline_ms == T0 + 25 * kMin);
  CHECK(Extend(s, T0 + kMin, 10) == 10);
  CHECK(Extend(s, T0 + kMin, 20) == 20);
  CHECK(s.run.extensions == std::vector<int>{5, 10, 20});
  CHECK(TotalMs(s.run) == 55 * kMin);
  CHECK(Remaining(s, T0 + kMin) == 54 * kMin);
  CHECK(Extend(s, T0 + kMin, 0) == 0);
  CHECK(Extend(s, T0 + kMin, -5) == 0);

  TimeoutState b;
  REQUIRE(Start(b, T0, 24 * 60 - 7));
  CHECK(MaxExtensionMinutes(b) == 7);
  CHECK(Extend(b, T0 + kMin, 5) == 5);
  CHECK(Extend(b, T0 + kMin, 10) == 2);  // clipped to the cap
  CHECK(Extend(b, T0 + kMin, 20) == 0);
  CHECK(b.run.extensions == std::vector<int>{5, 2});
  CHECK(b.run.deadline_ms == T0 + 24 * 60 * kMin);
  CHECK(Remaining(b, T0) == 24 * 60 * kMin);

  TimeoutState late;
  REQUIRE(Start(late, T0, 20));
  CHECK(Extend(late, T0 + 20 * kMin, 5) == 0);  // past the deadline: it is over
  TimeoutState idle;
  CHECK(Extend(idle, T0, 5) == 0);
}

TEST_CASE("time-out ends early", "[timeout]") {
  TimeoutState s;
  REQUIRE(Start(s, T0, 30));
  Extend(s, T0 + kMin, 10);
  REQUIRE(EndEarly(s, T0 + 12 * kMin));
  CHECK(s.run.status == TimeoutStatus::Ended);
  CHECK(s.run.ended_by == TimeoutEnd::Early);
  CHECK(s.run.ended_ms == T0 + 12 * kMin);
  REQUIRE(s.log.size() == 1);
  CHECK(s.log[0].start_ms == T0);
  CHECK(s.log[0].planned_minutes == 30);
  CHECK(s.log[0].extensions == std::vector<int>{10});
  CHECK(s.log[0].actual_ms == 12 * kMin);
  CHECK(s.log[0].ended == TimeoutEnd::Early);
  CHECK(Remaining(s, T0 + 13 * kMin) == 0);
  CHECK_FALSE(EndEarly(s, T0 + 13 * kMin));
  CHECK_FALSE(CheckExpiry(s, T0 + 60 * kMin));
  CHECK(s.log.size() == 1);
  Dismiss(s);
  CHECK(s.run.status == TimeoutStatus::Idle);
  CHECK(s.log.size() == 1);
  REQUIRE(Start(s, T0 + 70 * kMin, 20));  // a new run after dismissing

  TimeoutState d;
  REQUIRE(Start(d, T0, 20));
  CHECK_FALSE(EndEarly(d, T0 + 20 * kMin));  // the deadline came first
  CHECK(d.run.ended_by == TimeoutEnd::Deadline);
  REQUIRE(d.log.size() == 1);
  CHECK(d.log[0].ended == TimeoutEnd::Deadline);
}

TEST_CASE("ending a break early asks first; the natural end does not", "[timeout]") {
  TimeoutState s;
  CHECK_FALSE(AskEndEarly(s));  // nothing to end
  REQUIRE(Start(s, T0, 20));
  CHECK_FALSE(EndEarlyAsked(s));
  CHECK_FALSE(ConfirmEndEarly(s, T0 + kMin));  // a confirm with no question does nothing
  CHECK(s.run.status == TimeoutStatus::Running);

  REQUIRE(AskEndEarly(s));
  CHECK(EndEarlyAsked(s));
  KeepPausing(s);  // "Keep pausing": the question goes, the break goes on
  CHECK_FALSE(EndEarlyAsked(s));
  CHECK(s.run.status == TimeoutStatus::Running);
  CHECK(s.log.empty());
  CHECK_FALSE(ConfirmEndEarly(s, T0 + 2 * kMin));
  CHECK(s.run.status == TimeoutStatus::Running);

  REQUIRE(AskEndEarly(s));
  CHECK(Extend(s, T0 + 3 * kMin, 5) == 5);  // adding time while asked keeps the question
  CHECK(EndEarlyAsked(s));
  REQUIRE(ConfirmEndEarly(s, T0 + 4 * kMin));
  CHECK(s.run.status == TimeoutStatus::Ended);
  CHECK(s.run.ended_by == TimeoutEnd::Early);
  CHECK_FALSE(EndEarlyAsked(s));
  REQUIRE(s.log.size() == 1);
  CHECK(s.log[0].actual_ms == 4 * kMin);
  CHECK_FALSE(ConfirmEndEarly(s, T0 + 5 * kMin));  // a second confirm does not log again
  CHECK(s.log.size() == 1);
  Dismiss(s);
  REQUIRE(Start(s, T0 + 10 * kMin, 20));
  CHECK_FALSE(EndEarlyAsked(s));  // a new break starts with no question

  // The deadline passes while the question is up: it ends by the deadline in one step, and the
  // question is gone.
  TimeoutState d;
  REQUIRE(Start(d, T0, 20));
  REQUIRE(AskEndEarly(d));
  REQUIRE(CheckExpiry(d, T0 + 20 * kMin));
  CHECK(d.run.ended_by == TimeoutEnd::Deadline);
  CHECK_FALSE(EndEarlyAsked(d));
  CHECK_FALSE(ConfirmEndEarly(d, T0 + 21 * kMin));
  CHECK(d.log.size() == 1);
  // ... and a confirm that arrives after the deadline but before CheckExpiry logs the deadline.
  TimeoutState e;
  REQUIRE(Start(e, T0, 20));
  REQUIRE(AskEndEarly(e));
  REQUIRE(ConfirmEndEarly(e, T0 + 25 * kMin));
  CHECK(e.run.ended_by == TimeoutEnd::Deadline);
  REQUIRE(e.log.size() == 1);
  CHECK(e.log[0].actual_ms == 20 * kMin);

  // The question is not saved: a reload shows the running break without it.
  TimeoutState r;
  REQUIRE(Start(r, T0, 20));
  REQUIRE(AskEndEarly(r));
  TimeoutState back = Restored(r);
  CHECK(back.run.status == TimeoutStatus::Running);
  CHECK_FALSE(EndEarlyAsked(back));
}

TEST_CASE("time-out expires exactly once", "[timeout]") {
  TimeoutState s;
  REQUIRE(Start(s, T0, 20));
  CHECK_FALSE(CheckExpiry(s, T0));
  CHECK_FALSE(CheckExpiry(s, T0 + 20 * kMin - 1));
  CHECK(s.run.status == TimeoutStatus::Running);
  CHECK(CheckExpiry(s, T0 + 20 * kMin));
  CHECK(s.run.status == TimeoutStatus::Ended);
  CHECK(s.run.ended_by == TimeoutEnd::Deadline);
  CHECK(s.run.ended_ms == T0 + 20 * kMin);
  CHECK_FALSE(CheckExpiry(s, T0 + 20 * kMin + 16));
  CHECK_FALSE(CheckExpiry(s, T0 + 40 * kMin));
  REQUIRE(s.log.size() == 1);
  CHECK(s.log[0].ended == TimeoutEnd::Deadline);
  CHECK(s.log[0].actual_ms == 20 * kMin);
  CHECK(s.log[0].planned_minutes == 20);
  Dismiss(s);
  CHECK(s.run.status == TimeoutStatus::Idle);
  CHECK_FALSE(CheckExpiry(s, T0 + 50 * kMin));
  CHECK(s.log.size() == 1);
}

TEST_CASE("time-out log keeps the newest 500", "[timeout]") {
  TimeoutState s;
  for (int i = 0; i < 503; ++i) {
    double t = T0 + i * 30 * kMin;
    REQUIRE(Start(s, t, 10));
    REQUIRE(CheckExpiry(s, t + 10 * kMin));
    Dismiss(s);
  }
  REQUIRE(s.log.size() == kTimeoutLogMax);
  CHECK(s.log.front().start_ms == T0 + 3 * 30 * kMin);
  CHECK(s.log.back().start_ms == T0 + 502 * 30 * kMin);
}

TEST_CASE("time-out redraw schedule", "[timeout]") {
  TimeoutState s;
  REQUIRE(Start(s, T0, 20));
  CHECK(NextRedrawMs(s, T0) == T0 + kSec);  // 20:00 -> 19:59
  CHECK(NextRedrawMs(s, T0 + 1) == T0 + kSec);
  CHECK(NextRedrawMs(s, T0 + 1500) == T0 + 2 * kSec);
  CHECK(NextRedrawMs(s, T0 + 20 * kMin - 300) == T0 + 20 * kMin);  // the exact deadline
  CHECK(NextRedrawMs(s, T0 + 20 * kMin + 5) == T0 + 20 * kMin);    // due now
  // The text really changes at each returned time.
  double now = T0 + 123;
  for (int i = 0; i < 5; ++i) {
    double next = NextRedrawMs(s, now);
    CHECK(next > now);
    CHECK(FormatRemaining(Remaining(s, next - 1)) != FormatRemaining(Remaining(s, next)));
    CHECK(FormatRemaining(Remaining(s, now)) == FormatRemaining(Remaining(s, next - 1)));
    now = next;
  }
}

TEST_CASE("time-out with the clock jumping", "[timeout]") {
  TimeoutState s;
  REQUIRE(Start(s, T0, 20));
  double total = TotalMs(s.run);
  // Backwards: before the start the full length shows, never more.
  for (double back : {1.0, kSec, 10 * kMin, 3 * 24 * 60 * kMin}) {
    double r = Remaining(s, T0 - back);
    CHECK(r == total);
    CHECK(r <= total);
    CHECK(r >= 0);
    CHECK(FormatRemaining(r) == "20:00");
    CHECK(NextRedrawMs(s, T0 - back) > T0 - back);
  }
  CHECK_FALSE(CheckExpiry(s, T0 - 10 * kMin));
  CHECK(s.run.status == TimeoutStatus::Running);
  // Back in the middle of a run.
  CHECK(Remaining(s, T0 + 5 * kMin) == 15 * kMin);
  CHECK(Remaining(s, T0 + 2 * kMin) == 18 * kMin);
  // Sweep: always 0..total.
  for (double t = T0 - 30 * kMin; t < T0 + 50 * kMin; t += 7 * kSec + 13) {
    double r = Remaining(s, t);
    CHECK(r >= 0);
    CHECK(r <= total);
  }
  // Ending early with the clock before the start logs 0, not a negative length.
  TimeoutState e = s;
  REQUIRE(EndEarly(e, T0 - kMin));
  CHECK(e.log.back().actual_ms == 0);
  // Forwards by days: it expires once and logs its own length.
  CHECK(Remaining(s, T0 + 3 * 24 * 60 * kMin) == 0);
  CHECK(CheckExpiry(s, T0 + 3 * 24 * 60 * kMin));
  CHECK(s.log.back().actual_ms == total);
  CHECK_FALSE(CheckExpiry(s, T0 + 3 * 24 * 60 * kMin + 16));
  CHECK(s.log.size() == 1);
}

TEST_CASE("time-out restores from JSON", "[timeout]") {
  TimeoutState s;
  s.settings.signal = "Red card";
  s.settings.default_minutes = 45;
  s.settings.pattern_id = "box";
  s.settings.sound = true;
  s.safety_seen = true;
  s.resting_bpm = 64;
  s.very_fit = true;
  REQUIRE(Start(s, T0, 20));
  Extend(s, T0 + kMin, 10);

  SECTION("reload before the deadline: still running, same deadline") {
    TimeoutState r = Restored(s);
    CHECK(r.settings.signal == "Red card");
    CHECK(r.settings.default_minutes == 45);
    CHECK(r.settings.pattern_id == "box");
    CHECK(r.settings.sound);
    CHECK(r.safety_seen);
    CHECK(r.resting_bpm == 64);
    CHECK(r.very_fit);
    CHECK(r.run.status == TimeoutStatus::Running);
    CHECK(r.run.started_ms == T0);
    CHECK(r.run.deadline_ms == T0 + 30 * kMin);
    CHECK(r.run.planned_minutes == 20);
    CHECK(r.run.extensions == std::vector<int>{10});
    CHECK_FALSE(CheckExpiry(r, T0 + 10 * kMin));
    CHECK(Remaining(r, T0 + 10 * kMin) == 20 * kMin);
    CHECK(r.log.empty());
  }
  SECTION("reload after the deadline: ended and logged once") {
    TimeoutState r = Restored(s);
    CHECK(CheckExpiry(r, T0 + 45 * kMin));
    CHECK(r.run.status == TimeoutStatus::Ended);
    REQUIRE(r.log.size() == 1);
    CHECK(r.log[0].ended == TimeoutEnd::Deadline);
    CHECK(r.log[0].actual_ms == 30 * kMin);
    // Saved while showing the re-entry screen, then reloaded again: no second entry.
    TimeoutState again = Restored(r);
    CHECK(again.run.status == TimeoutStatus::Ended);
    CHECK(again.run.ended_by == TimeoutEnd::Deadline);
    CHECK(again.run.ended_ms == T0 + 30 * kMin);
    CHECK_FALSE(CheckExpiry(again, T0 + 50 * kMin));
    REQUIRE(again.log.size() == 1);
    CHECK(again.log[0].start_ms == T0);
    CHECK(again.log[0].planned_minutes == 20);
    CHECK(again.log[0].extensions == std::vector<int>{10});
    CHECK(again.log[0].actual_ms == 30 * kMin);
    Dismiss(again);
    CHECK(Restored(again).run.status == TimeoutStatus::Idle);
  }
  SECTION("an early end survives a reload") {
    REQUIRE(EndEarly(s, T0 + 3 * kMin));
    TimeoutState r = Restored(s);
    CHECK(r.run.status == TimeoutStatus::Ended);
    CHECK(r.run.ended_by == TimeoutEnd::Early);
    REQUIRE(r.log.size() == 1);
    CHECK(r.log[0].ended == TimeoutEnd::Early);
    CHECK(r.log[0].actual_ms == 3 * kMin);
  }
  SECTION("inside the saved document") {
    SavedDoc d;
    d.timeout = s;
    SavedDoc back;
    REQUIRE(DocFromJson(DocToJson(d), back).status == LoadStatus::Ok);
    CHECK(back.timeout.run.status == TimeoutStatus::Running);
    CHECK(back.timeout.run.deadline_ms == T0 + 30 * kMin);
    CHECK(back.timeout.settings.signal == "Red card");
  }
}

TEST_CASE("time-out JSON rejects garbage without failing", "[timeout]") {
  TimeoutState s;
  CHECK_FALSE(TimeoutFromJson(json(), s));
  CHECK_FALSE(TimeoutFromJson(json::array({1, 2}), s));
  CHECK_FALSE(TimeoutFromJson(json("text"), s));
  CHECK(TimeoutFromJson(json::object(), s));
  CHECK(s.run.status == TimeoutStatus::Idle);
  CHECK(s.settings.signal == "Let's pause");

  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  json good_run = {{"status", "running"}, {"start", T0}, {"deadline", T0 + 20 * kMin}, {"planned", 20}, {"extensions", json::array()}};
  REQUIRE(TimeoutFromJson(json{{"run", good_run}}, s));
  CHECK(s.run.status == TimeoutStatus::Running);

  auto run_with = [&](const char* key, const json& v) {
    json r = good_run;
    r[key] = v;
    TimeoutState t;
    REQUIRE(TimeoutFromJson(json{{"run", r}}, t));
    return t.run;
  };
  CHECK(run_with("start", nan).status == TimeoutStatus::Idle);
  CHECK(run_with("start", inf).status == TimeoutStatus::Idle);
  CHECK(run_with("start", -5).status == TimeoutStatus::Idle);
  CHECK(run_with("start", "soon").status == TimeoutStatus::Idle);
  CHECK(run_with("deadline", T0 - kMin).status == TimeoutStatus::Idle);      // before the start
  CHECK(run_with("deadline", T0 + 25 * 60 * kMin).status == TimeoutStatus::Idle);  // over 24 h
  CHECK(run_with("deadline", nullptr).status == TimeoutStatus::Idle);
  CHECK(run_with("status", "paused").status == TimeoutStatus::Idle);
  CHECK(run_with("status", 3).status == TimeoutStatus::Idle);
  CHECK(run_with("planned", 5000).planned_minutes == 1440);
  CHECK(run_with("planned", 3).planned_minutes == 10);
  CHECK(run_with("planned", "x").planned_minutes == 20);  // taken from the deadline
  CHECK(run_with("extensions", json::array({5, -1, 2.5, "x", nullptr, 1e300, 10})).extensions == std::vector<int>{5, 10});
  CHECK(run_with("extensions", "nope").extensions.empty());
  json ended = good_run;
  ended["status"] = "ended";
  ended["endedBy"] = "bored";
  REQUIRE(TimeoutFromJson(json{{"run", ended}}, s));
  CHECK(s.run.status == TimeoutStatus::Idle);
  ended["endedBy"] = "early";
  ended["endedAt"] = T0 + 99 * 60 * kMin;  // clamped into the run
  REQUIRE(TimeoutFromJson(json{{"run", ended}}, s));
  CHECK(s.run.status == TimeoutStatus::Ended);
  CHECK(s.run.ended_ms == T0 + 20 * kMin);

  json j = {
      {"settings", {{"signal", 42}, {"minutes", 1e308}, {"pattern", "hyperventilate"}, {"sound", "loud"}}},
      {"safetySeen", "yes"},
      {"restingBpm", 500},
      {"veryFit", 1},
      {"run", "running"},
      {"log", json::array({
                  {{"start", T0}, {"planned", 20}, {"actual", 20 * kMin}, {"ended", "deadline"}},
                  {{"start", -1}, {"planned", 20}, {"actual", 20 * kMin}, {"ended", "deadline"}},
                  {{"start", T0}, {"planned", 20}, {"actual", -3}, {"ended", "early"}},
                  {{"start", T0}, {"planned", 20}, {"actual", kMin}, {"ended", "never"}},
                  {{"start", T0}, {"planned", 20}, {"actual", 1e20}, {"ended", "early"}, {"extensions", {5, 5}}},
                  "junk",
                  42,
              })},
  };
  REQUIRE(TimeoutFromJson(j, s));
  CHECK(s.settings.signal == "Let's pause");
  CHECK(s.settings.default_minutes == 1440);
  CHECK(s.settings.pattern_id == "resonance");
  CHECK_FALSE(s.settings.sound);  // a bad value keeps the default
  CHECK_FALSE(s.safety_seen);
  CHECK(s.resting_bpm == 0);
  CHECK_FALSE(s.very_fit);
  CHECK(s.run.status == TimeoutStatus::Idle);
  REQUIRE(s.log.size() == 2);
  CHECK(s.log[1].actual_ms == kTimeoutMaxMs);
  CHECK(s.log[1].extensions == std::vector<int>{5, 5});

  json minutes_nan = {{"settings", {{"minutes", nan}}}};
  REQUIRE(TimeoutFromJson(minutes_nan, s));
  CHECK(s.settings.default_minutes == 20);
  REQUIRE(TimeoutFromJson(json{{"settings", {{"minutes", 9}}}}, s));
  CHECK(s.settings.default_minutes == 10);

  // A long log keeps only the newest entries.
  json big = json::array();
  for (int i = 0; i < 600; ++i) big.push_back({{"start", T0 + i}, {"planned", 20}, {"actual", 1}, {"ended", "early"}});
  REQUIRE(TimeoutFromJson(json{{"log", big}}, s));
  REQUIRE(s.log.size() == kTimeoutLogMax);
  CHECK(s.log.front().start_ms == T0 + 100);

  // In the saved document, a bad "timeout" gives its defaults and the rest still loads.
  SavedDoc d;
  REQUIRE(DocFromJson(R"({"app":"hearth","version":1,"settings":{"reduceMotion":true},"timeout":[1,2,3]})", d).status ==
          LoadStatus::Ok);
  CHECK(d.settings.reduce_motion);
  CHECK(d.timeout.run.status == TimeoutStatus::Idle);
  REQUIRE(DocFromJson(R"({"app":"hearth","version":1,"timeout":{"run":{"status":"running","start":"x"},"safetySeen":true}})", d)
              .status == LoadStatus::Ok);
  CHECK(d.timeout.safety_seen);
  CHECK(d.timeout.run.status == TimeoutStatus::Idle);
  REQUIRE(DocFromJson(R"({"app":"hearth","version":1})", d).status == LoadStatus::Ok);
  CHECK(d.timeout.settings.default_minutes == 20);
}

TEST_CASE("breathing patterns", "[timeout]") {
  const auto& all = BreathPatterns();
  REQUIRE(all.size() == 4);
  CHECK(std::string(all[0].id) == "resonance");
  CHECK(&PatternOrDefault("nope") == &all[0]);
  for (const auto& p : all) {
    CHECK(std::string(p.name).size() > 0);
    CHECK(std::string(p.description).size() > 0);
    CHECK(FindPattern(p.id) == &p);
  }
  REQUIRE(FindPattern("4-7-8"));
  CHECK(FindPattern("4-7-8")->first_max_cycles == 4);
  CHECK(std::string(FindPattern("4-7-8")->note).size() > 0);
  CHECK(CycleMs(*FindPattern("resonance")) == 10000);  // six breaths a minute
  CHECK(CycleMs(*FindPattern("box")) == 16000);
  CHECK(CycleMs(*FindPattern("4-7-8")) == 19000);
  CHECK(CycleMs(*FindPattern("cyclic-sigh")) == 9000);
}

TEST_CASE("breathing phase at given times", "[timeout]") {
  SECTION("box") {
    const BreathPattern& p = *FindPattern("box");
    BreathState b = PhaseAt(p, 5000);
    CHECK(b.phase == 1);
    CHECK(b.kind == BreathKind::Hold);
    CHECK(std::string(b.cue) == "Hold");
    CHECK(b.progress == Approx(0.25));
    CHECK(b.seconds_left == 3);
    CHECK(b.cycle == 1);
    CHECK(b.scale == Approx(1));
    b = PhaseAt(p, 0);
    CHECK(b.kind == BreathKind::In);
    CHECK(std::string(b.cue) == "Breathe in");
    CHECK(b.seconds_left == 4);
    CHECK(b.scale == Approx(0));
    b = PhaseAt(p, 10000);
    CHECK(b.kind == BreathKind::Out);
    CHECK(b.progress == Approx(0.5));
    CHECK(b.scale == Approx(0.5));
    b = PhaseAt(p, 13000);
    CHECK(b.phase == 3);
    CHECK(b.kind == BreathKind::Hold);
    CHECK(b.scale == Approx(0));
    b = PhaseAt(p, 16000);
    CHECK(b.phase == 0);
    CHECK(b.cycle == 2);
    CHECK(NextPhaseChangeMs(p, 5000) == 8000);
    CHECK(NextPhaseChangeMs(p, 8000) == 12000);
    CHECK(NextPhaseChangeMs(p, 15999) == 16000);
    CHECK(NextPhaseChangeMs(p, 16000 * 3 + 1) == 16000 * 3 + 4000);
  }
  SECTION("4-7-8") {
    const BreathPattern& p = *FindPattern("4-7-8");
    BreathState b = PhaseAt(p, 12000);
    CHECK(b.kind == BreathKind::Out);
    CHECK(std::string(b.cue) == "Breathe out");
    CHECK(b.progress == Approx(1.0 / 8));
    CHECK(b.seconds_left == 7);
    CHECK(PhaseAt(p, 4000).kind == BreathKind::Hold);
    CHECK(PhaseAt(p, 10999).kind == BreathKind::Hold);
    CHECK(PhaseAt(p, 11000).kind == BreathKind::Out);
    CHECK(PhaseAt(p, 19000).cycle == 2);
    CHECK(PhaseAt(p, 4 * 19000 - 1).cycle == 4);
    CHECK(PhaseAt(p, 4 * 19000).cycle == 5);
    CHECK(NextPhaseChangeMs(p, 12000) == 19000);
  }
  SECTION("resonance") {
    const BreathPattern& p = *FindPattern("resonance");
    CHECK(PhaseAt(p, 2500).kind == BreathKind::In);
    CHECK(PhaseAt(p, 2500).progress == Approx(0.5));
    CHECK(PhaseAt(p, 2500).scale == Approx(0.5));
    CHECK(PhaseAt(p, 5000).kind == BreathKind::Out);
    CHECK(PhaseAt(p, 5000).scale == Approx(1));
    CHECK(PhaseAt(p, 9999).kind == BreathKind::Out);
    CHECK(PhaseAt(p, 60000).cycle == 7);  // six breaths in the first minute
    CHECK(NextPhaseChangeMs(p, 0) == 5000);
  }
  SECTION("cyclic sighing") {
    const BreathPattern& p = *FindPattern("cyclic-sigh");
    BreathState first = PhaseAt(p, 1000);
    CHECK(first.kind == BreathKind::In);
    CHECK(std::string(first.cue) == "Breathe in");
    BreathState second = PhaseAt(p, 2000);
    CHECK(second.phase == 1);
    CHECK(second.kind == BreathKind::In);
    CHECK(std::string(second.cue) == "In again");
    // The second inhale grows on from where the first one stopped.
    CHECK(PhaseAt(p, 1999.9).scale == Approx(second.scale).margin(1e-3));
    CHECK(second.scale > 0.5);
    CHECK(PhaseAt(p, 2999.9).scale == Approx(1).margin(1e-3));
    CHECK(PhaseAt(p, 3000).kind == BreathKind::Out);
    CHECK(PhaseAt(p, 3000).seconds_left == 6);
    CHECK(PhaseAt(p, 8999).scale == Approx(0).margin(1e-3));
  }
  SECTION("negative or odd elapsed counts as the start") {
    for (const auto& p : BreathPatterns()) {
      for (double e : {-5000.0, -1.0, std::numeric_limits<double>::quiet_NaN(), -std::numeric_limits<double>::infinity()}) {
        BreathState b = PhaseAt(p, e);
        CHECK(b.phase == 0);
        CHECK(b.cycle == 1);
        CHECK(b.progress == 0);
        CHECK(NextPhaseChangeMs(p, e) == PhaseAt(p, 0).seconds_left * 1000.0);
      }
    }
  }
}

TEST_CASE("breathing shape grows in In, stays in Hold, shrinks in Out", "[timeout]") {
  for (const auto& p : BreathPatterns()) {
    double cycle = CycleMs(p);
    BreathState prev = PhaseAt(p, 0);
    for (double t = 10; t < 2 * cycle; t += 10) {
      BreathState b = PhaseAt(p, t);
      CHECK(b.scale >= 0);
      CHECK(b.scale <= 1);
      CHECK(b.progress >= 0);
      CHECK(b.progress < 1);
      CHECK(b.seconds_left >= 1);
      if (b.kind == prev.kind) {
        if (b.kind == BreathKind::In) CHECK(b.scale >= prev.scale);
        if (b.kind == BreathKind::Hold) CHECK(b.scale == Approx(prev.scale));
        if (b.kind == BreathKind::Out) CHECK(b.scale <= prev.scale);
      }
      // The shape never jumps between samples.
      CHECK(std::abs(b.scale - prev.scale) < 0.02);
      prev = b;
    }
  }
}

TEST_CASE("breathing count changes every second", "[timeout]") {
  const BreathPattern& p = *FindPattern("4-7-8");
  CHECK(NextCountChangeMs(p, 0) == 1000);
  CHECK(NextCountChangeMs(p, 3500) == 4000);
  CHECK(NextCountChangeMs(p, 4000) == 5000);
  double t = 0;
  for (int i = 0; i < 40; ++i) {
    double next = NextCountChangeMs(p, t);
    REQUIRE(next > t);
    BreathState a = PhaseAt(p, next - 0.5), b = PhaseAt(p, next);
    CHECK((a.seconds_left != b.seconds_left || a.phase != b.phase));
    t = next;
  }
}

TEST_CASE("pulse check", "[timeout]") {
  PulseResult r = AssessPulse(26, 0, false);
  CHECK(r.valid);
  CHECK(r.bpm == 104);
  CHECK(r.limit_bpm == 100);
  CHECK(r.high);
  CHECK(r.message.find("104") != std::string::npos);
  r = AssessPulse(26, 70, false);
  CHECK(r.limit_bpm == 80);
  CHECK(r.high);
  r = AssessPulse(19, 70, false);  // 76
  CHECK(r.bpm == 76);
  CHECK_FALSE(r.high);
  CHECK_FALSE(r.message.empty());
  r = AssessPulse(25, 0, false);  // exactly 100: not above
  CHECK_FALSE(r.high);
  r = AssessPulse(21, 0, true);  // 84 for a very fit person
  CHECK(r.limit_bpm == 80);
  CHECK(r.high);
  CHECK(AssessPulse(21, 0, false).high == false);
  CHECK(AssessPulse(18, 65, false).limit_bpm == 75);  // ten beats above the resting pulse (Goleman 1995)
  CHECK(AssessPulse(20, 500, false).limit_bpm == 100);  // a resting pulse out of range counts as unknown
  for (int bad : {0, 4, 81, 200, -3}) {
    PulseResult b = AssessPulse(bad, 70, false);
    CHECK_FALSE(b.valid);
    CHECK_FALSE(b.high);
    CHECK(b.message.find("5 to 80") != std::string::npos);
  }
  CHECK(AssessPulse(5, 0, false).valid);
  CHECK(AssessPulse(80, 0, false).valid);
}

TEST_CASE("time-out formats", "[timeout]") {
  CHECK(FormatRemaining(20 * kMin) == "20:00");
  CHECK(FormatRemaining(20 * kMin - 1) == "20:00");
  CHECK(FormatRemaining(20 * kMin - 1000) == "19:59");
  CHECK(FormatRemaining(65 * kMin) == "1:05:00");
  CHECK(FormatRemaining(24 * 60 * kMin) == "24:00:00");
  CHECK(FormatRemaining(5000) == "0:05");
  CHECK(FormatRemaining(1) == "0:01");
  CHECK(FormatRemaining(0) == "0:00");
  CHECK(FormatRemaining(-500) == "0:00");
  CHECK(FormatRemaining(std::numeric_limits<double>::quiet_NaN()) == "0:00");
  CHECK(FormatClockTime(20, 40, false) == "8:40 pm");
  CHECK(FormatClockTime(20, 40, true) == "20:40");
  CHECK(FormatClockTime(0, 5, false) == "12:05 am");
  CHECK(FormatClockTime(0, 5, true) == "00:05");
  CHECK(FormatClockTime(12, 0, false) == "12:00 pm");
  CHECK(FormatClockTime(11, 59, false) == "11:59 am");
  CHECK(FormatClockTime(8, 5, true) == "08:05");
  CHECK(FormatClockTime(24, 0, false) == "12:00 am");
  CHECK(ReturnLine(20, 40, false) == "I'll be back at 8:40 pm");
  CHECK(ReturnLine(20, 40, true) == "I'll be back at 20:40");
}
