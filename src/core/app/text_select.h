// Selecting text drawn on the canvas, so a passage can be copied (issue 16). Pure model: the UI
// registers each paragraph's plain text as it draws it (in drawing order, every frame) and maps the
// pointer to a byte offset; this decides what a press, a drag, a double or triple click and a long
// press select, and which text that is. Offsets are bytes of the paragraph's plain text (the same
// text the accessibility mirror holds), always on a UTF-8 character boundary.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace core {

struct TextPos {
  int para = -1;   // paragraph index in this frame's drawing order (-1: nowhere)
  size_t at = 0;   // byte offset in that paragraph's plain text
};
bool operator<(const TextPos& a, const TextPos& b);
bool operator==(const TextPos& a, const TextPos& b);

enum class SelectUnit { Char, Word, Paragraph };

struct TextSelect {
  TextPos anchor, focus;          // where the selection began and where it ends now (either order)
  TextPos unit_begin, unit_end;   // the word or paragraph a double/triple click chose: a drag grows from it
  SelectUnit unit = SelectUnit::Char;  // what a drag adds: characters, whole words, whole paragraphs
  bool dragging = false;          // the mouse button is held since it pressed on text
  uint32_t window = 0;            // the scroll area the selection lives in (other areas' text is left out)
  std::string screen;             // the address it was made on: another screen drops it
  std::vector<std::string> paras;  // this frame's paragraphs' plain text, in drawing order (rebuilt each frame)
  bool started = false;           // a press on text began or changed the selection this frame
  size_t drawn = 0;               // how many paragraphs the last frame drew (a change drops the selection)
};

// Start of a frame: forget the paragraphs (they are registered again as they are drawn).
void SelectNewFrame(TextSelect& s);
// Registers a paragraph drawn this frame and returns its index.
int SelectAddParagraph(TextSelect& s, std::string text);


// A press on text: `clicks` is 1 (place the start), 2 (the word), 3 or more (the paragraph).
void SelectPress(TextSelect& s, TextPos p, int clicks, uint32_t window);
// The pointer moved to `p` while the button is held: the selection runs from the anchor (or the
// word/paragraph first chosen) to there, by the same unit.
void SelectDragTo(TextSelect& s, TextPos p);
// A long press on a touch screen: the word under the finger.
void SelectWordAt(TextSelect& s, TextPos p, uint32_t window);
void SelectClear(TextSelect& s);

bool HasSelection(const TextSelect& s);  // something (not just a caret) is selected
// The bytes of paragraph `para` that are selected, [first, second); {0, 0} when none.
std::pair<size_t, size_t> SelectedRange(const TextSelect& s, int para);
// The selected text: paragraphs joined by a blank line, as a reader would paste them.
std::string SelectedText(const TextSelect& s);

}  // namespace core
