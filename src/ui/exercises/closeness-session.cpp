// The "Getting closer in 45 minutes" screen: names and who starts, then three sets of questions taken in
// turns (the screen names who answers first), each with a gentle 15-minute timer that can be paused and
// that, when it runs out, says so softly and lets the two finish or move on; then each writes what they
// learned about the other, kept on this device. The questions and the study's reference come in the
// guide's file; until it is here the screen says "Loading this exercise…" and the session's place is kept.
// The clock lives in core (closeness-session.h); frames are asked for only when the shown seconds change.
#include <algorithm>
#include <string>

#include "core/base/calendar.h"
#include "core/exercises/ex_text.h"
#include "ui/app/ui.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"
#include "ui/widgets/fonts.h"

namespace ui {

namespace {

constexpr const char* kId = "closeness-session";

std::string SetLabel(int set) { return "set " + std::to_string(set + 1); }

void DrawSource(core::AppState& s, const core::ClosenessText& words) {
  Gap(s, 10);
  Heading(s, core::kClosenessSourceHead, 2);
  Paragraph(s, "In a well-known study, pairs of strangers took turns with questions that slowly grew more personal. "
               "After 45 minutes, they felt closer than pairs who made small talk. The questions here are Hearth's own.",
            true);
  Paragraph(s, "Source: " + words.source, true);
}

void DrawSetup(core::AppState& s, const core::ClosenessText& words) {
  core::ClosenessState& c = s.doc.ex.closeness;
  Paragraph(s, core::kClosenessIntro);
  Paragraph(s, core::kClosenessTurns);
  Heading(s, core::kClosenessHeadWho, 2);
  if (TextField(s, core::kClosenessAskNameA, c.name_a)) Changed(s);
  if (TextField(s, core::kClosenessAskNameB, c.name_b)) Changed(s);
  std::string a = core::ClosenessNameA(c), b = core::ClosenessNameB(c);
  Paragraph(s, core::kClosenessAskFirst, true);
  BeginGroup(s, core::kClosenessAskFirst);
  if (Radio(s, (a + " answers first##a").c_str(), !c.b_first) && c.b_first) {
    c.b_first = false;
    Changed(s);
  }
  if (Radio(s, (b + " answers first##b").c_str(), c.b_first) && !c.b_first) {
    c.b_first = true;
    Changed(s);
  }
  EndGroup(s);
  Gap(s, 8);
  if (Button(s, "Start set 1", Kind::Primary, ColumnWidth()) && core::ClosenessStart(c, s.frame.in.now_ms)) {
    Changed(s);
    s.nav.scroll_top = true;  // the set starts at its top, not where the button was
    s.frame.out.alerts.announce = "Set 1 started. " + core::ClosenessFirst(c) + " answers first.";
  }
  DrawSource(s, words);
}

void DrawTimer(core::AppState& s) {
  core::ClosenessState& c = s.doc.ex.closeness;
  double now = s.frame.in.now_ms;
  if (c.time_up) {
    Box card = BeginCard(s);
    Heading(s, "The time for this set is up", 3);
    Paragraph(s, "There is no rush. Finish this question if you like, then move on when you are both ready.");
    EndCard(s, card);
    return;
  }
  std::string t = core::FormatMinSec(core::ClosenessRemainingMs(c, now));
  ImGui::PushFont(GetFonts().h1);
  float tw = ImGui::CalcTextSize(t.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ColumnWidth() - tw) * 0.5f));
  ImGui::TextUnformatted(t.c_str());
  ImGui::PopFont();
  Paragraph(s, t + " left in " + SetLabel(c.set) + (c.paused ? " (paused)" : ""), true);
  float w = Narrow(s) ? ColumnWidth() : 0;
  if (Button(s, c.paused ? "Resume the timer" : "Pause the timer", Kind::Secondary, w)) {
    if (c.paused) core::ClosenessResume(c, now);
    else core::ClosenessPause(c, now);
    Changed(s);
  }
  // After the button: a timer resumed this frame asks for its next second too (no frame may follow).
  WakeAt(s, core::ClosenessNextChangeMs(c, now));
}

