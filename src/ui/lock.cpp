// The passphrase lock: the screen that asks for it when Hearth opens locked (the time-out stays one
// press away), and its part of Settings (set, lock now, remove). The encryption itself is the
// browser's (WebCrypto, in src/platform/web); these screens only ask for steps and show outcomes.
#include <string>

#include "core/doc_apply.h"
#include "imgui.h"
#include "ui/ui.h"
#include "ui/widgets.h"

namespace ui {

static float FullWidth(const core::AppState& s) { return Narrow(s) ? ColumnWidth() : 0; }

static void Ask(core::AppState& s, core::LockAction action, std::string passphrase = "") {
  s.out.lock = {action, std::move(passphrase), s.save.ns + ":"};
  if (action != core::LockAction::LockNow) s.lock_view.busy = true;
  s.lock_view.message.clear();
}

// The outcome of a step, drawn and read out once to screen readers.
static void Message(core::AppState& s) {
  core::LockView& v = s.lock_view;
  if (v.message.empty()) return;
  Paragraph(s, v.message);
  if (v.message_said != v.message) {
    v.message_said = v.message;
    s.out.alerts.announce = v.message;
  }
}

static void DrawStartOver(core::AppState& s) {
  core::LockView& v = s.lock_view;
  Paragraph(s, "Without the passphrase, nobody can open what Hearth keeps here, not even us. You can delete it "
               "and start over with an empty Hearth. This cannot be undone.");
  if (Button(s, "Delete everything and start over", Kind::Primary, FullWidth(s))) {
    core::RequestWipe(s);
    v = core::LockView{};
  }
  if (!Narrow(s)) ImGui::SameLine();
  if (Button(s, "Go back to the passphrase", Kind::Secondary, FullWidth(s))) v.confirm_start_over = false;
}

void DrawLockScreen(core::AppState& s) {
  core::LockView& v = s.lock_view;
  BeginColumn(s);
  Heading(s, "Hearth is locked", 1);
  Paragraph(s, "What you keep in Hearth on this device is protected with a passphrase. Type it to open it.");
  if (v.confirm_start_over) {
    DrawStartOver(s);
  } else {
    PasswordField(s, "Passphrase", v.passphrase);
    Message(s);
    if (v.busy) Paragraph(s, "Opening\u2026", true);
    if (Button(s, "Unlock", Kind::Primary, FullWidth(s), v.busy || v.passphrase.empty()))
      Ask(s, core::LockAction::Unlock, v.passphrase);
    Gap(s, 8);
    if (Link(s, "Forgot the passphrase?")) v.confirm_start_over = true;
  }
  Gap(s, 16);
  Heading(s, "Need a break right now?", 2);
  Paragraph(s, "The time-out works without unlocking.", true);
  if (Button(s, "Take a time-out", Kind::Secondary, FullWidth(s))) core::Go(s.nav, {core::Screen::Timeout});
  EndColumn();
}

static void DrawSetLock(core::AppState& s) {
  core::LockView& v = s.lock_view;
  Paragraph(s, "Anyone who opens this browser can read what you keep in Hearth. A passphrase locks it: Hearth "
               "will ask for it each time it opens here, and your notes are stored encrypted.", true);
  Paragraph(s, core::kLockWarning);
  PasswordField(s, "New passphrase", v.passphrase);
  PasswordField(s, "Repeat the passphrase", v.repeat);
  Message(s);
  if (v.busy) Paragraph(s, "Locking\u2026", true);
  if (Button(s, "Lock with this passphrase", Kind::Secondary, FullWidth(s), v.busy)) {
    std::string problem = core::PassphraseProblem(v.passphrase, v.repeat);
    if (problem.empty()) Ask(s, core::LockAction::Set, v.passphrase);
    else v.message = problem;
  }
}

static void DrawOpenLock(core::AppState& s) {
  core::LockView& v = s.lock_view;
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
  if (s.in.lock_state == core::LockState::Open) DrawOpenLock(s);
  else DrawSetLock(s);
}

}  // namespace ui
