// ImGui style from Hearth's palette: rounded, roomy, sized for fingers (controls >= 44 CSS px tall).
#include "ui/widgets/theme.h"

namespace ui {

ImVec4 Vec(core::Rgb c, float a) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, a); }
ImU32 Col(core::Rgb c, float a) { return ImGui::ColorConvertFloat4ToU32(Vec(c, a)); }

void ApplyStyle(const core::Palette& p, float scale) {
  ImGuiStyle st;
  st.WindowPadding = ImVec2(0, 0);
  st.WindowRounding = 0;
  st.WindowBorderSize = 0;
  st.ChildBorderSize = 0;
  st.PopupRounding = 10;
  st.FramePadding = ImVec2(14, 10);
  st.FrameRounding = 10;
  st.FrameBorderSize = 1.5f;
  st.ItemSpacing = ImVec2(10, 10);
  st.ItemInnerSpacing = ImVec2(10, 8);
  st.ScrollbarSize = 8;
  st.ScrollbarRounding = 4;
  st.GrabMinSize = 24;
  st.GrabRounding = 12;
  st.TouchExtraPadding = ImVec2(0, 0);
  st.AntiAliasedLinesUseTex = false;  // WebGL: crisper thin lines without the texture trick
  st.ScaleAllSizes(scale);
  ImVec4* c = st.Colors;
  c[ImGuiCol_Text] = Vec(p.text);
  c[ImGuiCol_TextDisabled] = Vec(p.muted);
  c[ImGuiCol_WindowBg] = Vec(p.bg);
  c[ImGuiCol_ChildBg] = Vec(p.bg, 0);
  c[ImGuiCol_PopupBg] = Vec(p.surface);
  c[ImGuiCol_Border] = Vec(p.border);
  c[ImGuiCol_FrameBg] = Vec(p.surface);
  c[ImGuiCol_FrameBgHovered] = Vec(p.surface_hi);
  c[ImGuiCol_FrameBgActive] = Vec(p.surface_hi);
  c[ImGuiCol_Button] = Vec(p.surface);
  c[ImGuiCol_ButtonHovered] = Vec(p.surface_hi);
  c[ImGuiCol_ButtonActive] = Vec(p.surface_hi);
  c[ImGuiCol_CheckMark] = Vec(p.accent);
  c[ImGuiCol_SliderGrab] = Vec(p.accent);
  c[ImGuiCol_SliderGrabActive] = Vec(p.accent_hi);
  c[ImGuiCol_Header] = Vec(p.surface);
  c[ImGuiCol_HeaderHovered] = Vec(p.surface_hi);
  c[ImGuiCol_HeaderActive] = Vec(p.surface_hi);
  c[ImGuiCol_Separator] = Vec(p.border, 0.6f);
  c[ImGuiCol_ScrollbarBg] = Vec(p.bg, 0);
  c[ImGuiCol_ScrollbarGrab] = Vec(p.muted, 0.5f);
  c[ImGuiCol_ScrollbarGrabHovered] = Vec(p.muted, 0.7f);
  c[ImGuiCol_ScrollbarGrabActive] = Vec(p.muted, 0.9f);
  c[ImGuiCol_TextSelectedBg] = Vec(p.focus, 0.35f);
  c[ImGuiCol_NavHighlight] = Vec(p.focus);
  c[ImGuiCol_TableHeaderBg] = Vec(p.surface);
  c[ImGuiCol_TableBorderLight] = Vec(p.border, 0.5f);
  c[ImGuiCol_TableBorderStrong] = Vec(p.border);
  c[ImGuiCol_TableRowBg] = Vec(p.bg, 0);
  c[ImGuiCol_TableRowBgAlt] = Vec(p.surface, 0.5f);
  ImGui::GetStyle() = st;
}

}  // namespace ui
