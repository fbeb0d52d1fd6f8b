// Every exercise's saved state in one struct (one member per row of exercise_list.h), the record of completions ("done"), and the JSON
// of the whole. Each exercise's own state and logic live in core/exercises/<id>.h.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/exercises/after-argument.h"
#include "core/exercises/appreciation.h"
#include "core/exercises/closeness-fears.h"
#include "core/exercises/closeness-session.h"
#include "core/exercises/daily-check-in.h"
#include "core/exercises/ground-rules.h"
#include "core/exercises/i-statement-coach.h"
#include "core/exercises/interdependence.h"
#include "core/exercises/intimacy-map.h"
#include "core/exercises/open-questions.h"
#include "core/exercises/question-decks.h"
#include "core/exercises/reflective-listening.h"
#include "core/exercises/repair-toolkit.h"
#include "core/exercises/ritual-planner.h"
#include "core/exercises/shared-experiences.h"

namespace core {

inline constexpr size_t kDoneMax = 5000;  // oldest completions are dropped beyond this

struct ExerciseDone {
  std::string id;    // the exercise's id (catalog.h)
  double at_ms = 0;  // wall clock when it was completed
  int day = 0;       // local day number then (calendar.h), for the progress calendar
};

struct ExercisesState {
  IntimacyMapState map;            // intimacy-map
  CheckInState checkin;            // daily-check-in
  DecksState decks;                // question-decks
  CoachState coach;                // i-statement-coach
  ListeningState listening;        // reflective-listening
  OpenQuestionsState openq;        // open-questions
  AppreciationState appreciation;  // appreciation
  GroundRulesState rules;          // ground-rules
  AfterArgumentState after;        // after-argument
  RepairToolkitState repair;       // repair-toolkit
  RitualsState rituals;            // ritual-planner
  FearsState fears;                // closeness-fears
  InterdependenceState interdep;   // interdependence
  IdeasState ideas;                // shared-experiences
  ClosenessState closeness;        // closeness-session
  std::vector<ExerciseDone> done;  // every completion, oldest first
};

// Records that the person finished exercise `id` (a known id; others are ignored).
void MarkDone(ExercisesState& e, const std::string& id, double now_ms, int utc_offset_min);
int TimesDone(const ExercisesState& e, const std::string& id);
const ExerciseDone* LastDone(const ExercisesState& e, const std::string& id);  // nullptr if never

nlohmann::json ExercisesToJson(const ExercisesState& e);
// Never throws. Each exercise's part is read on its own: one damaged part keeps its defaults and
// the rest still load.
void ExercisesFromJson(const nlohmann::json& j, ExercisesState& out);

}  // namespace core
