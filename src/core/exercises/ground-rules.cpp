// Our ground rules: the suggested rules, edits that ask for confirmation again, the agreement's
// text, what it hands to the time-out, and its JSON.
#include "core/exercises/ground-rules.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/base/jsonread.h"
#include "core/base/text.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

const std::vector<SuggestedRule>& SuggestedRules() {
  // Our own words. Facts from the conflict chapter: "I feel" statements, no "always"/"never",
  // a time-out signal anyone can use, one issue at a time, and looking for the real need.
  static const std::vector<SuggestedRule> list = {
      {"i-feel", "Say \u201cI feel\u201d, not \u201cyou never\u201d", "Talk about what you felt, not about what they did wrong."},
      {"no-always", "No \u201calways\u201d or \u201cnever\u201d", "Stick to the one time you are upset about."},
      {"one-topic", "One topic at a time", "Other problems wait for their own talk."},
      {"no-names", "No name-calling", "Be tough on the problem and gentle with each other."},
      {"no-old-fights", "No digging up old fights", "Old hurts get their own calm talk later."},
      {"listen-first", "Listen, then reply", "Say back what you heard before you give your side."},
      {"same-side", "Us against the problem", "We look for an answer that works for both of us, not a winner."},
      {"either-pauses", "Either of us can pause", "When one of us says the signal, we both stop. No questions asked."},
      {"come-back", "We come back when we said", "A break has a time to return, and we keep it."},
      {"good-time", "Pick a good time", "Not when one of us is hungry, worn out, rushed or has been drinking."},
      {"no-threats", "No threats to leave", "Even when angry, we don't put the relationship itself on the table."},
      {"no-silence", "No silent treatment", "Needing space is fine. We say so, and say when we will talk again."},
      {"real-issue", "Look for the real issue", "Once calm, we ask what the fight was really about for each of us."},
  };
  return list;
}

const SuggestedRule* FindSuggestedRule(const std::string& id) {
  for (const auto& r : SuggestedRules())
    if (id == r.id) return &r;
  return nullptr;
}

std::string SuggestedRuleLine(const SuggestedRule& r) { return std::string(r.title) + ". " + r.detail; }

std::string BreakLengthText(int minutes) { return std::to_string(minutes) + " minutes"; }

const char* CheckBackWhoText(CheckBackWho w) {
  switch (w) {
    case CheckBackWho::Caller: return "The one who asked for the break";
    case CheckBackWho::Other: return "The other partner";
    case CheckBackWho::Either: return "Whoever feels calm first";
  }
  return "";
}

namespace {

const char* WhoKey(CheckBackWho w) {
  return w == CheckBackWho::Other ? "other" : w == CheckBackWho::Either ? "either" : "caller";
}

}  // namespace

std::string CleanTextLine(const std::string& text, size_t max_bytes) {
  if (!IsValidUtf8(text)) return "";
  std::string s;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    s += (u < 0x20 || u == 0x7f) ? ' ' : c;
  }
  size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  s = s.substr(b, s.find_last_not_of(' ') - b + 1);
  s = jr::CutUtf8(s, max_bytes);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

namespace {

std::string CleanLine(const std::string& text, size_t max_bytes) { return CleanTextLine(text, max_bytes); }

// Ends a sentence with a full stop unless it already ends with one (or ! or ?).
std::string Sentence(const std::string& s) {
  if (s.empty()) return s;
  char last = s.back();
  return last == '.' || last == '!' || last == '?' ? s : s + ".";
}

// Keeps `chosen` in the list's order without repeats or unknown ids.
void Normalise(std::vector<std::string>& chosen) {
  std::vector<std::string> out;
  for (const auto& r : SuggestedRules())
    if (std::find(chosen.begin(), chosen.end(), r.id) != chosen.end()) out.push_back(r.id);
  chosen = std::move(out);
}

// Applies an edit: when it changed something, both must confirm again.
template <class T>
bool Edit(GroundRulesState& s, T& field, T value) {
  if (field == value) return false;
  field = std::move(value);
  ClearConfirmations(s);
  return true;
}

}  // namespace

bool IsChosen(const GroundRulesState& s, const std::string& id) {
  return std::find(s.chosen.begin(), s.chosen.end(), id) != s.chosen.end();
}

void ClearConfirmations(GroundRulesState& s) { s.confirmed_a_ms = s.confirmed_b_ms = 0; }

bool SetRuleChosen(GroundRulesState& s, const std::string& id, bool on) {
  if (!FindSuggestedRule(id) || IsChosen(s, id) == on) return false;
  if (on) {
    s.chosen.push_back(id);
    Normalise(s.chosen);
  } else {
    s.chosen.erase(std::find(s.chosen.begin(), s.chosen.end(), id));
  }
  ClearConfirmations(s);
  return true;
}

