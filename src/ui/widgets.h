// Hearth's widgets: ImGui items that also publish themselves to the accessibility mirror
// (role, name, rectangle, state) and accept activation from it (keyboard, screen readers, tests).
#pragma once
#include <string>

#include "core/app_state.h"
#include "core/palette.h"
#include "imgui.h"

namespace ui {

enum class Kind { Primary, Secondary, Quiet };

float Px(const core::AppState& s);        // device px per CSS px, times the text size
float Dpr(const core::AppState& s);       // device px per CSS px
const core::Palette& Pal(const core::AppState& s);  // this frame's palette (PrepareFrame sets it)

// Records the last ImGui item in the mirror. Returns its id.
ImGuiID Publish(core::AppState& s, core::Role role, const std::string& name, core::MirrorItem extra = {});
bool Activated(core::AppState& s, ImGuiID id);  // a mirror activation for this item arrived this frame
// Call right after any ImGui item that acts on a pointer press, with what ImGui returned: the press
// counts only if core/tap_guard allows it (the control was where it is when the press began, and it
// did not take the place of a control pressed a moment ago). Every widget below already does this.
bool PointerPress(core::AppState& s, bool pressed);

bool Button(core::AppState& s, const char* label, Kind kind = Kind::Secondary, float width = 0, bool disabled = false,
            const std::string& name = "");  // name: the accessible name when the label alone says too little
bool NavButton(core::AppState& s, const char* label, bool current, float width = 0);
bool Link(core::AppState& s, const char* label);  // text that looks and acts like a link
bool Checkbox(core::AppState& s, const char* label, bool* v, const std::string& name = "");  // name: see Button
bool Radio(core::AppState& s, const char* label, bool selected);
bool SliderSteps(core::AppState& s, const char* label, int* v, int min, int max, const std::string& value_text);
bool TextField(core::AppState& s, const char* label, std::string& value, bool multiline = false, float height = 0);
// Characters shown as dots. `entered`, when given, is set when Enter (a phone's Go key) was pressed in it.
bool PasswordField(core::AppState& s, const char* label, std::string& value, bool* entered = nullptr);
void Heading(core::AppState& s, const std::string& text, int level);
void Paragraph(core::AppState& s, const std::string& text, bool muted = false);

// A vertically scrolling page that takes the rest of the window. Wheel (3 lines a notch), touch
// drag with inertia, and keys scroll it; a slim position indicator shows where you are.
void BeginPage(core::AppState& s, const char* id);
void EndPage(core::AppState& s);
// The readable column inside a page: centred, at most `max_em` wide (about 65-75 characters).
void BeginColumn(core::AppState& s, float max_em = 38.0f);
void EndColumn();
float ColumnWidth();  // the width of the current column (full-width buttons use it)
bool Narrow(const core::AppState& s);  // phone-width layout (< 640 CSS px)
void WakeAt(core::AppState& s, double wall_ms);  // draw a frame by this wall time (the earliest request wins)
void Gap(core::AppState& s, float css = 6.0f);   // a small vertical space

// A box behind content of unknown height (callouts, cards): the content is drawn on channel 1,
// the box on channel 0 once its height is known.
struct Box {
  ImDrawList* dl = nullptr;
  ImVec2 top;
  void Begin(core::AppState& s);
  void End(core::AppState& s, core::Rgb fill, core::Rgb stripe);
};

}  // namespace ui
