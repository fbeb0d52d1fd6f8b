// The exercises' record of completions and the JSON of all their states.
#include "core/exercises.h"

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/catalog.h"
#include "core/jsonread.h"

namespace core {

using nlohmann::json;

void MarkDone(ExercisesState& e, const std::string& id, double now_ms, int utc_offset_min) {
  if (!FindExercise(id)) return;
  e.done.push_back({id, now_ms, LocalDay(now_ms, utc_offset_min)});
  if (e.done.size() > kDoneMax) e.done.erase(e.done.begin(), e.done.begin() + (e.done.size() - kDoneMax));
}

int TimesDone(const ExercisesState& e, const std::string& id) {
  int n = 0;
  for (const auto& d : e.done) n += d.id == id;
  return n;
}

const ExerciseDone* LastDone(const ExercisesState& e, const std::string& id) {
  for (auto it = e.done.rbegin(); it != e.done.rend(); ++it)
    if (it->id == id) return &*it;
  return nullptr;
}

json ExercisesToJson(const ExercisesState& e) {
  json j = json::object();
  j["map"] = IntimacyMapToJson(e.map);
  j["checkin"] = CheckInToJson(e.checkin);
  j["decks"] = DecksToJson(e.decks);
  j["coach"] = CoachToJson(e.coach);
  j["listening"] = ListeningToJson(e.listening);
  j["openq"] = OpenQuestionsToJson(e.openq);
  j["appreciation"] = AppreciationToJson(e.appreciation);
  j["rules"] = GroundRulesToJson(e.rules);
  j["after"] = AfterArgumentToJson(e.after);
  j["rituals"] = RitualsToJson(e.rituals);
  j["fears"] = FearsToJson(e.fears);
  j["interdep"] = InterdependenceToJson(e.interdep);
  j["ideas"] = IdeasToJson(e.ideas);
  json done = json::array();
  for (const auto& d : e.done) done.push_back({{"id", d.id}, {"at", d.at_ms}, {"day", d.day}});
  j["done"] = std::move(done);
  return j;
}

void ExercisesFromJson(const json& j, ExercisesState& out) {
  ExercisesState e;  // filled apart, then moved in: `out` is never half-read
  if (!j.is_object()) {
    out = std::move(e);
    return;
  }
  if (const json* f = jr::Field(j, "map")) IntimacyMapFromJson(*f, e.map);
  if (const json* f = jr::Field(j, "checkin")) CheckInFromJson(*f, e.checkin);
  if (const json* f = jr::Field(j, "decks")) DecksFromJson(*f, e.decks);
  if (const json* f = jr::Field(j, "coach")) CoachFromJson(*f, e.coach);
  if (const json* f = jr::Field(j, "listening")) ListeningFromJson(*f, e.listening);
  if (const json* f = jr::Field(j, "openq")) OpenQuestionsFromJson(*f, e.openq);
  if (const json* f = jr::Field(j, "appreciation")) AppreciationFromJson(*f, e.appreciation);
  if (const json* f = jr::Field(j, "rules")) GroundRulesFromJson(*f, e.rules);
  if (const json* f = jr::Field(j, "after")) AfterArgumentFromJson(*f, e.after);
  if (const json* f = jr::Field(j, "rituals")) RitualsFromJson(*f, e.rituals);
  if (const json* f = jr::Field(j, "fears")) FearsFromJson(*f, e.fears);
  if (const json* f = jr::Field(j, "interdep")) InterdependenceFromJson(*f, e.interdep);
  if (const json* f = jr::Field(j, "ideas")) IdeasFromJson(*f, e.ideas);
  if (const json* d = jr::Field(j, "done"); d && d->is_array()) {
    for (const json& item : *d) {
      ExerciseDone x;
      if (!jr::String(item, "id", x.id, 64) || !FindExercise(x.id) || !jr::Time(item, "at", x.at_ms)) continue;
      jr::Int(item, "day", -1000000, 1000000, x.day);
      e.done.push_back(std::move(x));
      if (e.done.size() >= kDoneMax) break;
    }
  }
  out = std::move(e);
}

}  // namespace core
