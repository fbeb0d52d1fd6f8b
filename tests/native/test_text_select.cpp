// Selecting drawn text: words (UTF-8, accents, apostrophes), presses, drags by character, word and
// paragraph, and the copied text across paragraphs.
#include <catch2/catch.hpp>
#include <string>

#include "core/app/text_select.h"

using namespace core;

namespace {

TextSelect Three() {
  TextSelect s;
  SelectNewFrame(s);
  SelectAddParagraph(s, "Take a short break.");
  SelectAddParagraph(s, "Then talk again.");
  SelectAddParagraph(s, "Say what you need.");
  return s;
}

}  // namespace

TEST_CASE("A press and drag selects characters, in either direction", "[text_select]") {
  TextSelect s = Three();
  SelectPress(s, {0, 7}, 1, 7);
  CHECK(s.started);
  CHECK_FALSE(HasSelection(s));  // a press alone is a caret, nothing to copy
  SelectDragTo(s, {0, 13});
  CHECK(SelectedText(s) == "short ");
  SelectDragTo(s, {0, 0});  // back past the anchor
  CHECK(SelectedText(s) == "Take a ");
  CHECK(SelectedRange(s, 0) == std::make_pair<size_t, size_t>(0, 7));
  CHECK(SelectedRange(s, 1) == std::make_pair<size_t, size_t>(0, 0));
  CHECK(s.window == 7);
}

TEST_CASE("A drag across paragraphs joins them with a blank line", "[text_select]") {
  TextSelect s = Three();
  SelectPress(s, {0, 13}, 1, 1);
  SelectDragTo(s, {2, 8});
  CHECK(SelectedText(s) == "break.\n\nThen talk again.\n\nSay what");
  CHECK(SelectedRange(s, 1) == std::make_pair<size_t, size_t>(0, 16));
  // Ending at the very start of a paragraph adds nothing from it (and no trailing blank line).
  SelectDragTo(s, {1, 0});
  CHECK(SelectedText(s) == "break.");
}

TEST_CASE("A double click selects a word, and a drag then grows by whole words", "[text_select]") {
  TextSelect s = Three();
  SelectPress(s, {1, 6}, 2, 1);
  CHECK(SelectedText(s) == "talk");
  SelectDragTo(s, {1, 12});  // inside "again"
  CHECK(SelectedText(s) == "talk again");
  SelectDragTo(s, {1, 1});   // inside "Then", before the first word
  CHECK(SelectedText(s) == "Then talk");
  SelectDragTo(s, {2, 5});   // the next paragraph's "what"
  CHECK(SelectedText(s) == "talk again.\n\nSay what");
}

TEST_CASE("A triple click selects the paragraph; a drag grows by paragraphs", "[text_select]") {
  TextSelect s = Three();
  SelectPress(s, {1, 3}, 3, 1);
  CHECK(SelectedText(s) == "Then talk again.");
  SelectDragTo(s, {2, 2});
  CHECK(SelectedText(s) == "Then talk again.\n\nSay what you need.");
}

TEST_CASE("A long press selects the word and does not drag", "[text_select]") {
  TextSelect s = Three();
  SelectWordAt(s, {2, 10}, 1);
  CHECK(SelectedText(s) == "you");
  CHECK_FALSE(s.dragging);
  SelectDragTo(s, {2, 17});  // ignored: not dragging
  CHECK(SelectedText(s) == "you");
}

TEST_CASE("Offsets and paragraphs out of range are kept safe", "[text_select]") {
  TextSelect s = Three();
  SelectPress(s, {5, 0}, 1, 1);  // no such paragraph: nothing happens
  CHECK_FALSE(s.dragging);
  SelectPress(s, {0, 0}, 1, 1);
  SelectDragTo(s, {0, 500});
  CHECK(SelectedText(s) == "Take a short break.");
  // The next frame draws fewer paragraphs: the selection keeps what still exists, clipped to it.
  SelectPress(s, {1, 0}, 1, 1);
  SelectDragTo(s, {2, 3});
  SelectNewFrame(s);
  SelectAddParagraph(s, "Then talk again.");
  SelectAddParagraph(s, "Sa");
  CHECK(SelectedText(s) == "Sa");
  SelectClear(s);
  CHECK_FALSE(HasSelection(s));
  CHECK(SelectedText(s).empty());
}

TEST_CASE("A drag ending inside a multi-byte character stops before it", "[text_select]") {
  TextSelect s;
  SelectNewFrame(s);
  SelectAddParagraph(s, "caf\xC3\xA9 ok");
  SelectPress(s, {0, 0}, 1, 1);
  SelectDragTo(s, {0, 4});
  CHECK(SelectedText(s) == "caf");
}
