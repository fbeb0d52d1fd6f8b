// Interdependence check (exercise "interdependence"): its saved state and logic. Pure C++17; the time is
// passed in. Twelve statements rated 1-5 for how true they are: six describe interdependence (two whole
// people who lean on each other), six describe codependent patterns (self-worth that rests on a
// partner's approval, a world that shrinks, fear of being left). Each pair speaks to the same theme, so
// the summary can set them side by side.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

inline constexpr int kInterdepPairs = 6;
inline constexpr int kInterdepItems = 2 * kInterdepPairs;
inline constexpr size_t kInterdepHistoryMax = 200;

// The form's words, shared by the screen and the printed worksheet.
inline constexpr const char* kInterdepIntro =
    "Healthy closeness rests on interdependence: two whole people who choose to share their lives and lean on each "
    "other, while each keeps a self of their own. This check looks at that balance.";
inline constexpr const char* kInterdepRateLine = "Rate how true each statement is for you lately. Go with your first answer.";
inline constexpr const char* kInterdepLow = "Not true";
inline constexpr const char* kInterdepHigh = "Very true";
inline constexpr const char* kInterdepHelpHead = "When to get help";
inline constexpr const char* kInterdepHelpText =
    "If these patterns feel strong, or worry and control run the relationship, a counselor or therapist can help. "
    "Codependency often grows from a deep fear of being left alone, and that can change with support. If your "
    "partner controls, threatens or hurts you, that is not your pattern to fix alone: please reach out.";

struct InterdepItem {
  const char* id;    // stable id (saved)
  const char* text;  // first person
  bool pattern;      // true: a codependent pattern; false: a sign of interdependence
  int pair;          // the theme it shares with its counterpart, 0..5
};
// In the order shown: themes mixed, each pair's two sides apart.
const std::vector<InterdepItem>& InterdepItems();
const char* InterdepTheme(int pair);  // "Your own self", ...
const InterdepItem* InterdepFind(int pair, bool pattern);

struct InterdepScore {
  bool complete = false;   // every statement rated
  double balance = 0;      // mean rating of the interdependence statements, 1..5
  double pattern = 0;      // mean rating of the codependent-pattern statements, 1..5
  int level = 0;           // 0 mostly interdependent, 1 quiet on both sides, 2 some patterns, 3 strong patterns
  std::string title;       // "Mostly interdependent"
  std::string text;        // what it may mean, plainly
  std::vector<int> pairs;  // themes to look at: a pattern rated 4-5 or its healthy side rated 1-2, in theme order
};
// ratings: kInterdepItems values in InterdepItems() order, 0 = not rated, else 1..5.
InterdepScore ScoreInterdep(const std::vector<int>& ratings);

struct InterdepCheck {
  double at_ms = 0;
  int day = 0;               // local day then
  std::vector<int> ratings;  // kInterdepItems values, each 1..5
};

struct InterdependenceState {
  std::vector<int> ratings = std::vector<int>(kInterdepItems, 0);  // the check being filled in (saved draft)
  std::vector<InterdepCheck> history;  // finished checks, oldest first (saved)
  bool show_result = false;            // the newest check's summary is on screen (saved)
};

void InterdepRate(InterdependenceState& s, int item, int value);  // 1..5; others ignored
bool InterdepFinish(InterdependenceState& s, double now_ms, int utc_offset_min);  // false unless every item is rated
void InterdepAgain(InterdependenceState& s);  // a fresh check (blank ratings)

nlohmann::json InterdependenceToJson(const InterdependenceState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void InterdependenceFromJson(const nlohmann::json& j, InterdependenceState& out);

}  // namespace core
