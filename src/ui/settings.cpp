// Settings: text size (85 % to 200 %) and theme, applied at once and kept; and "Your data":
// export a backup, import one (checked first, then merged or replacing), delete everything.
#include <string>

#include "core/doc_apply.h"

#include "imgui.h"
#include "ui/ex_common.h"
#include "ui/ui.h"
#include "ui/widgets.h"

namespace ui {

// Quick exit explained, with a way to try it (Back brings you here again).
static void DrawQuickExitHelp(core::AppState& s) {
  Heading(s, "Quick exit", 2);
  Paragraph(s, "If someone might see your screen, leave Hearth in a moment: press the Quick exit button at the "
               "top of every page, or press the Shift key three times. The page goes blank at once and a "
               "weather site opens in its place. Hearth is not added to your history as a new step.");
  Paragraph(s, "What you saved stays on this device. If others use it too, you can delete it under Your data.",
            true);
  if (Button(s, "Try quick exit now", Kind::Secondary, 0, false, "Try quick exit now (Back returns here)"))
    s.out.outbox.quick_exit = true;
}

static float FullWidth(const core::AppState& s) { return Narrow(s) ? ColumnWidth() : 0; }

// A checked backup: what it holds, then merge, replace or cancel.
static void DrawImportChoice(core::AppState& s) {
  core::DataView& v = s.data_view;
  Paragraph(s, v.import_message);
  if (!v.has_import) return;
  Paragraph(s, "Merge keeps the newest of each part from here and from the backup. Replace puts the backup "
               "in place of everything here.", true);
  if (Button(s, "Merge with what is here", Kind::Primary, FullWidth(s))) core::ImportMerge(s);
  if (!Narrow(s)) ImGui::SameLine();
  if (Button(s, "Replace what is here", Kind::Secondary, FullWidth(s))) core::ImportReplace(s);
  if (!Narrow(s)) ImGui::SameLine();
  if (Button(s, "Cancel import", Kind::Quiet, FullWidth(s))) core::CancelImport(s);
}

// The same ask-first pattern as the exercises: "Keep my data" first, "Yes, delete everything" 48 px
// below it, so a second tap on "Delete all my data" can never land on the yes.
static void DrawDelete(core::AppState& s) {
  core::DataView& v = s.data_view;
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

static void DrawYourData(core::AppState& s) {
  for (const core::FileIn& f : s.in.files) core::ReceiveImportFile(s, f);  // chosen after "Import"
  Heading(s, "Your data", 2);
  Paragraph(s, "Everything you do in Hearth stays in this browser. A backup file keeps it safe, or moves it to "
               "another device.", true);
  if (Button(s, "Export a backup file", Kind::Secondary, FullWidth(s))) s.out.outbox.downloads.push_back(core::ExportFile(s));
  if (!Narrow(s)) ImGui::SameLine();
  if (Button(s, "Import a backup file", Kind::Secondary, FullWidth(s))) {
    s.data_view.done_message.clear();
    s.out.outbox.choose_file = true;
  }
  if (!s.data_view.import_message.empty()) DrawImportChoice(s);
  if (!s.data_view.done_message.empty()) Paragraph(s, s.data_view.done_message);
  Gap(s, 8);
  DrawDelete(s);
}

// Offline use and updates: what happens by itself, and the choice the person keeps.
static void DrawUpdates(core::AppState& s) {
  Heading(s, "Offline and updates", 2);
  Paragraph(s, "After your first visit, Hearth opens and works with no connection. New versions download in "
               "the background, and you choose when to switch.", true);
  if (!s.in.update_ready) return;
  Paragraph(s, "A new version is ready.");
  if (Button(s, "Reload into the new version", Kind::Secondary, FullWidth(s))) s.out.outbox.apply_update = true;
}

void DrawSettings(core::AppState& s) {
  BeginColumn(s);
  Heading(s, "Settings", 1);
  bool changed = false;

  Heading(s, "Text size", 2);
  int idx = s.settings.text_size_index;
  std::string value = std::to_string(core::TextSizePercent(s.settings)) + " %";
  // The value sits on its own line above the slider: drawn inside it, the handle would cover it.
  Paragraph(s, "Now: " + value, true);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));  // the slider's own copy of the value is hidden
  bool moved = SliderSteps(s, "Text size", &idx, 0, static_cast<int>(core::kTextSizes.size()) - 1, value);
  ImGui::PopStyleColor();
  if (moved) {
    s.settings.text_size_index = idx;
    changed = true;
  }
  if (Button(s, "Smaller text")) { core::StepTextSize(s.settings, -1); changed = true; }
  ImGui::SameLine();
  if (Button(s, "Larger text")) { core::StepTextSize(s.settings, +1); changed = true; }
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
    if (Radio(s, t.label, s.settings.theme == t.choice) && s.settings.theme != t.choice) {
      s.settings.theme = t.choice;
      changed = true;
    }
  }
  EndGroup(s);
  if (s.system.prefers_more_contrast)
    Paragraph(s, "Your system asks for more contrast, so Hearth uses its high-contrast colors.", true);

  Heading(s, "Motion", 2);
  if (Checkbox(s, "Reduce motion", &s.settings.reduce_motion)) changed = true;

  DrawQuickExitHelp(s);

  if (changed) core::MarkDirty(s.save, s.in.now_ms);
  DrawYourData(s);
  DrawLockSettings(s);
  DrawUpdates(s);
  ImGui::Dummy(ImVec2(0, 8.0f * Dpr(s)));
  if (Button(s, "Back to home")) core::Go(s.nav, {core::Screen::Home});
  EndColumn();
}

}  // namespace ui
