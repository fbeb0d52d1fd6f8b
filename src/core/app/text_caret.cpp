#include "core/app/text_caret.h"

#include <algorithm>

namespace core {

static bool Continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

int CharBoundary(const std::string& s, int byte) {
  int n = static_cast<int>(s.size());
  int b = std::clamp(byte, 0, n);
  while (b > 0 && b < n && Continuation(static_cast<unsigned char>(s[b]))) --b;
  return b;
}

int CharIndex(const std::string& s, int byte) {
  int end = CharBoundary(s, byte), chars = 0;
  for (int i = 0; i < end; ++i)
    if (!Continuation(static_cast<unsigned char>(s[i]))) ++chars;
  return chars;
}

int ByteIndex(const std::string& s, int chars) {
  if (chars <= 0) return 0;
  int n = static_cast<int>(s.size()), seen = 0;
  for (int i = 0; i < n; ++i) {
    if (Continuation(static_cast<unsigned char>(s[i]))) continue;
    if (seen == chars) return i;
    ++seen;
  }
  return n;
}

namespace {
enum class Kind { Word, Space, Other, Newline };

// The character starting at byte i: its kind and its length in bytes.
Kind KindAt(const std::string& s, int i, int* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = static_cast<int>(s.size()), l = 1;
  while (i + l < n && Continuation(static_cast<unsigned char>(s[i + l]))) ++l;
  *len = l;
  if (c >= 0x80) {
    // U+00A0 (no-break space) is a space; U+2019 (') is handled as an apostrophe by the caller;
    // every other non-ASCII character is taken as part of a word (letters of other scripts, accents).
    if (l == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) return Kind::Space;
    return Kind::Word;
  }
  if (c == '\n') return Kind::Newline;
  if (c == ' ' || c == '\t' || c == '\r') return Kind::Space;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') return Kind::Word;
  return Kind::Other;
}

bool Apostrophe(const std::string& s, int i) {
  return s[i] == '\'' || s.compare(i, 3, "\xE2\x80\x99") == 0;
}

// The kind of the character at byte i, with an apostrophe between two word characters a word character.
Kind KindIn(const std::string& s, int i, int* len) {
  if (Apostrophe(s, i)) {
    *len = s[i] == '\'' ? 1 : 3;
    int b = CharBoundary(s, i - 1), l = 0;
    bool before = i > 0 && KindAt(s, b, &l) == Kind::Word && !Apostrophe(s, b);
    int a = i + *len;
    bool after = a < static_cast<int>(s.size()) && KindAt(s, a, &l) == Kind::Word && !Apostrophe(s, a);
    return before && after ? Kind::Word : Kind::Other;
  }
  return KindAt(s, i, len);
}
}  // namespace

ByteRange WordAt(const std::string& s, int byte) {
  int n = static_cast<int>(s.size());
  if (n == 0) return {0, 0};
  int at = CharBoundary(s, byte), len = 0;
  // The character after the position, unless that is the end or a newline: then the one before.
  if (at >= n || s[at] == '\n') {
    if (at == 0 || s[at - 1] == '\n') return {at, at};
    at = CharBoundary(s, at - 1);
  }
  Kind k = KindIn(s, at, &len);
  int start = at, end = at + len;
  while (start > 0) {
    int p = CharBoundary(s, start - 1), l = 0;
    if (KindIn(s, p, &l) != k) break;
    start = p;
  }
  while (end < n) {
    int l = 0;
    if (KindIn(s, end, &l) != k) break;
    end += l;
  }
  return {start, end};
}

ByteRange LineAt(const std::string& s, int byte) {
  int n = static_cast<int>(s.size());
  int at = std::clamp(byte, 0, n);
  size_t before = at == 0 ? std::string::npos : s.rfind('\n', at - 1);
  size_t after = s.find('\n', at);
  int start = before == std::string::npos ? 0 : static_cast<int>(before) + 1;
  int end = after == std::string::npos ? n : static_cast<int>(after);
  return {start, end};
}

}  // namespace core
