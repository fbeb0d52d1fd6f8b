// Find on this screen (Ctrl+F / Cmd+F): on the guide's screens the key goes to the guide's own search;
// elsewhere a find bar opens under the navigation bar, and the match shown now is marked where the
// screen draws it (core/app/find.h does the matching).
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/app/app_state.h"
#include "imgui.h"

namespace ui {

void HandleFindKey(core::AppState& s);  // Ctrl+F / Cmd+F and Escape, before the screen is drawn
// Draws the bar when it is open. Returns the mirror's size after it: the screen's items start there.
size_t DrawFindBar(core::AppState& s);
void FinishFind(core::AppState& s, size_t first);  // after the screen: match its text, announce the count
// Publish calls this for every item: the one holding the match shown now gets its mark (and is
// scrolled into view when the match just changed).
void MarkFound(core::AppState& s, uint32_t id, core::Role role, ImVec2 min, ImVec2 max);

}  // namespace ui
