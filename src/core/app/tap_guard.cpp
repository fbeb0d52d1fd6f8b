// Rules for pointer presses across layout changes; see tap_guard.h.
#include "core/app/tap_guard.h"

#include <cmath>

namespace core {

bool TapOverlap(const TapRect& a, const TapRect& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

bool TapSamePlace(const TapRect& a, const TapRect& b) {
  return std::fabs(a.x0 - b.x0) <= kTapSlackPx && std::fabs(a.y0 - b.y0) <= kTapSlackPx &&
         std::fabs(a.x1 - b.x1) <= kTapSlackPx && std::fabs(a.y1 - b.y1) <= kTapSlackPx;
}

void TapFrameBegin(TapGuard& g, bool press_began, double now_ms) {
  g.drawing.clear();
  if (press_began) {
    g.at_press = g.shown;
    g.press_ms = now_ms;
  }
}

void TapDrawn(TapGuard& g, uint32_t id, const TapRect& r) { g.drawing.push_back({id, r}); }

bool TapAllowed(TapGuard& g, uint32_t id, const TapRect& r, double now_ms) {
  if (g.press_ms < 0) return false;
  // Rule 1: the control was where it is now when the press began.
  bool was_there = false;
  for (const TapItem& it : g.at_press) {
    if (it.id == id && TapSamePlace(it.r, r)) {
      was_there = true;
      break;
    }
  }
  (void)now_ms;
  return was_there;
}

void TapFrameEnd(TapGuard& g) { g.shown.swap(g.drawing); }

}  // namespace core
