// Taps that began on a layout the person no longer sees do nothing. Pure logic: the widgets report
// each control they draw (its id and rectangle) and each pointer press; the rules decide.
//
//   1. A control acts on a pointer press only if it was drawn at the same place in the frame the
//      person saw when the press began. A press that began before the screen changed (a new screen,
//      a note folding away, a scroll) does nothing, instead of landing on whatever moved under it.
//   (A second rule, "for 400 ms after a press, a different control in the same spot does nothing",
//   was tried and taken out: browser tests showed it also swallowed quick deliberate taps on a
//   control that replaced another, such as a toggle's other state. Against a panicked double tap on
//   the time-out, the layout keeps anything that ends a break far from the start button, and ending
//   early takes a second, confirming step.)
//
// Keyboard and screen-reader activation (the mirror) never goes through here.
#pragma once
#include <cstdint>
#include <vector>

namespace core {

inline constexpr float kTapSlackPx = 1.5f;  // device px a control may shift and still be "the same place"

struct TapRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // device px
};
bool TapOverlap(const TapRect& a, const TapRect& b);
bool TapSamePlace(const TapRect& a, const TapRect& b);

struct TapItem {
  uint32_t id = 0;
  TapRect r;
};

struct TapGuard {
  std::vector<TapItem> drawing;   // controls drawn so far this frame
  std::vector<TapItem> shown;     // controls of the last finished frame: what is on screen
  std::vector<TapItem> at_press;  // `shown` when the current press began
  double press_ms = -1;           // when the current press began (-1 = none yet)
};

// At the start of a frame: `press_began` when the pointer went down this frame.
void TapFrameBegin(TapGuard& g, bool press_began, double now_ms);
void TapDrawn(TapGuard& g, uint32_t id, const TapRect& r);  // a pointer-pressable control was drawn
// A pointer press made control `id` (drawn at `r`) report a press: true if it may act.
bool TapAllowed(TapGuard& g, uint32_t id, const TapRect& r, double now_ms);
void TapFrameEnd(TapGuard& g);  // this frame's controls become what is on screen

}  // namespace core
