// Reflective listening (exercise "reflective-listening"): its saved state and logic. Pure C++17; the time is passed in.
// Short scenarios (something a partner says), each with four replies of which exactly one reflects;
// the person picks one and learns why it helps or not. Answers are kept; the score never scolds.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

// The screen's words, shared with the printed worksheet.
inline constexpr const char* kListeningIntro =
    "Your partner tells you something. Pick the reply that would help them feel most heard.";
inline constexpr const char* kListeningSays = "Your partner says:";
inline constexpr const char* kListeningOwnHeading = "In your own words";
inline constexpr const char* kListeningOwnLine =
    "Say back what you heard and the feeling under it, then check: \"Did I get that right?\"";
inline constexpr const char* kListeningAskOwn = "So what I'm hearing is…";

enum class ReplyKind { Reflective, Fixing, Dismissing, Defensive };

// The words (what the partner says, what each reply says) are not here: they come in the guide's
// file (core/exercises/ex_text.h, ExerciseText::listening), so saved answers are checked with ids and kinds alone.
struct Reply {
  ReplyKind kind;
};

struct Scenario {
  const char* id;    // stable: saved answers refer to it
  std::vector<Reply> replies;  // four, one of each kind (in any order; an index never changes its kind)
};

const std::vector<Scenario>& Scenarios();  // defined in ex_listening_scenarios.cpp
int FindScenario(const std::string& id);   // index, or -1
const char* ReplyKindName(ReplyKind k);    // "Reflective", "Jumping to fix it"…
const char* ReplyKindKey(ReplyKind k);     // its name in content/exercises.json: "reflective", "fixing"…
const char* ReplyWhy(ReplyKind k);         // why this kind of reply helps or not

// The order the replies of scenario `index` are shown in: a permutation of its reply indexes, the same
// every time for the same scenario and seed (so a reload does not move them), different between
// scenarios (the reflective reply is not always first).
std::vector<int> ReplyOrder(size_t index, unsigned seed);

inline constexpr size_t kAnswersMax = 2000;  // oldest answers are dropped beyond this

struct ListeningAnswer {
  std::string scenario;     // Scenario::id
  int reply = -1;           // index into that scenario's replies (data order)
  bool reflective = false;  // the reply chosen was the reflective one
  double at_ms = 0;
};

struct Reflection {
  std::string scenario;  // Scenario::id
  std::string text;      // the person's own "So what I'm hearing is…" (latest kept)
};

struct ListeningState {
  std::vector<ListeningAnswer> answers;   // every answer, oldest first
  std::vector<Reflection> reflections;    // one per scenario at most
  int current = 0;                        // the scenario on screen
  unsigned seed = 0;                      // reply shuffle seed, set once from the clock (0 = not yet)
  std::string draft;                      // the free-form reflection being written (saved as a draft)
  // Passing UI state, not written to JSON:
  int picked = -1;           // reply index picked for the current scenario in this visit (-1 = none yet)
  bool done_marked = false;  // this visit was already recorded in Progress
};

struct ListeningScore {
  int answers = 0;              // all answers ever
  int reflective = 0;           // of which reflective
  int recent = 0;               // the last (up to) 10 answers
  int recent_reflective = 0;    // of which reflective
  int scenarios_tried = 0;      // different scenarios answered at least once
};
ListeningScore Score(const ListeningState& s);
const ListeningAnswer* LastAnswer(const ListeningState& s, const std::string& scenario_id);  // nullptr if none

void EnsureSeed(ListeningState& s, double now_ms);  // picks the shuffle seed once
// Records the pick of reply `reply` (data index) for the current scenario. False if out of range.
bool RecordAnswer(ListeningState& s, int reply, double now_ms);
void NextScenario(ListeningState& s);  // the next scenario (wraps), with a fresh pick and draft
// Keeps the draft as the reflection for the current scenario. False if the draft is blank.
bool SaveReflection(ListeningState& s);
const Reflection* FindReflection(const ListeningState& s, const std::string& scenario_id);

nlohmann::json ListeningToJson(const ListeningState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void ListeningFromJson(const nlohmann::json& j, ListeningState& out);

}  // namespace core
