// Settings: text size (85 % to 200 %) and theme, applied at once and kept.
#include <string>

#include "imgui.h"
#include "ui/ui.h"
#include "ui/widgets.h"

namespace ui {

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

  if (changed) core::MarkDirty(s.save, s.in.now_ms);
  ImGui::Dummy(ImVec2(0, 8.0f * Dpr(s)));
  if (Button(s, "Back to home")) core::Go(s.nav, {core::Screen::Home});
  EndColumn();
}

}  // namespace ui
