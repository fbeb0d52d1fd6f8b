// Our ground rules (exercise "ground-rules"): its saved state and logic. Pure C++17; the time is passed in.
// A couple picks rules from a short list, adds their own, agrees a time-out signal (words and an
// optional hand sign), a break length and who checks back in. Both confirm by name; any edit after
// that asks both to confirm again. The confirmed agreement feeds the time-out's settings.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/timeout/timeout.h"

namespace core {

inline constexpr size_t kOwnRulesMax = 20;      // rules in your own words
inline constexpr size_t kRuleTextMax = 300;     // bytes of one own rule
inline constexpr size_t kRulesNameMax = 60;     // bytes of a partner's name
inline constexpr size_t kHandSignMax = 120;     // bytes of the hand sign description
inline constexpr size_t kCheckinHowMax = 300;   // bytes of "how we check back in"

struct SuggestedRule {
  const char* id;      // stable, saved
  const char* title;   // short (a checkbox label; fits a phone)
  const char* detail;  // one plain line
};
const std::vector<SuggestedRule>& SuggestedRules();  // a dozen or so, in the order shown
const SuggestedRule* FindSuggestedRule(const std::string& id);
// "One topic at a time. Other problems wait for their own talk." (the agreement's line for a rule)
std::string SuggestedRuleLine(const SuggestedRule& r);

// The form's words, shared by the screen and the printed worksheet.
inline constexpr const char* kRulesHeadChoose = "Rules to choose from";
inline constexpr const char* kRulesChooseLine = "Pick the ones you both want. Fewer rules you keep beat many you forget.";
inline constexpr const char* kRulesHeadOwn = "In our own words";
inline constexpr const char* kRulesAskOwn = "A rule in your own words";
inline constexpr const char* kRulesHeadTimeout = "Our time-out";
inline constexpr const char* kRulesTimeoutLine =
    "Pick words either of you can say when feelings run too high. When one of you says them, you both stop, no "
    "questions asked, and you come back when the break is over.";
inline constexpr const char* kRulesAskSignal = "Our signal (the words)";
inline constexpr const char* kRulesAskHandSign = "A hand sign too (optional)";
inline constexpr const char* kRulesAskLength = "How long a break lasts";
inline constexpr const char* kRulesAskWho = "Who checks back in when the break is over";
inline constexpr const char* kRulesAskHow = "How you check back in (optional)";
inline constexpr const char* kRulesHeadAgree = "We both agree";
inline constexpr const char* kRulesAskNameA = "First person's name";
inline constexpr const char* kRulesAskNameB = "Second person's name";

// Who reaches out when the break is over.
enum class CheckBackWho { Caller, Other, Either };
inline constexpr int kCheckBackWhoCount = 3;
const char* CheckBackWhoText(CheckBackWho w);  // "The one who asked for the break"

// One line of a person's text: valid UTF-8 (else ""), control characters as spaces, no outer
// spaces, at most max_bytes (cut between characters). Also used by the ritual planner.
std::string CleanTextLine(const std::string& text, size_t max_bytes);

struct GroundRulesState {
  std::vector<std::string> chosen;     // ids of suggested rules, in the list's order
  std::vector<std::string> own;        // rules in our own words, in the order added
  std::string own_draft;               // an own rule being typed (saved: a reload keeps it)
  int confirm_remove = -1;             // the own rule asking "remove?" (-1 none; not saved)
  // The text fields keep what was typed (a trailing space while typing must stay); the Clean*()
  // readers below give the tidy versions used in the agreement.
  std::string signal = kDefaultSignal; // the time-out words as typed (CleanSignal gives what is used)
  std::string hand_sign;               // optional, e.g. "a T with our hands"
  int break_minutes = kTimeoutDefaultMinutes;  // kTimeoutMinMinutes..kTimeoutMaxMinutes
  CheckBackWho who = CheckBackWho::Caller;
  std::string how;                     // how we check back in, e.g. "a knock on the door"
  std::string name_a, name_b;          // the two people who confirm, as typed
  double confirmed_a_ms = 0;           // when name_a confirmed this version (0 = not yet)
  double confirmed_b_ms = 0;
  std::string agreed_line;             // the "Our agreement" line the time-out shows, set when both confirm
};

bool IsChosen(const GroundRulesState& s, const std::string& id);
// Each edit below clears both confirmations when it changes anything (returns whether it did).
bool SetRuleChosen(GroundRulesState& s, const std::string& id, bool on);  // unknown ids are refused
bool AddOwnRule(GroundRulesState& s, const std::string& text);   // trims; empty, duplicate or list full: false
bool RemoveOwnRule(GroundRulesState& s, size_t index);
// The text setters keep valid UTF-8 only (else refused), cut to their limits.
bool SetSignal(GroundRulesState& s, const std::string& text);
bool SetHandSign(GroundRulesState& s, const std::string& text);
bool SetBreakMinutes(GroundRulesState& s, int minutes);          // clamped to 10 min..24 h
bool SetCheckBackWho(GroundRulesState& s, CheckBackWho who);
bool SetCheckBackHow(GroundRulesState& s, const std::string& text);
bool SetNames(GroundRulesState& s, const std::string& a, const std::string& b);
void ClearConfirmations(GroundRulesState& s);
std::string AgreedSignal(const GroundRulesState& s);  // CleanSignal(signal)
std::string CleanHandSign(const GroundRulesState& s);
std::string CleanHow(const GroundRulesState& s);
std::string CleanNameA(const GroundRulesState& s);
std::string CleanNameB(const GroundRulesState& s);

// Confirms for person 0 (name_a) or 1 (name_b). Needs both names filled in and at least one rule.
// Returns true when this confirmation made the agreement complete (both have now confirmed).
bool CanConfirm(const GroundRulesState& s);
bool Confirm(GroundRulesState& s, int person, double now_ms);
bool IsConfirmed(const GroundRulesState& s);  // both confirmed the current version
size_t RuleCount(const GroundRulesState& s);   // chosen + own

// The signal and the break length go into the time-out's settings (through CleanSignal and
// SetDefaultMinutes), and the "Our agreement" line is kept for the time-out screen.
void ApplyToTimeout(GroundRulesState& s, TimeoutSettings& t);
// "Hand sign: a T with our hands. The one who asked for the break checks back in: a knock on the door."
std::string TimeoutAgreementLine(const GroundRulesState& s);
// "30 minutes" (a break's length in words)
std::string BreakLengthText(int minutes);
// The whole agreement as plain text (for printing and hearth-ground-rules.txt), "\n" line ends.
std::string GroundRulesText(const GroundRulesState& s, int utc_offset_min);

nlohmann::json GroundRulesToJson(const GroundRulesState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void GroundRulesFromJson(const nlohmann::json& j, GroundRulesState& out);

}  // namespace core
