// Local days and labels (core/calendar).
#include <catch2/catch.hpp>
#include <cmath>

#include "core/base/calendar.h"

using namespace core;

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
