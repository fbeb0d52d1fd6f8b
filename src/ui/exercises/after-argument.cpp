// The After an argument screen: once calm, write what the fight was about on the surface, what it
// was really about (needs to tick, or your own words), what you need, and a repair to offer (with
// ideas). Saved reflections are listed newest first: open one, or delete it after a confirm.
// Links to the guide's "Finding the real issue", to the time-out and to the repair toolkit.
#include <string>

#include "core/base/calendar.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"

namespace ui {

namespace {

constexpr const char* kId = "after-argument";

float FieldHeight() { return 3.2f * ImGui::GetFrameHeight(); }

void DrawNeeds(core::AppState& s) {
  core::AfterEntry& d = s.doc.ex.after.draft;
  Heading(s, "What it was really about", 2);
  Paragraph(s, core::kAfterAskFelt, true);
  const auto& needs = core::AfterNeeds();
  for (size_t i = 0; i < needs.size(); ++i) {
    bool on = core::AfterNeedOn(d, i);
    ImGui::PushID(static_cast<int>(i));
    if (Checkbox(s, needs[i].label, &on)) {
      core::AfterSetNeed(d, i, on);
      Changed(s);
    }
    ImGui::PopID();
  }
  if (TextField(s, core::kAfterAskOwn, d.own_need, true, FieldHeight())) Changed(s);
}

void DrawRepair(core::AppState& s) {
  core::AfterArgumentState& a = s.doc.ex.after;
  Heading(s, "A repair to offer", 2);
  Paragraph(s, core::kAfterRepairLine, true);
  if (TextField(s, core::kAfterAskRepair, a.draft.repair, true, FieldHeight())) Changed(s);
  const auto& ideas = core::AfterRepairIdeas();
  if (a.idea < 0 || a.idea >= static_cast<int>(ideas.size())) a.idea = 0;
  Paragraph(s, std::string("Idea: ") + ideas[static_cast<size_t>(a.idea)], true);
  float w = Narrow(s) ? (ColumnWidth() - ImGui::GetStyle().ItemSpacing.x) * 0.5f : 0;
  if (Button(s, "Use this idea", Kind::Secondary, w, false, "Use this repair idea")) {
    core::AfterUseRepair(a.draft, ideas[static_cast<size_t>(a.idea)]);
    Changed(s);
  }
  ImGui::SameLine();
  if (Button(s, "Another idea", Kind::Secondary, w, false, "Show another repair idea"))
    a.idea = (a.idea + 1) % static_cast<int>(ideas.size());
}

void DrawForm(core::AppState& s) {
  core::AfterArgumentState& a = s.doc.ex.after;
  Heading(s, "On the surface", 2);
  if (TextField(s, core::kAfterAskSurface, a.draft.surface, true, FieldHeight())) Changed(s);
  DrawNeeds(s);
  Heading(s, "What I need", 2);
  if (TextField(s, core::kAfterAskNeed, a.draft.need, true, FieldHeight())) Changed(s);
  DrawRepair(s);
  Gap(s, 8);
  if (Button(s, "Save this reflection", Kind::Primary, ColumnWidth(), !core::AfterHasContent(a.draft)) &&
      core::AfterSaveDraft(a, s.frame.in.now_ms, s.frame.in.utc_offset_min)) {
    Done(s, kId);
  }
  if (a.saved_note && !core::AfterHasContent(a.draft))
    Paragraph(s, "Saved. You will find it below, under “Your reflections”.");
  Paragraph(s, "What you write stays on this device. Share what feels right, when you are both ready.", true);
}

void Field(core::AppState& s, const char* title, const std::string& text) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return;
  Heading(s, title, 3);
  Paragraph(s, text);
}

void DrawOpen(core::AppState& s, int i, const std::string& label) {
  core::AfterArgumentState& a = s.doc.ex.after;
  const core::AfterEntry e = a.entries[static_cast<size_t>(i)];  // a copy: it may be deleted below
  Box card = BeginCard(s);
  Field(s, "On the surface", e.surface);
  std::string under = core::AfterNeedsText(e);
  if (!e.own_need.empty()) under += (under.empty() ? "" : ". ") + e.own_need;
  Field(s, "Really about", under);
  Field(s, "What I needed", e.need);
  Field(s, "A repair to offer", e.repair);
  EndCard(s, card);
  if (Button(s, "Close", Kind::Secondary, 0, false, "Close the reflection from " + label)) a.open = -1;
  DiscardText t = DeleteEntryText("reflection", label);
  switch (AskBeforeDiscard(s, a.confirm_delete == i, t)) {
    case Discard::Ask: a.confirm_delete = i; break;
    case Discard::Keep: a.confirm_delete = -1; break;
    case Discard::Confirm:
      if (core::AfterDelete(a, i)) {
        Changed(s);
        s.frame.out.alerts.announce = "Deleted.";
      }
      break;
    case Discard::None: break;
  }
}

void DrawList(core::AppState& s) {
  core::AfterArgumentState& a = s.doc.ex.after;
  if (a.entries.empty()) return;
  Heading(s, "Your reflections", 2);
  for (int i = 0; i < static_cast<int>(a.entries.size()); ++i) {
    const core::AfterEntry& e = a.entries[static_cast<size_t>(i)];
    std::string title = core::AfterTitle(e);
    std::string label = core::DayLabel(e.day) + ": " + title;
    ImGui::PushID(i);
    Paragraph(s, core::DayLabel(e.day), true);
    Paragraph(s, title);
    if (a.open == i) {
      DrawOpen(s, i, label);
    } else if (Button(s, "Open", Kind::Secondary, 0, false, "Open the reflection from " + label)) {
      a.open = i;
      a.confirm_delete = -1;
    }
    ImGui::PopID();
    Gap(s, 6);
    if (i >= static_cast<int>(a.entries.size())) break;
  }
}

}  // namespace

void DrawExAfterArgument(core::AppState& s) {
  ExerciseHeader(s, kId);
  SafetyNote(s, kId);
  Paragraph(s, "Wait until you both feel calm. Then take a few quiet minutes with these questions, each on your "
               "own. The aim is not to decide who was right, but to find what you both need.");
  if (Link(s, "Still upset? Take a time-out first", "#/timeout")) core::Go(s.nav, {core::Screen::Timeout});
  Gap(s, 2);
  if (Link(s, "Words to help mid-talk: the repair toolkit", "#/exercise/repair-toolkit"))
    core::Go(s.nav, {core::Screen::Exercise, "repair-toolkit", ""});
  Gap(s, 2);
  if (Link(s, "Read: Finding the real issue", "#/guide/conflict/real-issue")) core::Go(s.nav, {core::Screen::Chapter, "conflict", "real-issue"});
  Gap(s, 6);
  DrawForm(s);
  Gap(s, 10);
  DrawList(s);
}

}  // namespace ui
