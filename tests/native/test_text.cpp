// UTF-8 decoding/encoding, folding for search (case, accents, quotes) with its byte map, word counts.
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "core/base/text.h"

using namespace core;

namespace {

std::vector<uint32_t> DecodeAll(std::string_view s) {
  std::vector<uint32_t> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t before = i;
    out.push_back(DecodeUtf8(s, i));
    REQUIRE(i > before);  // always makes progress
    REQUIRE(i <= s.size());
  }
  return out;
}

std::string Utf8(uint32_t cp) {
  std::string s;
  AppendUtf8(s, cp);
  return s;
}

}  // namespace

TEST_CASE("AppendUtf8 writes the standard byte sequences", "[text]") {
  CHECK(Utf8('A') == "A");
  CHECK(Utf8(0x00E9) == "\xC3\xA9");          // é
  CHECK(Utf8(0x0141) == "\xC5\x81");          // Ł
  CHECK(Utf8(0x20AC) == "\xE2\x82\xAC");      // €
  CHECK(Utf8(0x1F600) == "\xF0\x9F\x98\x80");  // 😀
  CHECK(Utf8(0x7F).size() == 1);
  CHECK(Utf8(0x80).size() == 2);
  CHECK(Utf8(0x7FF).size() == 2);
  CHECK(Utf8(0x800).size() == 3);
  CHECK(Utf8(0xFFFF).size() == 3);
  CHECK(Utf8(0x10000).size() == 4);
  CHECK(Utf8(0x10FFFF) == "\xF4\x8F\xBF\xBF");
}

TEST_CASE("every Unicode scalar value survives encode then decode", "[text]") {
  std::string buf;
  size_t failures = 0;
  for (uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates are not scalar values
    buf.clear();
    AppendUtf8(buf, cp);
    size_t expected_len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    size_t i = 0;
    uint32_t back = DecodeUtf8(buf, i);
    if (back != cp || i != expected_len || buf.size() != expected_len) {
      if (failures++ < 5) FAIL_CHECK("code point " << cp << " decoded as " << back);
    }
  }
  CHECK(failures == 0);

  std::string mixed = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z";  // a é € 😀 z
  CHECK(DecodeAll(mixed) == std::vector<uint32_t>{'a', 0xE9, 0x20AC, 0x1F600, 'z'});
  CHECK(IsValidUtf8(mixed));
}

TEST_CASE("invalid bytes decode to U+FFFD and advance by one byte", "[text]") {
  struct Case {
    const char* name;
    std::string bytes;
  };
  const Case cases[] = {
      {"lone continuation byte", "\x80"},
      {"0xFF", "\xFF"},
      {"0xFE", "\xFE"},
      {"overlong 2-byte (C0)", std::string("\xC0\xAF", 2)},
      {"overlong 2-byte (C1)", std::string("\xC1\xBF", 2)},
      {"overlong 3-byte", "\xE0\x80\xAF"},
      {"overlong 4-byte", "\xF0\x80\x80\xAF"},
      {"surrogate", "\xED\xA0\x80"},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80"},
      {"F5 lead", "\xF5\x80\x80\x80"},
      {"F8 lead with continuation bytes", "\xF8\x88\x80\x80\x80"},
      {"FF lead with continuation bytes", "\xFF\xBF\xBF"},
      {"FE lead with continuation bytes", "\xFE\x80\x80"},
      {"truncated 3-byte", "\xE2\x82"},
      {"truncated 4-byte", "\xF0\x9F\x98"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    size_t i = 0;
    CHECK(DecodeUtf8(c.bytes, i) == 0xFFFD);
    CHECK(i == 1);
    CHECK_FALSE(IsValidUtf8(c.bytes));
    for (uint32_t cp : DecodeAll(c.bytes)) CHECK(cp == 0xFFFD);  // continuation bytes never become text
  }

  // Decoding resynchronises right after the bad byte.
  CHECK(DecodeAll("ab\xFF" "cd") == std::vector<uint32_t>{'a', 'b', 0xFFFD, 'c', 'd'});
  CHECK(DecodeAll("\xC3" "A") == std::vector<uint32_t>{0xFFFD, 'A'});  // lead byte followed by ASCII
  CHECK(DecodeAll("\xE2\x82" "x\xE2\x82\xAC") == std::vector<uint32_t>{0xFFFD, 0xFFFD, 'x', 0x20AC});

  // A real U+FFFD in the text is valid UTF-8.
  CHECK(IsValidUtf8("\xEF\xBF\xBD"));
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("plain ASCII"));
  CHECK_FALSE(IsValidUtf8("ok\xEF\xBF"));
}

