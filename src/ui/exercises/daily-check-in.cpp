// The Daily check-in screen: names and turn length, then four timed turns (two rounds: the best
// part of the day, then the hardest), the listener's reminder, swapping roles, and a soft cue when
// a turn's time is up. The clock lives in core/ex_checkin; frames are asked for only when the
// countdown's seconds change (WakeAt), never every frame.
#include <algorithm>
#include <string>

#include "core/base/calendar.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/theme.h"

namespace ui {

namespace {

constexpr const char* kId = "daily-check-in";

std::string LengthWords(int sec) {
  int m = sec / 60;
  if (sec % 60 == 0) return std::to_string(m) + (m == 1 ? " minute" : " minutes");
  if (sec % 60 == 30) return std::to_string(m) + "½ minutes";
  return core::FormatMinSec(sec * 1000.0);
}

void DrawLength(core::AppState& s) {
  core::CheckInState& c = s.doc.ex.checkin;
  Paragraph(s, "Each turn: " + LengthWords(c.turn_sec) + ". Four turns take about " +
                   std::to_string((c.turn_sec * core::kCheckInTurns + 30) / 60) + " minutes.");
  float w = Narrow(s) ? (ColumnWidth() - ImGui::GetStyle().ItemSpacing.x) * 0.5f : 0;
  if (Button(s, "Shorter", Kind::Secondary, w, c.turn_sec <= core::kCheckInMinTurnSec, "Shorter turns")) {
    core::SetTurnSeconds(c, c.turn_sec - core::kCheckInStepSec);
    Changed(s);
  }
  ImGui::SameLine();
  if (Button(s, "Longer", Kind::Secondary, w, c.turn_sec >= core::kCheckInMaxTurnSec, "Longer turns")) {
    core::SetTurnSeconds(c, c.turn_sec + core::kCheckInStepSec);
    Changed(s);
  }
}

void DrawSetup(core::AppState& s) {
  core::CheckInState& c = s.doc.ex.checkin;
  Paragraph(s, core::kCheckInIntro);
  Heading(s, "Who is here", 2);
  if (TextField(s, "First name (optional)", c.name_a)) Changed(s);
  if (TextField(s, "Second name (optional)", c.name_b)) Changed(s);
  std::string a = core::CheckInNameA(c), b = core::CheckInNameB(c);
  Paragraph(s, core::kCheckInAskFirst, true);
  BeginGroup(s, core::kCheckInAskFirst);
  if (Radio(s, (a + " talks first##a").c_str(), !c.b_first) && c.b_first) {
    c.b_first = false;
    Changed(s);
  }
  if (Radio(s, (b + " talks first##b").c_str(), c.b_first) && !c.b_first) {
    c.b_first = true;
    Changed(s);
  }
  EndGroup(s);
  Heading(s, "Turn length", 2);
  DrawLength(s);
  if (Checkbox(s, "Soft sound and buzz when a turn ends", &c.sound)) Changed(s);
  Gap(s, 8);
  if (Button(s, "Start the check-in", Kind::Primary, ColumnWidth()) && core::CheckInStart(c, s.frame.in.now_ms)) {
    Changed(s);
    s.frame.out.alerts.announce = core::CheckInSpeaker(c, 0) + " talks first.";
  }
  Gap(s, 6);
  if (Link(s, "Read about the daily check-in in the guide", "#/guide/talking-close/daily-check-in"))
    core::Go(s.nav, {core::Screen::Chapter, "talking-close", "daily-check-in"});
}

// The time left, large and centred; the mirror hears it in words.
void DrawCountdown(core::AppState& s, double remaining, const std::string& speaker) {
  std::string t = core::FormatMinSec(remaining);
  ImGui::PushFont(GetFonts().h1);
  float tw = ImGui::CalcTextSize(t.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ColumnWidth() - tw) * 0.5f));
  ImGui::TextUnformatted(t.c_str());
  ImGui::PopFont();
  Paragraph(s, t + " left in " + speaker + "'s turn", true);
}

void Finish(core::AppState& s) {
  Done(s, kId);
  s.frame.out.alerts.announce = "Check-in done. Saved.";
}

