#include "core/exercises/worksheet.h"

#include "core/exercises/catalog.h"
#include "core/exercises/ex_text.h"
#include "core/exercises/exercises.h"

namespace core {

PrintDoc ExerciseWorksheet(const std::string& id, const ExercisesState& ex, const ExerciseText& text, bool filled,
                           const std::string& org) {
  PrintDoc doc;
  const ExerciseInfo* info = FindExercise(id);
  if (!info) return doc;
  doc.title = info->title;
  doc.subtitle = filled ? "A worksheet from Hearth, with my answers" : "A worksheet from Hearth";
  doc.org = org;
  doc.filled = filled;
  doc.Paragraph(info->line);
#define HEARTH_WORKSHEET_CALL(xid, Name, member, title, line) \
  if (id == xid) Name##Worksheet(ex.member, text, filled, doc);
  HEARTH_EXERCISES(HEARTH_WORKSHEET_CALL)
#undef HEARTH_WORKSHEET_CALL
  doc.footer = kPrintPrivacyLine;
  return doc;
}

}  // namespace core
