// The accessibility tree the UI publishes each frame: what a screen reader, a keyboard user and
// the browser tests see of the canvas. Plain data; the platform turns it into DOM elements.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace core {

enum class Role { Button, Link, Checkbox, Radio, Slider, TextBox, Heading, Tab, Text, Banner, Navigation, Main };

// A group of choices: radios (one choice; the arrow keys move and choose, as native radios do) or a
// toolbar of toggles and checkboxes (the arrow keys only move; Space or Enter toggles).
enum class GroupKind { Radios, Toolbar };

struct MirrorItem {
  uint32_t id = 0;         // stable across frames (the UI's item id)
  Role role = Role::Button;
  std::string name;        // accessible name
  float x = 0, y = 0, w = 0, h = 0;  // rectangle in CSS pixels, relative to the canvas
  bool offscreen = false;  // scrolled out of view: kept for screen readers, not placed over the canvas
  int level = 0;           // heading level 1..6
  int checked = -1;        // -1 not checkable, 0/1 for checkbox, radio, tab (selected)
  bool current = false;    // navigation item for the page shown now (aria-current)
  bool expanded = false;   // for has_expanded items
  bool has_expanded = false;
  bool disabled = false;
  bool multiline = false;  // text box
  bool password = false;   // text box whose characters are hidden
  float value = 0, min = 0, max = 0;  // slider
  std::string value_text;  // slider value in words, or the text box's value
  std::string href;        // a link's address: another site (https://...) or a screen of Hearth ("#/...")
  bool in_nav = false;     // part of the navigation bar (the mirror puts it in a <nav> landmark, else <main>)
  uint32_t list = 0;       // a list item: items with the same list id form one list (<ul>, or <ol> when ordered)
  bool ordered = false;
  uint32_t inside = 0;     // sits inside that item (a link inside its list item)
  // A group of choices that is one Tab stop, with the arrow keys moving inside it (roving tabindex,
  // as the WAI-ARIA Authoring Practices describe). Items with the same group id form one group.
  uint32_t group = 0;
  GroupKind group_kind = GroupKind::Radios;
  std::string group_name;  // the group's accessible name
  bool toggle = false;     // a button that stays pressed (checked = pressed): aria-pressed
  // Text boxes: what Enter does ("go", "next", "done": the phone keyboard's Enter key says so; the
  // app hears Enter as FrameInput::entered), whether the value is wrong, and the texts that describe
  // it (a rule, an error), by their mirror ids.
  std::string enter_key;
  bool invalid = false;
  std::vector<uint32_t> described_by;
};

// Where keyboard focus should go once the next frame is drawn: the new content's heading after a
// move, a field that just opened, the field with a problem. Matched against the published tree.
struct FocusRequest {
  enum class Kind { None, MainHeading, Item };
  Kind kind = Kind::None;
  Role role = Role::Heading;  // Item: the item's role and accessible name
  std::string name;
  bool reveal = false;        // scroll the item into view if it is not (headings of a new page are left where the page put them)
  int frames_left = 0;        // given up after this many frames without a match
  int skip = 0;               // frames to let pass first (asked for while drawing: what is drawn now may be on its way out)
  // Where keyboard focus was when the request was first looked at. If the person then moves focus
  // themselves (Tab to another control) before the request is met, theirs wins and the request is
  // dropped: a slow device must not pull a fast keyboard user back. (Focus falling to nothing, as
  // when the pressed control goes away with the old screen, is not a move.)
  bool watching = false;
  uint32_t from = 0;
};
FocusRequest FocusMainHeading();
FocusRequest FocusItem(Role role, const std::string& name, bool reveal = true);
// The mirror id the request means in this tree (0: not there yet). MainHeading is the page's first
// level-1 heading (else its first heading), outside the navigation bar; Item is the first item with
// that role and name.
uint32_t ResolveFocus(const std::vector<MirrorItem>& items, const FocusRequest& r);

const char* RoleName(Role r);  // the ARIA role
// Compact JSON array for the platform (text is escaped; never interpreted as HTML).
std::string SerializeMirror(const std::vector<MirrorItem>& items);

}  // namespace core
