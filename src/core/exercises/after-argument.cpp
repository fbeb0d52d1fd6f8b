// After an argument: needs, repair ideas, reflections, and JSON.
#include "core/exercises/after-argument.h"

#include <cctype>

#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/base/jsonread.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

namespace {

bool Blank(const std::string& t) { return t.find_first_not_of(" \t\r\n") == std::string::npos; }

json EntryToJson(const AfterEntry& e) {
  json needs = json::array();
  for (size_t i = 0; i < AfterNeeds().size(); ++i)
    if (AfterNeedOn(e, i)) needs.push_back(AfterNeeds()[i].id);
  return {{"at_ms", e.at_ms}, {"day", e.day},       {"surface", e.surface}, {"needs", needs},
          {"own_need", e.own_need}, {"need", e.need}, {"repair", e.repair}};
}

AfterEntry EntryFromJson(const json& j) {
  AfterEntry e;
  if (!j.is_object()) return e;
  jr::Time(j, "at_ms", e.at_ms);
  jr::Int(j, "day", 0, 200 * 366, e.day);
  jr::String(j, "surface", e.surface);
  jr::String(j, "own_need", e.own_need);
  jr::String(j, "need", e.need);
  jr::String(j, "repair", e.repair);
  std::vector<std::string> ids;
  jr::Strings(j, "needs", ids, 32, 64);
  for (const auto& id : ids)
    for (size_t i = 0; i < AfterNeeds().size(); ++i)
      if (id == AfterNeeds()[i].id) AfterSetNeed(e, i, true);
  return e;
}

}  // namespace

const std::vector<AfterNeed>& AfterNeeds() {
  static const std::vector<AfterNeed> kNeeds = {
      {"unappreciated", "Unappreciated"},  {"unsupported", "Unsupported"},
      {"taken-for-granted", "Taken for granted"}, {"low-priority", "A low priority"},
      {"unheard", "Unheard"},              {"lonely", "Lonely"},
      {"criticised", "Criticized"},        {"controlled", "Controlled"},
  };
  return kNeeds;
}

const std::vector<const char*>& AfterRepairIdeas() {
  static const std::vector<const char*> kIdeas = {
      "I'm sorry for my part in it. I want to get this right with you.",
      "Can we try that talk again, more slowly this time?",
      "I think I was hurt more than angry. Can I tell you about it?",
      "What do you need from me right now?",
      "A hug, if you would like one.",
      "Let's take a walk together and talk about something else for a while.",
      "I hear that this matters to you. Tell me more.",
      "Can we agree on one small step for next time?",
  };
  return kIdeas;
}

bool AfterHasContent(const AfterEntry& e) {
  return e.needs != 0 || !Blank(e.surface) || !Blank(e.own_need) || !Blank(e.need) || !Blank(e.repair);
}
bool AfterNeedOn(const AfterEntry& e, size_t i) { return i < AfterNeeds().size() && (e.needs >> i) & 1u; }
void AfterSetNeed(AfterEntry& e, size_t i, bool on) {
  if (i >= AfterNeeds().size()) return;
  if (on) e.needs |= 1u << i;
  else e.needs &= ~(1u << i);
}

void AfterUseRepair(AfterEntry& e, const std::string& idea) {
  if (e.repair.find(idea) != std::string::npos) return;
  std::string next = Blank(e.repair) ? idea : e.repair + "\n" + idea;
  e.repair = jr::CutUtf8(next, jr::kTextMax);
}

bool AfterSaveDraft(AfterArgumentState& s, double now_ms, int utc_offset_min) {
  if (!AfterHasContent(s.draft)) return false;
  AfterEntry e = s.draft;
  e.at_ms = now_ms;
  e.day = LocalDay(now_ms, utc_offset_min);
  s.entries.insert(s.entries.begin(), e);
  if (s.entries.size() > kAfterMax) s.entries.resize(kAfterMax);
  s.draft = AfterEntry{};
  s.saved_note = true;
  s.open = -1;
  s.confirm_delete = -1;
  return true;
}

bool AfterDelete(AfterArgumentState& s, int index) {
  if (index < 0 || index >= static_cast<int>(s.entries.size())) return false;
  s.entries.erase(s.entries.begin() + index);
  s.open = -1;
  s.confirm_delete = -1;
  return true;
}

std::string AfterNeedsText(const AfterEntry& e) {
  std::string out;
  for (size_t i = 0; i < AfterNeeds().size(); ++i) {
    if (!AfterNeedOn(e, i)) continue;
    std::string l = AfterNeeds()[i].label;
    if (!out.empty()) {
      out += ", ";
      if (!l.empty()) l[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(l[0])));
    }
    out += l;
  }
  return out;
}

std::string AfterTitle(const AfterEntry& e) {
  std::string t;
  for (char c : e.surface) t += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  size_t a = t.find_first_not_of(' ');
  t = a == std::string::npos ? std::string() : t.substr(a);
  if (t.empty()) return "An argument";
  if (t.size() > 60) t = jr::CutUtf8(t, 57) + "...";
  return t;
}

json AfterArgumentToJson(const AfterArgumentState& s) {
  json list = json::array();
  for (const auto& e : s.entries) list.push_back(EntryToJson(e));
  return {{"draft", EntryToJson(s.draft)}, {"entries", list}};
}

void AfterArgumentFromJson(const json& j, AfterArgumentState& out) {
  out = AfterArgumentState{};
  if (!j.is_object()) return;
  if (const json* d = jr::Field(j, "draft")) out.draft = EntryFromJson(*d);
  const json* list = jr::Field(j, "entries");
  if (!list || !list->is_array()) return;
  for (const json& item : *list) {
    if (out.entries.size() >= kAfterMax) break;
    if (!item.is_object()) continue;
    AfterEntry e = EntryFromJson(item);
    if (AfterHasContent(e)) out.entries.push_back(e);
  }
}

void AfterArgumentWorksheet(const AfterArgumentState& s, const ExerciseText&, bool filled, PrintDoc& doc) {
  // Filled: the reflection being written, else the newest one saved.
  const AfterEntry& e = AfterHasContent(s.draft) || s.entries.empty() ? s.draft : s.entries.front();
  doc.Paragraph("Wait until you both feel calm. Then answer these on your own. The aim is not to decide who was "
                "right, but to find what you both need.");
  if (filled && e.day > 0) doc.Note("Written on " + DayLabel(e.day) + ".");
  doc.Heading("On the surface");
  doc.Answer(kAfterAskSurface, e.surface, 3);
  doc.Heading("What it was really about");
  doc.Paragraph(kAfterAskFelt);
  for (size_t i = 0; i < AfterNeeds().size(); ++i) doc.Check(AfterNeeds()[i].label, AfterNeedOn(e, i));
  doc.Answer(kAfterAskOwn, e.own_need, 3);
  doc.Heading("What I need");
  doc.Answer(kAfterAskNeed, e.need, 3);
  doc.Heading("A repair to offer");
  doc.Paragraph(kAfterRepairLine);
  doc.Answer(kAfterAskRepair, e.repair, 3);
  doc.Note("Ideas: " + std::string(AfterRepairIdeas()[0]) + " / " + AfterRepairIdeas()[1]);
}

}  // namespace core
