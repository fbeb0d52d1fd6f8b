// Daily check-in: the turn timer, names and roles, and JSON.
#include "core/exercises/daily-check-in.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/base/text.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

namespace {


bool Counting(CheckInPhase p) { return p == CheckInPhase::Running || p == CheckInPhase::Paused; }

void BeginTurn(CheckInState& s, int turn, double now_ms) {
  s.run.phase = CheckInPhase::Running;
  s.run.turn = turn;
  s.run.used_ms = 0;
  s.run.since_ms = now_ms;
}

}  // namespace

std::string CheckInNameA(const CheckInState& s) {
  std::string n = Trim(s.name_a);
  return n.empty() ? kCheckInDefaultA : jr::CutUtf8(n, kCheckInNameMax);
}
std::string CheckInNameB(const CheckInState& s) {
  std::string n = Trim(s.name_b);
  return n.empty() ? kCheckInDefaultB : jr::CutUtf8(n, kCheckInNameMax);
}
int CheckInRound(int turn) { return turn < 2 ? 1 : 2; }
bool CheckInASpeaks(const CheckInState& s, int turn) { return (turn % 2 == 0) != s.b_first; }
std::string CheckInSpeaker(const CheckInState& s, int turn) {
  return CheckInASpeaks(s, turn) ? CheckInNameA(s) : CheckInNameB(s);
}
std::string CheckInListener(const CheckInState& s, int turn) {
  return CheckInASpeaks(s, turn) ? CheckInNameB(s) : CheckInNameA(s);
}
const char* CheckInQuestion(int turn) {
  return CheckInRound(turn) == 1 ? kCheckInAskBest : kCheckInAskHardest;
}

void SetTurnSeconds(CheckInState& s, int seconds) {
  s.turn_sec = std::clamp(seconds, kCheckInMinTurnSec, kCheckInMaxTurnSec);
}
double TurnMs(const CheckInState& s) { return s.turn_sec * 1000.0; }

double TurnElapsedMs(const CheckInState& s, double now_ms) {
  if (!Counting(s.run.phase)) return s.run.phase == CheckInPhase::TurnEnded ? TurnMs(s) : 0;
  double e = s.run.used_ms;
  if (s.run.phase == CheckInPhase::Running && std::isfinite(now_ms)) e += std::max(0.0, now_ms - s.run.since_ms);
  return std::clamp(e, 0.0, TurnMs(s));
}
double TurnRemainingMs(const CheckInState& s, double now_ms) { return TurnMs(s) - TurnElapsedMs(s, now_ms); }

bool CheckInStart(CheckInState& s, double now_ms) {
  if (!std::isfinite(now_ms)) return false;
  if (s.run.phase != CheckInPhase::Setup && s.run.phase != CheckInPhase::Finished) return false;
  BeginTurn(s, 0, now_ms);
  return true;
}

bool CheckInPause(CheckInState& s, double now_ms) {
  if (s.run.phase != CheckInPhase::Running || !std::isfinite(now_ms)) return false;
  s.run.used_ms = TurnElapsedMs(s, now_ms);
  s.run.phase = CheckInPhase::Paused;
  return true;
}

bool CheckInResume(CheckInState& s, double now_ms) {
  if (s.run.phase != CheckInPhase::Paused || !std::isfinite(now_ms)) return false;
  s.run.phase = CheckInPhase::Running;
  s.run.since_ms = now_ms;
  return true;
}

CheckInPhase CheckInNext(CheckInState& s, double now_ms) {
  if (!std::isfinite(now_ms)) return s.run.phase;
  if (!Counting(s.run.phase) && s.run.phase != CheckInPhase::TurnEnded) return s.run.phase;
  if (s.run.turn + 1 >= kCheckInTurns) {
    s.run.phase = CheckInPhase::Finished;
    s.run.used_ms = 0;
  } else {
    BeginTurn(s, s.run.turn + 1, now_ms);
  }
  return s.run.phase;
}

void CheckInStop(CheckInState& s) { s.run = CheckInRun{}; }

bool CheckInTick(CheckInState& s, double now_ms) {
  if (s.run.phase != CheckInPhase::Running || !std::isfinite(now_ms)) return false;
  if (now_ms < s.run.since_ms) s.run.since_ms = now_ms;  // the clock went back: keep the time left
  if (TurnElapsedMs(s, now_ms) < TurnMs(s)) return false;
  s.run.phase = CheckInPhase::TurnEnded;
  s.run.used_ms = TurnMs(s);
  return true;
}

double CheckInNextChangeMs(const CheckInState& s, double now_ms) {
  if (s.run.phase != CheckInPhase::Running || !std::isfinite(now_ms)) return 0;
  double r = TurnRemainingMs(s, now_ms);
  if (r <= 0) return now_ms;
  double frac = std::fmod(r, 1000.0);
  if (frac <= 0) frac = 1000.0;
  return now_ms + frac;
}

