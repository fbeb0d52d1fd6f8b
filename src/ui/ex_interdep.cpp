// The Interdependence check screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExInterdependence(core::AppState& s) {
  ExerciseHeader(s, "interdependence");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
