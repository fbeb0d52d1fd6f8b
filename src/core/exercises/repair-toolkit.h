// Repair toolkit (exercise "repair-toolkit"): short phrases for the middle of a hard talk, in groups
// (I feel…, Sorry…, Getting to yes…, I need to calm down…, Stop, please…, I appreciate…), and the few a
// couple marks as "ours", which are shown first. The phrases and the sources come in the guide's file
// (content/exercises.json "repair", checked by core/exercises/ex_text.*); the app keeps only the ids
// marked as ours, so they are kept whether or not the file has come. No scores, nothing to finish.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

inline constexpr size_t kRepairGroupsMin = 6;        // groups in the file, at least
inline constexpr size_t kRepairGroupPhrasesMin = 6;  // phrases in each group, at least
inline constexpr size_t kRepairPhrasesMin = 40;      // phrases in all, at least
inline constexpr size_t kRepairPhraseMax = 120;      // bytes in one phrase: short enough to say in a hard moment
inline constexpr size_t kRepairIdMax = 40;           // bytes in a group's or phrase's id
inline constexpr size_t kRepairOursMax = 12;         // phrases marked as ours, at most

struct RepairPhrase {
  std::string id;    // stable, a-z 0-9 and '-': what "ours" saves
  std::string text;  // "That stung a little. Can we slow down?"
};

struct RepairGroup {
  std::string id;     // "feel"
  std::string title;  // "I feel…"
  std::vector<RepairPhrase> phrases;
};

struct RepairText {  // ExerciseText::repair (core/exercises/ex_text.h)
  std::vector<RepairGroup> groups;     // in the order shown
  std::vector<std::string> sources;    // full references, plain text
};

// A group's or phrase's id: 1..kRepairIdMax bytes of a-z, 0-9 and '-'.
bool IsRepairId(const std::string& id);
const RepairPhrase* FindRepairPhrase(const RepairText& t, const std::string& id);
size_t RepairPhraseCount(const RepairText& t);
// What is wrong with the toolkit's words ("" when nothing): fewer than kRepairGroupsMin groups, a group
// with fewer than kRepairGroupPhrasesMin phrases, fewer than kRepairPhrasesMin in all, an id used twice
// (groups and phrases each) or not a plain id, or no sources. Each problem is one line naming the id.
std::vector<std::string> RepairTextProblems(const RepairText& t);

// Words shared by the screen and the printed worksheet.
inline constexpr const char* kRepairIntro = "When a talk starts to go wrong, a few kind words can turn it around.";
inline constexpr const char* kRepairWhyHead = "Why small words help";

struct RepairToolkitState {
  std::vector<std::string> ours;  // phrase ids marked as ours, in the order marked (saved)
  int group = 0;                  // the group open on the screen (not saved)
  bool show_sources = false;      // the screen's sources are unfolded (not saved)
};

bool IsOurs(const RepairToolkitState& s, const std::string& id);
// Marks or unmarks a phrase the words know. Marking refuses unknown ids and a full list
// (kRepairOursMax); unmarking works for any id (one the words no longer have can still be cleared).
// Returns whether anything changed.
bool SetOurs(RepairToolkitState& s, const RepairText& t, const std::string& id, bool on);
bool OursFull(const RepairToolkitState& s);
// Our phrases, in the order marked, that the words have (ids they no longer have are kept, not shown).
std::vector<const RepairPhrase*> OurPhrases(const RepairToolkitState& s, const RepairText& t);

nlohmann::json RepairToolkitToJson(const RepairToolkitState& s);
// Never throws: keeps plain ids only, once each, at most kRepairOursMax; anything else keeps its default.
void RepairToolkitFromJson(const nlohmann::json& j, RepairToolkitState& out);

}  // namespace core
