// The I-statement coach screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExCoach(core::AppState& s) {
  ExerciseHeader(s, "i-statement-coach");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
