// Reflective listening: reply order, answers, the score, reflections, and the JSON.
#include "core/exercises/reflective-listening.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>

#include "core/base/jsonread.h"
#include "core/exercises/ex_text.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

int FindScenario(const std::string& id) {
  const auto& all = Scenarios();
  for (size_t i = 0; i < all.size(); ++i)
    if (id == all[i].id) return static_cast<int>(i);
  return -1;
}

const char* ReplyKindName(ReplyKind k) {
  switch (k) {
    case ReplyKind::Reflective: return "Reflecting back";
    case ReplyKind::Fixing: return "Jumping to fix it";
    case ReplyKind::Dismissing: return "Brushing it off";
    case ReplyKind::Defensive: return "Defending yourself";
  }
  return "";
}

const char* ReplyKindKey(ReplyKind k) {
  switch (k) {
    case ReplyKind::Reflective: return "reflective";
    case ReplyKind::Fixing: return "fixing";
    case ReplyKind::Dismissing: return "dismissing";
    case ReplyKind::Defensive: return "defensive";
  }
  return "";
}

const char* ReplyWhy(ReplyKind k) {
  switch (k) {
    case ReplyKind::Reflective:
      return "This one helps. It says back what happened and gently names the feeling under it, with no advice and "
             "no judging. When people feel heard, they tend to calm down and say more.";
    case ReplyKind::Fixing:
      return "Wanting to fix it is kind, but it skips the feeling. It can sound like \"let's make this go away\". "
             "Ideas land better later, once they feel heard, and if you ask first.";
    case ReplyKind::Dismissing:
      return "This makes the feeling smaller than it is. Even when it is meant to comfort, it can leave them feeling "
             "brushed off, and less likely to share next time.";
    case ReplyKind::Defensive:
      return "This turns the talk toward you. Your side matters and it will get its turn, but first they need to "
             "feel heard.";
  }
  return "";
}

std::vector<int> ReplyOrder(size_t index, unsigned seed) {
  const auto& all = Scenarios();
  std::vector<int> order;
  if (index >= all.size()) return order;
  for (size_t i = 0; i < all[index].replies.size(); ++i) order.push_back(static_cast<int>(i));
  // FNV-1a over the id, mixed with the seed, drives a small LCG for a Fisher-Yates shuffle.
  uint32_t h = 2166136261u ^ seed;
  for (const char* c = all[index].id; *c; ++c) h = (h ^ static_cast<unsigned char>(*c)) * 16777619u;
  for (size_t i = order.size(); i > 1; --i) {
    h = h * 1664525u + 1013904223u;
    size_t j = (h >> 8) % i;
    std::swap(order[i - 1], order[j]);
  }
  return order;
}

ListeningScore Score(const ListeningState& s) {
  ListeningScore r;
  std::set<std::string> tried;
  for (size_t i = 0; i < s.answers.size(); ++i) {
    const ListeningAnswer& a = s.answers[i];
    ++r.answers;
    r.reflective += a.reflective ? 1 : 0;
    if (i + 10 >= s.answers.size()) {
      ++r.recent;
      r.recent_reflective += a.reflective ? 1 : 0;
    }
    tried.insert(a.scenario);
  }
  r.scenarios_tried = static_cast<int>(tried.size());
  return r;
}

const ListeningAnswer* LastAnswer(const ListeningState& s, const std::string& scenario_id) {
  for (size_t i = s.answers.size(); i-- > 0;)
    if (s.answers[i].scenario == scenario_id) return &s.answers[i];
  return nullptr;
}

void EnsureSeed(ListeningState& s, double now_ms) {
  if (s.seed != 0) return;
  s.seed = static_cast<unsigned>(std::fmod(std::fabs(now_ms), 4294967295.0)) | 1u;
}

bool RecordAnswer(ListeningState& s, int reply, double now_ms) {
  const auto& all = Scenarios();
  if (s.current < 0 || s.current >= static_cast<int>(all.size())) return false;
  const Scenario& sc = all[static_cast<size_t>(s.current)];
  if (reply < 0 || reply >= static_cast<int>(sc.replies.size())) return false;
  s.answers.push_back({sc.id, reply, sc.replies[static_cast<size_t>(reply)].kind == ReplyKind::Reflective, now_ms});
  if (s.answers.size() > kAnswersMax) s.answers.erase(s.answers.begin());
  s.picked = reply;
  return true;
}

void NextScenario(ListeningState& s) {
  int n = static_cast<int>(Scenarios().size());
  s.current = n > 0 ? (s.current + 1) % n : 0;
  s.picked = -1;
  const Reflection* r = FindReflection(s, Scenarios()[static_cast<size_t>(s.current)].id);
  s.draft = r ? r->text : "";
}

bool SaveReflection(ListeningState& s) {
  const auto& all = Scenarios();
  if (s.current < 0 || s.current >= static_cast<int>(all.size())) return false;
  std::string text = jr::CutUtf8(s.draft, jr::kTextMax);
  size_t b = text.find_first_not_of(" \t\r\n"), e = text.find_last_not_of(" \t\r\n");
  if (b == std::string::npos) return false;
  text = text.substr(b, e - b + 1);
  std::string id = all[static_cast<size_t>(s.current)].id;
  for (Reflection& r : s.reflections)
    if (r.scenario == id) {
      r.text = text;
      return true;
    }
  s.reflections.push_back({id, text});
  return true;
}

const Reflection* FindReflection(const ListeningState& s, const std::string& scenario_id) {
  for (const Reflection& r : s.reflections)
    if (r.scenario == scenario_id) return &r;
  return nullptr;
}

