// Selecting the text ui/richtext draws, with the pointer as the browser sends it: a mouse drag, a
// double click, a right-click that keeps it, a click that clears it, a long press on a phone, and
// another screen dropping it.
#include <catch2/catch.hpp>
#include <string>

#include "support.h"

using namespace core;

namespace {

using platform::PointerEv;
using platform::PointerKind;

void Mouse(TestApp& app, PointerEv type, float x, float y, int button = 0) {
  app.host().pointer.Push({type, PointerKind::Mouse, x, y, button, app.host().now_ms});
  app.Frames(2);
}

// A paragraph of the chapter on screen, a few lines long, without links.
const MirrorItem* Paragraph(TestApp& app) {
  const auto& items = app.host().last_mirror;
  for (size_t i = 0; i < items.size(); ++i) {
    const MirrorItem& m = items[i];
    bool has_link = i + 1 < items.size() && items[i + 1].role == Role::Link;
    if (m.role == Role::Text && !m.offscreen && m.y > 80 && m.y + m.h < 780 && m.h > 60 && !has_link && m.list == 0)
      return &m;
  }
  return nullptr;
}

bool IsWordOf(const std::string& w, const std::string& text) {
  if (w.empty()) return false;
  for (char c : w)
    if (c == ' ' || c == ',' || c == '.') return false;
  size_t at = text.find(w);
  return at != std::string::npos;
}

}  // namespace

TEST_CASE("a mouse drag selects a paragraph's text, a double click a word; a click elsewhere clears", "[ui][select]") {
  TestApp app(1280, 800, 1);
  Go(app.state.nav, {Screen::Chapter, "talking-close", ""});
  app.Frames(3);
  const MirrorItem* found = Paragraph(app);
  REQUIRE(found);
  const MirrorItem p = *found;

  Mouse(app, PointerEv::Down, p.x + 1, p.y + 10);
  CHECK(app.state.frame.out.selection.empty());  // a press alone selects nothing
  Mouse(app, PointerEv::Move, p.x + p.w / 2, p.y + p.h / 2);
  std::string part = app.state.frame.out.selection;
  CHECK_FALSE(part.empty());
  CHECK(p.name.rfind(part, 0) == 0);  // a beginning of the paragraph
  Mouse(app, PointerEv::Move, p.x + p.w + 40, p.y + p.h - 10);
  Mouse(app, PointerEv::Up, p.x + p.w + 40, p.y + p.h - 10);
  CHECK(app.state.frame.out.selection == p.name);
  CHECK(app.state.frame.out.over_selection == false);  // the pointer is past the end of the last line

  // Over the highlight: the page is told (its menu offers Copy); a right-click keeps the selection.
  Mouse(app, PointerEv::Move, p.x + 30, p.y + 10);
  CHECK(app.state.frame.out.over_selection);
  Mouse(app, PointerEv::Down, p.x + 30, p.y + 10, 2);
  Mouse(app, PointerEv::Up, p.x + 30, p.y + 10, 2);
  CHECK(app.state.frame.out.selection == p.name);

  // A double click: one word of it.
  app.Frames(40);  // two thirds of a second: not part of the last click's series
  Mouse(app, PointerEv::Down, p.x + p.w / 3, p.y + 10);
  Mouse(app, PointerEv::Up, p.x + p.w / 3, p.y + 10);
  Mouse(app, PointerEv::Down, p.x + p.w / 3, p.y + 10);
  std::string word = app.state.frame.out.selection;
  CHECK(IsWordOf(word, p.name));
  Mouse(app, PointerEv::Up, p.x + p.w / 3, p.y + 10);
  CHECK(app.state.frame.out.selection == word);

  // One click, later, clears it.
  app.Frames(40);  // two thirds of a second: not part of the last click's series
  Mouse(app, PointerEv::Down, p.x + p.w / 2, p.y + 10);
  Mouse(app, PointerEv::Up, p.x + p.w / 2, p.y + 10);
  CHECK(app.state.frame.out.selection.empty());

  // Another screen drops a selection.
  app.Frames(40);  // two thirds of a second: not part of the last click's series
  Mouse(app, PointerEv::Down, p.x + 1, p.y + 10);
  Mouse(app, PointerEv::Move, p.x + p.w / 2, p.y + 10);
  Mouse(app, PointerEv::Up, p.x + p.w / 2, p.y + 10);
  CHECK_FALSE(app.state.frame.out.selection.empty());
  Go(app.state.nav, {Screen::Guide, "", ""});
  app.Frames(2);
  CHECK(app.state.frame.out.selection.empty());
}

TEST_CASE("a long press on a phone selects the word under the finger; a tap clears it", "[ui][select]") {
  TestApp app(390, 844, 3);
  Go(app.state.nav, {Screen::Chapter, "talking-close", ""});
  app.Frames(3);
  const MirrorItem* found = Paragraph(app);
  REQUIRE(found);
  const MirrorItem p = *found;
  double t = app.host().now_ms;
  app.host().pointer.Push({PointerEv::Down, PointerKind::Touch, p.x + p.w / 3, p.y + 10, 0, t});
  app.Frames(10);  // 160 ms: not yet
  CHECK(app.state.frame.out.selection.empty());
  app.Frames(30);
  std::string word = app.state.frame.out.selection;
  CHECK(IsWordOf(word, p.name));
  app.host().pointer.Push({PointerEv::Up, PointerKind::Touch, p.x + p.w / 3, p.y + 10, 0, app.host().now_ms});
  app.Frames(4);
  CHECK(app.state.frame.out.selection == word);  // the lift is no tap
  app.Frames(40);  // two thirds of a second: not part of the last click's series
  app.Tap(p.x + p.w / 2, p.y + 10);
  app.Frames(4);
  CHECK(app.state.frame.out.selection.empty());
}
