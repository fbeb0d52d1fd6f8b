// One frame's core step, before anything is drawn: everything that arrived since the last frame is
// applied to the state, so the UI draws a frame that already reflects it. The order is
// src/app/frame.cpp's: platform input -> Step -> UI draw -> Store -> platform output.
#pragma once
#include "core/app/app_state.h"
#include "core/store/store.h"

namespace core {

// Starts the frame's output afresh, then applies, in order: a return after a quick exit (Home, nothing
// of the person's on screen, the lock closed again), a finished lock step and another tab's changes
// (core/store/store.h), an encrypted backup made or opened, the guide's file, the page's address (Back,
// Forward, a link), and the time-out's deadline with its alerts.
void Step(AppState& s, StoragePort& port);

// Every frame, on any screen: a break ends on time wherever the person is. At the deadline the
// time-out screen opens, screen readers hear it, and (if the break ended just now, not long before a
// reload) the chime, the buzz and the notification are asked for. While a break runs, a frame is asked
// for at its deadline, hidden tab or not.
void StepTimeout(AppState& s);

// Asks for a frame by this wall time (the earliest request of the frame wins; 0 or less: none).
// `even_hidden`: the frame must come on time in a hidden tab too (a deadline someone waits for, not
// a redraw nobody sees). The platform keeps one timer: the shown page's, or the hidden page's.
void WakeAt(FrameOutput& out, double wall_ms, bool even_hidden = false);

}  // namespace core
