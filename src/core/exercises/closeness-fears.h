// When closeness feels scary (exercise "closeness-fears"): its saved state and logic. Pure C++17; the time
// is passed in. A gentle checklist of signs someone may be holding back (chapter 09), a summary that is
// clearly not a diagnosis, next steps matched to the signs ticked, and where professional help fits.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

inline constexpr size_t kFearsHistoryMax = 200;  // oldest checks are dropped beyond this

struct FearSign {
  const char* id;      // stable id (saved), so the wording can change later
  const char* text;    // first person, plain words
  const char* step;    // a next step that fits this sign
  const char* target;  // where the step is explained ("chapter:ID#SECTION" or "exercise:ID")
  const char* label;   // the link's words (unique)
};
const std::vector<FearSign>& FearSigns();
int FearSignIndex(const std::string& id);  // -1 if unknown

struct FearsSummary {
  int level = 0;      // 0 none, 1 a few, 2 several, 3 many
  std::string title;  // "A few of these feel familiar"
  std::string text;   // what it may mean, gently, never a diagnosis
};
FearsSummary SummarizeFears(int count);
// The next steps for the signs ticked, in list order, without repeating a link.
std::vector<const FearSign*> FearSteps(const std::vector<std::string>& ticked);

struct FearsCheck {
  double at_ms = 0;
  int day = 0;                     // local day then (calendar.h)
  std::vector<std::string> signs;  // ids ticked, in list order
};

struct FearsState {
  std::vector<std::string> ticked;  // the checklist being filled in (saved as a draft)
  std::string safe_with;            // "What helps me feel safe with someone" (draft, saved)
  std::string small_step;           // "One small risk I could take this week" (draft, saved)
  std::vector<FearsCheck> history;  // finished checks, oldest first (saved)
  bool show_result = false;         // the summary of the newest check is on screen (saved)
};

bool FearsIsTicked(const FearsState& f, const std::string& id);
void FearsToggle(FearsState& f, const std::string& id);  // unknown ids are ignored
void FearsFinish(FearsState& f, double now_ms, int utc_offset_min);  // keeps the check, shows the summary
void FearsAgain(FearsState& f);  // back to the checklist (ticks stay, to adjust)

nlohmann::json FearsToJson(const FearsState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void FearsFromJson(const nlohmann::json& j, FearsState& out);

}  // namespace core
