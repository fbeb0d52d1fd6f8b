// When closeness feels scary: the checklist (our own words for chapter 09's signs), the gentle
// summary, next steps per sign, and the JSON.
#include "core/exercises/closeness-fears.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/base/jsonread.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

const std::vector<FearSign>& FearSigns() {
  static const std::vector<FearSign> list = {
      {"avoid-deep", "I steer clear of deep relationships, even when part of me wants one.",
       "Notice what you fear might happen if someone got close. Naming the fear takes away some of its power.",
       "chapter:fear-of-closeness#why-risky", "Why closeness can feel risky"},
      {"uneasy", "I often feel uneasy around people, and I can't quite say why.",
       "Ask yourself what sets off the unease. Knowing your triggers lets you plan for them.",
       "chapter:fear-of-closeness#boundaries", "Boundaries that keep you safe"},
      {"pull-away", "I pull away and spend a lot of time by myself.",
       "Pick one person you trust and one small way to reach out to them this week.",
       "chapter:why-it-matters#loneliness", "Closeness and loneliness"},
      {"real-me", "I doubt that anyone could like the real me.",
       "Try talking to yourself the way you would talk to a good friend. A therapist can help with how you see "
       "yourself.",
       "chapter:fear-of-closeness#support", "Getting support"},
      {"drift", "During sex, my mind drifts off and it's hard to stay in the moment.",
       "Slow down and talk about what helps you feel safe. Closeness without sex counts too.",
       "chapter:emotional-and-physical#say-what-you-need", "Saying what you need"},
      {"arms-length", "I keep people at arm's length, so they never really get to know me.",
       "Share one small, true thing with someone safe, and see how it lands.", "chapter:fear-of-closeness#telling",
       "Telling your partner"},
      {"old-hurt", "An old hurt, like a breakup or a betrayal, still makes trust feel risky.",
       "Think about which walls you built long ago, and whether each one still helps you today.",
       "chapter:fear-of-closeness#roots", "Where the fear can come from"},
  };
  return list;
}

int FearSignIndex(const std::string& id) {
  const auto& l = FearSigns();
  for (size_t i = 0; i < l.size(); ++i)
    if (id == l[i].id) return static_cast<int>(i);
  return -1;
}

FearsSummary SummarizeFears(int count) {
  if (count <= 0)
    return {0, "None of these feel familiar right now",
            "Good to know. Closeness can still feel hard at times, and that is normal. You can come back to this list "
            "whenever you like."};
  if (count <= 2)
    return {1, "A few of these feel familiar",
            "Many people hold back in some ways. A sign or two does not mean something is wrong with you. Often it "
            "means that, at some point, you learned to protect yourself."};
  if (count <= 4)
    return {2, "Several of these feel familiar",
            "Part of you may be guarding against getting hurt. That made sense once. Now you can look at each wall and "
            "ask whether it still helps you. Going slowly is fine."};
  return {3, "Many of these feel familiar",
          "That can be a lot to carry. You do not have to sort it out alone. A therapist can help you see where it "
          "comes from and try new ways of relating, at a pace that feels safe."};
}

std::vector<const FearSign*> FearSteps(const std::vector<std::string>& ticked) {
  std::vector<const FearSign*> out;
  for (const FearSign& f : FearSigns()) {
    if (std::find(ticked.begin(), ticked.end(), f.id) == ticked.end()) continue;
    bool seen = false;
    for (const FearSign* o : out) seen |= std::string(o->target) == f.target;
    if (!seen) out.push_back(&f);
  }
  return out;
}

bool FearsIsTicked(const FearsState& f, const std::string& id) {
  return std::find(f.ticked.begin(), f.ticked.end(), id) != f.ticked.end();
}

// Keeps the ticks unique and in the checklist's order.
static std::vector<std::string> Ordered(const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const FearSign& s : FearSigns())
    if (std::find(ids.begin(), ids.end(), s.id) != ids.end()) out.push_back(s.id);
  return out;
}

void FearsToggle(FearsState& f, const std::string& id) {
  if (FearSignIndex(id) < 0) return;
  auto it = std::find(f.ticked.begin(), f.ticked.end(), id);
  if (it != f.ticked.end()) f.ticked.erase(it);
  else f.ticked.push_back(id);
  f.ticked = Ordered(f.ticked);
}

void FearsFinish(FearsState& f, double now_ms, int utc_offset_min) {
  f.history.push_back({now_ms, LocalDay(now_ms, utc_offset_min), Ordered(f.ticked)});
  if (f.history.size() > kFearsHistoryMax)
    f.history.erase(f.history.begin(), f.history.begin() + (f.history.size() - kFearsHistoryMax));
  f.show_result = true;
}

void FearsAgain(FearsState& f) { f.show_result = false; }

json FearsToJson(const FearsState& s) {
  json hist = json::array();
  for (const FearsCheck& c : s.history) hist.push_back({{"at", c.at_ms}, {"day", c.day}, {"signs", c.signs}});
  return {{"ticked", s.ticked},
          {"safe_with", s.safe_with},
          {"small_step", s.small_step},
          {"history", std::move(hist)},
          {"show_result", s.show_result}};
}

void FearsFromJson(const json& j, FearsState& out) {
  out = FearsState{};
  if (!j.is_object()) return;
  std::vector<std::string> ids;
  if (jr::Strings(j, "ticked", ids, 64, 64)) out.ticked = Ordered(ids);
  jr::String(j, "safe_with", out.safe_with);
  jr::String(j, "small_step", out.small_step);
  if (const json* h = jr::Field(j, "history"); h && h->is_array()) {
    for (const json& e : *h) {
      if (out.history.size() >= kFearsHistoryMax) break;
      FearsCheck c;
      if (!jr::Time(e, "at", c.at_ms)) continue;
      jr::Int(e, "day", -1000000, 1000000, c.day);
      if (jr::Strings(e, "signs", ids, 64, 64)) c.signs = Ordered(ids);
      out.history.push_back(std::move(c));
    }
  }
  jr::Bool(j, "show_result", out.show_result);
  if (out.history.empty()) out.show_result = false;
}

void FearsWorksheet(const FearsState& s, const ExerciseText&, bool filled, PrintDoc& doc) {
  // Filled: the checklist being filled in, else the newest finished check.
  const std::vector<std::string>& ticked = !s.ticked.empty() || s.history.empty() ? s.ticked : s.history.back().signs;
  doc.Paragraph(kFearsIntro);
  doc.Paragraph("Tick any that sound like you. Skip any you would rather not think about today. This page is for "
                "you: keep it somewhere private.");
  if (filled && s.ticked.empty() && !s.history.empty()) doc.Note("Checked on " + DayLabel(s.history.back().day) + ".");
  doc.Heading(kFearsHeadSigns);
  for (const FearSign& f : FearSigns())
    doc.Check(f.text, std::find(ticked.begin(), ticked.end(), f.id) != ticked.end());
  doc.Heading(kFearsHeadNotes);
  doc.Answer(kFearsAskSafe, s.safe_with, 3);
  doc.Answer(kFearsAskStep, s.small_step, 3);
  doc.Note(kFearsNotDiagnosis);
  doc.Heading(kFearsHelpHead);
  doc.Paragraph(kFearsHelpText);
  doc.Heading(kFearsSafetyHead, 3);
  doc.Paragraph(kFearsSafetyText);
}

}  // namespace core
