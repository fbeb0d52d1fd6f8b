// Find on this screen (Ctrl+F / Cmd+F outside the guide): the words typed in the find bar, matched in
// the screen's text (the mirror's text, headings and links of the last frame), ignoring case and
// accents, and which match is shown now. Pure: the UI draws the bar and the highlight.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/app/a11y.h"

namespace core {

struct FindHit {
  uint32_t item = 0;             // the mirror item holding the match
  size_t begin = 0, end = 0;     // the match in the item's name, in bytes
};

// What the find bar keeps between frames (not saved).
struct FindView {
  bool open = false;             // the find bar is shown
  std::string query;             // what is typed in its field
  std::string searched;          // the query the hits are for (a new query starts at its first match)
  std::vector<FindHit> hits;     // the matches in the last frame's text, in reading order
  int current = -1;              // the match shown now (-1: none)
  bool reveal = false;           // scroll the match shown now into view in the next frame
  uint32_t return_focus = 0;     // where keyboard focus was when the bar opened (given back on close)
  std::string said;              // the count last announced to screen readers ("2 of 5", "No matches")
};

// Every match of `query` (folded: case, accents, curly quotes; spaces at its ends ignored) in the
// names of the text, heading and link items outside the navigation bar, from items[first] on.
// An empty query matches nothing.
std::vector<FindHit> FindInItems(const std::vector<MirrorItem>& items, const std::string& query, size_t first = 0);

// Matches this frame's items again. A new query shows its first match (and asks to reveal it); the
// same query keeps the match shown on the same item when it is still there, else the nearest one.
void FindRefresh(FindView& f, const std::vector<MirrorItem>& items, size_t first = 0);

// Next (forward) or previous match, wrapping at both ends; asks to reveal it. No matches: nothing.
void FindStep(FindView& f, bool forward);

// "2 of 5", "No matches", or "" while nothing is typed.
std::string FindCount(const FindView& f);

// The item whose match is shown now (0: none).
uint32_t FindTarget(const FindView& f);

}  // namespace core
