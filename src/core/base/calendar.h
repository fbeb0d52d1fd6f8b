// Dates as people read them: a local day number from the wall clock and the person's UTC offset,
// calendar arithmetic, and short labels. Pure: the time and the offset are always passed in.
#pragma once
#include <string>

namespace core {

struct Ymd {
  int y = 1970, m = 1, d = 1;  // month 1..12, day 1..31
  bool operator==(const Ymd& o) const { return y == o.y && m == o.m && d == o.d; }
};

int LocalDay(double wall_ms, int utc_offset_min);  // days since 1970-01-01 in local time
Ymd DayToYmd(int day);
int YmdToDay(const Ymd& d);
int Weekday(int day);                 // 0 = Monday .. 6 = Sunday
int DaysInMonth(int y, int m);
const char* MonthName(int m);         // "January"
const char* WeekdayName(int wd);      // "Monday" (0 = Monday)
std::string DayLabel(int day);        // "Tuesday 24 November 2026"
std::string ShortDayLabel(int day);   // "24 Nov"
std::string IsoDate(int day);         // "2026-11-24"

}  // namespace core
