// The Question decks screen.
#include "ui/exercise_screens.h"
#include "ui/ex_common.h"

namespace ui {

void DrawExDecks(core::AppState& s) {
  ExerciseHeader(s, "question-decks");
  Paragraph(s, "This exercise is on its way.", true);
}

}  // namespace ui
