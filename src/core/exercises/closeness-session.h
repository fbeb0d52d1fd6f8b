// Getting closer in 45 minutes (exercise "closeness-session"): its saved state and logic. Pure C++17; the
// time is passed in. Modeled on the fast-friends procedure (Aron and colleagues, 1997; the full reference
// is in content/exercises.json): two people take turns with three sets of questions that grow more
// personal, each set with a gentle timer, then each writes what they learned about the other. The
// questions' words come in the guide's file (core/exercises/ex_text.h, ExerciseText::closeness); the
// state keeps only the set and question numbers, so a session can be left and taken up again.
//
// The timer never rushes: when a set's time is up it is only noted (ClosenessTick returns true once,
// for a soft cue), and the two carry on at their own pace; they can pause it, or move on early.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

inline constexpr int kClosenessSets = 3;
inline constexpr int kClosenessPerSet = 12;
inline constexpr int kClosenessSetSec = 15 * 60;       // about 15 minutes a set: 45 in all
inline constexpr size_t kClosenessNameMax = 40;        // bytes
inline constexpr size_t kClosenessNoteMax = 4000;      // bytes in one "what I learned"
inline constexpr size_t kClosenessNotesMax = 200;      // saved sessions kept (oldest dropped)
inline constexpr const char* kClosenessDefaultA = "Person A";
inline constexpr const char* kClosenessDefaultB = "Person B";

// Words shared by the screen and the printed worksheet.
inline constexpr const char* kClosenessIntro =
    "Set aside about 45 minutes with no phones and no TV. You will go through three sets of questions. The first set "
    "is light, the second is more personal, and the third is the most personal.";
inline constexpr const char* kClosenessTurns =
    "Take turns: one of you answers first, then the other answers the same question. Each set has about 15 minutes, "
    "but there is no rush. You can pause, skip a question, or stop and come back later.";
inline constexpr const char* kClosenessHeadWho = "Who is here";
inline constexpr const char* kClosenessAskNameA = "First name (optional)";
inline constexpr const char* kClosenessAskNameB = "Second name (optional)";
inline constexpr const char* kClosenessAskFirst = "Who answers first?";
inline constexpr const char* kClosenessHeadLearned = "What did you learn about each other?";
inline constexpr const char* kClosenessSourceHead = "Where this comes from";

enum class ClosenessPhase {
  Setup,     // names and who starts; nothing running
  Sets,      // in a set of questions (its timer running, paused, or its time up)
  Closing,   // each writes what they learned about the other
  Finished,  // saved
};

// One finished session, kept on this device.
struct ClosenessNote {
  double at_ms = 0;
  std::string name_a, name_b;  // the names shown then
  std::string about_b;         // what A learned about B
  std::string about_a;         // what B learned about A
};

struct ClosenessState {
  std::string name_a;  // typed names; empty = "Person A" / "Person B"
  std::string name_b;
  bool b_first = false;  // B answers the very first question first
  ClosenessPhase phase = ClosenessPhase::Setup;
  int set = 0;          // 0..kClosenessSets-1
  int question = 0;     // 0..kClosenessPerSet-1 within the set
  bool paused = false;  // the set's timer is stopped
  bool time_up = false; // the set's time has run out (noted once; the set goes on)
  double used_ms = 0;   // time this set used before the current running stretch
  double since_ms = 0;  // wall clock when the current running stretch began (running only)
  std::string about_b;  // closing drafts: what A learned about B
  std::string about_a;  //                  what B learned about A
  std::vector<ClosenessNote> notes;  // finished sessions, oldest first
};

std::string ClosenessNameA(const ClosenessState& s);  // the typed name trimmed, or "Person A"
std::string ClosenessNameB(const ClosenessState& s);
// Who answers question `question` of set `set` first: the turn passes every question, across sets.
bool ClosenessAFirst(const ClosenessState& s, int set, int question);
std::string ClosenessFirst(const ClosenessState& s);   // for the current question
std::string ClosenessSecond(const ClosenessState& s);

// "What Sam learned about Ari": the closing question for one of the two.
std::string ClosenessLearnedAsk(const std::string& who, const std::string& about);

double ClosenessSetMs();
// Time used in the current set, never negative or above the set's length.
double ClosenessElapsedMs(const ClosenessState& s, double now_ms);
double ClosenessRemainingMs(const ClosenessState& s, double now_ms);
bool ClosenessRunning(const ClosenessState& s);  // in a set, not paused, time not up

// Setup or Finished -> set 1, question 1, its timer running. False otherwise or for a bad now_ms.
bool ClosenessStart(ClosenessState& s, double now_ms);
bool ClosenessPause(ClosenessState& s, double now_ms);   // a running set's timer stops
bool ClosenessResume(ClosenessState& s, double now_ms);  // and goes on
// The next question in this set; false at the set's last question (then ClosenessNextSet).
bool ClosenessNextQuestion(ClosenessState& s);
bool ClosenessPrevQuestion(ClosenessState& s);  // false at the set's first question
// Moves on to the next set (its first question, a fresh timer), or after the last set to Closing.
// Allowed at any question: moving on early is fine. Returns the new phase.
ClosenessPhase ClosenessNextSet(ClosenessState& s, double now_ms);
// Call every frame: notes a running set whose time is up (true once: the soft cue), and rebases the
// running stretch if the clock jumped back.
bool ClosenessTick(ClosenessState& s, double now_ms);
// Wall time when the shown seconds next change; 0 when nothing counts down.
double ClosenessNextChangeMs(const ClosenessState& s, double now_ms);
// Closing -> Finished: keeps what each wrote (trimmed) as a note when either wrote something, and
// clears the drafts. False unless in Closing.
bool ClosenessFinish(ClosenessState& s, double now_ms);
void ClosenessReset(ClosenessState& s);  // back to Setup; names and saved notes stay

nlohmann::json ClosenessToJson(const ClosenessState& s);
// Never throws: a missing or bad field keeps its default (an older document has none of this).
void ClosenessFromJson(const nlohmann::json& j, ClosenessState& out);

}  // namespace core
