// Applies the resolved theme and the size scale to ImGui's style.
#pragma once
#include "core/app/palette.h"
#include "imgui.h"

namespace ui {
ImU32 Col(core::Rgb c, float alpha = 1.0f);
ImVec4 Vec(core::Rgb c, float alpha = 1.0f);
void ApplyStyle(const core::Palette& p, float scale);
}  // namespace ui
