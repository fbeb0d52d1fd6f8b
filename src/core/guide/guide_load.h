// The guide's chapters are not inside the app: they come in a file fetched beside it
// (guide.<hash>.json, written and checked at build time), after the first frame. The platform
// fetches the file when asked and hands over what came back; core checks it as the build did and
// says plainly what went wrong. The help lines stay inside the app (the time-out needs them). The file
// also carries the words of the listening and open-questions exercises and the coach's word lists
// (core/exercises/ex_text.h).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/guide/content.h"

namespace core {

enum class GuideStatus { NotAsked, Waiting, Ready, Failed };

// What the platform reports about one fetch of the guide's file (FrameInput::guide).
struct GuideArrival {
  bool arrived = false;  // a fetch finished since the last frame
  int http_status = 0;   // the server's answer (200); 0 when no answer came (offline, refused)
  bool offline = false;  // the device says it has no connection
  std::string text;      // the file, when http_status is 200
};

enum class GuideProblem { None, Offline, NoAnswer, Server, Damaged };

struct GuideLoad {
  GuideStatus status = GuideStatus::NotAsked;
  GuideProblem problem = GuideProblem::None;
  int http_status = 0;   // the server's answer, for GuideProblem::Server
  std::string detail;    // the first problem the check found, for GuideProblem::Damaged
  int attempts = 0;      // fetches asked for so far
  bool said = false;     // the failure was announced to screen readers
};

// Once a frame: whether to ask the platform for the file now (it is asked once, and again after
// RetryGuide). Returns the attempt's number (1, 2, ...) or 0 for "not now".
int NextGuideFetch(GuideLoad& load);
// "Try again" after a failure: the next NextGuideFetch asks again.
void RetryGuide(GuideLoad& load);
// Takes what arrived: a good answer is parsed and checked (every chapter, and every link between
// chapters, exercises and screens) and its chapters and exercises' words (which it must hold) replace
// guide.chapters and guide.exercises (and the coach's word lists are installed); guide.help is kept. On any
// problem nothing in `guide` changes and the load is Failed. Returns true when the load changed.
bool ReceiveGuide(GuideLoad& load, Guide& guide, const GuideArrival& in);
// The message a screen shows while the guide is not there (calm, plain, and what to do). `what` names
// what the screen waits for: "the guide", or "this exercise" on a screen whose words come in the file.
std::string GuideStatusText(const GuideLoad& load, const std::string& what = "the guide");

// Parses the app's embedded help bundle ({"chapters":[],"help":{...}}) into guide.help only.
bool ParseHelpBundle(std::string_view json, Guide& guide, std::vector<ContentError>& errors);

}  // namespace core
