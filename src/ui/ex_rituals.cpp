// The Ritual planner screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExRituals(core::AppState& s) {
  ExerciseHeader(s, "ritual-planner");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
