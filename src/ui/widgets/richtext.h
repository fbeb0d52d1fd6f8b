// Wrapped text with Hearth's inline markup: bold, italic and links, laid out word by word in the
// current column, with optional highlighted words (search hits). Published to the mirror as one
// text item plus one link item per link.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/app/app_state.h"
#include "imgui.h"

namespace ui {

struct RichOptions {
  ImFont* font = nullptr;                     // the regular face (body text when null)
  bool muted = false;                         // secondary text colour
  bool error = false;                         // the theme's error colour (what is wrong with a field)
  const core::Query* highlight = nullptr;     // search words to mark (core::QueryMarks) ...
  core::MatchLevel highlight_level = core::MatchLevel::Exact;  // ... matched up to this level
  float indent = 0;                           // device px from the column's left edge (list items)
  std::string prefix;                         // drawn in the indent, e.g. "•" or "3."
  bool publish = true;                        // false: the caller publishes its own mirror item
  bool plain = false;                         // the text has no markup (user text, UI strings)
  uint32_t list = 0;                          // a list item of this list (mirror: <li> in a <ul>/<ol>)
  bool ordered = false;
};

// Draws the text and returns the target of the link the person activated this frame ("" if none).
// Links to https:// addresses are opened by the browser itself (the mirror element is a real link).
std::string RichText(core::AppState& s, std::string_view markup, const RichOptions& o = {});

// Selecting the text RichText draws (core/app/text_select.h), so it can be copied: call Begin before the
// screen is drawn and End after it (a press elsewhere clears the selection; the selected text goes to
// s.frame.out.selection, which the page copies on Ctrl+C, Cmd+C or the menu's Copy).
void BeginTextSelection(core::AppState& s);
void EndTextSelection(core::AppState& s);

}  // namespace ui
