// The platform behind small interfaces: the browser in web/, a stand-in for tests in native/.
// App code calls only these functions; it never tests __EMSCRIPTEN__.
#pragma once
#include <string>

#include "core/app_state.h"

namespace platform {

// ---- lifecycle and frames ----
bool Init(std::string& error);           // graphics context, ImGui backend, event listeners
void SetFrameCallback(void (*frame)());  // called for every frame; frames are drawn only on demand
void SetHiddenCallback(void (*hidden)());  // the page is being hidden or closed: save now
void RequestFrame();                     // draw a frame as soon as possible
void BeginFrame(core::AppState& s);      // reads the clock once, sizes, preferences, input -> s.in + ImGui IO
void EndFrame(core::AppState& s);        // renders, publishes the mirror, schedules the next frame
void FontsChanged();                     // the font atlas was rebuilt: upload it again

// ---- storage (localStorage in the browser) ----
enum class StoreResult { Ok, Missing, Blocked, Full };
StoreResult StoreRead(const std::string& key, std::string& out);
StoreResult StoreWrite(const std::string& key, const std::string& value);

}  // namespace platform