TEST_CASE("Fold and FoldSimple ignore case, accents and quote styles", "[text]") {
  CHECK(FoldSimple("HeLLo World 42") == "hello world 42");
  CHECK(FoldSimple("Caf\xC3\xA9") == "cafe");                          // Café
  CHECK(FoldSimple("\xC3\x89" "COLE") == "ecole");                     // ÉCOLE
  CHECK(FoldSimple("\xC5\x81\xC3\xB3" "d\xC5\xBA") == "lodz");         // Łódź
  CHECK(FoldSimple("\xC5\x82" "za") == "lza");                         // łza
  CHECK(FoldSimple("Stra\xC3\x9F" "e") == "strasse");                   // Straße
  CHECK(FoldSimple("\xC3\x86" "sir") == "aesir");                      // Æsir
  CHECK(FoldSimple("\xC5\x92" "uvre") == "oeuvre");                    // Œuvre
  CHECK(FoldSimple("na\xC3\xAFve") == "naive");                        // naïve
  CHECK(FoldSimple("\xC5\xA0" "ibenik \xC4\x8C" "akovec") == "sibenik cakovec");
  CHECK(FoldSimple("\xC3\x98" "resund \xC3\x85" "land") == "oresund aland");
  // Curly quotes become straight ones, dashes a hyphen, no-break spaces a space.
  CHECK(FoldSimple("\xE2\x80\x9CHi\xE2\x80\x9D, it\xE2\x80\x99s \xE2\x80\x98ok\xE2\x80\x99") ==
        "\"hi\", it's 'ok'");
  CHECK(FoldSimple("a\xE2\x80\x94" "b\xE2\x80\x93" "c") == "a-b-c");
  CHECK(FoldSimple("a\xC2\xA0" "b") == "a b");
  // Straight text folds to itself, and folding is idempotent.
  CHECK(FoldSimple("it's \"fine\"") == "it's \"fine\"");
  std::string once = FoldSimple("\xC3\x89t\xC3\xA9 \xE2\x80\x9CStra\xC3\x9F" "e\xE2\x80\x9D");
  CHECK(FoldSimple(once) == once);
  // Other scripts are left alone.
  CHECK(FoldSimple("\xE6\x97\xA5\xE6\x9C\xAC") == "\xE6\x97\xA5\xE6\x9C\xAC");  // 日本
  CHECK(FoldSimple("") == "");
}

