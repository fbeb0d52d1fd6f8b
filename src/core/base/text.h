// UTF-8 helpers for search and layout: decoding, folding (case + accents), word counts.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace core {

// Decodes one code point at s[i], advancing i. Invalid bytes give U+FFFD and advance by one.
uint32_t DecodeUtf8(std::string_view s, size_t& i);
void AppendUtf8(std::string& out, uint32_t cp);
bool IsValidUtf8(std::string_view s);
// An id of Hearth's (a chapter, a section, an exercise) as content and addresses write it: 1 to 64 of
// a-z, 0-9 and '-'.
bool ValidId(std::string_view s);

// Folds a code point for matching: lower case, accents removed for Latin-1 and Latin Extended-A
// (é -> e, Ł -> l, ß -> ss), curly quotes -> straight ones. Returns the folded ASCII/UTF-8 text.
std::string FoldCodePoint(uint32_t cp);

// Folds a whole string and records, for every byte of the result, the byte offset in `s` it came from.
struct Folded {
  std::string text;
  std::vector<uint32_t> origin;  // origin[k] = byte offset in the source of folded byte k
};
Folded Fold(std::string_view s);
std::string FoldSimple(std::string_view s);

// The text without spaces, tabs and line breaks at either end.
std::string Trim(std::string_view s);
int CountWords(std::string_view s);
bool IsWordByte(char c);  // ASCII letter/digit or any byte of a multi-byte sequence (for folded text)

// `at` moved back to the start of the UTF-8 character it falls in, and kept within the text.
size_t CharBoundary(std::string_view text, size_t at);
// The word around byte `at`, as [begin, end), as a double click selects it (in a text field and in
// drawn text alike): letters and digits of any script, with an apostrophe (' or U+2019) between two
// letters kept ("don't"). The character after `at` is looked at first; at the end of the text or of
// a line, the one before; on an empty line, nothing. On spaces: the run of them; on punctuation
// (dashes and quotes of any script too): that one character. Empty text: {0, 0}.
std::pair<size_t, size_t> WordAt(std::string_view text, size_t at);

}  // namespace core
