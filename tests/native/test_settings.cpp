// The settings' rules (core/settings): text size steps, theme, reduced motion and the theme names.
#include <catch2/catch.hpp>
#include <string>

#include "core/app/settings.h"

using namespace core;

TEST_CASE("TextSizePercent is always a step of the table, clamped", "[settings]") {
  Settings s;
  CHECK(TextSizePercent(s) == 100);  // the default
  CHECK(TextScale(s) == Approx(1.0f));
  for (int i = 0; i < static_cast<int>(kTextSizes.size()); ++i) {
    s.text_size_index = i;
    CHECK(TextSizePercent(s) == kTextSizes[i]);
    CHECK(TextScale(s) == Approx(kTextSizes[i] / 100.0f));
  }
  s.text_size_index = -1;
  CHECK(TextSizePercent(s) == 85);
  s.text_size_index = -1000000;
  CHECK(TextSizePercent(s) == 85);
  s.text_size_index = 7;
  CHECK(TextSizePercent(s) == 200);
  s.text_size_index = 2147483647;
  CHECK(TextSizePercent(s) == 200);
  CHECK(TextScale(s) == Approx(2.0f));
}

TEST_CASE("StepTextSize moves one step and stays in range", "[settings]") {
  Settings s;
  StepTextSize(s, +1);
  CHECK(TextSizePercent(s) == 115);
  StepTextSize(s, -1);
  StepTextSize(s, -1);
  CHECK(TextSizePercent(s) == 85);
  CHECK(s.text_size_index == 0);
  StepTextSize(s, -1);  // already the smallest
  CHECK(s.text_size_index == 0);
  for (int i = 0; i < 20; ++i) StepTextSize(s, +1);
  CHECK(s.text_size_index == static_cast<int>(kTextSizes.size()) - 1);
  CHECK(TextSizePercent(s) == 200);
  // A damaged index is brought back into range before stepping.
  s.text_size_index = 99;
  StepTextSize(s, -1);
  CHECK(s.text_size_index == 5);
  s.text_size_index = -7;
  StepTextSize(s, +1);
  CHECK(s.text_size_index == 1);
  s.text_size_index = 3;
  StepTextSize(s, 1000);
  CHECK(s.text_size_index == 6);
  StepTextSize(s, -1000);
  CHECK(s.text_size_index == 0);
}

TEST_CASE("ResolveTheme: the person's choice, the system's, and more contrast wins", "[settings]") {
  Settings s;
  SystemPrefs sys;
  s.theme = ThemeChoice::System;
  sys.prefers_dark = false;
  CHECK(ResolveTheme(s, sys) == Theme::Light);
  sys.prefers_dark = true;
  CHECK(ResolveTheme(s, sys) == Theme::Dark);

  s.theme = ThemeChoice::Light;
  CHECK(ResolveTheme(s, sys) == Theme::Light);  // the person's pick beats the system's dark
  s.theme = ThemeChoice::Dark;
  sys.prefers_dark = false;
  CHECK(ResolveTheme(s, sys) == Theme::Dark);

  sys.prefers_more_contrast = true;
  for (ThemeChoice t : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark})
    for (bool dark : {false, true}) {
      s.theme = t;
      sys.prefers_dark = dark;
      CHECK(ResolveTheme(s, sys) == Theme::HighContrast);
    }
}

TEST_CASE("ReduceMotion is on when the app or the system asks for it", "[settings]") {
  Settings s;
  SystemPrefs sys;
  CHECK_FALSE(ReduceMotion(s, sys));
  s.reduce_motion = true;
  CHECK(ReduceMotion(s, sys));
  s.reduce_motion = false;
  sys.prefers_reduced_motion = true;
  CHECK(ReduceMotion(s, sys));
  s.reduce_motion = true;
  CHECK(ReduceMotion(s, sys));
}

TEST_CASE("theme choice names round trip", "[settings]") {
  CHECK(std::string(ThemeChoiceName(ThemeChoice::System)) == "system");
  CHECK(std::string(ThemeChoiceName(ThemeChoice::Light)) == "light");
  CHECK(std::string(ThemeChoiceName(ThemeChoice::Dark)) == "dark");
  for (ThemeChoice t : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark}) {
    ThemeChoice back = t == ThemeChoice::Dark ? ThemeChoice::Light : ThemeChoice::Dark;
    CHECK(ThemeChoiceFromName(ThemeChoiceName(t), back));
    CHECK(back == t);
  }
  for (const char* bad : {"", "Dark", "LIGHT", "high-contrast", "dark "}) {
    ThemeChoice out = ThemeChoice::Light;
    INFO(bad);
    CHECK_FALSE(ThemeChoiceFromName(bad, out));
    CHECK(out == ThemeChoice::Light);  // untouched
  }
}