bool AddOwnRule(GroundRulesState& s, const std::string& text) {
  std::string t = CleanLine(text, kRuleTextMax);
  if (t.empty() || s.own.size() >= kOwnRulesMax || std::find(s.own.begin(), s.own.end(), t) != s.own.end())
    return false;
  s.own.push_back(t);
  ClearConfirmations(s);
  return true;
}

bool RemoveOwnRule(GroundRulesState& s, size_t index) {
  if (index >= s.own.size()) return false;
  s.own.erase(s.own.begin() + static_cast<std::ptrdiff_t>(index));
  ClearConfirmations(s);
  return true;
}

bool SetSignal(GroundRulesState& s, const std::string& text) {
  return IsValidUtf8(text) && Edit(s, s.signal, jr::CutUtf8(text, kSignalMaxBytes * 2));
}
bool SetHandSign(GroundRulesState& s, const std::string& text) {
  return IsValidUtf8(text) && Edit(s, s.hand_sign, jr::CutUtf8(text, kHandSignMax));
}
bool SetBreakMinutes(GroundRulesState& s, int minutes) { return Edit(s, s.break_minutes, ClampMinutes(minutes)); }
bool SetCheckBackWho(GroundRulesState& s, CheckBackWho who) { return Edit(s, s.who, who); }
bool SetCheckBackHow(GroundRulesState& s, const std::string& text) {
  return IsValidUtf8(text) && Edit(s, s.how, jr::CutUtf8(text, kCheckinHowMax));
}

bool SetNames(GroundRulesState& s, const std::string& a, const std::string& b) {
  if (!IsValidUtf8(a) || !IsValidUtf8(b)) return false;
  std::string ca = jr::CutUtf8(a, kRulesNameMax), cb = jr::CutUtf8(b, kRulesNameMax);
  if (ca == s.name_a && cb == s.name_b) return false;
  s.name_a = ca;
  s.name_b = cb;
  ClearConfirmations(s);
  return true;
}

std::string AgreedSignal(const GroundRulesState& s) { return CleanSignal(s.signal); }
std::string CleanHandSign(const GroundRulesState& s) { return CleanLine(s.hand_sign, kHandSignMax); }
std::string CleanHow(const GroundRulesState& s) { return CleanLine(s.how, kCheckinHowMax); }
std::string CleanNameA(const GroundRulesState& s) { return CleanLine(s.name_a, kRulesNameMax); }
std::string CleanNameB(const GroundRulesState& s) { return CleanLine(s.name_b, kRulesNameMax); }

size_t RuleCount(const GroundRulesState& s) { return s.chosen.size() + s.own.size(); }

bool CanConfirm(const GroundRulesState& s) {
  std::string a = CleanNameA(s), b = CleanNameB(s);
  return !a.empty() && !b.empty() && a != b && RuleCount(s) > 0;
}

bool IsConfirmed(const GroundRulesState& s) { return CanConfirm(s) && s.confirmed_a_ms > 0 && s.confirmed_b_ms > 0; }

bool Confirm(GroundRulesState& s, int person, double now_ms) {
  if (!CanConfirm(s) || (person != 0 && person != 1) || !(now_ms > 0)) return false;
  bool was = IsConfirmed(s);
  (person == 0 ? s.confirmed_a_ms : s.confirmed_b_ms) = now_ms;
  return !was && IsConfirmed(s);
}

std::string TimeoutAgreementLine(const GroundRulesState& s) {
  std::string out, sign = CleanHandSign(s), how = CleanHow(s);
  if (!sign.empty()) out = "Hand sign: " + Sentence(sign) + " ";
  std::string who = CheckBackWhoText(s.who);
  out += how.empty() ? who + " checks back in." : who + " checks back in: " + Sentence(how);
  return out;
}

void ApplyToTimeout(GroundRulesState& s, TimeoutSettings& t) {
  t.signal = AgreedSignal(s);
  SetDefaultMinutes(t, s.break_minutes);
  s.agreed_line = TimeoutAgreementLine(s);
}

std::string GroundRulesText(const GroundRulesState& s, int utc_offset_min) {
  std::string out = "OUR GROUND RULES\n\n";
  if (IsConfirmed(s)) {
    double at = std::max(s.confirmed_a_ms, s.confirmed_b_ms);
    out += "Agreed by " + CleanNameA(s) + " and " + CleanNameB(s) + " on " + DayLabel(LocalDay(at, utc_offset_min)) + ".\n";
  } else {
    out += "Not yet agreed by both of us.\n";
  }
  out += "\nHow we disagree\n";
  if (RuleCount(s) == 0) out += "- (no rules chosen yet)\n";
  for (const auto& r : SuggestedRules())
    if (IsChosen(s, r.id)) out += "- " + SuggestedRuleLine(r) + "\n";
  for (const auto& r : s.own) out += "- " + Sentence(r) + "\n";
  out += "\n" + std::string(kRulesHeadTimeout) + "\n";
  std::string sign = CleanHandSign(s), how = CleanHow(s);
  out += "- Our signal: \u201c" + AgreedSignal(s) + "\u201d\n";
  if (!sign.empty()) out += "- Our hand sign: " + Sentence(sign) + "\n";
  out += "- A break lasts at least " + BreakLengthText(s.break_minutes) + ". Then we come back.\n";
  out += "- " + std::string(CheckBackWhoText(s.who)) + " checks back in" + (how.empty() ? "." : ": " + Sentence(how)) + "\n";
  out += "\nMade with Hearth. What you write stays on your device.\n";
  return out;
}

