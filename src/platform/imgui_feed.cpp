// Pointer -> ImGui IO. Wheel scrolling is not given to ImGui: the UI's scroll areas apply wheel,
// touch and keys themselves so one notch is three lines everywhere (see ui/widgets).
#include "platform/imgui_feed.h"

#include <cfloat>

#include "imgui.h"

namespace platform {

void FeedImGui(const PointerFrame& f, float dpr) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = f.has_pos ? ImVec2(f.x * dpr, f.y * dpr) : ImVec2(-FLT_MAX, -FLT_MAX);
  for (int i = 0; i < 3; ++i) io.MouseDown[i] = f.down[i];
  io.MouseWheel = 0;
  // Double and triple clicks (they select a word, a paragraph: ui/richtext): half a second apart, as
  // most systems allow (ImGui's 0.3 s is short for many hands, and frames can be slow), within 6 CSS px.
  io.MouseDoubleClickTime = 0.5f;
  io.MouseDoubleClickMaxDist = 6.0f * dpr;
  io.ConfigInputTextCursorBlink = false;  // a steady caret: no frames while idle, nothing flickers
  io.MouseWheelH = 0;
}

}  // namespace platform
