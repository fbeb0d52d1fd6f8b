// I-statement coach (exercise "i-statement-coach"): its saved state and logic. Pure C++17; the time is passed in.
// Two parts: a rule-based analyser that points out words likely to start a fight (no network, no AI),
// and a builder for "I feel … when … because …, and I'd like …" sentences with a saved list.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

// What a flagged phrase is. The order is the order the screen explains them in.
enum class FlagKind {
  Threat,       // threats and intimidation: harm, "you'll pay for this", "don't test me", taking the children
  Universal,    // always / never / every time / forever, about the partner or a third person
  Blame,        // a sentence led by "you" that accuses ("you make me", "you never", "you're so")
  NameCalling,  // a label for the partner: "you" + to-be + a trait (lazy, selfish, a spoiled kid…)
  Contempt,     // scorn and sarcasm: "whatever", "figures", "classic you", "talking to you is pointless"
  Demand,       // orders: "you should", "you need to", "calm down", "quit overreacting"
};
inline constexpr int kFlagKinds = 6;

struct Flag {
  FlagKind kind = FlagKind::Universal;
  size_t begin = 0;  // byte offsets of the matched words in the ORIGINAL text: [begin, end)
  size_t end = 0;
  const char* explanation = "";  // why this can land badly (FlagExplain(kind))
};

// Finds the flagged phrases in what someone wants to say. Works on folded text (case, accents and
// curly quotes do not matter), whole words only; words inside "double quotes" or 'single quotes' are
// not flagged. Sorted by position, then kind; never throws; text longer than kTextMax is cut first.
std::vector<Flag> AnalyseStatement(std::string_view text);

const char* FlagTitle(FlagKind k);    // a short name: "Always and never words"
const char* FlagExplain(FlagKind k);  // why it can hurt, kindly
// A gentle way to rewrite it. Threat has none ("" ): a threat is not a wording problem, and the screen
// points to help instead of offering nicer words.
const char* FlagHint(FlagKind k);
bool HasThreat(const std::vector<Flag>& flags);

// The screen's words, shared with the printed worksheet.
inline constexpr const char* kCoachCheckHeading = "Check what you want to say";
inline constexpr const char* kCoachAskDraft = "What I want to say";
inline constexpr const char* kCoachBuildHeading = "Build an I-statement";
inline constexpr const char* kCoachBuildLine =
    "Say how you feel, about one moment, and what you need. It is easier to hear than a charge.";
inline constexpr const char* kCoachAskFeeling = "I feel";  // the screen adds " (pick a word above or type your own)"
inline constexpr const char* kCoachAskWhen = "when (one specific moment)";
inline constexpr const char* kCoachAskBecause = "because (what I need or care about)";
inline constexpr const char* kCoachAskRequest = "and I'd like (a small, clear request)";
inline constexpr const char* kCoachSentence = "Your sentence";
inline constexpr const char* kCoachSavedHeading = "Things I want to say";

// The feeling words of the builder, in groups (all different words).
struct FeelingGroup {
  const char* name;
  std::vector<const char*> words;
};
const std::vector<FeelingGroup>& FeelingGroups();

// The builder's four parts, as typed (the feeling may come from the list or be typed).
struct StatementParts {
  std::string feeling;  // "hurt"
  std::string when;     // one specific event: "you checked your phone while I was talking"
  std::string because;  // the need: "I want to feel heard"
  std::string request;  // "us to put phones away at dinner"
};

// "I feel hurt when you checked your phone while I was talking because I want to feel heard, and I'd
// like us to put phones away at dinner." Parts are trimmed, inner spaces collapsed, end punctuation and
// a repeated lead-in ("when …", "because …", "I'd like …") removed; empty parts are left out.
// Returns "" when every part is empty.
std::string BuildStatement(const StatementParts& p);
bool StatementReady(const StatementParts& p);  // a feeling and an event: enough to save

struct SavedStatement {
  std::string text;  // the finished sentence
  double at_ms = 0;  // when it was saved
};
inline constexpr size_t kSavedStatementsMax = 200;  // "things I want to say" keeps at most this many (oldest go)

struct CoachState {
  std::string draft;                   // what the person typed to check (saved, so a reload keeps it)
  StatementParts parts;                // the builder's fields (saved drafts)
  std::vector<SavedStatement> saved;   // "things I want to say", oldest first
  int confirm_remove = -1;             // the saved sentence asking "remove?" (-1 none; not saved)
  // Passing UI state, not written to JSON:
  bool just_saved = false;             // the last save succeeded: say so until the builder changes
};

// Saves the built sentence to the list. False (nothing saved) when not ready or already in the list.
bool SaveStatement(CoachState& s, double now_ms);
bool RemoveStatement(CoachState& s, size_t index);  // false if out of range

nlohmann::json CoachToJson(const CoachState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void CoachFromJson(const nlohmann::json& j, CoachState& out);

}  // namespace core
