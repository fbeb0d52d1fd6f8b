// The fixed list of exercises: ids (used in links and storage), titles and one-line descriptions.
#pragma once
#include <string>
#include <vector>

namespace core {

struct ExerciseInfo {
  const char* id;
  const char* title;
  const char* line;  // one line for the Exercises list
};

const std::vector<ExerciseInfo>& Exercises();
const ExerciseInfo* FindExercise(const std::string& id);

// Screens a content link may point at besides chapters and exercises.
bool IsScreenTarget(const std::string& target);  // "timeout", "progress", "settings", "exercises", "guide"

}  // namespace core
