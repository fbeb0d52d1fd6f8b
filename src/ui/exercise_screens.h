// One draw function per exercise screen, each in its own file ui/ex_<name>.cpp.
#pragma once
#include "core/app_state.h"

namespace ui {

void DrawExIntimacyMap(core::AppState& s);  // intimacy-map
void DrawExCheckIn(core::AppState& s);  // daily-check-in
void DrawExDecks(core::AppState& s);  // question-decks
void DrawExCoach(core::AppState& s);  // i-statement-coach
void DrawExListening(core::AppState& s);  // reflective-listening
void DrawExOpenQuestions(core::AppState& s);  // open-questions
void DrawExAppreciation(core::AppState& s);  // appreciation
void DrawExGroundRules(core::AppState& s);  // ground-rules
void DrawExAfterArgument(core::AppState& s);  // after-argument
void DrawExRituals(core::AppState& s);  // ritual-planner
void DrawExFears(core::AppState& s);  // closeness-fears
void DrawExInterdependence(core::AppState& s);  // interdependence
void DrawExIdeas(core::AppState& s);  // shared-experiences

}  // namespace ui
