// Colour palettes for each theme, as plain RGB so tests can check contrast (WCAG) without ImGui.
#pragma once
#include <cstdint>

#include "core/app/settings.h"

namespace core {

struct Rgb {
  uint8_t r, g, b;
};

struct Palette {
  Rgb bg;           // page background
  Rgb surface;      // cards, bars, fields
  Rgb surface_hi;   // hovered surface
  Rgb text;         // body text
  Rgb muted;        // secondary text
  Rgb accent;       // primary buttons' fill
  Rgb on_accent;    // text on accent
  Rgb accent_hi;    // hovered primary button
  Rgb link;         // links and outlines of secondary controls
  Rgb border;       // control borders (3:1 against bg)
  Rgb focus;        // keyboard focus ring
  Rgb highlight;    // search hit background
  Rgb tip, research, safety;  // callout stripes
  Rgb error;        // what is wrong with a field (text, 4.5:1 on the background and on cards)
};

const Palette& PaletteFor(Theme t);
double ContrastRatio(Rgb a, Rgb b);  // WCAG 2 contrast ratio, 1..21

}  // namespace core
