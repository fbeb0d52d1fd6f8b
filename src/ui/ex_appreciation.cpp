// The Appreciation moments screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExAppreciation(core::AppState& s) {
  ExerciseHeader(s, "appreciation");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
