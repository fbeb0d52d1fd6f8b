// "Your counselor suggested": the homework that came in a counselor's link (core/progress/homework.h),
// each step with a link to where it is done and a tick the person can set themselves. Kept in this
// browser only; a step done in Hearth after the homework arrived is ticked by itself.
#include <string>

#include "core/exercises/catalog.h"
#include "core/progress/homework.h"
#include "core/store/persist.h"
#include "imgui.h"
#include "ui/app/ui.h"
#include "ui/widgets/widgets.h"

namespace ui {

// What the step asks, in words, and whether it can be opened yet (a chapter waits for the guide's file).
static std::string StepWords(const core::AppState& s, const core::HomeworkStep& st, bool& can_open) {
  can_open = true;
  switch (st.kind) {
    case core::StepKind::Timeout: return "Try the time-out once while things are calm, so it is ready when you need it";
    case core::StepKind::Exercise: {
      const core::ExerciseInfo* e = core::FindExercise(st.id);
      return std::string("Do the exercise \u201c") + (e ? e->title : st.id.c_str()) + "\u201d";
    }
    case core::StepKind::Chapter: break;
  }
  const int c = s.guide.Find(st.id);
  if (c < 0) {
    can_open = false;
    return s.guide_load.status == core::GuideStatus::Ready ? "A chapter this version of Hearth does not have (" + st.id + ")"
                                                            : "A chapter of the guide (it is still loading)";
  }
  const core::Chapter& ch = s.guide.chapters[static_cast<size_t>(c)];
  const int b = st.section.empty() ? -1 : s.guide.FindSection(c, st.section);
  if (b >= 0) return "Read \u201c" + ch.blocks[static_cast<size_t>(b)].text + "\u201d in the chapter \u201c" + ch.title + "\u201d";
  return "Read the chapter \u201c" + ch.title + "\u201d";
}

void DrawHomework(core::AppState& s) {
  BeginColumn(s);
  core::HomeworkState& h = s.doc.homework;
  const std::string& from = h.from.empty() ? s.embed.org : h.from;
  Heading(s, from.empty() ? "Your counselor suggested" : from + " suggested", 1);
  if (!s.views.homework.message.empty()) Paragraph(s, s.views.homework.message);
  if (h.steps.empty()) {
    Paragraph(s, "There is no homework here yet. When your counselor sends you a link, open it on this device and "
                 "the steps show here.", true);
    EndColumn();
    return;
  }
  const size_t done = core::HomeworkDoneCount(h, s.doc.reader, s.doc.ex, s.doc.timeout);
  Paragraph(s, done == h.steps.size() ? "All done. Bring what you noticed to your next session."
                                      : "Take these in order, at your own pace. " + std::to_string(done) + " of " +
                                            std::to_string(h.steps.size()) + " done.",
            true);
  for (size_t i = 0; i < h.steps.size(); ++i) {
    const core::HomeworkStep& st = h.steps[i];
    bool can_open = true;
    const std::string words = StepWords(s, st, can_open);
    const std::string num = std::to_string(i + 1) + ". ";
    Gap(s, 6);
    if (can_open) {
      const std::string target = core::HomeworkStepLink(st);
      core::Route to;
      core::RouteFromTarget(target, to);
      if (Link(s, (num + words).c_str(), core::RouteToHash(to))) core::Go(s.nav, to);
    } else {
      Paragraph(s, num + words);
    }
    bool ticked = i < h.ticked_ms.size() && h.ticked_ms[i] > 0;
    if (!ticked && core::HomeworkStepDone(h, i, s.doc.reader, s.doc.ex, s.doc.timeout)) {
      Paragraph(s, "Done in Hearth.", true);  // done in the app since the homework came
    } else if (Checkbox(s, "I did this", &ticked, "I did step " + std::to_string(i + 1))) {
      core::TickHomeworkStep(h, i, ticked, s.frame.in.now_ms);  // it may have been done on paper
      core::MarkDirty(s.save, s.frame.in.now_ms);
    }
  }
  Gap(s, 10);
  Paragraph(s, "This list stays in this browser only. Your counselor does not see it: bring it to your next session.", true);
  EndColumn();
}

}  // namespace ui
