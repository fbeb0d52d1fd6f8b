// The Open-ended questions screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExOpenQuestions(core::AppState& s) {
  ExerciseHeader(s, "open-questions");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
