// Open-ended questions (exercise "open-questions"): closed questions to turn into open ones, a
// rule-based check of what the person writes, and example answers. Pure C++17.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

// The questions' words (the closed question, one open version, an answer it might get) come in the
// guide's file (core/exercises/ex_text.h, ExerciseText::openq); saved rewrites are checked by id alone.
// The screen's words, shared with the printed worksheet.
inline constexpr const char* kOpenqIntro =
    "A closed question gets a yes or a no. An open one invites a story, so you learn something and your partner "
    "feels heard. Rewrite each question below so it opens the door.";
inline constexpr const char* kOpenqAskOwn = "My open version";
inline constexpr const char* kOpenqExample = "One way to ask it: ";

struct ClosedQuestion {
  const char* id;       // stable: saved rewrites refer to it
};

const std::vector<ClosedQuestion>& ClosedQuestions();  // at least 15
const ClosedQuestion* FindClosedQuestion(const std::string& id);

// Loaded: open or closed in form, but a charge under the words ("Why are you always so late?", "How could
// you…?"): not open in spirit, so it never counts as a good rewrite. Added last: the values are stable.
enum class QuestionKind { Empty, Closed, Narrow, Open, Loaded };

struct QuestionCheck {
  QuestionKind kind = QuestionKind::Empty;
  std::string hint;  // kind words: why, and what to try
};

// Loaded is checked first (see ex_openq.cpp for the patterns). Open: invites a story or a feeling (what,
// how, tell me, describe, and a curious why...). Closed: can be answered with yes or no (starts with do,
// are, can, would...). Narrow: asks for one fact (when, where, who, which).
QuestionCheck CheckQuestion(std::string_view text);

// A rewrite counts (kept, listed, counted) only while it checks as Open: a loaded one never does, even
// if it was kept before loaded questions were told apart.
bool IsGoodRewrite(std::string_view text);

struct OpenQuestionsState {
  int index = 0;                               // the question on screen
  std::string draft;                           // what is typed for it (saved as typed)
  std::map<std::string, std::string> rewrites; // question id -> the person's open version that passed
};

int CountGoodRewrites(const OpenQuestionsState& s);  // kept rewrites that still check as Open

nlohmann::json OpenQuestionsToJson(const OpenQuestionsState& s);
// Never throws: a missing or bad field keeps its default; unknown question ids are dropped.
void OpenQuestionsFromJson(const nlohmann::json& j, OpenQuestionsState& out);

}  // namespace core