std::string FormatMinSec(double ms) {
  long long sec = ms > 0 ? static_cast<long long>(std::ceil(ms / 1000.0 - 1e-9)) : 0;
  long long m = sec / 60, r = sec % 60;
  return std::to_string(m) + (r < 10 ? ":0" : ":") + std::to_string(r);
}

json CheckInToJson(const CheckInState& s) {
  static const char* kPhases[] = {"setup", "running", "paused", "turn-ended", "finished"};
  json j = json::object();
  j["name_a"] = s.name_a;
  j["name_b"] = s.name_b;
  j["turn_sec"] = s.turn_sec;
  j["b_first"] = s.b_first;
  j["sound"] = s.sound;
  j["phase"] = kPhases[static_cast<int>(s.run.phase)];
  j["turn"] = s.run.turn;
  j["used_ms"] = s.run.used_ms;
  j["since_ms"] = s.run.since_ms;
  return j;
}

void CheckInFromJson(const json& j, CheckInState& out) {
  out = CheckInState{};
  if (!j.is_object()) return;
  jr::String(j, "name_a", out.name_a, kCheckInNameMax * 2);
  jr::String(j, "name_b", out.name_b, kCheckInNameMax * 2);
  int sec = out.turn_sec;
  if (jr::Int(j, "turn_sec", kCheckInMinTurnSec, kCheckInMaxTurnSec, sec)) out.turn_sec = sec;
  jr::Bool(j, "b_first", out.b_first);
  jr::Bool(j, "sound", out.sound);
  std::string phase;
  jr::String(j, "phase", phase, 20);
  CheckInRun run;
  if (phase == "running") run.phase = CheckInPhase::Running;
  else if (phase == "paused") run.phase = CheckInPhase::Paused;
  else if (phase == "turn-ended") run.phase = CheckInPhase::TurnEnded;
  else if (phase == "finished") run.phase = CheckInPhase::Finished;
  bool ok = jr::Int(j, "turn", 0, kCheckInTurns - 1, run.turn);
  double used = 0, since = 0;
  ok = ok && jr::Number(j, "used_ms", 0, out.turn_sec * 1000.0, used);
  if (run.phase == CheckInPhase::Running) ok = ok && jr::Time(j, "since_ms", since);
  run.used_ms = used;
  run.since_ms = since;
  if (run.phase != CheckInPhase::Setup && run.phase != CheckInPhase::Finished && !ok) run = CheckInRun{};
  if (run.phase == CheckInPhase::Setup || run.phase == CheckInPhase::Finished) run = CheckInRun{run.phase};
  out.run = run;
}

void CheckInWorksheet(const CheckInState& s, const ExerciseText&, bool filled, PrintDoc& doc) {
  // Nothing is written down in the app (it is a talk), so filled means the names, who talks first and
  // the turn length; blank uses "Partner A" and "Partner B". A part for each person, in speaking order.
  CheckInState c;
  if (filled) {
    c.name_a = s.name_a;
    c.name_b = s.name_b;
    c.b_first = s.b_first;
    c.turn_sec = s.turn_sec;
  }
  const std::string a = CheckInNameA(c), b = CheckInNameB(c);
  doc.Paragraph(kCheckInIntro);
  doc.Heading("Before you start");
  doc.Paragraph(kCheckInAskFirst);
  doc.Check(a + " talks first", !c.b_first);
  doc.Check(b + " talks first", c.b_first);
  int min = c.turn_sec / 60;
  std::string turn = std::to_string(min) + (c.turn_sec % 60 >= 30 ? "½" : "") +
                     (min == 1 && c.turn_sec % 60 < 30 ? " minute" : " minutes");
  doc.Paragraph("Each turn lasts about " + turn + ". Round 1: " + CheckInSpeaker(c, 0) + ", then " +
                CheckInSpeaker(c, 1) + ", share the best part of the day. Round 2: the same order, the hardest part.");
  for (int turn_no = 0; turn_no < 2; ++turn_no) {
    const std::string speaker = CheckInSpeaker(c, turn_no), listener = CheckInListener(c, turn_no);
    doc.Heading(speaker + "'s turns");
    doc.Paragraph("A few words to remind you what to share, if it helps.");
    doc.Answer(std::string("Round 1: ") + CheckInQuestion(turn_no), "", 4);
    doc.Answer(std::string("Round 2: ") + CheckInQuestion(turn_no + 2), "", 4);
    doc.Heading("While " + listener + " talks", 3);
    doc.Paragraph(kCheckInListenLine);
  }
}

}  // namespace core
