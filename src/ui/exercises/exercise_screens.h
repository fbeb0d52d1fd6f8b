// One draw function per exercise screen, each in its own file ui/exercises/<id>.cpp: DrawEx<Name> for
// every row of core/exercises/exercise_list.h.
#pragma once
#include "core/app/app_state.h"
#include "core/exercises/exercise_list.h"

namespace ui {

#define HEARTH_EXERCISE_DRAW(id, Name, member, title, line) void DrawEx##Name(core::AppState& s);
HEARTH_EXERCISES(HEARTH_EXERCISE_DRAW)
#undef HEARTH_EXERCISE_DRAW

}  // namespace ui
