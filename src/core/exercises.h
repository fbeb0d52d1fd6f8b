// Every exercise's saved state in one struct (one member per row of exercise_list.h), the record of completions ("done"), and the JSON
// of the whole. Each exercise's own state and logic live in core/ex_<name>.h.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/ex_after.h"
#include "core/ex_appreciation.h"
#include "core/ex_checkin.h"
#include "core/ex_coach.h"
#include "core/ex_decks.h"
#include "core/ex_fears.h"
#include "core/ex_ideas.h"
#include "core/ex_interdep.h"
#include "core/ex_listening.h"
#include "core/ex_map.h"
#include "core/ex_openq.h"
#include "core/ex_rituals.h"
#include "core/ex_rules.h"

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
  RitualsState rituals;            // ritual-planner
  FearsState fears;                // closeness-fears
  InterdependenceState interdep;   // interdependence
  IdeasState ideas;                // shared-experiences
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
