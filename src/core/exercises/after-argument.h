// After an argument (exercise "after-argument"): its saved state and logic. Pure C++17; the time is passed in.
// A reflection once both people are calm: what the fight was about on the surface, what it was
// really about (the needs underneath), what I need, and a repair to offer. Reflections are kept.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

inline constexpr size_t kAfterMax = 500;  // reflections kept; the oldest go first

struct AfterNeed {
  const char* id;     // saved in JSON ("taken-for-granted")
  const char* label;  // shown ("Taken for granted")
};
// The form's words, shared by the screen and the printed worksheet.
inline constexpr const char* kAfterAskSurface = "What the argument was about on the surface";
inline constexpr const char* kAfterAskFelt =
    "Fights about small things are often about a bigger feeling. During the argument, did you feel...";
inline constexpr const char* kAfterAskOwn = "Something else I felt, in my own words";
inline constexpr const char* kAfterAskNeed = "What I need now";
inline constexpr const char* kAfterAskRepair = "A repair I can offer";
inline constexpr const char* kAfterRepairLine =
    "A small step back toward each other: words, a touch, a plan. It does not have to fix everything.";

const std::vector<AfterNeed>& AfterNeeds();          // the needs that often sit under a fight
const std::vector<const char*>& AfterRepairIdeas();  // repairs to suggest

struct AfterEntry {
  double at_ms = 0;          // when it was saved
  int day = 0;               // local day then
  std::string surface;       // what it was about on the surface
  unsigned needs = 0;        // bit i = AfterNeeds()[i]
  std::string own_need;      // underneath, in my own words
  std::string need;          // what I need
  std::string repair;        // a repair to offer
};

struct AfterArgumentState {
  AfterEntry draft;                 // being written (saved as typed)
  std::vector<AfterEntry> entries;  // saved reflections, newest first
  // Passing screen state (not written to JSON):
  int open = -1;             // the reflection opened in the list (-1 none)
  int confirm_delete = -1;   // the reflection asking "delete?" (-1 none)
  int idea = 0;              // the repair idea shown (index into AfterRepairIdeas)
  bool saved_note = false;   // a reflection was just saved: say where it went
};

bool AfterHasContent(const AfterEntry& e);  // anything typed or ticked
bool AfterNeedOn(const AfterEntry& e, size_t i);
void AfterSetNeed(AfterEntry& e, size_t i, bool on);
// Adds a repair idea to the draft's repair text (on a new line if something is there already).
void AfterUseRepair(AfterEntry& e, const std::string& idea);
// Saves the draft as a reflection (newest first) and clears it. False when the draft is empty.
bool AfterSaveDraft(AfterArgumentState& s, double now_ms, int utc_offset_min);
bool AfterDelete(AfterArgumentState& s, int index);  // false when out of range
std::string AfterNeedsText(const AfterEntry& e);     // "Unheard, lonely" ("" when none)
std::string AfterTitle(const AfterEntry& e);         // the surface line, or a stand-in, cut short

nlohmann::json AfterArgumentToJson(const AfterArgumentState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void AfterArgumentFromJson(const nlohmann::json& j, AfterArgumentState& out);

}  // namespace core
