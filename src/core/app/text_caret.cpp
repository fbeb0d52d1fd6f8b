#include "core/app/text_caret.h"

#include <algorithm>

#include "core/base/text.h"

namespace core {

static bool Continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

int CharBoundary(const std::string& s, int byte) {
  return static_cast<int>(CharBoundary(std::string_view(s), static_cast<size_t>(std::max(byte, 0))));
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
