// The Intimacy map screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExIntimacyMap(core::AppState& s) {
  ExerciseHeader(s, "intimacy-map");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
