// Homework from a counselor: a short list of steps (a chapter or a part of one, an exercise, the
// time-out) that arrives in a link (#/homework/<steps>, made on counselors.html), is kept in the
// person's browser only, and shows each step ticked once it is done. A step counts as done when the
// person does it after the homework arrived (an exercise completed, a chapter read to its end, a
// time-out taken), or when they tick it themselves (it may have been done on paper).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/exercises/exercises.h"
#include "core/guide/reader.h"
#include "core/timeout/timeout.h"

namespace core {

inline constexpr size_t kHomeworkMaxSteps = 5;
inline constexpr size_t kHomeworkMaxSpec = 600;  // bytes of the steps in a link

enum class StepKind { Chapter, Exercise, Timeout };

struct HomeworkStep {
  StepKind kind = StepKind::Chapter;
  std::string id;       // chapter or exercise id ("" for the time-out)
  std::string section;  // a section of the chapter ("" = the whole chapter)
  bool operator==(const HomeworkStep& o) const { return kind == o.kind && id == o.id && section == o.section; }
};

struct HomeworkState {
  std::vector<HomeworkStep> steps;  // empty: no homework
  std::string from;                 // the practice's name from the link (?org=), "" if none
  double received_ms = 0;           // when it arrived (what was done before does not count)
  std::vector<double> ticked_ms;    // per step: when the person ticked it themselves (0 = not ticked)
};

// Reads the steps of a homework link: "chapter:ID", "chapter:ID.SECTION", "exercise:ID" or
// "timeout", separated by commas, 1 to kHomeworkMaxSteps of them. Exercises must be Hearth's;
// chapters are checked when the guide is there (a chapter this version lacks is shown as such).
// False, with `why` for the person, for anything else; `out` is then left empty.
bool ParseHomeworkSteps(std::string_view spec, std::vector<HomeworkStep>& out, std::string& why);
std::string HomeworkStepTarget(const HomeworkStep& s);  // the step as written in a link
// Where the step is done in the app, as a content link's target ("chapter:ID#SECTION", "exercise:ID", "timeout").
std::string HomeworkStepLink(const HomeworkStep& s);

// Keeps the homework that arrived. The same steps again (a reload, the link opened twice) keep what
// was ticked and when it arrived; other steps replace the old homework. True when anything changed.
bool ReceiveHomework(HomeworkState& h, std::vector<HomeworkStep> steps, const std::string& from, double now_ms);

// Whether step i is done: ticked, or done in the app after the homework arrived.
bool HomeworkStepDone(const HomeworkState& h, size_t i, const ReaderState& r, const ExercisesState& e,
                      const TimeoutState& t);
size_t HomeworkDoneCount(const HomeworkState& h, const ReaderState& r, const ExercisesState& e, const TimeoutState& t);
void TickHomeworkStep(HomeworkState& h, size_t i, bool on, double now_ms);

nlohmann::json HomeworkToJson(const HomeworkState& h);
void HomeworkFromJson(const nlohmann::json& j, HomeworkState& out);  // bad parts are dropped, never thrown

}  // namespace core
