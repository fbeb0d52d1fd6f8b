#include "core/guide/guide_load.h"

#include <utility>

namespace core {

int NextGuideFetch(GuideLoad& load) {
  if (load.status != GuideStatus::NotAsked) return 0;
  load.status = GuideStatus::Waiting;
  return ++load.attempts;
}

void RetryGuide(GuideLoad& load) {
  if (load.status != GuideStatus::Failed) return;
  load.status = GuideStatus::NotAsked;
  load.problem = GuideProblem::None;
  load.http_status = 0;
  load.detail.clear();
  load.said = false;
}

static void Fail(GuideLoad& load, GuideProblem why) {
  load.status = GuideStatus::Failed;
  load.problem = why;
  load.said = false;
}

bool ReceiveGuide(GuideLoad& load, Guide& guide, const GuideArrival& in) {
  if (!in.arrived || load.status != GuideStatus::Waiting) return false;  // only the answer to a request
  load.http_status = in.http_status;
  if (in.http_status == 0) {
    Fail(load, in.offline ? GuideProblem::Offline : GuideProblem::NoAnswer);
    return true;
  }
  if (in.http_status != 200) {
    Fail(load, GuideProblem::Server);
    return true;
  }
  Guide checked;
  std::vector<ContentError> errors;
  bool ok = ParseBundle(in.text, checked, errors);
  if (ok && checked.chapters.empty()) {
    ok = false;
    errors.push_back({"bundle", "", "chapters", "holds no chapter"});
  }
  if (ok && !checked.exercises.Ready()) {  // the listening and open-questions words come in this file too
    ok = false;
    errors.push_back({"bundle", "", "exercises", "is missing"});
  }
  if (!ok) {
    Fail(load, GuideProblem::Damaged);
    load.detail = errors.empty() ? "the file could not be read" : errors.front().ToString();
    return true;
  }
  guide.chapters = std::move(checked.chapters);
  guide.exercises = std::move(checked.exercises);
  InstallCoachWords(guide.exercises.coach);  // the coach's analyser reads its lists from here on
  load.status = GuideStatus::Ready;
  load.problem = GuideProblem::None;
  load.detail.clear();
  return true;
}

std::string GuideStatusText(const GuideLoad& load, const std::string& what) {
  const char* rest = " Everything else in Hearth works without it.";
  std::string what_up = what;
  if (!what_up.empty() && what_up[0] >= 'a' && what_up[0] <= 'z') what_up[0] = static_cast<char>(what_up[0] - 'a' + 'A');
  switch (load.status) {
    case GuideStatus::NotAsked:
    case GuideStatus::Waiting: return "Loading " + what + "\u2026";
    case GuideStatus::Ready: return "";
    case GuideStatus::Failed: break;
  }
  switch (load.problem) {
    case GuideProblem::Offline:
      return what_up + " could not be loaded because this device is offline. Connect to the internet, then try again." +
             rest;
    case GuideProblem::Server:
      return what_up + " could not be loaded: the server answered with an error (" + std::to_string(load.http_status) +
             "). Please try again in a moment." + rest;
    case GuideProblem::Damaged:
      return what_up + " arrived damaged, so Hearth did not open it. Please try again." + rest;
    case GuideProblem::NoAnswer:
    case GuideProblem::None: break;
  }
  return what_up + " could not be loaded. Check your connection, then try again." + rest;
}

bool ParseHelpBundle(std::string_view json, Guide& guide, std::vector<ContentError>& errors) {
  Guide parsed;
  if (!ParseBundle(json, parsed, errors)) return false;
  guide.help = std::move(parsed.help);
  return true;
}

}  // namespace core
