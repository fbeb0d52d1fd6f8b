// The Exercises list (a line each, and whether the person has done it) and the dispatch to the
// screen of one exercise.
#include <algorithm>
#include <string>

#include "core/base/calendar.h"
#include "core/exercises/catalog.h"
#include "core/exercises/worksheet.h"
#include "ui/app/ui.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/theme.h"

namespace ui {

namespace {
struct Screen {
  const char* id;
  void (*draw)(core::AppState&);
};
#define HEARTH_EXERCISE_SCREEN(id, Name, member, title, line) {id, DrawEx##Name},
const Screen kScreens[] = {HEARTH_EXERCISES(HEARTH_EXERCISE_SCREEN)};
#undef HEARTH_EXERCISE_SCREEN

std::string DoneLine(const core::AppState& s, const char* id) {
  int n = core::TimesDone(s.doc.ex, id);
  if (n == 0) return "Not tried yet";
  const core::ExerciseDone* last = core::LastDone(s.doc.ex, id);
  std::string when = last->day == Today(s) ? "today" : "on " + core::ShortDayLabel(last->day);
  return (n == 1 ? std::string("Done once, ") : "Done " + std::to_string(n) + " times, last ") + when;
}

// One exercise as a card that is one target: a tap anywhere on it (title, line or the "done" line)
// opens the exercise. The mirror has it as one link named with the title, before the card's words.
bool ExerciseCard(core::AppState& s, const core::ExerciseInfo& e) {
  const core::Palette& p = Pal(s);
  float d = Px(s);
  size_t first = s.frame.out.mirror.size();
  Box card = BeginCard(s);
  ImVec2 title_pos = ImGui::GetCursorScreenPos();
  ImGui::PushStyleColor(ImGuiCol_Text, Vec(p.link));
  ImGui::PushFont(GetFonts().bold);
  ImGui::TextUnformatted(e.title);
  ImVec2 title_size = ImGui::GetItemRectSize();
  ImGui::PopFont();
  ImGui::PopStyleColor();
  Paragraph(s, e.line);
  Paragraph(s, DoneLine(s, e.id), true);
  ImVec2 after = ImGui::GetCursorScreenPos();
  // The target covers the drawn box (see Box): its padding too, so the edges are not dead.
  float pad = 12.0f * d;
  ImVec2 a(card.top.x - pad, card.top.y - 4.0f * d);
  ImVec2 b(card.top.x + ColumnWidth() + pad * 0.25f, after.y - ImGui::GetStyle().ItemSpacing.y + 6.0f * d);
  b.y = std::max(b.y, a.y + 44.0f * Dpr(s));
  ImGui::SetCursorScreenPos(a);
  bool pressed = PointerPress(s, ImGui::InvisibleButton("card", ImVec2(b.x - a.x, b.y - a.y)));
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float t = std::max(1.0f, Dpr(s));
  dl->AddLine(ImVec2(title_pos.x, title_pos.y + title_size.y - t), ImVec2(title_pos.x + title_size.x, title_pos.y + title_size.y - t),
              Col(p.link, hovered ? 1.0f : 0.6f), t);
  if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    dl->AddRect(a, b, Col(p.accent, 0.8f), 8.0f * d, 0, 1.5f * Dpr(s));
  }
  core::MirrorItem m;
  m.href = core::RouteToHash({core::Screen::Exercise, e.id, ""});
  ImGuiID id = Publish(s, core::Role::Link, e.title, m);
  // Reading order: the link, then the words on the card.
  std::rotate(s.frame.out.mirror.begin() + static_cast<std::ptrdiff_t>(first), s.frame.out.mirror.end() - 1, s.frame.out.mirror.end());
  bool act = Activated(s, id);
  ImGui::SetCursorScreenPos(after);
  EndCard(s, card);
  return pressed || act;
}
// Every exercise's end: its worksheet, blank or with the person's answers (core/exercises/worksheet.h).
void DrawOnPaper(core::AppState& s, const char* id) {
  Gap(s, 14);
  Heading(s, "On paper", 2);
  Paragraph(s, "Print this exercise as a worksheet, or save it as a PDF from the print window. Blank is for "
               "writing by hand. With your answers is for taking to a counselor or keeping.", true);
  float w = ColumnWidth();
  float half = (w - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  bool stacked = Narrow(s) || half < 14.0f * Em();
  core::Outbox& out = s.frame.out.outbox;
  if (Button(s, "Print a blank worksheet", Kind::Secondary, stacked ? w : half))
    out.print = core::ExerciseWorksheet(id, s.doc.ex, s.guide.exercises, false, PracticeName(s));
  if (!stacked) ImGui::SameLine();
  if (Button(s, "Print with my answers", Kind::Secondary, stacked ? w : half))
    out.print = core::ExerciseWorksheet(id, s.doc.ex, s.guide.exercises, true, PracticeName(s));
}
}  // namespace

void DrawExercises(core::AppState& s) {
  BeginColumn(s);
  Heading(s, "Exercises", 1);
  Paragraph(s, "Short practices that turn the guide's ideas into something you do, alone or together. "
               "What you write stays on this device.");
  Gap(s, 6);
  for (const auto& e : core::Exercises()) {
    ImGui::PushID(e.id);
    if (ExerciseCard(s, e)) core::Go(s.nav, {core::Screen::Exercise, e.id, ""});
    ImGui::PopID();
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
      DrawOnPaper(s, sc.id);
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
