// Civil calendar arithmetic (proleptic Gregorian), after Howard Hinnant's days_from_civil.
#include "core/base/calendar.h"

#include <cmath>
#include <cstdio>

namespace core {

int LocalDay(double wall_ms, int utc_offset_min) {
  if (!std::isfinite(wall_ms)) return 0;
  double local = wall_ms + utc_offset_min * 60000.0;
  return static_cast<int>(std::floor(local / 86400000.0));
}

int YmdToDay(const Ymd& v) {
  int y = v.y - (v.m <= 2 ? 1 : 0);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int mp = (v.m + 9) % 12;
  int doy = (153 * mp + 2) / 5 + v.d - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd DayToYmd(int z) {
  z += 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  Ymd r;
  r.d = doy - (153 * mp + 2) / 5 + 1;
  r.m = mp < 10 ? mp + 3 : mp - 9;
  r.y = yoe + era * 400 + (r.m <= 2 ? 1 : 0);
  return r;
}

int Weekday(int day) { return ((day % 7) + 7 + 3) % 7; }  // 1970-01-01 was a Thursday (3)

int DaysInMonth(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 30;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

const char* MonthName(int m) {
  static const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
  return m >= 1 && m <= 12 ? names[m - 1] : "";
}

const char* WeekdayName(int wd) {
  static const char* names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return wd >= 0 && wd <= 6 ? names[wd] : "";
}

std::string DayLabel(int day) {
  Ymd d = DayToYmd(day);
  return std::string(WeekdayName(Weekday(day))) + " " + std::to_string(d.d) + " " + MonthName(d.m) + " " +
         std::to_string(d.y);
}

std::string ShortDayLabel(int day) {
  Ymd d = DayToYmd(day);
  return std::to_string(d.d) + " " + std::string(MonthName(d.m)).substr(0, 3);
}

std::string IsoDate(int day) {
  Ymd d = DayToYmd(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
  return buf;
}

}  // namespace core
