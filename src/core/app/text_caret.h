// Where the caret and selection sit in a text field, and the arithmetic between the units involved.
// The DOM field (the real editor) reports its selection in UTF-8 bytes of the value; ImGui keeps
// its caret in characters (one ImWchar per code point); a double click selects a word (WordAt in
// core/base/text.h), a triple click a line. Pure logic, tested in tests/native/test_text_caret.cpp.
#pragma once
#include <cstdint>
#include <string>

namespace core {

// A field's selection, in bytes of its value. `anchor` stays put while `caret` moves (Shift+Left
// moves the caret before the anchor); they are equal when nothing is selected. The composing range
// (IME) is [comp_start, comp_end), or -1 when nothing is being composed.
struct TextCaret {
  uint32_t id = 0;  // the field's mirror id (0 = none)
  int anchor = 0;
  int caret = 0;
  int comp_start = -1;
  int comp_end = -1;
  bool operator==(const TextCaret& o) const {
    return id == o.id && anchor == o.anchor && caret == o.caret && comp_start == o.comp_start && comp_end == o.comp_end;
  }
  bool operator!=(const TextCaret& o) const { return !(*this == o); }
};

// Characters (code points) in the first `byte` bytes of `s`; `byte` is clamped to [0, size].
// A byte inside a character counts that character as not reached.
int CharIndex(const std::string& s, int byte);
// The byte where character number `chars` begins (s.size() past the end; 0 for chars <= 0).
int ByteIndex(const std::string& s, int chars);
// `byte` moved back to the start of the character it falls in, and clamped to [0, size]
// (core/base/text.h's CharBoundary, in the int offsets the DOM and ImGui use).
int CharBoundary(const std::string& s, int byte);

struct ByteRange {
  int start = 0, end = 0;
};
// The line around `byte` (between newlines, the newline not included), as a triple click selects it.
ByteRange LineAt(const std::string& s, int byte);

}  // namespace core
