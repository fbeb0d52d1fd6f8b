// The exercises' record of completions and the JSON of all their states.
#include "core/exercises/exercises.h"

#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/base/jsonread.h"
#include "core/exercises/catalog.h"
#include "core/exercises/exercise_list.h"

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
#define HEARTH_EXERCISE_TO_JSON(id, Name, member, title, line) j[id] = Name##ToJson(e.member);
  HEARTH_EXERCISES(HEARTH_EXERCISE_TO_JSON)
#undef HEARTH_EXERCISE_TO_JSON
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
#define HEARTH_EXERCISE_FROM_JSON(id, Name, member, title, line) \
  if (const json* f = jr::Field(j, id)) Name##FromJson(*f, e.member);
  HEARTH_EXERCISES(HEARTH_EXERCISE_FROM_JSON)
#undef HEARTH_EXERCISE_FROM_JSON
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
