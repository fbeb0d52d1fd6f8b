// The exercise catalogue, from the one list of exercises (exercise_list.h). Titles and lines are
// Hearth's own words.
#include "core/exercises/catalog.h"

#include "core/exercises/exercise_list.h"

namespace core {

const std::vector<ExerciseInfo>& Exercises() {
#define HEARTH_EXERCISE_INFO(id, Name, member, title, line) {id, title, line},
  static const std::vector<ExerciseInfo> list = {HEARTH_EXERCISES(HEARTH_EXERCISE_INFO)};
#undef HEARTH_EXERCISE_INFO
  return list;
}

const ExerciseInfo* FindExercise(const std::string& id) {
  for (const auto& e : Exercises())
    if (id == e.id) return &e;
  return nullptr;
}

bool IsScreenTarget(const std::string& t) {
  return t == "timeout" || t == "progress" || t == "settings" || t == "exercises" || t == "guide";
}

}  // namespace core
