// Every exercise as a worksheet to print: blank (to use in a session or on paper) or filled with the
// person's own answers (to bring to a counselor). Each exercise writes its own part in its own file
// (core/exercises/<id>.cpp: <Name>Worksheet, one per row of exercise_list.h); this file adds what
// every worksheet shares: the title, the one-line aim, the practice's name and the privacy line.
//
// What a part holds: the exercise's questions in the order the screen asks them, all of them at
// once (a worksheet has no steps), with room to write (Answer with blank lines, Scale, Check). Filled:
// the same questions with the person's words: a draft in progress, else the newest saved entry,
// and for exercises that keep a list (appreciation lines, reflections) the newest few. Words that
// come with the guide's file (cards, scenarios, questions) are used when `text` holds them; before
// it has come, the part says the words are still loading rather than printing an empty sheet.
#pragma once
#include <string>

#include "core/exercises/exercise_list.h"
#include "core/share/printdoc.h"

namespace core {

struct ExercisesState;
struct ExerciseText;

#define HEARTH_WORKSHEET_DECL(id, Name, member, title, line) \
  void Name##Worksheet(const struct Name##State& s, const ExerciseText& text, bool filled, PrintDoc& doc);
HEARTH_EXERCISES(HEARTH_WORKSHEET_DECL)
#undef HEARTH_WORKSHEET_DECL

// The worksheet of exercise `id` (an empty title for an unknown id). `org`: the practice's name, or "".
PrintDoc ExerciseWorksheet(const std::string& id, const ExercisesState& ex, const ExerciseText& text, bool filled,
                           const std::string& org);

// Said on a worksheet whose words come in the guide's file when that file has not come yet.
inline constexpr const char* kPrintWordsLoading =
    "The words for this sheet are still loading. Please try printing again in a moment.";
inline constexpr const char* kPrintPrivacyLine =
    "Printed from Hearth. Nothing you write in Hearth leaves your device; this paper is yours to keep or shred.";

}  // namespace core
