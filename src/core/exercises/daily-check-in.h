// Daily check-in (exercise "daily-check-in"): its saved state and logic. Pure C++17; the time is passed in.
// Two people take four turns (two rounds x two people). In round 1 the speaker tells the best part of
// their day, in round 2 the hardest part; the other one listens. The turn timer runs on wall-clock
// time passed in (now_ms), so a reload or a hidden tab keeps the right time left.
#pragma once
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace core {

inline constexpr int kCheckInTurns = 4;                // 2 rounds x 2 people
inline constexpr int kCheckInDefaultTurnSec = 150;     // 2½ minutes a turn: ten minutes in all
inline constexpr int kCheckInMinTurnSec = 60;
inline constexpr int kCheckInMaxTurnSec = 600;
inline constexpr int kCheckInStepSec = 30;             // "Shorter" / "Longer" step
inline constexpr size_t kCheckInNameMax = 40;          // bytes
inline constexpr const char* kCheckInDefaultA = "Partner A";
inline constexpr const char* kCheckInDefaultB = "Partner B";

// The check-in's words, shared by the screen and the printed worksheet.
inline constexpr const char* kCheckInIntro =
    "Find ten quiet minutes with no phones and no TV. You take turns: one of you talks, the other listens. In the "
    "first round you each share the best part of your day. In the second, the hardest part.";
inline constexpr const char* kCheckInAskBest = "Which moment today felt the best?";      // round 1
inline constexpr const char* kCheckInAskHardest = "Which moment today was the hardest?";  // round 2
inline constexpr const char* kCheckInAskFirst = "Who talks first?";
inline constexpr const char* kCheckInListenLine =
    "Listen without fixing. No advice and no solving: just take it in. Nod, ask “and then?”, and let "
    "them finish.";

enum class CheckInPhase {
  Setup,      // names and turn length; nothing running
  Running,    // a turn's clock is counting
  Paused,     // a turn's clock is stopped
  TurnEnded,  // the turn's time is up: swap roles, then start the next turn
  Finished,   // all four turns done
};

struct CheckInRun {
  CheckInPhase phase = CheckInPhase::Setup;
  int turn = 0;            // 0..kCheckInTurns-1 (the turn shown)
  double used_ms = 0;      // time this turn used before the current running stretch (pauses)
  double since_ms = 0;     // wall clock when the current running stretch began (Running only)
};

struct CheckInState {
  std::string name_a;      // typed names; empty = "Partner A" / "Partner B" (saved as typed: a draft)
  std::string name_b;
  int turn_sec = kCheckInDefaultTurnSec;  // kCheckInMinTurnSec..kCheckInMaxTurnSec
  bool b_first = false;    // Partner B speaks first
  bool sound = true;       // a soft tone and a buzz when a turn's time is up
  CheckInRun run;
};

// Names to show: the typed name trimmed, or the default.
std::string CheckInNameA(const CheckInState& s);
std::string CheckInNameB(const CheckInState& s);
int CheckInRound(int turn);                          // 1 or 2
bool CheckInASpeaks(const CheckInState& s, int turn);  // else B speaks and A listens
std::string CheckInSpeaker(const CheckInState& s, int turn);
std::string CheckInListener(const CheckInState& s, int turn);
const char* CheckInQuestion(int turn);               // the question for the speaker this turn

void SetTurnSeconds(CheckInState& s, int seconds);   // clamps; applies to a turn in progress too
double TurnMs(const CheckInState& s);
// Time used in the current turn, never negative and never above the turn length. A clock that
// jumped back counts as no time passing (see CheckInTick).
double TurnElapsedMs(const CheckInState& s, double now_ms);
double TurnRemainingMs(const CheckInState& s, double now_ms);

// Setup -> Running turn 0. False unless in Setup (or Finished, which starts again) or now_ms is bad.
bool CheckInStart(CheckInState& s, double now_ms);
bool CheckInPause(CheckInState& s, double now_ms);   // Running -> Paused
bool CheckInResume(CheckInState& s, double now_ms);  // Paused -> Running
// Running, Paused or TurnEnded -> the next turn (Running), or Finished after the last turn.
// Returns the new phase (unchanged phase when not allowed).
CheckInPhase CheckInNext(CheckInState& s, double now_ms);
void CheckInStop(CheckInState& s);                   // back to Setup (nothing recorded)
// Call every frame: moves a Running turn whose time is up to TurnEnded (true once: the cue),
// and rebases the running stretch if the clock jumped back.
bool CheckInTick(CheckInState& s, double now_ms);
// Wall time when the shown seconds next change (or the turn ends); 0 when not Running.
double CheckInNextChangeMs(const CheckInState& s, double now_ms);
std::string FormatMinSec(double ms);                 // "2:30" (rounded up to the second)

nlohmann::json CheckInToJson(const CheckInState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void CheckInFromJson(const nlohmann::json& j, CheckInState& out);

}  // namespace core
