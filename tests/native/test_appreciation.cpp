// Appreciation moments: one entry per day (today's edited in place), newest first, delete, the
// days-this-month count, prompts, and JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "core/base/calendar.h"
#include "core/base/jsonread.h"
#include "core/exercises/appreciation.h"

using namespace core;
using nlohmann::json;

TEST_CASE("appreciation: one entry per day, newest first, today's edited in place", "[ex][appreciation]") {
  AppreciationState s;
  int d = YmdToDay({2026, 11, 24});
  CHECK_FALSE(SaveAppreciation(s, d, "   \n ", 1));  // blank is refused
  REQUIRE(SaveAppreciation(s, d - 2, "They made soup", 1));
  REQUIRE(SaveAppreciation(s, d, "A kind text at lunch", 2));
  REQUIRE(SaveAppreciation(s, d - 1, "Walked the dog\nin the rain", 3));
  REQUIRE(s.entries.size() == 3);
  CHECK(s.entries[0].day == d);
  CHECK(s.entries[1].day == d - 1);
  CHECK(s.entries[2].day == d - 2);
  CHECK(s.entries[1].text == "Walked the dog in the rain");  // one line
  REQUIRE(SaveAppreciation(s, d, "  A kind text, and a hug  ", 4));
  CHECK(s.entries.size() == 3);
  REQUIRE(AppreciationOn(s, d));
  CHECK(AppreciationOn(s, d)->text == "A kind text, and a hug");
  CHECK(AppreciationOn(s, d)->at_ms == 4);
  CHECK(AppreciationOn(s, d + 1) == nullptr);
  CHECK(DeleteAppreciation(s, d - 1));
  CHECK_FALSE(DeleteAppreciation(s, d - 1));
  CHECK(s.entries.size() == 2);
  CHECK(AppreciationShareText(s.entries[0]) == "Something I appreciated on Tuesday 24 November 2026: A kind text, and a hug");
}

TEST_CASE("appreciation: days this month counts this month's days up to today, never a streak", "[ex][appreciation]") {
  AppreciationState s;
  int today = YmdToDay({2026, 11, 24});
  CHECK(AppreciationDaysThisMonth(s, today) == 0);
  SaveAppreciation(s, YmdToDay({2026, 10, 31}), "last month", 0);
  SaveAppreciation(s, YmdToDay({2026, 11, 1}), "first", 0);
  SaveAppreciation(s, YmdToDay({2026, 11, 10}), "gap before and after", 0);
  SaveAppreciation(s, today, "today", 0);
  SaveAppreciation(s, today, "today again", 0);  // the same day counts once
  CHECK(AppreciationDaysThisMonth(s, today) == 3);
  CHECK(AppreciationDaysThisMonth(s, YmdToDay({2026, 12, 1})) == 0);
  CHECK(AppreciationDaysThisMonth(s, YmdToDay({2026, 10, 31})) == 1);
  CHECK(AppreciationDaysThisMonth(s, YmdToDay({2026, 11, 5})) == 1);  // future days are not counted
}

TEST_CASE("appreciation: at least a dozen prompts, and 'another' always changes it", "[ex][appreciation]") {
  const auto& p = AppreciationPrompts();
  CHECK(p.size() >= 12);
  CHECK(std::set<std::string>(p.begin(), p.end()).size() == p.size());
  int n = static_cast<int>(p.size());
  for (unsigned r = 0; r < 50; ++r) {
    int first = NextAppreciationPrompt(-1, r);
    CHECK(first >= 0);
    CHECK(first < n);
    int next = NextAppreciationPrompt(first, r * 7919u);
    CHECK(next != first);
    CHECK(next >= 0);
    CHECK(next < n);
  }
}

