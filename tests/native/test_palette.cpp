// Palettes (core/palette): contrast as WCAG 2 measures it, and every theme meeting it.
#include <catch2/catch.hpp>

#include "core/app/palette.h"
#include "core/app/settings.h"

using namespace core;

TEST_CASE("ContrastRatio follows WCAG 2", "[palette]") {
  const Rgb black{0, 0, 0}, white{255, 255, 255};
  CHECK(ContrastRatio(black, white) == Approx(21.0));
  CHECK(ContrastRatio(white, black) == Approx(21.0));
  CHECK(ContrastRatio(white, white) == Approx(1.0));
  CHECK(ContrastRatio(black, black) == Approx(1.0));
  CHECK(ContrastRatio(Rgb{0x77, 0x33, 0xAA}, Rgb{0x77, 0x33, 0xAA}) == Approx(1.0));
  // Known values: #767676 on white is the classic 4.54:1; #777777 just fails AA (4.48:1).
  CHECK(ContrastRatio(Rgb{0x76, 0x76, 0x76}, white) == Approx(4.54).epsilon(0.005));
  CHECK(ContrastRatio(Rgb{0x77, 0x77, 0x77}, white) == Approx(4.48).epsilon(0.005));
  // Pure red on white is about 4:1.
  CHECK(ContrastRatio(Rgb{255, 0, 0}, white) == Approx(3.998).epsilon(0.001));
  // Symmetric and within 1..21.
  const Rgb samples[] = {{0, 0, 0}, {12, 200, 40}, {128, 128, 128}, {250, 10, 90}, {255, 255, 255}};
  for (Rgb a : samples)
    for (Rgb b : samples) {
      double r = ContrastRatio(a, b);
      CHECK(r == Approx(ContrastRatio(b, a)));
      CHECK(r >= 1.0);
      CHECK(r <= 21.0 + 1e-9);
    }
}

TEST_CASE("every theme meets WCAG AA for text and 3:1 for controls", "[palette]") {
  struct Named {
    Theme theme;
    const char* name;
  };
  for (Named t : {Named{Theme::Light, "light"}, Named{Theme::Dark, "dark"}, Named{Theme::HighContrast, "contrast"}}) {
    const Palette& p = PaletteFor(t.theme);
    INFO("theme " << t.name);
    CHECK(ContrastRatio(p.text, p.bg) >= 4.5);
    CHECK(ContrastRatio(p.muted, p.bg) >= 4.5);
    CHECK(ContrastRatio(p.on_accent, p.accent) >= 4.5);
    CHECK(ContrastRatio(p.link, p.bg) >= 4.5);
    CHECK(ContrastRatio(p.border, p.bg) >= 3.0);
    CHECK(ContrastRatio(p.focus, p.bg) >= 3.0);
    // Error text is readable where fields sit, and is not the grey of secondary text.
    CHECK(ContrastRatio(p.error, p.bg) >= 4.5);
    CHECK(ContrastRatio(p.error, p.surface) >= 4.5);
    CHECK(p.error.r - std::max(p.error.g, p.error.b) >= 0x40);  // a clear red, not the grey of muted text
    // Text stays readable on cards too.
    CHECK(ContrastRatio(p.text, p.surface) >= 4.5);
  }
  // High contrast really has more contrast than the ordinary themes.
  CHECK(ContrastRatio(PaletteFor(Theme::HighContrast).text, PaletteFor(Theme::HighContrast).bg) >=
        ContrastRatio(PaletteFor(Theme::Light).text, PaletteFor(Theme::Light).bg));
  CHECK(ContrastRatio(PaletteFor(Theme::HighContrast).text, PaletteFor(Theme::HighContrast).bg) == Approx(21.0));
  // The themes are distinct.
  CHECK(PaletteFor(Theme::Light).bg.r != PaletteFor(Theme::Dark).bg.r);
}
