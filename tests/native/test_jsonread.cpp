// The safe JSON readers (core/jsonread): type, range and UTF-8 are checked.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"

using namespace core;
using nlohmann::json;

TEST_CASE("the safe JSON readers check type, range and UTF-8", "[jsonread]") {
  json o = {{"b", true}, {"n", 2.5}, {"i", 3.0}, {"big", 1e300}, {"s", "héllo"}, {"bad", "\xff\xfe"},
            {"list", json::array({"a", 1, "b", "\xc3"})}, {"ints", json::array({1, 2.5, -4, 99, "x"})}};
  bool b = false;
  CHECK(jr::Bool(o, "b", b));
  CHECK(b);
  CHECK_FALSE(jr::Bool(o, "n", b));
  int i = 0;
  CHECK(jr::Int(o, "i", 0, 10, i));
  CHECK(i == 3);
  CHECK_FALSE(jr::Int(o, "n", 0, 10, i));    // not whole
  CHECK_FALSE(jr::Int(o, "big", 0, 10, i));  // out of range
  CHECK(i == 3);
  std::string s;
  CHECK(jr::String(o, "s", s));
  CHECK(s == "héllo");
  CHECK(jr::String(o, "s", s, 2));
  CHECK(s == "h");  // cut before the two-byte é, never inside it
  CHECK_FALSE(jr::String(o, "bad", s));
  std::vector<std::string> list;
  CHECK(jr::Strings(o, "list", list));
  CHECK(list == std::vector<std::string>{"a", "b"});
  std::vector<int> ints;
  CHECK(jr::Ints(o, "ints", -5, 10, ints));
  CHECK(ints == std::vector<int>{1, -4});
  CHECK(jr::Field(json::array(), "x") == nullptr);
  CHECK(jr::CutUtf8("ab", 10) == "ab");
}

TEST_CASE("jr::Parse gives what json::parse without exceptions gives, for good and bad text", "[jsonread]") {
  const char* texts[] = {
      R"({"a":1,"b":[true,false,null],"c":{"d":"e\u00e9\n"},"f":-2.5e3,"g":18446744073709551615})",
      "[]", "{}", "  7  ", "\"text\"", "-0", "1.5", "1e400",         // good
      "", "   ", "{", "[1,2", "{\"a\":}", "[1,]", "{\"a\":1}x",   // bad: empty, unclosed, trailing
      "{\"a\":1} {}", "// note\n{}", "/* c */ []", "\xEF\xBB\xBF{}",  // a second value, comments, a BOM
      "\"\xff\"", "\"a\x01\"", "[1 2]", "nul", "tru", "01", "{'a':1}",
  };
  for (const char* t : texts) {
    INFO(t);
    json want = json::parse(t, nullptr, false);
    json got = jr::Parse(t);
    CHECK(got.is_discarded() == want.is_discarded());
    if (!want.is_discarded()) CHECK(got == want);
  }
  // A string_view is read to its end, not to a NUL: the bytes after it are not part of the text.
  std::string_view part("[1,2][3]", 5);
  CHECK(jr::Parse(part) == json::array({1, 2}));
  // A NUL byte ends the text for both (the library reads it as the end of input).
  std::string_view nul("{}\0x", 4);
  CHECK(jr::Parse(nul) == json::parse(nul.begin(), nul.end(), nullptr, false));
  CHECK(jr::Parse(nul) == json::object());
  // Good text gives the value itself; bad text gives a discarded value, never an exception.
  CHECK(jr::Parse(R"({"k":[1,"two"]})")["k"][1] == "two");
  CHECK(jr::Parse("[1,").is_discarded());
  CHECK_FALSE(jr::Parse("null").is_discarded());
}
