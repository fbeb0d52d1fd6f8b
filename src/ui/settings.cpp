// Settings: text size (85 % to 200 %) and theme, applied at once and kept.
#include <string>

#include "imgui.h"
#include "ui/ui.h"
#include "ui/widgets.h"

namespace ui {

// Quick exit explained, with a way to try it (Back brings you here again).
static void DrawQuickExitHelp(core::AppState& s) {
  Heading(s, "Quick exit", 2);
  Paragraph(s, "If someone might see your screen, leave Hearth in a moment: press the Quick exit button at the "
               "top of every page, or press the Shift key three times. The page goes blank at once and a "
               "weather site opens in its place. Hearth is not added to your history as a new step.");
  Paragraph(s, "What you saved stays on this device. If others use it too, you can delete your data or set a "
               "passphrase in Your data.", true);
  if (Button(s, "Try quick exit now", Kind::Secondary, 0, false, "Try quick exit now (Back returns here)"))
    s.out.outbox.quick_exit = true;
}

void DrawSettings(core::AppState& s) {
  BeginColumn(s);
  Heading(s, "Settings", 1);
  bool changed = false;

  Heading(s, "Text size", 2);
  int idx = s.settings.text_size_index;
  std::string value = std::to_string(core::TextSizePercent(s.settings)) + " %";
  if (SliderSteps(s, "Text size", &idx, 0, static_cast<int>(core::kTextSizes.size()) - 1, value)) {
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
  for (const auto& t : themes) {
    if (Radio(s, t.label, s.settings.theme == t.choice) && s.settings.theme != t.choice) {
      s.settings.theme = t.choice;
      changed = true;
    }
  }
  if (s.system.prefers_more_contrast)
    Paragraph(s, "Your system asks for more contrast, so Hearth uses its high-contrast colours.", true);

  Heading(s, "Motion", 2);
  if (Checkbox(s, "Reduce motion", &s.settings.reduce_motion)) changed = true;

  DrawQuickExitHelp(s);

  if (changed) core::MarkDirty(s.save, s.in.now_ms);
  ImGui::Dummy(ImVec2(0, 8.0f * Dpr(s)));
  if (Button(s, "Back to home")) core::Go(s.nav, {core::Screen::Home});
  EndColumn();
}

}  // namespace ui
