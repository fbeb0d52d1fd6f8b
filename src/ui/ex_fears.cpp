// The When closeness feels scary screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExFears(core::AppState& s) {
  ExerciseHeader(s, "closeness-fears");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
