// Selecting drawn text: words (UTF-8, accents, apostrophes), presses, drags by character, word and
// paragraph, and the copied text across paragraphs.
#include <catch2/catch.hpp>
#include <string>

#include "core/app/text_select.h"

using namespace core;

namespace {

std::string Word(std::string_view t, size_t at) {
  auto w = WordAt(t, at);
  return std::string(t.substr(w.first, w.second - w.first));
}

TextSelect Three() {
  TextSelect s;
  SelectNewFrame(s);
  SelectAddParagraph(s, "Take a short break.");
  SelectAddParagraph(s, "Then talk again.");
  SelectAddParagraph(s, "Say what you need.");
  return s;
}

}  // namespace

TEST_CASE("WordAt finds the word around an offset", "[text_select]") {
  std::string t = "Say what you need, gently.";
  CHECK(Word(t, 0) == "Say");
  CHECK(Word(t, 2) == "Say");
  CHECK(Word(t, 5) == "what");
  CHECK(Word(t, 16) == "need");
  CHECK(Word(t, 17) == ",");          // punctuation is a word of its own
  CHECK(Word(t, 3) == " ");           // on a space: the space
  CHECK(Word(t, t.size()) == ".");    // past the end: the last character
  CHECK(Word("", 0).empty());
  CHECK(Word("a  b", 2) == "  ");     // a run of spaces together
}

TEST_CASE("WordAt keeps accents, other scripts and apostrophes inside words", "[text_select]") {
  std::string t = "un café épicé";
  CHECK(Word(t, 4) == "café");
  CHECK(Word(t, 7) == "café");        // inside the two bytes of é: the same word
  CHECK(Word(t, 10) == "épicé");
  CHECK(Word("don't stop", 1) == "don't");
  CHECK(Word("your partner\xE2\x80\x99s day", 8) == "partner\xE2\x80\x99s");  // U+2019
  CHECK(Word("'quoted'", 3) == "quoted");  // quotes around a word are not part of it
  CHECK(Word("rest\xE2\x80\x94then", 1) == "rest");   // an em dash splits words
  CHECK(Word("\xD0\xBC\xD0\xB8\xD1\x80 x", 2) == "\xD0\xBC\xD0\xB8\xD1\x80");  // Cyrillic "мир"
  CHECK(Word("self-care", 6) == "care");
}

TEST_CASE("CharBoundary never splits a character", "[text_select]") {
  std::string t = "caf\xC3\xA9!";
  CHECK(CharBoundary(t, 4) == 3);
  CHECK(CharBoundary(t, 5) == 5);
  CHECK(CharBoundary(t, 99) == t.size());
}

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
