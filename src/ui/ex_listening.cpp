// The Reflective listening screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExListening(core::AppState& s) {
  ExerciseHeader(s, "reflective-listening");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
