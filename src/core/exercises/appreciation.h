// Appreciation moments (exercise "appreciation"): its saved state and logic. Pure C++17; the time is passed in.
// One line a day about something you appreciated. Entries are kept by local day, newest first; only
// today's can be edited; any can be deleted. The count shown is "days this month", never a streak.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

inline constexpr size_t kAppreciationMax = 3700;  // about ten years of days; the oldest go first

// The screen's words, shared with the printed worksheet.
inline constexpr const char* kAppreciationIntro =
    "Each day, write one line about something you valued in your partner. It trains you to notice the good, and "
    "it gives you kind words to share.";
inline constexpr const char* kAppreciationAsk = "Something I appreciated today";

struct AppreciationEntry {
  int day = 0;        // local day number (calendar.h)
  std::string text;   // one line (trimmed, at most jr::kTextMax bytes)
  double at_ms = 0;   // wall clock when last saved
};

struct AppreciationState {
  std::vector<AppreciationEntry> entries;  // newest first, one per day
  std::string draft;       // what is being typed for today (saved as typed)
  bool editing = false;    // today's entry is open for editing (saved, so a reload keeps the field)
  int prompt = -1;         // the prompt shown to help (index into AppreciationPrompts), -1 none
  // Passing screen state (not written to JSON):
  int confirm_delete_day = -1;  // the entry asking "delete?" (-1 none)
  int shown = 30;               // how many past entries are listed
};

const std::vector<const char*>& AppreciationPrompts();
// Another prompt, different from `current`, chosen with the random number passed in.
int NextAppreciationPrompt(int current, unsigned random);

const AppreciationEntry* AppreciationOn(const AppreciationState& s, int day);  // nullptr if none
// Saves `text` as the entry for `day` (replacing that day's entry if there is one). Blank text is
// refused (false). Keeps entries newest first and at most kAppreciationMax.
bool SaveAppreciation(AppreciationState& s, int day, const std::string& text, double now_ms);
bool DeleteAppreciation(AppreciationState& s, int day);  // false if there was none
// Days with an entry in the month of `today` (up to and including today).
int AppreciationDaysThisMonth(const AppreciationState& s, int today);
std::string AppreciationShareText(const AppreciationEntry& e);  // for the clipboard

nlohmann::json AppreciationToJson(const AppreciationState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void AppreciationFromJson(const nlohmann::json& j, AppreciationState& out);

}  // namespace core