void DrawSet(core::AppState& s, const core::ClosenessText& words) {
  core::ClosenessState& c = s.doc.ex.closeness;
  double now = s.frame.in.now_ms;
  const core::ClosenessSetText& set = words.sets[static_cast<size_t>(c.set)];
  Paragraph(s, "Set " + std::to_string(c.set + 1) + " of " + std::to_string(core::kClosenessSets) + " · question " +
                   std::to_string(c.question + 1) + " of " + std::to_string(core::kClosenessPerSet), true);
  Heading(s, set.title, 2);
  Paragraph(s, set.line, true);
  Box card = BeginCard(s);
  Paragraph(s, core::ClosenessFirst(c) + "'s turn to answer first", true);
  Heading(s, set.questions[static_cast<size_t>(c.question)], 3);
  Paragraph(s, "Then " + core::ClosenessSecond(c) + " answers too. Listen with care, and pass on any question you like.", true);
  EndCard(s, card);
  Gap(s, 6);
  bool last_q = c.question + 1 >= core::kClosenessPerSet;
  bool last_set = c.set + 1 >= core::kClosenessSets;
  std::string on = last_set ? std::string("Go on to the closing step") : "Go on to " + SetLabel(c.set + 1);
  auto move_on = [&] {
    if (core::ClosenessNextSet(c, now) == core::ClosenessPhase::Closing)
      s.frame.out.alerts.announce = "The closing step.";
    else
      s.frame.out.alerts.announce = "Set " + std::to_string(c.set + 1) + " started. " + core::ClosenessFirst(c) + " answers first.";
    s.nav.scroll_top = true;
    Changed(s);
  };
  if (!last_q) {
    if (Button(s, "Next question", Kind::Primary, ColumnWidth())) {
      core::ClosenessNextQuestion(c);
      s.frame.out.alerts.announce = core::ClosenessFirst(c) + "'s turn to answer first.";
      Changed(s);
    }
  } else if (Button(s, on.c_str(), Kind::Primary, ColumnWidth())) {
    move_on();
  }
  if (c.question > 0) {
    if (Button(s, "Previous question", Kind::Secondary, Narrow(s) ? ColumnWidth() : 0)) {
      core::ClosenessPrevQuestion(c);
      Changed(s);
    }
  }
  Gap(s, 8);
  DrawTimer(s);
  if (!last_q) {
    Gap(s, 6);
    std::string early = (last_set ? std::string("Move on to the closing step now") : "Move on to " + SetLabel(c.set + 1) + " now");
    if (Button(s, early.c_str(), Kind::Quiet)) move_on();
  }
  Gap(s, 6);
  Paragraph(s, "You can leave at any time. Your place is kept on this device, so you can come back to it later.", true);
}

void DrawClosing(core::AppState& s) {
  core::ClosenessState& c = s.doc.ex.closeness;
  std::string a = core::ClosenessNameA(c), b = core::ClosenessNameB(c);
  Heading(s, core::kClosenessHeadLearned, 2);
  Paragraph(s, "Take a few quiet minutes. Each of you writes one or two things you learned about the other today. "
               "Then read them out, or swap the phone. It is kept only on this device.");
  float h = 5.0f * ImGui::GetTextLineHeightWithSpacing();
  if (TextField(s, core::ClosenessLearnedAsk(a, b).c_str(), c.about_b, true, h)) Changed(s);
  if (TextField(s, core::ClosenessLearnedAsk(b, a).c_str(), c.about_a, true, h)) Changed(s);
  Gap(s, 8);
  if (Button(s, "Save and finish", Kind::Primary, ColumnWidth()) && core::ClosenessFinish(c, s.frame.in.now_ms)) {
    Done(s, kId);
    s.frame.out.alerts.announce = "Session done. Saved.";
  }
}

void DrawNote(core::AppState& s, const core::ClosenessNote& n) {
  Box card = BeginCard(s);
  Paragraph(s, core::DayLabel(core::LocalDay(n.at_ms, s.frame.in.utc_offset_min)), true);
  if (!n.about_b.empty()) Paragraph(s, core::ClosenessLearnedAsk(n.name_a, n.name_b) + ": " + n.about_b);
  if (!n.about_a.empty()) Paragraph(s, core::ClosenessLearnedAsk(n.name_b, n.name_a) + ": " + n.about_a);
  EndCard(s, card);
  Gap(s, 6);
}

void DrawFinished(core::AppState& s) {
  core::ClosenessState& c = s.doc.ex.closeness;
  Heading(s, "Session done", 2);
  Paragraph(s, "Thank you both for showing up for each other. Sharing a little more, in turns, is how closeness grows.");
  if (Button(s, "Start a new session", Kind::Secondary, ColumnWidth())) {
    core::ClosenessReset(c);
    Changed(s);
  }
}

void DrawNotes(core::AppState& s) {
  const core::ClosenessState& c = s.doc.ex.closeness;
  if (c.notes.empty()) return;
  Gap(s, 10);
  Heading(s, "What you learned before", 2);
  int shown = 0;
  for (auto it = c.notes.rbegin(); it != c.notes.rend() && shown < 5; ++it, ++shown) {
    ImGui::PushID(shown);
    DrawNote(s, *it);
    ImGui::PopID();
  }
}

}  // namespace

void DrawExCloseness(core::AppState& s) {
  ExerciseHeader(s, kId);
  core::ClosenessState& c = s.doc.ex.closeness;
  if (core::ClosenessTick(c, s.frame.in.now_ms)) {  // a set's time just ran out: a soft cue, once
    s.frame.out.alerts.breath_cue = 0;
    s.frame.out.alerts.vibrate_ms = 200;
    s.frame.out.alerts.announce = "The time for " + SetLabel(c.set) + " is up. There is no rush.";
    Changed(s);
  }
  const core::ClosenessText& words = s.guide.exercises.closeness;
  if (!GuideArrived(s, "this exercise") || words.sets.size() != static_cast<size_t>(core::kClosenessSets)) return;
  switch (c.phase) {
    case core::ClosenessPhase::Setup: DrawSetup(s, words); break;
    case core::ClosenessPhase::Sets: DrawSet(s, words); break;
    case core::ClosenessPhase::Closing: DrawClosing(s); break;
    case core::ClosenessPhase::Finished: DrawFinished(s); break;
  }
  if (c.phase == core::ClosenessPhase::Setup || c.phase == core::ClosenessPhase::Finished) DrawNotes(s);
  if (c.phase != core::ClosenessPhase::Setup) DrawSource(s, words);
}

}  // namespace ui