json GroundRulesToJson(const GroundRulesState& s) {
  return json{{"chosen", s.chosen},       {"own", s.own},          {"draft", s.own_draft},
              {"signal", s.signal},       {"handSign", s.hand_sign}, {"minutes", s.break_minutes},
              {"who", WhoKey(s.who)},     {"how", s.how},          {"nameA", s.name_a},
              {"nameB", s.name_b},        {"confirmedA", s.confirmed_a_ms}, {"confirmedB", s.confirmed_b_ms},
              {"agreedLine", s.agreed_line}};
}

void GroundRulesFromJson(const json& j, GroundRulesState& out) {
  out = GroundRulesState{};
  if (!j.is_object()) return;
  std::vector<std::string> list;
  if (jr::Strings(j, "chosen", list, 100, 64)) {
    out.chosen = list;
    Normalise(out.chosen);
  }
  list.clear();
  if (jr::Strings(j, "own", list, kOwnRulesMax * 2, kRuleTextMax)) {
    for (const auto& r : list) {
      std::string t = CleanLine(r, kRuleTextMax);
      if (!t.empty() && out.own.size() < kOwnRulesMax && std::find(out.own.begin(), out.own.end(), t) == out.own.end())
        out.own.push_back(t);
    }
  }
  jr::String(j, "draft", out.own_draft, kRuleTextMax);
  jr::String(j, "signal", out.signal, kSignalMaxBytes * 2);
  jr::String(j, "handSign", out.hand_sign, kHandSignMax);
  std::string text;
  jr::Int(j, "minutes", kTimeoutMinMinutes, kTimeoutMaxMinutes, out.break_minutes);
  if (jr::String(j, "who", text, 16)) {
    for (CheckBackWho w : {CheckBackWho::Caller, CheckBackWho::Other, CheckBackWho::Either})
      if (text == WhoKey(w)) out.who = w;
  }
  jr::String(j, "how", out.how, kCheckinHowMax);
  jr::String(j, "nameA", out.name_a, kRulesNameMax);
  jr::String(j, "nameB", out.name_b, kRulesNameMax);
  jr::Time(j, "confirmedA", out.confirmed_a_ms);
  jr::Time(j, "confirmedB", out.confirmed_b_ms);
  if (!CanConfirm(out)) ClearConfirmations(out);
  if (jr::String(j, "agreedLine", text, 800)) out.agreed_line = CleanLine(text, 800);
}

void GroundRulesWorksheet(const GroundRulesState& s, const ExerciseText&, bool, PrintDoc& doc) {
  doc.Paragraph("Talk these through together on a calm day, not in the middle of a fight. Then both of you sign at "
                "the end.");
  doc.Heading(kRulesHeadChoose);
  doc.Paragraph(kRulesChooseLine);
  for (const auto& r : SuggestedRules()) doc.Check(SuggestedRuleLine(r), IsChosen(s, r.id));
  doc.Heading(kRulesHeadOwn);
  std::string own;
  for (const auto& r : s.own) own += Sentence(r) + "\n";
  std::string draft = CleanLine(s.own_draft, kRuleTextMax);
  if (!draft.empty()) own += Sentence(draft) + "\n";
  if (!own.empty()) own.pop_back();
  doc.Answer(kRulesAskOwn, own, 4);
  doc.Heading(kRulesHeadTimeout);
  doc.Paragraph(kRulesTimeoutLine);
  doc.Answer(kRulesAskSignal, AgreedSignal(s), 1);
  doc.Answer(kRulesAskHandSign, CleanHandSign(s), 1);
  doc.Answer(kRulesAskLength, BreakLengthText(s.break_minutes), 1);
  doc.Paragraph(kRulesAskWho);
  for (int i = 0; i < kCheckBackWhoCount; ++i) {
    CheckBackWho w = static_cast<CheckBackWho>(i);
    doc.Check(CheckBackWhoText(w), s.who == w);
  }
  doc.Answer(kRulesAskHow, CleanHow(s), 2);
  doc.Heading(kRulesHeadAgree);
  doc.Paragraph("We both agree to these rules. Either of us can ask to change them on a calm day.");
  doc.Answer(kRulesAskNameA, CleanNameA(s), 1);
  doc.Answer("Signature", "", 1);
  doc.Answer(kRulesAskNameB, CleanNameB(s), 1);
  doc.Answer("Signature", "", 1);
}

}  // namespace core
