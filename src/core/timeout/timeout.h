// The conflict time-out: its settings, one run against the wall clock, the log of past runs,
// the breathing pacer, the pulse check and the time formats. Pure logic: the time is always
// passed in (now_ms = wall-clock ms since the epoch); nothing here reads a clock.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

// ---- lengths and settings -------------------------------------------------------------------
inline constexpr double kMinuteMs = 60000;
inline constexpr int kTimeoutDefaultMinutes = 20;
inline constexpr int kTimeoutMinMinutes = 10;          // shortest custom length
inline constexpr int kTimeoutMaxMinutes = 24 * 60;     // longest run, extensions included
inline constexpr double kTimeoutMaxMs = kTimeoutMaxMinutes * kMinuteMs;
inline constexpr int kTimeoutShortBelow = 20;          // shorter runs get a note: the body needs ~20 min
inline constexpr std::array<int, 4> kTimeoutPresets = {20, 30, 45, 60};
inline constexpr std::array<int, 3> kTimeoutExtensions = {5, 10, 20};
inline constexpr size_t kTimeoutLogMax = 500;          // oldest entries are dropped beyond this
inline constexpr size_t kSignalMaxBytes = 100;
inline constexpr const char* kDefaultSignal = "Let's pause";
inline constexpr const char* kDefaultPatternId = "resonance";
inline constexpr int kRestingMinBpm = 30;              // a resting pulse outside 30..130 is not kept
inline constexpr int kRestingMaxBpm = 130;
inline constexpr int kAboveRestingBpm = 10;          // flooded: more than this many beats above the resting pulse

struct TimeoutSettings {
  std::string signal = kDefaultSignal;          // the words the couple agreed to use
  int default_minutes = kTimeoutDefaultMinutes;  // kTimeoutMinMinutes..kTimeoutMaxMinutes
  std::string pattern_id = kDefaultPatternId;   // the chosen breathing pattern
  // Chime and buzz at the end, breathing cues. Off until chosen: a person may be hiding that they are
  // taking a break, and a sound or a buzz would give them away.
  bool sound = false;
};

bool IsValidMinutes(int minutes);      // kTimeoutMinMinutes..kTimeoutMaxMinutes
int ClampMinutes(int minutes);         // into that range
bool ShortLengthNote(int minutes);     // true below kTimeoutShortBelow: show the "20 minutes" note
void SetDefaultMinutes(TimeoutSettings& s, int minutes);  // clamps
// Trims, removes control characters and cuts to kSignalMaxBytes. Empty or invalid UTF-8 gives the default.
std::string CleanSignal(std::string_view text);
bool IsValidRestingBpm(int bpm);       // kRestingMinBpm..kRestingMaxBpm

// ---- a run ----------------------------------------------------------------------------------
enum class TimeoutStatus { Idle, Running, Ended };  // Ended = the re-entry screen is showing
enum class TimeoutEnd { Deadline, Early };

struct TimeoutRun {
  TimeoutStatus status = TimeoutStatus::Idle;
  double started_ms = 0;        // wall clock at Start
  double deadline_ms = 0;       // wall clock when it ends; moves with each extension
  int planned_minutes = 0;      // the length chosen at Start
  std::vector<int> extensions;  // minutes actually added, in order
  TimeoutEnd ended_by = TimeoutEnd::Deadline;  // only when Ended
  double ended_ms = 0;          // only when Ended: started_ms + the actual length
  bool end_asked = false;       // "End the break now?" is showing (only while Running; not saved)
};

struct TimeoutLogEntry {
  double start_ms = 0;
  int planned_minutes = 0;
  std::vector<int> extensions;  // minutes added
  double actual_ms = 0;         // how long it really lasted, >= 0
  TimeoutEnd ended = TimeoutEnd::Deadline;
};

struct TimeoutState {
  TimeoutSettings settings;
  TimeoutRun run;
  std::vector<TimeoutLogEntry> log;  // oldest first, at most kTimeoutLogMax
  bool safety_seen = false;          // the safety note was shown once
  int resting_bpm = 0;               // the person's resting pulse, 0 = not entered
  bool very_fit = false;             // lowers the pulse limit when resting_bpm is unknown
};

