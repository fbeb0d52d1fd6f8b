#include "core/progress/homework.h"

#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/base/text.h"
#include "core/exercises/catalog.h"

namespace core {

using nlohmann::json;

static bool ParseStep(std::string_view t, HomeworkStep& out) {
  out = HomeworkStep{};
  if (t == "timeout") {
    out.kind = StepKind::Timeout;
    return true;
  }
  if (t.rfind("exercise:", 0) == 0) {
    out.kind = StepKind::Exercise;
    out.id = std::string(t.substr(9));
    return ValidId(out.id) && FindExercise(out.id) != nullptr;
  }
  if (t.rfind("chapter:", 0) == 0) {
    std::string_view rest = t.substr(8);
    size_t dot = rest.find('.');
    out.kind = StepKind::Chapter;
    out.id = std::string(rest.substr(0, dot));
    if (dot != std::string_view::npos) {
      out.section = std::string(rest.substr(dot + 1));
      if (!ValidId(out.section)) return false;
    }
    return ValidId(out.id);
  }
  return false;
}

bool ParseHomeworkSteps(std::string_view spec, std::vector<HomeworkStep>& out, std::string& why) {
  out.clear();
  const char* damaged = "This homework link is not complete or has been changed, so nothing was added. Ask your counselor "
                        "to send it again.";
  if (spec.empty() || spec.size() > kHomeworkMaxSpec) {
    why = damaged;
    return false;
  }
  std::vector<HomeworkStep> steps;
  size_t at = 0;
  while (at <= spec.size()) {
    size_t comma = spec.find(',', at);
    if (comma == std::string_view::npos) comma = spec.size();
    HomeworkStep s;
    if (!ParseStep(spec.substr(at, comma - at), s)) {
      why = damaged;
      return false;
    }
    steps.push_back(std::move(s));
    if (steps.size() > kHomeworkMaxSteps) {
      why = damaged;
      return false;
    }
    at = comma + 1;
  }
  out = std::move(steps);
  why.clear();
  return true;
}

std::string HomeworkStepTarget(const HomeworkStep& s) {
  switch (s.kind) {
    case StepKind::Timeout: return "timeout";
    case StepKind::Exercise: return "exercise:" + s.id;
    case StepKind::Chapter: break;
  }
  return "chapter:" + s.id + (s.section.empty() ? "" : "." + s.section);
}

std::string HomeworkStepLink(const HomeworkStep& s) {
  if (s.kind == StepKind::Chapter && !s.section.empty()) return "chapter:" + s.id + "#" + s.section;
  return HomeworkStepTarget(s);
}

bool ReceiveHomework(HomeworkState& h, std::vector<HomeworkStep> steps, const std::string& from, double now_ms) {
  if (steps.empty()) return false;
  if (steps == h.steps) {
    if (from.empty() || from == h.from) return false;
    h.from = from;
    return true;
  }
  h.steps = std::move(steps);
  h.from = from;
  h.received_ms = now_ms;
  h.ticked_ms.assign(h.steps.size(), 0);
  return true;
}

bool HomeworkStepDone(const HomeworkState& h, size_t i, const ReaderState& r, const ExercisesState& e,
                      const TimeoutState& t) {
  if (i >= h.steps.size()) return false;
  if (i < h.ticked_ms.size() && h.ticked_ms[i] > 0) return true;
  const HomeworkStep& s = h.steps[i];
  switch (s.kind) {
    case StepKind::Timeout:
      for (const auto& x : t.log)
        if (x.start_ms >= h.received_ms) return true;
      return false;
    case StepKind::Exercise:
      for (const auto& d : e.done)
        if (d.id == s.id && d.at_ms >= h.received_ms) return true;
      return false;
    case StepKind::Chapter: {
      // A whole chapter: read to its end, opened since the homework came. (A part of a chapter has
      // no end of its own that Hearth records: the person ticks it.)
      if (!s.section.empty()) return false;
      auto it = r.chapters.find(s.id);
      return it != r.chapters.end() && it->second.read && it->second.opened_ms >= h.received_ms;
    }
  }
  return false;
}

size_t HomeworkDoneCount(const HomeworkState& h, const ReaderState& r, const ExercisesState& e, const TimeoutState& t) {
  size_t n = 0;
  for (size_t i = 0; i < h.steps.size(); ++i) n += HomeworkStepDone(h, i, r, e, t) ? 1 : 0;
  return n;
}

void TickHomeworkStep(HomeworkState& h, size_t i, bool on, double now_ms) {
  if (i >= h.steps.size()) return;
  h.ticked_ms.resize(h.steps.size(), 0);
  h.ticked_ms[i] = on ? (now_ms > 0 ? now_ms : 1) : 0;
}

json HomeworkToJson(const HomeworkState& h) {
  json steps = json::array(), ticked = json::array();
  for (const auto& s : h.steps) steps.push_back(HomeworkStepTarget(s));
  for (size_t i = 0; i < h.steps.size(); ++i) ticked.push_back(i < h.ticked_ms.size() ? h.ticked_ms[i] : 0.0);
  return {{"steps", steps}, {"from", h.from}, {"received", h.received_ms}, {"ticked", ticked}};
}

void HomeworkFromJson(const json& j, HomeworkState& out) {
  out = HomeworkState{};
  std::vector<std::string> targets;
  if (!jr::Strings(j, "steps", targets, kHomeworkMaxSteps, 200)) return;
  for (const auto& t : targets) {
    HomeworkStep s;
    if (ParseStep(t, s)) out.steps.push_back(std::move(s));
  }
  if (out.steps.empty()) return;
  jr::String(j, "from", out.from, 80);
  jr::Time(j, "received", out.received_ms);
  out.ticked_ms.assign(out.steps.size(), 0);
  if (const json* tk = jr::Field(j, "ticked"); tk && tk->is_array())
    for (size_t i = 0; i < tk->size() && i < out.steps.size(); ++i)
      if ((*tk)[i].is_number()) {
        double v = (*tk)[i].get<double>();
        if (v > 0 && v < 7.3e12) out.ticked_ms[i] = v;
      }
}

}  // namespace core
