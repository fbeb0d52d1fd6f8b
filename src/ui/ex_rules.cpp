// The Our ground rules screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExGroundRules(core::AppState& s) {
  ExerciseHeader(s, "ground-rules");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
