// core/tap_guard: a pointer press acts only on a control that was where it is when the press began,
// and not on a different control that took the place of one pressed a moment before.
#include <catch2/catch.hpp>

#include "core/app/tap_guard.h"

using namespace core;

namespace {
const TapRect kStart{16, 547, 374, 612};  // the time-out's start button on a 390 px phone
const TapRect kEnd{16, 524, 374, 568};    // a control that takes its place on the next screen
const TapRect kElsewhere{16, 900, 374, 944};

// One frame: the pointer may go down, the listed controls are drawn.
void Frame(TapGuard& g, double now, bool press, std::initializer_list<TapItem> items) {
  TapFrameBegin(g, press, now);
  for (const TapItem& it : items) TapDrawn(g, it.id, it.r);
  TapFrameEnd(g);
}
}  // namespace

TEST_CASE("tap guard: rectangles", "[tap]") {
  CHECK(TapOverlap(kStart, kEnd));
  CHECK_FALSE(TapOverlap(kStart, kElsewhere));
  CHECK_FALSE(TapOverlap({0, 0, 10, 10}, {10, 0, 20, 10}));  // touching edges do not overlap
  CHECK(TapSamePlace(kStart, {16.5f, 548, 374, 612}));
  CHECK_FALSE(TapSamePlace(kStart, {16, 560, 374, 625}));
}

TEST_CASE("tap guard: a control that stayed put acts on a press", "[tap]") {
  TapGuard g;
  CHECK_FALSE(TapAllowed(g, 1, kStart, 0));  // no press has begun yet
  Frame(g, 0, false, {{1, kStart}});
  Frame(g, 16, true, {{1, kStart}});  // the finger goes down
  TapFrameBegin(g, false, 32);        // and lifts: ImGui reports the press
  TapDrawn(g, 1, kStart);
  CHECK(TapAllowed(g, 1, kStart, 32));
  TapFrameEnd(g);
  // The same control again a moment later (two quick "+5 min" taps) still acts.
  Frame(g, 100, true, {{1, kStart}});
  CHECK(TapAllowed(g, 1, kStart, 116));
}

TEST_CASE("tap guard: a press that began on the old layout does nothing", "[tap]") {
  TapGuard g;
  Frame(g, 0, false, {{1, kStart}});  // the person sees the start button
  // The screen changes in the very frame the finger goes down: the end control is drawn there.
  Frame(g, 16, true, {{2, kEnd}});
  CHECK_FALSE(TapAllowed(g, 2, kEnd, 32));
  // A control that moved between the press and the release does not act either.
  Frame(g, 100, false, {{3, kElsewhere}});
  Frame(g, 116, true, {{3, kElsewhere}});
  CHECK_FALSE(TapAllowed(g, 3, {16, 880, 374, 924}, 132));
  CHECK(TapAllowed(g, 3, kElsewhere, 132));
}

