// TEMPORARY while the worksheets are written (deleted before this work lands): weak stand-ins so the
// tree links. tests/native/test_worksheet.cpp fails for any exercise still using one.
#include "core/exercises/worksheet.h"

namespace core {
#define HEARTH_WORKSHEET_WEAK(id, Name, member, title, line) \
  __attribute__((weak)) void Name##Worksheet(const struct Name##State&, const ExerciseText&, bool, PrintDoc&) {}
HEARTH_EXERCISES(HEARTH_WORKSHEET_WEAK)
#undef HEARTH_WORKSHEET_WEAK
}  // namespace core
