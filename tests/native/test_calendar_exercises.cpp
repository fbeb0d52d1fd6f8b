// Local days and labels (calendar.h), the record of finished exercises, the safe JSON readers, and
// the exercises' part of the saved document.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/exercises.h"
#include "core/jsonread.h"
#include "core/persist.h"

using namespace core;
using nlohmann::json;

TEST_CASE("local days follow the person's UTC offset and the calendar", "[calendar]") {
  double t = 1795396800000.0;  // 2026-11-23 01:20 UTC
  CHECK(IsoDate(LocalDay(t, 0)) == "2026-11-23");
  CHECK(IsoDate(LocalDay(t, -300)) == "2026-11-22");  // 8:20 pm the evening before in New York
  CHECK(IsoDate(LocalDay(t, 600)) == "2026-11-23");
  CHECK(DayLabel(LocalDay(t, 0)) == "Monday 23 November 2026");
  CHECK(ShortDayLabel(LocalDay(t, -300)) == "22 Nov");
  CHECK(Weekday(0) == 3);  // 1 January 1970 was a Thursday
  for (int day = -800000; day < 800000; day += 997) CHECK(YmdToDay(DayToYmd(day)) == day);
  CHECK(DayToYmd(YmdToDay({2024, 2, 29})) == Ymd{2024, 2, 29});
  CHECK(DaysInMonth(2024, 2) == 29);
  CHECK(DaysInMonth(2100, 2) == 28);
  CHECK(DaysInMonth(2000, 2) == 29);
  CHECK(DaysInMonth(2026, 11) == 30);
  CHECK(LocalDay(std::nan(""), 0) == 0);
}

TEST_CASE("finished exercises are recorded by id and day, and survive a save", "[exercises]") {
  ExercisesState e;
  double t = 1795396800000.0;
  MarkDone(e, "intimacy-map", t, 0);
  MarkDone(e, "intimacy-map", t + 86400000.0, 0);
  MarkDone(e, "no-such-exercise", t, 0);
  CHECK(TimesDone(e, "intimacy-map") == 2);
  CHECK(TimesDone(e, "appreciation") == 0);
  CHECK(LastDone(e, "appreciation") == nullptr);
  REQUIRE(LastDone(e, "intimacy-map"));
  CHECK(LastDone(e, "intimacy-map")->day == LocalDay(t, 0) + 1);

  SavedDoc d;
  d.ex = e;
  SavedDoc back;
  REQUIRE(DocFromJson(DocToJson(d), back).status == LoadStatus::Ok);
  CHECK(TimesDone(back.ex, "intimacy-map") == 2);
  CHECK(back.ex.done[1].day == e.done[1].day);
}

TEST_CASE("a damaged exercises part loads what it can", "[exercises][persist]") {
  json doc = {{"app", "hearth"}, {"version", 1},
              {"exercises", {{"done", json::array({{{"id", "appreciation"}, {"at", 5.0e11}, {"day", 5787}},
                                                   {{"id", 42}, {"at", 1}},
                                                   {{"id", "unknown"}, {"at", 1}},
                                                   {{"id", "ground-rules"}, {"at", "yesterday"}},
                                                   "junk"})},
                             {"map", "not an object"},
                             {"decks", json::array()}}}};
  SavedDoc d;
  REQUIRE(DocFromJson(doc.dump(), d).status == LoadStatus::Ok);
  REQUIRE(d.ex.done.size() == 1);
  CHECK(d.ex.done[0].id == "appreciation");
  CHECK(d.ex.done[0].day == 5787);
  // the exercises part itself of the wrong type: defaults, and the rest of the document still loads
  doc["exercises"] = "oops";
  doc["settings"] = {{"reduceMotion", true}};
  REQUIRE(DocFromJson(doc.dump(), d).status == LoadStatus::Ok);
  CHECK(d.ex.done.empty());
  CHECK(d.settings.reduce_motion);
}

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
