// The "When closeness feels scary" screen: a gentle checklist, then a summary that is clearly not a
// diagnosis, next steps for the signs ticked, where professional help fits, and past checks.
// Every change goes through core/ex_fears.
#include <string>

#include "core/base/calendar.h"
#include "core/exercises/closeness-fears.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"

namespace ui {

namespace {

void GoTo(core::AppState& s, const char* target) {
  core::Route to;
  if (core::RouteFromTarget(target, to)) core::Go(s.nav, to);
}

std::string DateWords(int day) { return core::ShortDayLabel(day) + " " + std::to_string(core::DayToYmd(day).y); }

std::string CountWords(size_t n) {
  return std::to_string(n) + " of " + std::to_string(core::FearSigns().size()) + (n == 1 ? " sign felt" : " signs felt") +
         " familiar";
}

// A checkbox whose long label wraps inside the column (the shared Checkbox keeps its label on one
// line, which a phone cuts off). The box is the mirror's checkbox, named with the whole sentence;
// tapping the words toggles it too.
bool WrappedCheckbox(core::AppState& s, const char* text, bool* v) {
  bool before = *v;
  bool changed = PointerPress(s, ImGui::Checkbox("##box", v));
  if (!changed) *v = before;  // a press the tap guard refused
  core::MirrorItem m;
  m.checked = *v ? 1 : 0;
  ImGuiID id = Publish(s, core::Role::Checkbox, text, m);
  if (Activated(s, id)) {
    *v = !*v;
    changed = true;
  }
  ImGui::SameLine();
  ImGui::TextWrapped("%s", text);
  if (!changed && ImGui::IsItemClicked()) {
    *v = !*v;
    changed = true;
  }
  return changed;
}

void DrawChecklist(core::AppState& s) {
  core::FearsState& f = s.doc.ex.fears;
  Paragraph(s, core::kFearsIntro);
  Paragraph(s, "Tick any that sound like you. Skip any you would rather not think about today. Only you see this.", true);
  Gap(s, 4);
  Heading(s, core::kFearsHeadSigns, 2);
  const auto& signs = core::FearSigns();
  for (size_t i = 0; i < signs.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    bool on = core::FearsIsTicked(f, signs[i].id);
    if (WrappedCheckbox(s, signs[i].text, &on)) {
      core::FearsToggle(f, signs[i].id);
      Changed(s);
    }
    Gap(s, 2);
    ImGui::PopID();
  }
  Gap(s, 6);
  Heading(s, core::kFearsHeadNotes, 2);
  if (TextField(s, core::kFearsAskSafe, f.safe_with)) Changed(s);
  if (TextField(s, core::kFearsAskStep, f.small_step)) Changed(s);
  Gap(s, 6);
  if (Button(s, "See my summary", Kind::Primary, ColumnWidth())) {
    core::FearsFinish(f, s.frame.in.now_ms, s.frame.in.utc_offset_min);
    Done(s, "closeness-fears");
  }
}

void DrawHelp(core::AppState& s) {
  Heading(s, core::kFearsHelpHead, 2);
  Paragraph(s, core::kFearsHelpText);
  Box card;
  card.Begin(s);
  Heading(s, core::kFearsSafetyHead, 3);
  Paragraph(s, core::kFearsSafetyText);
  if (Link(s, "Getting help and staying safe", core::TargetToHref("chapter:getting-help"))) GoTo(s, "chapter:getting-help");
  card.End(s, Pal(s).surface, Pal(s).safety);
}

void DrawSummary(core::AppState& s) {
  core::FearsState& f = s.doc.ex.fears;
  const core::FearsCheck& c = f.history.back();
  core::FearsSummary sum = core::SummarizeFears(static_cast<int>(c.signs.size()));
  Heading(s, sum.title, 2);
  Paragraph(s, CountWords(c.signs.size()) + ", " + core::DayLabel(c.day) + ".", true);
  Paragraph(s, sum.text);
  Box note = BeginCard(s);
  Paragraph(s, core::kFearsNotDiagnosis);
  EndCard(s, note);
  Gap(s, 8);
  std::vector<const core::FearSign*> steps = core::FearSteps(c.signs);
  Heading(s, "Next steps", 2);
  for (size_t i = 0; i < steps.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    Paragraph(s, steps[i]->step);
    if (Link(s, steps[i]->label, core::TargetToHref(steps[i]->target))) GoTo(s, steps[i]->target);
    Gap(s, 6);
    ImGui::PopID();
  }
  Paragraph(s, "When you feel ready, tell someone close what you are working on. A simple start: \"I find it hard to "
               "let people in, and I'm working on it.\"");
  if (Link(s, "Practice saying how you feel", "#/exercise/i-statement-coach")) GoTo(s, "exercise:i-statement-coach");
  Gap(s, 6);
  if (!f.safe_with.empty()) Paragraph(s, "What helps you feel safe: " + f.safe_with);
  if (!f.small_step.empty()) Paragraph(s, "Your small risk this week: " + f.small_step);
  Gap(s, 6);
  DrawHelp(s);
  Gap(s, 8);
  if (Button(s, "Look at the list again", Kind::Secondary, ColumnWidth())) {
    core::FearsAgain(f);
    Changed(s);
  }
}

void DrawHistory(core::AppState& s) {
  const auto& h = s.doc.ex.fears.history;
  if (h.empty()) return;
  Gap(s, 8);
  Heading(s, "Past checks", 2);
  Paragraph(s, "Patterns can shift over time. This is only for you to notice, not a score to beat.", true);
  int n = static_cast<int>(h.size());
  for (int i = n - 1; i >= 0 && i >= n - 12; --i) {
    ImGui::PushID(i);
    Paragraph(s, DateWords(h[i].day) + ": " + CountWords(h[i].signs.size()) + ".");
    ImGui::PopID();
  }
}

}  // namespace

void DrawExFears(core::AppState& s) {
  ExerciseHeader(s, "closeness-fears");
  if (s.doc.ex.fears.show_result && !s.doc.ex.fears.history.empty()) DrawSummary(s);
  else DrawChecklist(s);
  DrawHistory(s);
}

}  // namespace ui
