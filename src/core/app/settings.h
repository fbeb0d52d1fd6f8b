// Settings the person chooses: text size, theme, motion and history. Pure data + the rules that resolve them.
#pragma once
#include <array>
#include <string>

namespace core {

enum class ThemeChoice { System, Light, Dark };
enum class Theme { Light, Dark, HighContrast };

// Text size steps, in percent of the base size. Index into this table is what is stored.
inline constexpr std::array<int, 7> kTextSizes = {85, 100, 115, 130, 150, 175, 200};
inline constexpr int kDefaultTextSizeIndex = 1;

struct Settings {
  int text_size_index = kDefaultTextSizeIndex;  // into kTextSizes
  ThemeChoice theme = ThemeChoice::System;      // what the person picked
  bool reduce_motion = false;                   // the app's own switch (the system's is OR-ed in)
  bool one_history_entry = false;               // moving between screens replaces the page's history entry
                                                // (Back leaves Hearth at once; in-app Back uses Nav::back)
};

// What the system reports about the person's preferences (from the browser's media queries).
struct SystemPrefs {
  bool prefers_dark = false;
  bool prefers_more_contrast = false;
  bool prefers_reduced_motion = false;
};

int TextSizePercent(const Settings& s);  // clamped, always a value of kTextSizes
float TextScale(const Settings& s);      // TextSizePercent / 100
Theme ResolveTheme(const Settings& s, const SystemPrefs& sys);
bool ReduceMotion(const Settings& s, const SystemPrefs& sys);
void StepTextSize(Settings& s, int delta);  // moves one step, stays in range

const char* ThemeChoiceName(ThemeChoice t);              // "system", "light", "dark" (for storage)
bool ThemeChoiceFromName(const std::string& n, ThemeChoice& out);

}  // namespace core
