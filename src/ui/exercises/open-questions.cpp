// The Open-ended questions screen: one closed question at a time, the person's open version checked
// by rule, an example open version and an example answer, and the list of rewrites kept. The questions'
// words come in the guide's file: until it is here the screen says "Loading this exercise…" (or why it
// failed, with Try again).
#include <string>

#include "core/exercises/open-questions.h"
#include "ui/app/ui.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"

namespace ui {

namespace {
const char* kId = "open-questions";

void DrawCheck(core::AppState& s, const core::ClosedQuestion& q) {
  core::OpenQuestionsState& o = s.doc.ex.openq;
  core::QuestionCheck c = core::CheckQuestion(o.draft);
  if (c.kind == core::QuestionKind::Empty) return;
  Box card = BeginCard(s);
  const char* verdict = "Not quite open";
  switch (c.kind) {
    case core::QuestionKind::Open: verdict = "Open"; break;
    case core::QuestionKind::Closed: verdict = "Closed"; break;
    case core::QuestionKind::Loaded: verdict = "This may land as blame"; break;  // never shown as a success
    default: break;
  }
  Heading(s, verdict, 3);
  Paragraph(s, c.hint);
  EndCard(s, card);
  Gap(s, 4);
  auto kept = o.rewrites.find(q.id);
  // Only a version that still checks as Open counts as kept (a loaded one kept by an older version does not).
  bool is_kept = kept != o.rewrites.end() && kept->second == o.draft && c.kind == core::QuestionKind::Open;
  if (is_kept) {
    Paragraph(s, "Kept. Try it out loud the next time you talk.", true);
  } else if (c.kind == core::QuestionKind::Open) {
    if (Button(s, "Keep my open question", Kind::Primary, Narrow(s) ? ColumnWidth() : 0)) {
      o.rewrites[q.id] = o.draft;
      Done(s, kId);
    }
  }
}

void Move(core::AppState& s, int to) {
  core::OpenQuestionsState& o = s.doc.ex.openq;
  int n = static_cast<int>(core::ClosedQuestions().size());
  o.index = (to + n) % n;
  auto it = o.rewrites.find(core::ClosedQuestions()[o.index].id);
  o.draft = it == o.rewrites.end() ? "" : it->second;
  Changed(s);
}
}  // namespace

void DrawExOpenQuestions(core::AppState& s) {
  ExerciseHeader(s, kId);
  core::OpenQuestionsState& o = s.doc.ex.openq;
  const auto& list = core::ClosedQuestions();
  const core::ClosedQuestion& q = list[o.index];
  Paragraph(s, core::kOpenqIntro);
  Gap(s, 4);
  const auto& texts = s.guide.exercises.openq;
  if (!GuideArrived(s, "this exercise") || texts.size() != list.size()) return;
  const core::QuestionText& words = texts[static_cast<size_t>(o.index)];
  Paragraph(s, "Question " + std::to_string(o.index + 1) + " of " + std::to_string(list.size()), true);
  Heading(s, words.closed, 2);
  if (TextField(s, core::kOpenqAskOwn, o.draft)) Changed(s);
  DrawCheck(s, q);
  Gap(s, 4);
  std::string example = std::string(core::kOpenqExample) + words.open;
  Paragraph(s, example, true);
  Paragraph(s, std::string("An answer it might get: ") + words.answer, true);
  Gap(s, 6);
  float half = Narrow(s) ? (ColumnWidth() - ImGui::GetStyle().ItemSpacing.x) * 0.5f : 0;
  if (Button(s, "Previous question", Kind::Secondary, half)) Move(s, o.index - 1);
  ImGui::SameLine();
  if (Button(s, "Next question", Kind::Secondary, half)) Move(s, o.index + 1);
  int good = core::CountGoodRewrites(o);
  if (good == 0) return;
  Gap(s, 10);
  Heading(s, "Your open questions", 2);
  Paragraph(s, std::to_string(good) + " of " + std::to_string(list.size()) + " rewritten.", true);
  for (size_t i = 0; i < list.size(); ++i) {
    auto it = o.rewrites.find(list[i].id);
    if (it != o.rewrites.end() && core::IsGoodRewrite(it->second))
      Paragraph(s, it->second + " (instead of \"" + texts[i].closed + "\")");
  }
}

}  // namespace ui
