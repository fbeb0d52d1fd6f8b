// Shared-experience ideas: filters, what was tried and how it went, and the saved record.
#include "core/exercises/shared-experiences.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/exercises/ex_text.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

const char* CategoryName(IdeaCategory c) {
  switch (c) {
    case IdeaCategory::Hobby: return "A new hobby";
    case IdeaCategory::Novelty: return "A novelty date";
    case IdeaCategory::Team: return "A team project";
    case IdeaCategory::Home: return "At home";
    case IdeaCategory::Free: return "Free";
  }
  return "";
}

const Idea* FindIdea(const std::string& id) {
  for (const auto& i : Ideas())
    if (id == i.id) return &i;
  return nullptr;
}

std::vector<const Idea*> FilterIdeas(const IdeasState& s) {
  const IdeaFilter& f = s.filter;
  std::vector<const Idea*> out;
  for (const auto& i : Ideas()) {
    if (f.category >= 0 && static_cast<int>(i.category) != f.category) continue;
    if (f.max_cost >= 0 && static_cast<int>(i.cost) > f.max_cost) continue;
    if (f.time >= 0 && static_cast<int>(i.time) != f.time) continue;
    if (f.place >= 0 && static_cast<int>(i.place) != f.place) continue;
    auto r = s.records.find(i.id);
    if (f.hide_tried && r != s.records.end() && r->second.tried) continue;
    out.push_back(&i);
  }
  return out;
}

bool MarkTried(IdeasState& s, const std::string& id, bool tried, double now_ms) {
  if (!FindIdea(id)) return false;
  IdeaRecord& r = s.records[id];
  r.tried = tried;
  r.tried_ms = tried ? now_ms : 0;
  if (!tried) r.rating = 0;
  if (!r.tried) s.records.erase(id);
  return true;
}

bool RateIdea(IdeasState& s, const std::string& id, int rating) {
  auto it = s.records.find(id);
  if (it == s.records.end() || !it->second.tried || rating < 1 || rating > 5) return false;
  it->second.rating = rating;
  return true;
}

int TriedCount(const IdeasState& s) {
  int n = 0;
  for (const auto& [id, r] : s.records) n += r.tried;
  return n;
}

json IdeasToJson(const IdeasState& s) {
  json recs = json::object();
  for (const auto& [id, r] : s.records) recs[id] = {{"tried", r.tried}, {"rating", r.rating}, {"at", r.tried_ms}};
  const IdeaFilter& f = s.filter;
  return {{"filter", {{"category", f.category}, {"cost", f.max_cost}, {"time", f.time}, {"place", f.place}, {"hideTried", f.hide_tried}}},
          {"records", recs}};
}

void IdeasFromJson(const json& j, IdeasState& out) {
  out = IdeasState{};
  if (!j.is_object()) return;
  if (const json* f = jr::Field(j, "filter")) {
    jr::Int(*f, "category", -1, 4, out.filter.category);
    jr::Int(*f, "cost", -1, 2, out.filter.max_cost);
    jr::Int(*f, "time", -1, 2, out.filter.time);
    jr::Int(*f, "place", -1, 1, out.filter.place);
    jr::Bool(*f, "hideTried", out.filter.hide_tried);
  }
  if (const json* recs = jr::Field(j, "records"); recs && recs->is_object()) {
    for (auto it = recs->begin(); it != recs->end(); ++it) {
      if (!FindIdea(it.key())) continue;
      IdeaRecord r;
      if (!jr::Bool(*it, "tried", r.tried) || !r.tried) continue;
      jr::Int(*it, "rating", 0, 5, r.rating);
      jr::Time(*it, "at", r.tried_ms);
      out.records[it.key()] = r;
    }
  }
}

void IdeasWorksheet(const IdeasState& s, const ExerciseText& text, bool filled, PrintDoc& doc) {
  doc.Paragraph(kIdeasIntro);
  auto tried = [&](const Idea& i) {
    auto r = s.records.find(i.id);
    return r != s.records.end() && r->second.tried;
  };
  bool ready = text.Ready() && text.ideas.size() == Ideas().size();
  if (!ready) {
    doc.Paragraph(kPrintWordsLoading);
  } else {
    doc.Paragraph("Tick the ones you have tried together. Circle the ones you would like to try next.");
    for (int c = 0; c < kIdeaCategoryCount; ++c) {
      doc.Heading(CategoryName(static_cast<IdeaCategory>(c)));
      for (const Idea& i : Ideas()) {
        if (static_cast<int>(i.category) != c) continue;
        const IdeaText* w = WordsOf(text, i);
        if (!w) continue;
        doc.Check(w->title, tried(i));
        doc.Note(w->line);
      }
    }
  }
  doc.Heading("How it went");
  // Filled: the newest few ideas tried, newest first, each with how it went.
  // (Picked newest first by hand: a sort here would be one more instantiation of the sort in the wasm.)
  std::vector<std::pair<double, const Idea*>> done;
  for (const Idea& i : Ideas())
    if (tried(i)) done.push_back({s.records.at(i.id).tried_ms, &i});
  for (size_t k = 0; k < done.size() && k < 10; ++k)
    for (size_t j = k + 1; j < done.size(); ++j)
      if (done[j].first > done[k].first) std::swap(done[j], done[k]);
  if (done.size() > 10) done.resize(10);
  if (filled && ready && !done.empty()) {
    for (const auto& d : done) {
      const IdeaText* w = WordsOf(text, *d.second);
      if (!w) continue;
      doc.Scale(std::string(kIdeasAskHow) + " " + w->title, s.records.at(d.second->id).rating, 5, kIdeasHowLow,
                kIdeasHowHigh);
    }
    return;
  }
  for (int k = 0; k < 3; ++k) {
    doc.Answer("An idea we tried", "", 1);
    doc.Scale(kIdeasAskHow, 0, 5, kIdeasHowLow, kIdeasHowHigh);
  }
}

}  // namespace core
