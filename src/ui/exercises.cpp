// The Exercises list (a line each, and whether the person has done it) and the dispatch to the
// screen of one exercise.
#include <string>

#include "core/calendar.h"
#include "core/catalog.h"
#include "ui/ex_common.h"
#include "ui/exercise_screens.h"
#include "ui/ui.h"

namespace ui {

namespace {
struct Screen {
  const char* id;
  void (*draw)(core::AppState&);
};
const Screen kScreens[] = {
    {"intimacy-map", DrawExIntimacyMap},
    {"daily-check-in", DrawExCheckIn},
    {"question-decks", DrawExDecks},
    {"i-statement-coach", DrawExCoach},
    {"reflective-listening", DrawExListening},
    {"open-questions", DrawExOpenQuestions},
    {"appreciation", DrawExAppreciation},
    {"ground-rules", DrawExGroundRules},
    {"after-argument", DrawExAfterArgument},
    {"ritual-planner", DrawExRituals},
    {"closeness-fears", DrawExFears},
    {"interdependence", DrawExInterdependence},
    {"shared-experiences", DrawExIdeas},
};

std::string DoneLine(const core::AppState& s, const char* id) {
  int n = core::TimesDone(s.ex, id);
  if (n == 0) return "Not tried yet";
  const core::ExerciseDone* last = core::LastDone(s.ex, id);
  std::string when = last->day == Today(s) ? "today" : "on " + core::ShortDayLabel(last->day);
  return (n == 1 ? std::string("Done once, ") : "Done " + std::to_string(n) + " times, last ") + when;
}
}  // namespace

void DrawExercises(core::AppState& s) {
  BeginColumn(s);
  Heading(s, "Exercises", 1);
  Paragraph(s, "Short practices that turn the guide's ideas into something you do, alone or together. "
               "What you write stays on this device.");
  Gap(s, 6);
  for (const auto& e : core::Exercises()) {
    Box card = BeginCard(s);
    ImGui::PushID(e.id);
    if (Link(s, e.title)) core::Go(s.nav, {core::Screen::Exercise, e.id, ""});
    Paragraph(s, e.line);
    Paragraph(s, DoneLine(s, e.id), true);
    ImGui::PopID();
    EndCard(s, card);
    Gap(s, 8);
  }
  EndColumn();
}

void DrawExercise(core::AppState& s) {
  BeginColumn(s);
  for (const auto& sc : kScreens) {
    if (s.nav.route.id == sc.id) {
      ImGui::PushID(sc.id);
      sc.draw(s);
      ImGui::PopID();
      EndColumn();
      return;
    }
  }
  Heading(s, "Exercise not found", 1);
  Paragraph(s, "This link points at an exercise Hearth does not have.");
  if (Button(s, "All exercises")) core::Go(s.nav, {core::Screen::Exercises});
  EndColumn();
}

}  // namespace ui
