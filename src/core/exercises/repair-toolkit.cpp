// Repair toolkit: checking the phrases that come in the guide's file, the phrases marked as ours, and
// their JSON.
#include "core/exercises/repair-toolkit.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/exercises/ex_text.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

bool IsRepairId(const std::string& id) {
  if (id.empty() || id.size() > kRepairIdMax) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

const RepairPhrase* FindRepairPhrase(const RepairText& t, const std::string& id) {
  for (const RepairGroup& g : t.groups)
    for (const RepairPhrase& p : g.phrases)
      if (p.id == id) return &p;
  return nullptr;
}

size_t RepairPhraseCount(const RepairText& t) {
  size_t n = 0;
  for (const RepairGroup& g : t.groups) n += g.phrases.size();
  return n;
}

std::vector<std::string> RepairTextProblems(const RepairText& t) {
  std::vector<std::string> out;
  auto least = [](size_t n, const char* what) { return "has " + std::to_string(n) + " " + what + "; it needs at least "; };
  if (t.groups.size() < kRepairGroupsMin)
    out.push_back(least(t.groups.size(), "groups") + std::to_string(kRepairGroupsMin));
  std::vector<std::string> groups, phrases;
  for (const RepairGroup& g : t.groups) {
    if (!IsRepairId(g.id)) out.push_back("group '" + g.id + "' needs an id of a-z, 0-9 and '-'");
    else if (std::find(groups.begin(), groups.end(), g.id) != groups.end()) out.push_back("group '" + g.id + "' comes twice");
    groups.push_back(g.id);
    if (g.phrases.size() < kRepairGroupPhrasesMin)
      out.push_back("group '" + g.id + "' " + least(g.phrases.size(), "phrases") + std::to_string(kRepairGroupPhrasesMin));
    for (const RepairPhrase& p : g.phrases) {
      if (!IsRepairId(p.id)) out.push_back("phrase '" + p.id + "' needs an id of a-z, 0-9 and '-'");
      else if (std::find(phrases.begin(), phrases.end(), p.id) != phrases.end()) out.push_back("phrase '" + p.id + "' comes twice");
      phrases.push_back(p.id);
      if (p.text.size() > kRepairPhraseMax)
        out.push_back("phrase '" + p.id + "' is longer than " + std::to_string(kRepairPhraseMax) + " bytes: keep it short");
    }
  }
  if (phrases.size() < kRepairPhrasesMin) out.push_back(least(phrases.size(), "phrases in all") + std::to_string(kRepairPhrasesMin));
  if (t.sources.empty()) out.push_back("has no sources");
  return out;
}

bool IsOurs(const RepairToolkitState& s, const std::string& id) {
  return std::find(s.ours.begin(), s.ours.end(), id) != s.ours.end();
}

bool OursFull(const RepairToolkitState& s) { return s.ours.size() >= kRepairOursMax; }

bool SetOurs(RepairToolkitState& s, const RepairText& t, const std::string& id, bool on) {
  auto it = std::find(s.ours.begin(), s.ours.end(), id);
  if (!on) {
    if (it == s.ours.end()) return false;
    s.ours.erase(it);
    return true;
  }
  if (it != s.ours.end() || OursFull(s) || !FindRepairPhrase(t, id)) return false;
  s.ours.push_back(id);
  return true;
}

std::vector<const RepairPhrase*> OurPhrases(const RepairToolkitState& s, const RepairText& t) {
  std::vector<const RepairPhrase*> out;
  for (const std::string& id : s.ours)
    if (const RepairPhrase* p = FindRepairPhrase(t, id)) out.push_back(p);
  return out;
}

json RepairToolkitToJson(const RepairToolkitState& s) { return json{{"ours", s.ours}}; }

void RepairToolkitFromJson(const json& j, RepairToolkitState& out) {
  out = RepairToolkitState{};
  std::vector<std::string> list;
  if (!jr::Strings(j, "ours", list, kRepairOursMax * 4, kRepairIdMax + 1)) return;
  for (const std::string& id : list)
    if (IsRepairId(id) && !IsOurs(out, id) && !OursFull(out)) out.ours.push_back(id);
}

void RepairToolkitWorksheet(const RepairToolkitState& s, const ExerciseText& text, bool, PrintDoc& doc) {
  doc.Paragraph(std::string(kRepairIntro) + " Read these together on a calm day. Tick the ones that sound like the "
                "two of you, and keep this page where you can find it in a hard moment.");
  const RepairText& words = text.repair;
  if (!text.Ready() || words.groups.empty()) {
    doc.Paragraph(kPrintWordsLoading);
  } else {
    for (const RepairGroup& g : words.groups) {
      doc.Heading(g.title);
      for (const RepairPhrase& p : g.phrases) doc.Check(p.text, IsOurs(s, p.id));
    }
  }
  doc.Heading("In our own words");
  doc.Answer("Kind words of our own, to say when a talk gets hard", "", 4);
  if (!words.sources.empty()) {
    doc.Heading(kRepairWhyHead, 3);
    for (const std::string& src : words.sources) doc.Note(src);
  }
}

}  // namespace core
