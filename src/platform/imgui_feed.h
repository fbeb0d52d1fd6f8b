// Hands one frame's pointer state to Dear ImGui (device pixels = CSS pixels x dpr).
#pragma once
#include "platform/input.h"

namespace platform {
void FeedImGui(const PointerFrame& f, float dpr);
}
