// The passphrase lock: the screen that asks for it when Hearth opens locked (the time-out stays one
// press away), and its part of Settings (set, lock now, remove). The encryption itself is the
// browser's (WebCrypto, in src/platform/web); these screens only ask for steps and show outcomes.
#include <string>

#include "core/store/doc_apply.h"
#include "imgui.h"
#include "ui/app/ui.h"
#include "ui/widgets/widgets.h"

namespace ui {

static float FullWidth(const core::AppState& s) { return Narrow(s) ? ColumnWidth() : 0; }

static void Ask(core::AppState& s, core::LockAction action, std::string passphrase = "") {
  s.frame.out.lock = {action, std::move(passphrase), s.save.ns + ":"};
  if (action != core::LockAction::LockNow) s.views.lock.busy = true;
  s.views.lock.message.clear();
  s.views.lock.message_said.clear();  // the outcome is said even when it is the same words as last time
  s.views.lock.problem_field = 0;
}

// Typing in a field that is marked wrong takes the mark (and its message) away.
static void Retyped(core::LockView& v, int field) {
  if (v.problem_field != field) return;
  v.problem_field = 0;
  v.message.clear();
}

// A message is read out once to screen readers when it appears. One about a field also sends
// focus back to that field (named `field`), where it is shown as the field's error.
static void SayOnce(core::AppState& s, const char* field) {
  core::LockView& v = s.views.lock;
  if (v.message.empty() || v.message_said == v.message) return;
  v.message_said = v.message;
  s.frame.out.alerts.announce = v.message;
  if (field) RequestFocus(s, core::FocusItem(core::Role::TextBox, field));
}

// A problem with the input, as the error of the field it is about (else "").
static std::string ErrorFor(const core::LockView& v, int field) {
  return v.problem_field == field ? v.message : std::string();
}

// The outcome of a step that is not about a field, drawn and read out once.
static void Message(core::AppState& s) {
  core::LockView& v = s.views.lock;
  if (v.message.empty() || v.problem_field) return;
  Paragraph(s, v.message);
  SayOnce(s, nullptr);
}

static void DrawStartOver(core::AppState& s) {
  core::LockView& v = s.views.lock;
  Heading(s, "Start over without the passphrase?", 2);
  Paragraph(s, "Without the passphrase, nobody can open what Hearth keeps here, not even us. You can delete it "
               "and start over with an empty Hearth. This cannot be undone.");
  if (Button(s, "Delete everything and start over", Kind::Primary, FullWidth(s))) {
    core::RequestWipe(s);
    v = core::LockView{};
  }
  if (!Narrow(s)) ImGui::SameLine();
  if (Button(s, "Go back to the passphrase", Kind::Secondary, FullWidth(s))) {
    v.confirm_start_over = false;
    RequestFocus(s, core::FocusItem(core::Role::TextBox, "Passphrase"));
  }
}

void DrawLockScreen(core::AppState& s) {
  core::LockView& v = s.views.lock;
  BeginColumn(s);
  Heading(s, "Hearth is locked", 1);
  Paragraph(s, "What you keep in Hearth on this device is protected with a passphrase. Type it to open it.");
  if (v.confirm_start_over) {
    DrawStartOver(s);
  } else {
    // Enter (a phone's Go key) unlocks, as the button does.
    FieldOpts o;
    o.enter = "go";
    o.error = ErrorFor(v, 1);
    if (PasswordField(s, "Passphrase", v.passphrase, &o)) Retyped(v, 1);
    SayOnce(s, v.problem_field ? "Passphrase" : nullptr);
    Message(s);
    if (v.busy) Paragraph(s, "Opening\u2026", true);
    bool unlock = Button(s, "Unlock", Kind::Primary, FullWidth(s), v.busy);
    if ((unlock || o.entered) && !v.busy) {
      if (v.passphrase.empty()) {
        v.message = "Type your passphrase first.";
        v.problem_field = 1;
        v.message_said.clear();
      } else {
        Ask(s, core::LockAction::Unlock, v.passphrase);
      }
    }
    Gap(s, 8);
    if (Link(s, "Forgot the passphrase?")) {
      v.confirm_start_over = true;
      RequestFocus(s, core::FocusItem(core::Role::Heading, "Start over without the passphrase?"));
    }
  }
  Gap(s, 16);
  Heading(s, "Need a break right now?", 2);
  Paragraph(s, "The time-out works without unlocking.", true);
  if (Button(s, "Take a time-out", Kind::Secondary, FullWidth(s))) core::Go(s.nav, {core::Screen::Timeout});
  EndColumn();
}

static void DrawSetLock(core::AppState& s) {
  core::LockView& v = s.views.lock;
  Paragraph(s, "Anyone who opens this browser can read what you keep in Hearth. A passphrase locks it: Hearth "
               "will ask for it each time it opens here, and your notes are stored encrypted.", true);
  Paragraph(s, core::kLockWarning);
  if (!v.setting) {
    Message(s);
    if (Button(s, "Set a passphrase", Kind::Secondary, FullWidth(s))) {
      v.setting = true;
      v.message.clear();
      RequestFocus(s, core::FocusItem(core::Role::TextBox, "New passphrase"));
    }
    return;
  }
  // The rule is said before anyone types; Enter moves on to the repeat, and from there locks.
  FieldOpts first;
  first.enter = "next";
  first.rule = core::kPassphraseRule;
  first.error = ErrorFor(v, 1);
  if (PasswordField(s, "New passphrase", v.passphrase, &first)) Retyped(v, 1);
  if (first.entered) RequestFocus(s, core::FocusItem(core::Role::TextBox, "Repeat the passphrase"));
  FieldOpts second;
  second.enter = "go";
  second.error = ErrorFor(v, 2);
  if (PasswordField(s, "Repeat the passphrase", v.repeat, &second)) Retyped(v, 2);
  SayOnce(s, v.problem_field == 1 ? "New passphrase" : v.problem_field == 2 ? "Repeat the passphrase" : nullptr);
  Message(s);
  if (v.busy) Paragraph(s, "Locking\u2026", true);
  bool lock = Button(s, "Lock with this passphrase", Kind::Primary, FullWidth(s), v.busy);
  if ((lock || second.entered) && !v.busy) {
    std::string problem = core::PassphraseProblem(v.passphrase, v.repeat);
    if (problem.empty()) {
      Ask(s, core::LockAction::Set, v.passphrase);
    } else {
      v.message = problem;
      v.problem_field = core::PassphraseProblemField(v.passphrase, v.repeat);
      v.message_said.clear();  // said again, even when it is the same as last time
    }
  }
  if (!Narrow(s)) ImGui::SameLine();
  if (Button(s, "Cancel", Kind::Secondary, FullWidth(s), v.busy, "Cancel setting a passphrase")) {
    v = core::LockView{};
    RequestFocus(s, core::FocusItem(core::Role::Button, "Set a passphrase"));
  }
}

static void DrawOpenLock(core::AppState& s) {
  core::LockView& v = s.views.lock;
  Paragraph(s, "Hearth is locked with a passphrase. It asks for it each time Hearth opens here. Backups you "
               "export are encrypted with it too.", true);
  Message(s);
  if (v.confirm_remove) {
    Paragraph(s, "Without the passphrase, anyone who opens this browser can read what you keep in Hearth.");
    if (Button(s, "Yes, remove the passphrase", Kind::Primary, FullWidth(s), v.busy)) Ask(s, core::LockAction::Remove);
    if (!Narrow(s)) ImGui::SameLine();
    if (Button(s, "Keep the passphrase", Kind::Secondary, FullWidth(s))) v.confirm_remove = false;
    return;
  }
  if (Button(s, "Lock now", Kind::Secondary, FullWidth(s), v.busy, "Lock now (Hearth closes until the passphrase is typed)"))
    Ask(s, core::LockAction::LockNow);
  if (!Narrow(s)) ImGui::SameLine();
  if (Button(s, "Remove the passphrase", Kind::Secondary, FullWidth(s), v.busy)) v.confirm_remove = true;
}

void DrawLockSettings(core::AppState& s) {
  Heading(s, "Passphrase lock", 2);
  if (s.frame.in.lock_state == core::LockState::Open) DrawOpenLock(s);
  else DrawSetLock(s);
}

}  // namespace ui
