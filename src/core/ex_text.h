// The words of some exercises come in the guide's file (guide.<hash>.json, fetched after the first
// frame), not inside the app: the listening scenarios and the open-questions list. What the app needs
// to check saved progress at start-up stays inside it (each scenario's id and the kind of each reply,
// each question's id), so saved answers are kept whether or not the file has come. The text lives in
// content/exercises.json; the build checks it against those ids and kinds, and so does the app when
// the file arrives.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

struct ContentError;  // content.h

struct ScenarioText {
  std::string says;                  // what the partner says
  std::vector<std::string> replies;  // in the order of Scenarios()[i].replies (the same kinds)
};

struct QuestionText {
  std::string closed;  // "Did you have a good day?"
  std::string open;    // one good open version
  std::string answer;  // what an answer to the open version might sound like
};

struct ExerciseText {
  std::vector<ScenarioText> listening;  // one per Scenarios(), in its order
  std::vector<QuestionText> openq;      // one per ClosedQuestions(), in its order
  bool Ready() const { return !listening.empty() && !openq.empty(); }
};

inline constexpr size_t kExerciseTextMax = 600;  // bytes in one piece of text

// Reads the "exercises" part of the guide's file (the format of content/exercises.json):
//   {"listening": [{"id", "says", "replies": [[kind, text], ...]}, ...],
//    "open_questions": [{"id", "closed", "open", "answer"}, ...]}
// Every scenario and question the app knows must be there exactly once, with every reply in the app's
// order and of the app's kind, and no text empty or longer than kExerciseTextMax. On any problem `out`
// is left as it was and each problem is added to `errors` (named by `file` and field).
bool ParseExerciseText(const nlohmann::json& j, const std::string& file, ExerciseText& out,
                       std::vector<ContentError>& errors);

}  // namespace core
