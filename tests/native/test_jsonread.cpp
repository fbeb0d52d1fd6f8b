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
