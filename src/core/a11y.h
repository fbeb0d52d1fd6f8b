// The accessibility tree the UI publishes each frame: what a screen reader, a keyboard user and
// the browser tests see of the canvas. Plain data; the platform turns it into DOM elements.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace core {

enum class Role { Button, Link, Checkbox, Radio, Slider, TextBox, Heading, Tab, Text, Banner, Navigation, Main };

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
  std::string href;        // a link to another site: the mirror element is a real link to it
  bool in_nav = false;     // part of the navigation bar (the mirror puts it in a <nav> landmark, else <main>)
  uint32_t list = 0;       // a list item: items with the same list id form one list (<ul>, or <ol> when ordered)
  bool ordered = false;
  uint32_t inside = 0;     // sits inside that item (a link inside its list item)
};

const char* RoleName(Role r);  // the ARIA role
// Compact JSON array for the platform (text is escaped; never interpreted as HTML).
std::string SerializeMirror(const std::vector<MirrorItem>& items);

}  // namespace core
