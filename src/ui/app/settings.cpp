// Settings: text size (85 % to 200 %), theme and motion, applied at once and kept; quick exit and what
// it cannot hide, with the history setting; and "Your data":
// export a backup, import one (checked first, then merged or replacing), delete everything.
#include <string>

#include "core/store/doc_apply.h"
#include "core/store/store.h"

#include "imgui.h"
#include "ui/app/ui.h"
#include "ui/exercises/ex_common.h"
#include "ui/widgets/richtext.h"
#include "ui/widgets/widgets.h"

namespace ui {

static float FullWidth(const core::AppState& s) { return Narrow(s) ? ColumnWidth() : 0; }

// Quick exit explained plainly: what it does, what it cannot hide, the history setting, and a way to try it.
static void DrawQuickExitHelp(core::AppState& s, bool& changed) {
  Heading(s, "Quick exit", 2);
  Paragraph(s, "If someone might see your screen, leave Hearth in a moment: press Quick exit at the top of any "
               "page, or press the Shift key three times. The page goes blank at once and a weather site opens in "
               "its place. If someone presses Back, Hearth opens on its home page with nothing of yours on it. If "
               "you use a passphrase, Hearth locks again.");
  Paragraph(s, "What quick exit cannot hide:");
  const char* limits[] = {
      "Your browser's history. Hearth still shows in the list of sites you visited.",
      "Other tabs. Quick exit leaves only this tab, so close any other Hearth tabs yourself.",
      "Files you saved, such as backups and calendar files, and events you added to a calendar.",
      "Hearth on your home screen or in your apps, if you installed it there.",
  };
  RichOptions o;
  o.plain = true;
  o.indent = 1.6f * ImGui::GetFontSize();
  o.prefix = "\u2022";
  o.list = ImGui::GetID("quick-exit-limits");
  for (const char* line : limits) RichText(s, line, o);
  Paragraph(s, "To leave fewer traces, open Hearth in a private window (some browsers call it incognito). It keeps "
               "no history, but it also forgets your notes when you close it. You can also lock Hearth with a "
               "passphrase, below.", true);
  if (Checkbox(s, "Keep Hearth out of this browser's history", &s.doc.settings.one_history_entry)) changed = true;
  CheckboxDetail(s, "Hearth then takes just one step in the Back list, so one press of Back leaves it. Use the "
                    "Back link at the top of a page to go back inside Hearth. The browser still lists Hearth once.");
  Gap(s, 4);
  if (Button(s, "Try quick exit now", Kind::Secondary, 0, false, "Try quick exit now (Back brings you to Hearth's home page)"))
    s.frame.out.outbox.quick_exit = true;
}

// A chosen backup: an encrypted one asks for its passphrase first; a checked one says what it holds,
// then merge, replace or cancel.
static void DrawImportChoice(core::AppState& s) {
  core::DataView& v = s.views.data;
  Paragraph(s, v.import_message);
  if (v.has_sealed) {
    FieldOpts fo;
    fo.enter = "go";
    PasswordField(s, "Passphrase for this backup", v.import_pass, &fo);
    if (v.opening) Paragraph(s, "Opening\u2026", true);
    if (Button(s, "Open the backup", Kind::Primary, FullWidth(s), v.opening) || (fo.entered && !v.opening))
      core::RequestOpenSealed(s);
    if (!Narrow(s)) ImGui::SameLine();
    if (Button(s, "Cancel import", Kind::Quiet, FullWidth(s))) core::CancelImport(s);
    return;
  }
  if (!v.has_import) return;
  Paragraph(s, "Merge keeps the newest of each part from here and from the backup. Replace puts the backup "
               "in place of everything here.", true);
  if (Button(s, "Merge with what is here", Kind::Primary, FullWidth(s))) core::ImportMerge(s);
  if (!Narrow(s)) ImGui::SameLine();
  if (Button(s, "Replace what is here", Kind::Secondary, FullWidth(s))) core::ImportReplace(s);
  if (!Narrow(s)) ImGui::SameLine();
  if (Button(s, "Cancel import", Kind::Quiet, FullWidth(s))) core::CancelImport(s);
}

// With the lock on, the backup is encrypted unless the person chooses a readable one, with the
// warning right there. Without it, the file is readable, and Settings says so.
static void DrawExport(core::AppState& s) {
  core::DataView& v = s.views.data;
  if (s.frame.in.lock_state != core::LockState::Open) {
    Paragraph(s, "A backup file is readable: anyone who opens it can read everything in it. Keep it somewhere "
                 "safe. With a passphrase lock (below), backups are encrypted too.", true);
    if (Button(s, "Export a backup file", Kind::Secondary, FullWidth(s))) core::ExportReadable(s);
    return;
  }
  Paragraph(s, "Your backup is encrypted with your passphrase. To open it, here or on another device, you will "
               "need the same passphrase.", true);
  if (Button(s, "Export an encrypted backup", Kind::Secondary, FullWidth(s), v.sealing)) core::RequestSealedExport(s);
  if (v.sealing) Paragraph(s, "Encrypting\u2026", true);
  // The readable file asks first, as deleting does: the warning, "keep it encrypted" first, the yes
  // 48 px below it.
  DiscardText t;
  t.action = "Export a readable backup instead";
  t.question = std::string(core::kPlainWarning) + " Choose this only if you need to read the file yourself.";
  t.keep = "Keep it encrypted";
  t.yes = "Yes, export a readable file";
  t.yes_name = "Yes, export a readable file (anyone who opens it can read it)";
  switch (AskBeforeDiscard(s, v.confirm_plain, t)) {
    case Discard::Ask:
      v.confirm_plain = true;
      v.done_message.clear();
      break;
    case Discard::Keep: v.confirm_plain = false; break;
    case Discard::Confirm: core::ExportReadable(s); break;
    case Discard::None: break;
  }
}

// The same ask-first pattern as the exercises: "Keep my data" first, "Yes, delete everything" 48 px
// below it, so a second tap on "Delete all my data" can never land on the yes.
static void DrawDelete(core::AppState& s) {
  core::DataView& v = s.views.data;
  DiscardText t;
  t.action = "Delete all my data";
  t.question = "This deletes everything Hearth keeps in this browser: your settings, reading places, bookmarks, "
               "exercises and time-outs. It cannot be undone. If you may want it later, export a backup first.";
  t.keep = "Keep my data";
  t.yes = "Yes, delete everything";
  switch (AskBeforeDiscard(s, v.confirm_delete, t)) {
    case Discard::Ask: v.confirm_delete = true; break;
    case Discard::Keep: v.confirm_delete = false; break;
    case Discard::Confirm: core::RequestWipe(s); break;
    case Discard::None: break;
  }
}

bool DrawStorageChoice(core::AppState& s, float width) {
  if (!s.save.blocked) return false;
  using A = core::StorageAccess;
  switch (s.save.access) {
    // Short enough for one line on a phone; the name screen readers hear says the rest.
    case A::CanAsk:
      if (Button(s, "Let Hearth keep your progress", Kind::Primary, width, false, "Let Hearth keep your progress on this device"))
        core::AskStorageAccess(s);
      return true;
    case A::Refused:
    case A::Unavailable:
      if (Button(s, "Open Hearth in its own tab", Kind::Primary, width, false, "Open Hearth in its own tab to keep your progress"))
        core::OpenInOwnTab(s);
      return true;
    default: return false;
  }
}

// Which of three states saving is in, in words (and, when not saving in a frame, the way out).
static void DrawSavingState(core::AppState& s) {
  const char* line = "Saving: on. Hearth keeps your progress in this browser.";
  switch (core::SavingNow(s)) {
    case core::Saving::Normally: break;
    case core::Saving::WithPermission:
      line = "Saving: on, with your permission. Hearth is inside another site's page, and you let it keep your "
             "progress on this device.";
      break;
    case core::Saving::Not:
      line = s.save.locked      ? "Saving: paused until Hearth is unlocked."
             : s.save.read_only ? "Saving: paused, because a newer Hearth saved here. Nothing is written over it."
             : s.save.blocked   ? "Saving: off. This browser window does not let Hearth save, so what you do lasts until "
                                  "you close it. Export keeps a copy."
                                : "Saving: off for now, because this browser's storage is full. Export keeps a copy.";
      break;
  }
  Paragraph(s, line);
  DrawStorageChoice(s, FullWidth(s));
}

static void DrawYourData(core::AppState& s) {
  for (const core::FileIn& f : s.frame.in.files) core::ReceiveImportFile(s, f);  // chosen after "Import"
  Heading(s, "Your data", 2);
  Paragraph(s, "Everything you do in Hearth stays in this browser. A backup file keeps it safe, or moves it to "
               "another device.", true);
  // The plain page a practice can point to: what is kept, where, for how long, and what is sent (nothing).
  // The page opens in a tab of its own (the mirror's link, platform/web/mirror.js); nothing here changes.
  Link(s, "How Hearth handles your privacy", "privacy.html");
  DrawSavingState(s);
  DrawExport(s);
  Gap(s, 8);
  if (Button(s, "Import a backup file", Kind::Secondary, FullWidth(s))) {
    s.views.data.done_message.clear();
    s.frame.out.outbox.choose_file = true;
  }
  if (!s.views.data.import_message.empty()) DrawImportChoice(s);
  if (!s.views.data.done_message.empty()) Paragraph(s, s.views.data.done_message);
  Gap(s, 8);
  DrawDelete(s);
}

// For counselors: the plain page that makes homework links, handouts and the notes for professionals.
static void DrawForCounselors(core::AppState& s) {
  Heading(s, "For counselors", 2);
  Paragraph(s, "Give a client one piece of homework as a link, a QR code or a printed handout.", true);
  Link(s, "Make a homework link or handout", "counselors.html");
}

// Offline use and updates: what happens by itself, and the choice the person keeps.
static void DrawUpdates(core::AppState& s) {
  Heading(s, "Offline and updates", 2);
  Paragraph(s, "After your first visit, Hearth opens and works with no connection. New versions download in "
               "the background, and you choose when to switch.", true);
  if (!s.frame.in.update_ready) return;
  Paragraph(s, "A new version is ready.");
  if (Button(s, "Reload into the new version", Kind::Secondary, FullWidth(s))) s.frame.out.outbox.apply_update = true;
}

void DrawSettings(core::AppState& s) {
  BeginColumn(s);
  Heading(s, "Settings", 1);
  bool changed = false;

  Heading(s, "Text size", 2);
  int idx = s.doc.settings.text_size_index;
  std::string value = std::to_string(core::TextSizePercent(s.doc.settings)) + " %";
  bool moved = SliderSteps(s, "Text size", &idx, 0, static_cast<int>(core::kTextSizes.size()) - 1, value, "Now:");
  if (moved) {
    s.doc.settings.text_size_index = idx;
    changed = true;
  }
  if (Button(s, "Smaller text")) { core::StepTextSize(s.doc.settings, -1); changed = true; }
  ImGui::SameLine();
  if (Button(s, "Larger text")) { core::StepTextSize(s.doc.settings, +1); changed = true; }
  Paragraph(s, "The quick brown fox jumps over the lazy dog. “Curly quotes” — dashes… and café, naïve, Łódź.", true);

  Heading(s, "Theme", 2);
  const struct {
    const char* label;
    core::ThemeChoice choice;
  } themes[] = {{"Follow the system", core::ThemeChoice::System},
                {"Light", core::ThemeChoice::Light},
                {"Dark", core::ThemeChoice::Dark}};
  BeginGroup(s, "Theme");
  for (const auto& t : themes) {
    if (Radio(s, t.label, s.doc.settings.theme == t.choice) && s.doc.settings.theme != t.choice) {
      s.doc.settings.theme = t.choice;
      changed = true;
    }
  }
  EndGroup(s);
  if (s.system.prefers_more_contrast)
    Paragraph(s, "Your system asks for more contrast, so Hearth uses its high-contrast colors.", true);

  Heading(s, "Motion", 2);
  if (Checkbox(s, "Reduce motion", &s.doc.settings.reduce_motion)) changed = true;

  DrawQuickExitHelp(s, changed);

  if (changed) core::MarkDirty(s.save, s.frame.in.now_ms);
  DrawYourData(s);
  DrawLockSettings(s);
  DrawUpdates(s);
  DrawForCounselors(s);
  ImGui::Dummy(ImVec2(0, 8.0f * Dpr(s)));
  if (Button(s, "Back to home")) core::Go(s.nav, {core::Screen::Home});
  EndColumn();
}

}  // namespace ui