void DrawTurnButtons(core::AppState& s) {
  core::CheckInState& c = s.doc.ex.checkin;
  double now = s.frame.in.now_ms;
  bool last = c.run.turn + 1 >= core::kCheckInTurns;
  float w = (ColumnWidth() - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  if (c.run.phase == core::CheckInPhase::TurnEnded) {
    std::string next = last ? std::string("Finish the check-in")
                            : "Start " + core::CheckInSpeaker(c, c.run.turn + 1) + "'s turn";
    if (Button(s, next.c_str(), Kind::Primary, ColumnWidth())) {
      if (core::CheckInNext(c, now) == core::CheckInPhase::Finished) Finish(s);
      Changed(s);
    }
  } else {
    bool paused = c.run.phase == core::CheckInPhase::Paused;
    if (Button(s, paused ? "Resume" : "Pause", Kind::Primary, w)) {
      if (paused) core::CheckInResume(c, now);
      else core::CheckInPause(c, now);
      Changed(s);
    }
    ImGui::SameLine();
    if (Button(s, last ? "Finish now" : "Next turn", Kind::Secondary, w)) {
      if (core::CheckInNext(c, now) == core::CheckInPhase::Finished) Finish(s);
      Changed(s);
    }
    Gap(s, 4);
    DrawLength(s);
  }
  Gap(s, 6);
  if (Button(s, "Stop the check-in", Kind::Quiet)) {
    core::CheckInStop(c);
    Changed(s);
  }
}

void DrawTurn(core::AppState& s) {
  core::CheckInState& c = s.doc.ex.checkin;
  int turn = c.run.turn;
  std::string speaker = core::CheckInSpeaker(c, turn), listener = core::CheckInListener(c, turn);
  Paragraph(s, "Round " + std::to_string(core::CheckInRound(turn)) + " of 2 · turn " + std::to_string(turn + 1) +
                   " of " + std::to_string(core::kCheckInTurns), true);
  if (c.run.phase == core::CheckInPhase::TurnEnded) {
    Heading(s, "Time is up. Swap roles.", 2);
    if (turn + 1 < core::kCheckInTurns) {
      Paragraph(s, "Thank you, " + speaker + ". Now " + core::CheckInSpeaker(c, turn + 1) + " talks and " +
                       core::CheckInListener(c, turn + 1) + " listens.");
      Paragraph(s, "Next question: " + std::string(core::CheckInQuestion(turn + 1)), true);
    } else {
      Paragraph(s, "That was the last turn. Thank you both.");
    }
    DrawTurnButtons(s);
    return;
  }
  Box card = BeginCard(s);
  Heading(s, speaker + " talks", 2);
  Paragraph(s, core::CheckInQuestion(turn));
  Gap(s, 4);
  Heading(s, listener + " listens", 3);
  Paragraph(s, core::kCheckInListenLine, true);
  EndCard(s, card);
  Gap(s, 6);
  DrawCountdown(s, core::TurnRemainingMs(c, s.frame.in.now_ms), speaker);
  if (c.run.phase == core::CheckInPhase::Paused) Paragraph(s, "Paused.", true);
  else WakeAt(s, core::CheckInNextChangeMs(c, s.frame.in.now_ms));
  DrawTurnButtons(s);
}

void DrawFinished(core::AppState& s) {
  core::CheckInState& c = s.doc.ex.checkin;
  Heading(s, "Check-in done", 2);
  Paragraph(s, "You gave each other some calm, full attention today. Small moments like this add up.");
  const core::ExerciseDone* last = core::LastDone(s.doc.ex, kId);
  if (last) Paragraph(s, "Saved for " + core::DayLabel(last->day) + ". You can see it in Progress.", true);
  Gap(s, 6);
  if (Button(s, "Back to the start", Kind::Secondary, ColumnWidth())) {
    core::CheckInStop(c);
    Changed(s);
  }
}

}  // namespace

void DrawExCheckIn(core::AppState& s) {
  ExerciseHeader(s, kId);
  core::CheckInState& c = s.doc.ex.checkin;
  if (core::CheckInTick(c, s.frame.in.now_ms)) {  // a turn's time just ran out: a soft cue, once
    if (c.sound) {
      s.frame.out.alerts.breath_cue = 0;
      s.frame.out.alerts.vibrate_ms = 200;
    }
    s.frame.out.alerts.announce = "Time is up for " + core::CheckInSpeaker(c, c.run.turn) + "'s turn.";
    Changed(s);
  }
  switch (c.run.phase) {
    case core::CheckInPhase::Setup: DrawSetup(s); break;
    case core::CheckInPhase::Finished: DrawFinished(s); break;
    default: DrawTurn(s); break;
  }
}

}  // namespace ui
