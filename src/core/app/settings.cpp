// Settings rules: clamping text size steps and resolving the theme against system preferences.
#include "core/app/settings.h"

#include <algorithm>

namespace core {

static int ClampIndex(int i) { return std::clamp(i, 0, static_cast<int>(kTextSizes.size()) - 1); }

int TextSizePercent(const Settings& s) { return kTextSizes[ClampIndex(s.text_size_index)]; }
float TextScale(const Settings& s) { return TextSizePercent(s) / 100.0f; }

Theme ResolveTheme(const Settings& s, const SystemPrefs& sys) {
  if (sys.prefers_more_contrast) return Theme::HighContrast;
  switch (s.theme) {
    case ThemeChoice::Light: return Theme::Light;
    case ThemeChoice::Dark: return Theme::Dark;
    case ThemeChoice::System: break;
  }
  return sys.prefers_dark ? Theme::Dark : Theme::Light;
}

bool ReduceMotion(const Settings& s, const SystemPrefs& sys) { return s.reduce_motion || sys.prefers_reduced_motion; }

void StepTextSize(Settings& s, int delta) { s.text_size_index = ClampIndex(ClampIndex(s.text_size_index) + delta); }

const char* ThemeChoiceName(ThemeChoice t) {
  switch (t) {
    case ThemeChoice::Light: return "light";
    case ThemeChoice::Dark: return "dark";
    case ThemeChoice::System: break;
  }
  return "system";
}

bool ThemeChoiceFromName(const std::string& n, ThemeChoice& out) {
  if (n == "system") out = ThemeChoice::System;
  else if (n == "light") out = ThemeChoice::Light;
  else if (n == "dark") out = ThemeChoice::Dark;
  else return false;
  return true;
}

}  // namespace core