TEST_CASE("FoldCodePoint folds every Latin-1 and Latin Extended-A letter to ASCII lower case", "[text]") {
  for (uint32_t cp = 0xC0; cp <= 0x17F; ++cp) {
    if (cp == 0xD7 || cp == 0xF7) continue;  // × and ÷ are not letters
    std::string f = FoldCodePoint(cp);
    INFO("U+" << std::hex << cp << " -> " << f);
    REQUIRE_FALSE(f.empty());
    CHECK(f.size() <= 2);
    for (char c : f) CHECK((c >= 'a' && c <= 'z'));
  }
  CHECK(FoldCodePoint(0xD7) == "\xC3\x97");  // × stays
  CHECK(FoldCodePoint(0xC0) == "a");
  CHECK(FoldCodePoint(0xC7) == "c");
  CHECK(FoldCodePoint(0xD1) == "n");
  CHECK(FoldCodePoint(0xDD) == "y");
  CHECK(FoldCodePoint(0xFF) == "y");
  CHECK(FoldCodePoint(0x10C) == "c");
  CHECK(FoldCodePoint(0x111) == "d");
  CHECK(FoldCodePoint(0x11E) == "g");
  CHECK(FoldCodePoint(0x130) == "i");
  CHECK(FoldCodePoint(0x133) == "ij");
  CHECK(FoldCodePoint(0x141) == "l");
  CHECK(FoldCodePoint(0x142) == "l");
  CHECK(FoldCodePoint(0x144) == "n");
  CHECK(FoldCodePoint(0x159) == "r");
  CHECK(FoldCodePoint(0x15B) == "s");
  CHECK(FoldCodePoint(0x165) == "t");
  CHECK(FoldCodePoint(0x16F) == "u");
  CHECK(FoldCodePoint(0x175) == "w");
  CHECK(FoldCodePoint(0x178) == "y");
  CHECK(FoldCodePoint(0x17D) == "z");
  CHECK(FoldCodePoint(0x17E) == "z");
  CHECK(FoldCodePoint(0xDF) == "ss");
  CHECK(FoldCodePoint('Q') == "q");
  CHECK(FoldCodePoint('q') == "q");
  CHECK(FoldCodePoint('!') == "!");
  CHECK(FoldCodePoint(0x2019) == "'");
  CHECK(FoldCodePoint(0x201C) == "\"");
}

TEST_CASE("Folded.origin maps every folded byte back to its source byte", "[text]") {
  // Bytes: C0 a1 é2-3 ß4-5 !6
  Folded f = Fold("Ca\xC3\xA9\xC3\x9F!");
  CHECK(f.text == "caess!");
  CHECK(f.origin == std::vector<uint32_t>{0, 1, 2, 4, 4, 6});

  // Curly quote: 3 source bytes become 1.
  f = Fold("x\xE2\x80\x9Cy");
  CHECK(f.text == "x\"y");
  CHECK(f.origin == std::vector<uint32_t>{0, 1, 4});

  // Unchanged multi-byte text maps each byte to the start of its code point.
  f = Fold("\xE2\x82\xAC" "1");
  CHECK(f.text == "\xE2\x82\xAC" "1");
  CHECK(f.origin == std::vector<uint32_t>{0, 0, 0, 3});

  // An invalid byte becomes U+FFFD (3 bytes) pointing at that byte.
  f = Fold("a\xFF" "b");
  CHECK(f.text == "a\xEF\xBF\xBD" "b");
  CHECK(f.origin == std::vector<uint32_t>{0, 1, 1, 1, 2});

  // A search hit in folded text maps back to the exact source words.
  const std::string src = "Le \xE2\x80\x9C" "Caf\xC3\xA9 Stra\xC3\x9F" "e\xE2\x80\x9D ouvert";
  f = Fold(src);
  REQUIRE(f.origin.size() == f.text.size());
  for (size_t k = 1; k < f.origin.size(); ++k) CHECK(f.origin[k] >= f.origin[k - 1]);  // never goes back
  size_t hit = f.text.find("cafe strasse");
  REQUIRE(hit != std::string::npos);
  size_t last = hit + std::string("cafe strasse").size() - 1;
  size_t from = f.origin[hit];
  size_t to = last + 1 < f.origin.size() ? f.origin[last + 1] : src.size();
  CHECK(src.substr(from, to - from) == "Caf\xC3\xA9 Stra\xC3\x9F" "e");

  f = Fold("");
  CHECK(f.text.empty());
  CHECK(f.origin.empty());
}

