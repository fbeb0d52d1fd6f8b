// The After an argument screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExAfterArgument(core::AppState& s) {
  ExerciseHeader(s, "after-argument");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
