// core/text_caret: bytes <-> characters for the caret, and what a double or triple click selects.
#include <catch2/catch.hpp>

#include "core/app/text_caret.h"

using namespace core;

namespace {
std::string Sel(const std::string& s, ByteRange r) { return s.substr(r.start, r.end - r.start); }
}  // namespace

TEST_CASE("text caret: bytes and characters", "[caret]") {
  const std::string plain = "I feel";
  CHECK(CharIndex(plain, 0) == 0);
  CHECK(CharIndex(plain, 4) == 4);
  CHECK(CharIndex(plain, 99) == 6);
  CHECK(CharIndex(plain, -3) == 0);
  CHECK(ByteIndex(plain, 4) == 4);
  CHECK(ByteIndex(plain, 99) == 6);
  // "café ☕ ok": é is 2 bytes, ☕ is 3 bytes.
  const std::string s = "caf\xC3\xA9 \xE2\x98\x95 ok";
  CHECK(CharIndex(s, 5) == 4);    // after é
  CHECK(CharIndex(s, 4) == 3);    // inside é: é not reached
  CHECK(CharIndex(s, 9) == 6);    // after ☕
  CHECK(CharIndex(s, static_cast<int>(s.size())) == 9);
  CHECK(ByteIndex(s, 4) == 5);
  CHECK(ByteIndex(s, 6) == 9);
  CHECK(ByteIndex(s, 9) == static_cast<int>(s.size()));
  for (int c = 0; c <= 9; ++c) CHECK(CharIndex(s, ByteIndex(s, c)) == c);
  CHECK(CharBoundary(s, 4) == 3);
  CHECK(CharBoundary(s, 8) == 6);
  CHECK(CharBoundary(s, 9) == 9);
  // A character beyond the 16-bit range (an emoji, 4 bytes) is one character, as ImGui counts it.
  const std::string e = "a\xF0\x9F\x98\x80" "b";
  CHECK(CharIndex(e, 5) == 2);
  CHECK(ByteIndex(e, 2) == 5);
}

TEST_CASE("text caret: a triple click selects the line", "[caret]") {
  const std::string s = "first line\nsecond one\n\nlast";
  CHECK(Sel(s, LineAt(s, 3)) == "first line");
  CHECK(Sel(s, LineAt(s, 10)) == "first line");  // just before the newline
  CHECK(Sel(s, LineAt(s, 11)) == "second one");
  CHECK(Sel(s, LineAt(s, 22)) == "");
  CHECK(Sel(s, LineAt(s, 99)) == "last");
  CHECK(Sel("one line", LineAt("one line", 0)) == "one line");
}
