// One frame of Hearth, the same for the browser (src/main.cpp) and the native tests
// (tests/native/support.h): platform input -> core::Step -> UI draw -> core::Store -> platform output.
#pragma once
#include "core/app/app_state.h"

namespace app {

void RunFrame(core::AppState& s);  // every frame the platform asks for
void PageHidden(core::AppState& s);  // the page is being hidden or closed: save now

}  // namespace app