// Starts a run of `minutes` (clamped to 10 min..24 h). Refused (false) while a run is going or
// when now_ms is not finite. Starting from Ended drops the re-entry screen (already logged).
bool Start(TimeoutState& s, double now_ms, int minutes);
double TotalMs(const TimeoutRun& r);  // deadline - start (0 when Idle)
// Time left: deadline - now, never below 0 and never above the run's total length, even when the
// clock jumps. 0 when not Running.
double Remaining(const TimeoutState& s, double now_ms);
// Adds `minutes` to a running time-out before its deadline. The total is capped at 24 h from the
// start; returns the minutes actually added (0 if nothing was added).
int Extend(TimeoutState& s, double now_ms, int minutes);
int MaxExtensionMinutes(const TimeoutState& s);  // room left under the 24-hour cap
// "I'm ready to come back": ends a running time-out and logs it as "early". If the deadline has
// already passed it ends it by the deadline instead and returns false.
bool EndEarly(TimeoutState& s, double now_ms);
// Ending early from the screen takes two steps, so one stray tap cannot end a break:
// AskEndEarly puts up "End the break now?" (Running only), then ConfirmEndEarly ends it (as
// EndEarly) or KeepPausing puts the question away and the break goes on. ConfirmEndEarly does
// nothing unless the question is up; it returns true when the run has ended (early, or by the
// deadline that passed while the question was up). The natural end needs no step: CheckExpiry ends
// the run and drops the question.
bool AskEndEarly(TimeoutState& s);
bool EndEarlyAsked(const TimeoutState& s);
bool ConfirmEndEarly(TimeoutState& s, double now_ms);
void KeepPausing(TimeoutState& s);
// Call every frame and after loading: moves a running time-out whose deadline has passed to Ended
// and logs it. True only on the call that does it (chime then). After a reload long past the
// deadline it is still true once; compare now_ms with run.ended_ms to skip a stale chime.
bool CheckExpiry(TimeoutState& s, double now_ms);
void Dismiss(TimeoutState& s);  // Ended -> Idle (leaves the re-entry screen)
// Wall time when the countdown text next changes (next whole second of Remaining, the deadline at
// the end). Due now when <= now_ms. 0 when not Running.
double NextRedrawMs(const TimeoutState& s, double now_ms);

// ---- saving ---------------------------------------------------------------------------------
nlohmann::json TimeoutToJson(const TimeoutState& s);
// Never throws. Bad fields fall back to defaults one by one: non-finite or negative times, a
// deadline before the start, a run over 24 h, unknown names. False (and defaults) only when `j`
// is not an object. Call CheckExpiry after loading.
bool TimeoutFromJson(const nlohmann::json& j, TimeoutState& out);

// ---- breathing pacer ------------------------------------------------------------------------
enum class BreathKind { In, Hold, Out };

struct BreathPhase {
  BreathKind kind = BreathKind::In;
  double seconds = 0;
  double level = 0;      // shape scale at the end of the phase, 0..1 (a Hold keeps the level)
  const char* cue = "";  // "Breathe in", "In again", "Hold", "Breathe out"
};

struct BreathPattern {
  const char* id = "";
  const char* name = "";
  const char* description = "";  // one line
  std::vector<BreathPhase> phases;
  const char* note = "";         // "" = none
  int first_max_cycles = 0;      // suggested limit while new to it, 0 = none
};

const std::vector<BreathPattern>& BreathPatterns();  // resonance (the default) first
const BreathPattern* FindPattern(std::string_view id);  // nullptr if unknown
const BreathPattern& PatternOrDefault(std::string_view id);
double CycleMs(const BreathPattern& p);

struct BreathState {
  int phase = 0;                       // index into pattern.phases
  BreathKind kind = BreathKind::In;
  const char* cue = "";
  double progress = 0;                 // 0..1 within the phase
  int seconds_left = 0;                // whole seconds left in the phase, rounded up
  int cycle = 1;                       // 1 for the first cycle
  double scale = 0;                    // shape size 0..1: grows in In, stays in Hold, shrinks in Out
};

// Where the pacer is `elapsed_ms` after it started. Negative or non-finite elapsed counts as 0.
BreathState PhaseAt(const BreathPattern& p, double elapsed_ms);
// Elapsed time (same timeline) when the next phase begins; always after elapsed_ms.
double NextPhaseChangeMs(const BreathPattern& p, double elapsed_ms);
// Elapsed time when seconds_left next changes (for the counted, reduced-motion version).
double NextCountChangeMs(const BreathPattern& p, double elapsed_ms);

// ---- pulse check ----------------------------------------------------------------------------
inline constexpr int kPulseCountSeconds = 15;
inline constexpr int kPulseMinCount = 5;
inline constexpr int kPulseMaxCount = 80;

struct PulseResult {
  bool valid = false;   // false: the count was outside 5..80; `message` says so
  int bpm = 0;          // count x 4
  int limit_bpm = 0;    // resting + kAboveRestingBpm, else 100 (80 when very fit)
  bool high = false;    // above the limit: suggest more time
  std::string message;  // short and kind, in plain words
};

PulseResult AssessPulse(int count_in_15s, int resting_bpm /*0 = unknown*/, bool very_fit);

// ---- formats --------------------------------------------------------------------------------
// "19:59", "0:05", "1:05:00". Rounds up to whole seconds: 20:00 at the start, 0:00 only at the end.
std::string FormatRemaining(double ms);
// "8:40 pm", "12:05 am" (midnight), or "20:40" / "08:05" with use_24h.
std::string FormatClockTime(int hour24, int minute, bool use_24h);
std::string ReturnLine(int hour24, int minute, bool use_24h);  // "I'll be back at 8:40 pm"

}  // namespace core
