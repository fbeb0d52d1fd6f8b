// The Daily check-in screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExCheckIn(core::AppState& s) {
  ExerciseHeader(s, "daily-check-in");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