json ListeningToJson(const ListeningState& s) {
  json answers = json::array(), refl = json::array();
  for (const ListeningAnswer& a : s.answers)
    answers.push_back({{"scenario", a.scenario}, {"reply", a.reply}, {"reflective", a.reflective}, {"at", a.at_ms}});
  for (const Reflection& r : s.reflections) refl.push_back({{"scenario", r.scenario}, {"text", r.text}});
  return {{"answers", answers}, {"reflections", refl}, {"current", s.current}, {"seed", s.seed}, {"draft", s.draft}};
}

void ListeningFromJson(const json& j, ListeningState& out) {
  out = ListeningState{};
  const int n = static_cast<int>(Scenarios().size());
  jr::Int(j, "current", 0, n - 1, out.current);
  double seed = 0;
  if (jr::Number(j, "seed", 0, 4294967295.0, seed) && seed == std::floor(seed)) out.seed = static_cast<unsigned>(seed);
  jr::String(j, "draft", out.draft);
  if (const json* a = jr::Field(j, "answers"); a && a->is_array()) {
    for (const json& item : *a) {
      ListeningAnswer x;
      if (!jr::String(item, "scenario", x.scenario, 64)) continue;
      int idx = FindScenario(x.scenario);
      if (idx < 0) continue;  // a scenario that no longer exists
      const Scenario& sc = Scenarios()[static_cast<size_t>(idx)];
      if (!jr::Int(item, "reply", 0, static_cast<int>(sc.replies.size()) - 1, x.reply)) continue;
      x.reflective = sc.replies[static_cast<size_t>(x.reply)].kind == ReplyKind::Reflective;  // the data decides
      jr::Time(item, "at", x.at_ms);
      out.answers.push_back(std::move(x));
    }
    if (out.answers.size() > kAnswersMax)
      out.answers.erase(out.answers.begin(), out.answers.end() - static_cast<std::ptrdiff_t>(kAnswersMax));
  }
  if (const json* r = jr::Field(j, "reflections"); r && r->is_array()) {
    for (const json& item : *r) {
      Reflection x;
      if (!jr::String(item, "scenario", x.scenario, 64) || FindScenario(x.scenario) < 0) continue;
      if (!jr::String(item, "text", x.text) || x.text.empty() || FindReflection(out, x.scenario)) continue;
      out.reflections.push_back(std::move(x));
    }
  }
}

void ListeningWorksheet(const ListeningState& s, const ExerciseText& text, bool filled, PrintDoc& doc) {
  // A handful of the scenarios, not all of them: blank, the first kShown; filled, the one on screen,
  // then those answered most recently, then the ones after the one on screen. Each with its replies
  // in the screen's order (the person's pick ticked) and room for their own words. The answers, and
  // why each kind of reply helps or not, come last.
  constexpr size_t kShown = 6;
  const std::vector<Scenario>& all = Scenarios();
  doc.Paragraph(kListeningIntro);
  if (text.listening.size() != all.size() || all.empty()) {
    doc.Paragraph(kPrintWordsLoading);
    return;
  }
  const size_t n = all.size();
  const size_t current = s.current >= 0 && static_cast<size_t>(s.current) < n ? static_cast<size_t>(s.current) : 0;
  std::vector<size_t> picks;
  auto add = [&](size_t i) {
    if (i < n && picks.size() < kShown && std::find(picks.begin(), picks.end(), i) == picks.end()) picks.push_back(i);
  };
  if (filled) {
    add(current);
    for (size_t a = s.answers.size(); a-- > 0;) {
      int i = FindScenario(s.answers[a].scenario);
      if (i >= 0) add(static_cast<size_t>(i));
    }
    for (size_t k = 1; k < n; ++k) add((current + k) % n);
  } else {
    for (size_t i = 0; i < n; ++i) add(i);
  }
  doc.Paragraph("For each one, tick the reply that would help most. Then write your own.");
  doc.Paragraph(kListeningOwnLine);
  std::string key;
  for (size_t i : picks) {
    const ScenarioText& words = text.listening[i];
    const ListeningAnswer* last = LastAnswer(s, all[i].id);
    doc.Heading("Scenario " + std::to_string(i + 1) + " of " + std::to_string(n));
    doc.Paragraph(kListeningSays);
    doc.Paragraph("\"" + words.says + "\"");
    std::vector<int> order = ReplyOrder(i, s.seed);
    for (size_t pos = 0; pos < order.size(); ++pos) {
      size_t r = static_cast<size_t>(order[pos]);
      if (r >= words.replies.size() || r >= all[i].replies.size()) continue;
      std::string letter(1, static_cast<char>('A' + pos));
      doc.Check(letter + ". \"" + words.replies[r] + "\"", last && last->reply == order[pos]);
      if (all[i].replies[r].kind == ReplyKind::Reflective)
        key += (key.empty() ? "" : ", ") + std::to_string(i + 1) + ": " + letter;
    }
    const Reflection* kept = FindReflection(s, all[i].id);
    std::string own = kept ? kept->text : "";
    if (i == current && s.draft.find_first_not_of(" \t\r\n") != std::string::npos) own = s.draft;
    doc.Answer(kListeningAskOwn, own, 2);
  }
  doc.Heading("Why each reply helps or not");
  for (ReplyKind k : {ReplyKind::Reflective, ReplyKind::Fixing, ReplyKind::Dismissing, ReplyKind::Defensive})
    doc.Item(std::string(ReplyKindName(k)) + ": " + ReplyWhy(k));
  doc.Note("The replies that reflect, by scenario: " + key + ".");
}

}  // namespace core
