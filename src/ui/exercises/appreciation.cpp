// The Appreciation moments screen: one line for today (with prompts when stuck), edit today's,
// copy to share, the days noted this month (never a streak), and earlier moments, newest first,
// each with copy and delete (after a confirm).
#include <cmath>
#include <string>

#include "core/base/calendar.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"

namespace ui {

namespace {

constexpr const char* kId = "appreciation";
constexpr const char* kField = core::kAppreciationAsk;

void DrawPrompt(core::AppState& s) {
  core::AppreciationState& a = s.doc.ex.appreciation;
  const auto& prompts = core::AppreciationPrompts();
  if (a.prompt >= 0 && a.prompt < static_cast<int>(prompts.size()))
    Paragraph(s, std::string("Try this: ") + prompts[static_cast<size_t>(a.prompt)], true);
  if (Button(s, a.prompt >= 0 ? "Another idea" : "Stuck? Give me an idea", Kind::Quiet)) {
    unsigned r = static_cast<unsigned>(std::fmod(std::fabs(s.frame.in.now_ms), 4294967295.0));
    a.prompt = core::NextAppreciationPrompt(a.prompt, r / 16u);
    Changed(s);
  }
}

// The field for today's line: a new one, or today's open for editing.
void DrawWrite(core::AppState& s, int today, bool editing) {
  core::AppreciationState& a = s.doc.ex.appreciation;
  if (TextField(s, kField, a.draft, true, 3.2f * ImGui::GetFrameHeight())) Changed(s);
  DrawPrompt(s);
  bool blank = a.draft.find_first_not_of(" \t\r\n") == std::string::npos;
  float w = Narrow(s) ? ColumnWidth() : 0;
  if (Button(s, editing ? "Save changes" : "Save", Kind::Primary, w, blank,
             editing ? "Save changes to today's moment" : "Save today's moment")) {
    bool is_new = core::AppreciationOn(a, today) == nullptr;
    if (core::SaveAppreciation(a, today, a.draft, s.frame.in.now_ms)) {
      a.draft.clear();
      a.editing = false;
      a.prompt = -1;
      if (is_new) Done(s, kId);
      else Changed(s);
      s.frame.out.alerts.announce = "Saved.";
    }
  }
  if (editing) {
    if (!Narrow(s)) ImGui::SameLine();
    if (Button(s, "Cancel", Kind::Secondary, w, false, "Cancel editing")) {
      a.draft.clear();
      a.editing = false;
      Changed(s);
    }
  }
}

// Delete with a confirm; returns true if the entry was deleted.
bool DeleteRow(core::AppState& s, int day, const std::string& label) {
  core::AppreciationState& a = s.doc.ex.appreciation;
  DiscardText t = DeleteEntryText("moment", label);
  bool gone = false;
  switch (AskBeforeDiscard(s, a.confirm_delete_day == day, t)) {
    case Discard::Ask: a.confirm_delete_day = day; break;
    case Discard::Keep: a.confirm_delete_day = -1; break;
    case Discard::Confirm:
      gone = core::DeleteAppreciation(a, day);
      a.confirm_delete_day = -1;
      Changed(s);
      s.frame.out.alerts.announce = "Deleted.";
      break;
    case Discard::None: break;
  }
  return gone;
}

void DrawToday(core::AppState& s, int today) {
  core::AppreciationState& a = s.doc.ex.appreciation;
  Heading(s, "Today", 2);
  Paragraph(s, core::DayLabel(today), true);
  const core::AppreciationEntry* e = core::AppreciationOn(a, today);
  if (!e || a.editing) {
    DrawWrite(s, today, e != nullptr);
    return;
  }
  Box card = BeginCard(s);
  Paragraph(s, e->text);
  EndCard(s, card);
  std::string share = core::AppreciationShareText(*e);
  if (Button(s, "Edit", Kind::Secondary, 0, false, "Edit today's moment")) {
    a.draft = e->text;
    a.editing = true;
    Changed(s);
    return;
  }
  ImGui::SameLine();
  CopyButton(s, "Copy to share", share);
  DeleteRow(s, today, "today");
}

void DrawEarlier(core::AppState& s, int today) {
  core::AppreciationState& a = s.doc.ex.appreciation;
  bool any = false;
  int shown = 0;
  for (size_t i = 0; i < a.entries.size(); ++i) {
    const core::AppreciationEntry e = a.entries[i];  // a copy: the row may delete it
    if (e.day == today) continue;
    if (!any) Heading(s, "Earlier moments", 2);
    any = true;
    if (++shown > a.shown) {
      if (Button(s, "Show older moments")) a.shown += 30;
      break;
    }
    ImGui::PushID(e.day);
    std::string label = core::DayLabel(e.day);
    Paragraph(s, label, true);
    Paragraph(s, e.text);
    if (Button(s, "Copy", Kind::Quiet, 0, false, "Copy the moment from " + label)) {
      s.frame.out.outbox.copy_text = core::AppreciationShareText(e);
      s.frame.out.alerts.announce = "Copied.";
    }
    bool gone = DeleteRow(s, e.day, label);
    ImGui::PopID();
    Gap(s, 6);
    if (gone) break;
  }
}

}  // namespace

void DrawExAppreciation(core::AppState& s) {
  ExerciseHeader(s, kId);
  int today = Today(s);
  Paragraph(s, core::kAppreciationIntro);
  DrawToday(s, today);
  Gap(s, 6);
  int days = core::AppreciationDaysThisMonth(s.doc.ex.appreciation, today);
  core::Ymd ymd = core::DayToYmd(today);
  std::string month = core::MonthName(ymd.m);
  Paragraph(s, days == 0 ? "Nothing noted yet in " + month + ". One line is plenty."
                         : "Days with a moment in " + month + ": " + std::to_string(days) + ".",
            true);
  Gap(s, 6);
  DrawEarlier(s, today);
}

}  // namespace ui
