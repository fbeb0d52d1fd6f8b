// The Shared-experience ideas screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExIdeas(core::AppState& s) {
  ExerciseHeader(s, "shared-experiences");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