TEST_CASE("CountWords counts runs of word characters", "[text]") {
  CHECK(CountWords("") == 0);
  CHECK(CountWords("   ") == 0);
  CHECK(CountWords("...!?") == 0);
  CHECK(CountWords("one") == 1);
  CHECK(CountWords("  two   words  ") == 2);
  CHECK(CountWords("one\ttwo\nthree") == 3);
  CHECK(CountWords("Hello, world.") == 2);
  CHECK(CountWords("it's") == 1);
  CHECK(CountWords("well-known") == 2);
  CHECK(CountWords("42 is a number") == 4);
  CHECK(CountWords("caf\xC3\xA9 na\xC3\xAFve") == 2);       // accented letters stay inside words
  CHECK(CountWords("\xC3\xA9t\xC3\xA9 \xC5\x82za") == 2);   // words that start with a multi-byte letter
  CHECK(IsWordByte('a'));
  CHECK(IsWordByte('Z'));
  CHECK(IsWordByte('7'));
  CHECK(IsWordByte('\xC3'));
  CHECK_FALSE(IsWordByte(' '));
  CHECK_FALSE(IsWordByte('-'));
  CHECK_FALSE(IsWordByte('.'));
}

// The text WordAt picks, for reading the cases below.
static std::string Sel(const std::string& s, std::pair<size_t, size_t> r) { return s.substr(r.first, r.second - r.first); }
static std::string Word(std::string_view t, size_t at) {
  auto w = WordAt(t, at);
  return std::string(t.substr(w.first, w.second - w.first));
}

TEST_CASE("WordAt: what a double click in a text field selects", "[text][caret]") {
  const std::string s = "I feel hurt when you don't call.";
  CHECK(Sel(s, WordAt(s, 3)) == "feel");
  CHECK(Sel(s, WordAt(s, 2)) == "feel");   // at a word's start
  CHECK(Sel(s, WordAt(s, 6)) == " ");      // at its end: the space after it
  CHECK(Sel(s, WordAt(s, 23)) == "don't");  // the apostrophe keeps the word whole
  CHECK(Sel(s, WordAt(s, 24)) == "don't");  // on the apostrophe itself
  CHECK(Sel(s, WordAt(s, 31)) == ".");
  CHECK(Sel(s, WordAt(s, s.size())) == ".");  // at the end: the character before
  const std::string curly = "it\xE2\x80\x99s fine";
  CHECK(Sel(curly, WordAt(curly, 1)) == "it\xE2\x80\x99s");
  const std::string quoted = "'hi' there";
  CHECK(Sel(quoted, WordAt(quoted, 1)) == "hi");  // quotes around a word are not part of it
  const std::string accents = "un caf\xC3\xA9 chaud";
  CHECK(Sel(accents, WordAt(accents, 4)) == "caf\xC3\xA9");
  CHECK(Sel(accents, WordAt(accents, 7)) == "caf\xC3\xA9");  // inside é
  const std::string spaces = "a   b";
  CHECK(Sel(spaces, WordAt(spaces, 2)) == "   ");
  const std::string lines = "one\n\ntwo";
  CHECK(Sel(lines, WordAt(lines, 3)) == "one");  // before a newline: the word before
  CHECK(WordAt(lines, 4).first == 4);            // an empty line: nothing
  CHECK(WordAt(lines, 4).second == 4);
  CHECK(WordAt("", 0).second == 0);
}

TEST_CASE("WordAt finds the word around an offset", "[text][text_select]") {
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

TEST_CASE("WordAt keeps accents, other scripts and apostrophes inside words", "[text][text_select]") {
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

TEST_CASE("CharBoundary never splits a character", "[text]") {
  std::string t = "caf\xC3\xA9!";
  CHECK(CharBoundary(t, 4) == 3);
  CHECK(CharBoundary(t, 5) == 5);
  CHECK(CharBoundary(t, 99) == t.size());
}

TEST_CASE("Trim drops spaces, tabs and line breaks at both ends only", "[text]") {
  CHECK(core::Trim("  Robin \t\r\n") == "Robin");
  CHECK(core::Trim("Alex and Sam") == "Alex and Sam");
  CHECK(core::Trim(" a  b ") == "a  b");
  CHECK(core::Trim(" \n\t ").empty());
  CHECK(core::Trim("").empty());
  CHECK(core::Trim("\xC3\xA9l\xC3\xA9 ") == "\xC3\xA9l\xC3\xA9");
}
