// Hearth's widgets: ImGui items that also publish themselves to the accessibility mirror
// (role, name, rectangle, state) and accept activation from it (keyboard, screen readers, tests).
#pragma once
#include <string>

#include "core/app/app_state.h"
#include "core/app/palette.h"
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

// name: the accessible name when the label alone says too little. (Each function that may take a name,
// a link or a literal text has an overload without it or for const char*: a std::string built from a
// literal or a default "" costs code at every call, and there are hundreds.)
bool Button(core::AppState& s, const char* label, Kind kind = Kind::Secondary, float width = 0, bool disabled = false);
bool Button(core::AppState& s, const char* label, Kind kind, float width, bool disabled, const std::string& name);
// href: the address it goes to ("#/..." from core::RouteToHash), so the mirror's link can be opened in
// a new tab or copied; empty: the screen's own address (a link that acts on this screen).
bool NavButton(core::AppState& s, const char* label, bool current, float width = 0,
               const std::string& name = "", const std::string& href = "");  // name: see Button
bool Link(core::AppState& s, const char* label, const std::string& href);  // text that looks and acts like a link
bool Link(core::AppState& s, const char* label);  // a link that acts on this screen
bool Checkbox(core::AppState& s, const char* label, bool* v, const std::string& name);  // name: see Button
bool Checkbox(core::AppState& s, const char* label, bool* v);
bool Radio(core::AppState& s, const char* label, bool selected);
// The value is shown in words on its own line above the slider ("<label>: <value>", or "<lead> <value>"
// when `lead` is given), never inside it, where the handle would cover it.
bool SliderSteps(core::AppState& s, const char* label, int* v, int min, int max, const std::string& value_text,
                 const char* lead = nullptr);
// What a one-line field says besides its value.
struct FieldOpts {
  const char* enter = nullptr;  // what a phone's Enter key shows ("go", "next", "done"); Enter then sets `entered`
  std::string rule;             // shown under the label before anyone types ("Use at least 8 characters.")
  std::string error;            // what is wrong: under the field in the error color, tied to the field (aria-invalid,
                                // aria-describedby); the caller announces it when it appears
  bool entered = false;         // out: Enter (or Go) was pressed in the field this frame
};
bool TextField(core::AppState& s, const char* label, std::string& value, bool multiline = false, float height = 0);
bool TextField(core::AppState& s, const char* label, std::string& value, FieldOpts* o);  // one line, with options
bool PasswordField(core::AppState& s, const char* label, std::string& value, FieldOpts* o = nullptr);  // dots
void Heading(core::AppState& s, const std::string& text, int level);
void Heading(core::AppState& s, const char* text, int level);

// A chip: a finger-sized pill that shows whether it is chosen (filled with the accent). The caller
// publishes it (Radio or a toggle Button) and acts on the returned press.
bool ChipButton(core::AppState& s, const char* label, bool on);
float ChipWidth(core::AppState& s, const char* label);  // its width, to wrap a row of chips before drawing one
// A chip that stays pressed (aria-pressed): returns true when pressed or activated this frame.
bool ToggleChip(core::AppState& s, const char* label, bool on, const std::string& name = "");

// A group of choices is one Tab stop; the arrow keys move inside it, Home and End go to its ends
// (roving tabindex, as the WAI-ARIA Authoring Practices say; the mirror does the keys). Radios:
// moving also chooses, like the browser's own radios. Toolbar: moving only moves; Space or Enter
// toggles. Everything published between the calls belongs to the group.
void BeginGroup(core::AppState& s, const std::string& name, core::GroupKind kind = core::GroupKind::Radios);
void EndGroup(core::AppState& s);

// Keyboard focus. RequestFocus: where focus goes once the item is drawn in a later frame (the latest
// request wins).
// SkipLink: "Skip to content", the first Tab stop of every screen, drawn only while it has keyboard
// focus; it moves focus to the page's main heading. FinishFocus (end of the frame): a request whose
// item was drawn is sent to the platform (s.frame.out.focus).
void RequestFocus(core::AppState& s, core::FocusRequest r);
void SkipLink(core::AppState& s);
void FinishFocus(core::AppState& s);
void Paragraph(core::AppState& s, const std::string& text, bool muted = false);
void Paragraph(core::AppState& s, const char* text, bool muted = false);

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