TEST_CASE("appreciation: JSON round trip and bad JSON", "[ex][appreciation]") {
  AppreciationState s;
  int d = YmdToDay({2026, 11, 24});
  SaveAppreciation(s, d, "Tea in bed", 1795396800000.0);
  SaveAppreciation(s, d - 3, "Fixed the bike", 1);
  s.draft = "half a tho";
  s.editing = true;
  s.prompt = 3;
  s.confirm_delete_day = d;  // passing state: not saved
  AppreciationState r;
  AppreciationFromJson(json::parse(AppreciationToJson(s).dump()), r);
  REQUIRE(r.entries.size() == 2);
  CHECK(r.entries[0].text == "Tea in bed");
  CHECK(r.entries[0].day == d);
  CHECK(r.entries[0].at_ms == 1795396800000.0);
  CHECK(r.entries[1].day == d - 3);
  CHECK(r.draft == "half a tho");
  CHECK(r.editing);
  CHECK(r.prompt == 3);
  CHECK(r.confirm_delete_day == -1);

  for (const char* bad : {"null", "[]", R"({"entries":"lots"})", R"({"entries":[1,"x",null,{"day":"x"}]})",
                          R"({"prompt":99,"editing":3,"draft":[1]})"}) {
    INFO(bad);
    AppreciationState b;
    b.draft = "junk";
    AppreciationFromJson(json::parse(bad), b);
    CHECK(b.entries.empty());
    CHECK(b.draft.empty());
    CHECK(b.prompt == -1);
    CHECK_FALSE(b.editing);
  }
  // Mixed good and bad items: the good ones load, sorted newest first, one per day, text capped.
  json mixed = json::parse(R"({"entries":[{"day":100,"text":"old"},{"day":-4,"text":"bad day"},
      {"day":300,"text":"new"},{"day":300,"text":"duplicate"},{"day":200,"text":"   "},{"day":250}]})");
  mixed["entries"].push_back({{"day", 400}, {"text", std::string(10000, 'a')}});
  AppreciationState m;
  AppreciationFromJson(mixed, m);
  REQUIRE(m.entries.size() == 3);
  CHECK(m.entries[0].day == 400);
  CHECK(m.entries[0].text.size() <= jr::kTextMax);
  CHECK(m.entries[1].text == "new");
  CHECK(m.entries[2].text == "old");
}

#include "worksheet_support.h"

TEST_CASE("appreciation worksheet: a week of lines; filled, today's draft and the newest moments by day",
          "[worksheet][appreciation]") {
  ExercisesState ex;
  AppreciationState& a = ex.appreciation;
  int d = YmdToDay({2026, 3, 1});
  for (int i = 0; i < 12; ++i) REQUIRE(SaveAppreciation(a, d + i, "Quince jam moment " + std::to_string(i), i));
  a.draft = "The umbrella they left for me";

  PrintDoc filled = Sheet("appreciation", ex, true);
  CHECK(SheetHas(filled, kAppreciationIntro));
  CHECK(SheetHas(filled, kAppreciationAsk));
  CHECK(SheetHas(filled, "The umbrella they left for me"));
  CHECK(SheetHas(filled, "Quince jam moment 11"));
  CHECK(SheetHas(filled, DayLabel(d + 11)));
  CHECK(SheetHas(filled, "Quince jam moment 3"));
  CHECK_FALSE(SheetHas(filled, "Quince jam moment 2\n"));  // ten in all: the draft and the newest nine
  CHECK(SheetQuestions(filled) == 10);

  PrintDoc blank = Sheet("appreciation", ex, false);
  CHECK(SheetHas(blank, std::string("Day 1: ") + kAppreciationAsk));
  CHECK(SheetHas(blank, std::string("Day 7: ") + kAppreciationAsk));
  CHECK(SheetHas(blank, AppreciationPrompts()[0]));
  CHECK_FALSE(SheetHas(blank, "Quince"));
  CHECK_FALSE(SheetHas(blank, "umbrella"));
  CHECK_FALSE(SheetHas(blank, DayLabel(d + 11)));
  CHECK(SheetQuestions(blank) == 7);
}
