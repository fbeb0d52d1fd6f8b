// Appreciation moments: entries by day, prompts, the month count, and JSON.
#include "core/exercises/appreciation.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/base/jsonread.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

namespace {

constexpr int kDayMax = 200 * 366;  // day numbers up to about year 2170

std::string CleanLine(const std::string& t) {
  std::string out;
  for (char c : t) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  size_t a = out.find_first_not_of(' '), b = out.find_last_not_of(' ');
  out = a == std::string::npos ? std::string() : out.substr(a, b - a + 1);
  return jr::CutUtf8(out, jr::kTextMax);
}

}  // namespace

const std::vector<const char*>& AppreciationPrompts() {
  static const std::vector<const char*> kPrompts = {
      "Something small your partner did that made today easier.",
      "A moment today when you felt looked after.",
      "Something your partner said that stayed with you.",
      "A way your partner showed patience.",
      "A habit of theirs you would miss if it stopped.",
      "Something they did for someone else that you admired.",
      "A time today you laughed together.",
      "A chore or job they did that you did not have to think about.",
      "A way they have grown since you met.",
      "Something they remembered that mattered to you.",
      "A quality in them you are glad your friends or family get to see.",
      "A moment when they listened well.",
      "Something about how they look at the world that you enjoy.",
      "A hard thing they are carrying right now, and how they keep going.",
      "A tiny thing: a text, a cup of tea, a hand on your back.",
      "Something they taught you, on purpose or not.",
  };
  return kPrompts;
}

int NextAppreciationPrompt(int current, unsigned random) {
  int n = static_cast<int>(AppreciationPrompts().size());
  if (current < 0 || current >= n) return static_cast<int>(random % static_cast<unsigned>(n));
  return (current + 1 + static_cast<int>(random % static_cast<unsigned>(n - 1))) % n;
}

const AppreciationEntry* AppreciationOn(const AppreciationState& s, int day) {
  for (const auto& e : s.entries)
    if (e.day == day) return &e;
  return nullptr;
}

bool SaveAppreciation(AppreciationState& s, int day, const std::string& text, double now_ms) {
  std::string line = CleanLine(text);
  if (line.empty() || day < 0 || day > kDayMax) return false;
  for (auto& e : s.entries) {
    if (e.day == day) {
      e.text = line;
      e.at_ms = now_ms;
      return true;
    }
  }
  auto pos = std::find_if(s.entries.begin(), s.entries.end(), [&](const AppreciationEntry& e) { return e.day < day; });
  s.entries.insert(pos, AppreciationEntry{day, line, now_ms});
  if (s.entries.size() > kAppreciationMax) s.entries.resize(kAppreciationMax);
  return true;
}

bool DeleteAppreciation(AppreciationState& s, int day) {
  auto it = std::find_if(s.entries.begin(), s.entries.end(), [&](const AppreciationEntry& e) { return e.day == day; });
  if (it == s.entries.end()) return false;
  s.entries.erase(it);
  return true;
}

int AppreciationDaysThisMonth(const AppreciationState& s, int today) {
  Ymd t = DayToYmd(today);
  int first = YmdToDay(Ymd{t.y, t.m, 1});
  int n = 0;
  for (const auto& e : s.entries)
    if (e.day >= first && e.day <= today) ++n;  // one entry per day, so entries = days
  return n;
}

std::string AppreciationShareText(const AppreciationEntry& e) {
  return "Something I appreciated on " + DayLabel(e.day) + ": " + e.text;
}

json AppreciationToJson(const AppreciationState& s) {
  json list = json::array();
  for (const auto& e : s.entries) list.push_back({{"day", e.day}, {"text", e.text}, {"at_ms", e.at_ms}});
  return {{"entries", list}, {"draft", s.draft}, {"editing", s.editing}, {"prompt", s.prompt}};
}

void AppreciationFromJson(const json& j, AppreciationState& out) {
  out = AppreciationState{};
  if (!j.is_object()) return;
  jr::String(j, "draft", out.draft);
  jr::Bool(j, "editing", out.editing);
  jr::Int(j, "prompt", -1, static_cast<int>(AppreciationPrompts().size()) - 1, out.prompt);
  const json* list = jr::Field(j, "entries");
  if (!list || !list->is_array()) return;
  AppreciationState tmp;
  for (const json& item : *list) {
    if (tmp.entries.size() >= kAppreciationMax) break;
    int day = -1;
    std::string text;
    double at = 0;
    if (!jr::Int(item, "day", 0, kDayMax, day) || !jr::String(item, "text", text)) continue;
    jr::Time(item, "at_ms", at);
    if (AppreciationOn(tmp, day)) continue;  // one per day: the first kept
    SaveAppreciation(tmp, day, text, at);
  }
  out.entries = std::move(tmp.entries);
}

void AppreciationWorksheet(const AppreciationState& s, const ExerciseText&, bool filled, PrintDoc& doc) {
  // A week of lines. Filled: what is being typed for today, then the newest moments (at most kNewest
  // in all), each under its day; blank lines make up the week if there are fewer. A few prompts last.
  constexpr size_t kNewest = 10, kWeek = 7, kPrompts = 6;
  doc.Paragraph(kAppreciationIntro);
  doc.Heading("A week of moments");
  size_t n = 0;
  if (filled) {
    if (s.draft.find_first_not_of(" \t\r\n") != std::string::npos) {
      doc.Answer(std::string("Today: ") + kAppreciationAsk, s.draft, 2);
      ++n;
    }
    for (const AppreciationEntry& e : s.entries) {
      if (n >= kNewest) break;
      doc.Answer(DayLabel(e.day) + ": " + kAppreciationAsk, e.text, 2);
      ++n;
    }
  }
  const bool any = n > 0;
  for (size_t day = 1; n < kWeek; ++n, ++day)
    doc.Answer((any ? std::string("Another day") : "Day " + std::to_string(day)) + ": " + kAppreciationAsk, "", 2);
  doc.Heading("Stuck? Try one of these");
  const auto& prompts = AppreciationPrompts();
  for (size_t i = 0; i < prompts.size() && i < kPrompts; ++i) doc.Item(prompts[i]);
  doc.Note("Share a line with your partner now and then. Kind words land best when they are specific.");
}

}  // namespace core
