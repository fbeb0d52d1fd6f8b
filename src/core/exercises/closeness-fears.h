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

// The form's words, shared by the screen and the printed worksheet.
inline constexpr const char* kFearsIntro =
    "Letting someone in can feel risky, and many people hold back without knowing it. This list can help you notice "
    "patterns, gently and at your own pace.";
inline constexpr const char* kFearsHeadSigns = "Lately, this sounds like me";
inline constexpr const char* kFearsHeadNotes = "If you like, a few notes for yourself";
inline constexpr const char* kFearsAskSafe = "What helps me feel safe with someone (optional)";
inline constexpr const char* kFearsAskStep = "One small risk I could take this week (optional)";
inline constexpr const char* kFearsNotDiagnosis =
    "This is not a test or a diagnosis. It is a way to notice patterns. Only you, perhaps with a professional, can "
    "say what they mean for you.";
inline constexpr const char* kFearsHelpHead = "Where professional help fits";
inline constexpr const char* kFearsHelpText =
    "A therapist or counselor can help when fear keeps you from the closeness you want, when it keeps causing pain, "
    "or when memories of trauma or abuse feel like too much. They can help you spot your patterns and try new ways "
    "of relating. If you are in a couple, a couples therapist can help you both.";
inline constexpr const char* kFearsSafetyHead = "Afraid of closeness, or afraid of your partner?";
inline constexpr const char* kFearsSafetyText =
    "These are not the same. If your partner hurts, threatens or controls you, this is not something to work "
    "through alone. You deserve help, and it is free and private.";

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
