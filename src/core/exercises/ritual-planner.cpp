// Ritual planner: the rituals, their schedules, the log of kept rituals, the .ics writer and JSON.
#include "core/exercises/ritual-planner.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/base/jsonread.h"
#include "core/base/order.h"
#include "core/base/text.h"
#include "core/exercises/ground-rules.h"
#include "core/exercises/worksheet.h"
#include "core/timeout/timeout.h"

namespace core {

using nlohmann::json;

namespace {
constexpr int kMonToFri = 0x1F, kEveryDay = 0x7F;
const char* const kIcsDays[7] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
const char* const kPluralDays[7] = {"Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"};
}  // namespace

const std::vector<RitualInfo>& RitualCatalog() {
  // Our own words. Facts from the shared-world chapter and its sources: a ten-minute check-in when
  // you get home, phone-free time, a standing date, a long hug, shared reading, appreciation, an
  // intentional text, and a regular look at how the relationship is going.
  static const std::vector<RitualInfo> list = {
      {"reunion", "Ten-minute reunion check-in",
       "For the first ten minutes after you are both home, phones go down and you catch up on the day.", 10, false,
       kMonToFri, 18, 30},
      {"phone-free-meal", "Phone-free meal", "One meal where the phones stay in another room and you just talk.", 45,
       false, 0x04 | 0x40, 19, 0},
      {"standing-date", "A standing date",
       "A date that lives on the calendar, so other plans do not crowd it out. Something to look forward to.", 120,
       false, 0x10, 19, 30},
      {"long-hug", "A long hug", "Hold each other for a few quiet minutes before the day pulls you in different directions.",
       5, false, kEveryDay, 7, 30},
      {"shared-reading", "Shared reading", "Read the same book, or take turns reading a chapter aloud before bed.", 20,
       false, 0x01 | 0x04 | 0x40, 21, 30},
      {"appreciation", "Appreciation moment", "Each of you names one small thing you valued about the other today.", 5,
       false, kEveryDay, 21, 0},
      {"intentional-text", "An intentional text",
       "Send a message that says more than the shopping list: a thank-you, a shared joke, a thought of them.", 5, false,
       0x02 | 0x08, 12, 30},
      {"monthly-check-in", "Monthly relationship check-in",
       "A calm half hour to ask: what went well this month, and what would we like more of?", 45, true, 0x40, 10, 0},
  };
  return list;
}

const RitualInfo* FindRitual(const std::string& id) {
  for (const auto& r : RitualCatalog())
    if (id == r.id) return &r;
  return nullptr;
}

RitualPlan DefaultPlan(const RitualInfo& r, double now_ms) {
  RitualPlan p;
  p.id = r.id;
  p.monthly = r.monthly;
  p.days = r.days;
  p.hour = r.hour;
  p.minute = r.minute;
  p.minutes = r.minutes;
  p.month_week = 1;
  p.month_weekday = 6;  // the first Sunday of the month
  p.created_ms = std::isfinite(now_ms) && now_ms > 0 ? std::floor(now_ms) : 0;
  return p;
}

const RitualPlan* FindPlan(const RitualsState& s, const std::string& id) {
  for (const auto& p : s.plans)
    if (p.id == id) return &p;
  return nullptr;
}

RitualPlan* FindPlan(RitualsState& s, const std::string& id) {
  for (auto& p : s.plans)
    if (p.id == id) return &p;
  return nullptr;
}

namespace {
size_t CatalogIndex(const std::string& id) {
  const auto& c = RitualCatalog();
  for (size_t i = 0; i < c.size(); ++i)
    if (id == c[i].id) return i;
  return c.size();
}
void SortPlans(std::vector<RitualPlan>& plans) {
  StableSortByKey(plans, [](const RitualPlan& p) { return CatalogIndex(p.id); }, false);
}
template <class T>
bool Set(T& field, T value) {
  if (field == value) return false;
  field = value;
  return true;
}
}  // namespace

bool SetChosen(RitualsState& s, const std::string& id, bool on, double now_ms) {
  const RitualInfo* r = FindRitual(id);
  if (!r || (FindPlan(s, id) != nullptr) == on) return false;
  if (on) {
    s.plans.push_back(DefaultPlan(*r, now_ms));
    SortPlans(s.plans);
  } else {
    s.plans.erase(std::remove_if(s.plans.begin(), s.plans.end(), [&](const RitualPlan& p) { return p.id == id; }),
                  s.plans.end());
    if (s.editing == id) s.editing.clear();
  }
  return true;
}

bool SetName(RitualPlan& p, const std::string& name) {
  if (!IsValidUtf8(name)) return false;
  return Set(p.name, jr::CutUtf8(name, kRitualNameMax));  // kept as typed; PlanName tidies it
}

bool ToggleDay(RitualPlan& p, int weekday) {
  if (weekday < 0 || weekday > 6) return false;
  int next = p.days ^ (1 << weekday);
  return next != 0 && Set(p.days, next);
}

bool SetTimeOfDay(RitualPlan& p, int hour, int minute) {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  bool a = Set(p.hour, hour);
  bool b = Set(p.minute, minute);
  return a || b;
}

bool SetMinutes(RitualPlan& p, int minutes) {
  return Set(p.minutes, std::clamp(minutes, kRitualMinMinutes, kRitualMaxMinutes));
}
bool SetMonthly(RitualPlan& p, bool monthly) { return Set(p.monthly, monthly); }
bool SetMonthlyByDay(RitualPlan& p, bool by_month_day) { return Set(p.by_month_day, by_month_day); }
bool SetMonthWeek(RitualPlan& p, int week) {
  return (week == -1 || (week >= 1 && week <= 4)) && Set(p.month_week, week);
}
bool SetMonthWeekday(RitualPlan& p, int weekday) { return weekday >= 0 && weekday <= 6 && Set(p.month_weekday, weekday); }
bool SetMonthDay(RitualPlan& p, int day) { return day >= 1 && day <= kRitualMonthDayMax && Set(p.month_day, day); }

std::string Ordinal(int n) {
  int t = n % 100;
  const char* suf = (t >= 11 && t <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return std::to_string(n) + suf;
}

std::string PlanName(const RitualPlan& p) {
  std::string n = CleanTextLine(p.name, kRitualNameMax);
  if (!n.empty()) return n;
  const RitualInfo* r = FindRitual(p.id);
  return r ? r->title : p.id;
}

namespace {

const char* WeekWord(int week) {
  switch (week) {
    case 1: return "first";
    case 2: return "second";
    case 3: return "third";
    case 4: return "fourth";
    default: return "last";
  }
}

std::string LengthWords(int minutes) {
  if (minutes < 60) return std::to_string(minutes) + " minutes";
  int h = minutes / 60, m = minutes % 60;
  std::string out = std::to_string(h) + (h == 1 ? " hour" : " hours");
  if (m) out += " " + std::to_string(m) + " minutes";
  return out;
}

std::string DaysWords(int days) {
  if (days == kEveryDay) return "Every day";
  if (days == kMonToFri) return "Weekdays";
  if (days == 0x60) return "Weekends";
  std::vector<std::string> names;
  for (int d = 0; d < 7; ++d)
    if (days & (1 << d)) names.push_back(kPluralDays[d]);
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

// The nth weekday (1..4, -1 = last) of a month, as a day number.
int NthWeekday(int y, int m, int week, int weekday) {
  if (week < 0) {
    int last = YmdToDay({y, m, DaysInMonth(y, m)});
    return last - (Weekday(last) - weekday + 7) % 7;
  }
  int first = YmdToDay({y, m, 1});
  return first + (weekday - Weekday(first) + 7) % 7 + 7 * (week - 1);
}

int MonthDayOf(const RitualPlan& p, int y, int m) {
  return p.by_month_day ? YmdToDay({y, m, std::clamp(p.month_day, 1, DaysInMonth(y, m))})
                        : NthWeekday(y, m, p.month_week, std::clamp(p.month_weekday, 0, 6));
}

}  // namespace

std::string PlanSummary(const RitualPlan& p, bool use_24h) {
  std::string when;
  if (!p.monthly) {
    when = DaysWords(p.days);
  } else if (p.by_month_day) {
    when = "The " + Ordinal(p.month_day) + " of each month";
  } else {
    when = std::string("The ") + WeekWord(p.month_week) + " " + WeekdayName(std::clamp(p.month_weekday, 0, 6)) +
           " of each month";
  }
  return when + " at " + FormatClockTime(p.hour, p.minute, use_24h) + ", " + LengthWords(p.minutes);
}

int FirstDay(const RitualPlan& p, int from_day) {
  if (!p.monthly) {
    int days = p.days ? p.days : kEveryDay;
    for (int d = from_day; d < from_day + 7; ++d)
      if (days & (1 << Weekday(d))) return d;
    return from_day;
  }
  Ymd t = DayToYmd(from_day);
  int day = MonthDayOf(p, t.y, t.m);
  if (day >= from_day) return day;
  int y = t.m == 12 ? t.y + 1 : t.y, m = t.m == 12 ? 1 : t.m + 1;
  return MonthDayOf(p, y, m);
}

bool KeptOn(const RitualsState& s, const std::string& id, int day) {
  for (const auto& k : s.kept)
    if (k.id == id && k.day == day) return true;
  return false;
}

bool MarkKept(RitualsState& s, const std::string& id, double now_ms, int utc_offset_min) {
  if (!FindPlan(s, id) || !std::isfinite(now_ms) || now_ms < 0) return false;
  int day = LocalDay(now_ms, utc_offset_min);
  if (KeptOn(s, id, day)) return false;
  s.kept.push_back({id, now_ms, day});
  if (s.kept.size() > kRitualKeptMax) s.kept.erase(s.kept.begin(), s.kept.begin() + (s.kept.size() - kRitualKeptMax));
  return true;
}

// ---- iCalendar ------------------------------------------------------------------------------

std::string IcsEscape(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      out += "\\n";
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one line break
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20 || u == 0x7f) {
      out += ' ';  // no other control characters in TEXT
    } else {
      out += c;
    }
  }
  return out;
}

std::string IcsFold(const std::string& line) {
  // A content line is at most 75 octets; a longer one continues on lines that start with a space
  // (which counts toward their 75). A cut never falls inside a UTF-8 character.
  std::string out;
  size_t i = 0, limit = 75;
  while (line.size() - i > limit) {
    size_t cut = i + limit;
    while (cut > i && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line, i, cut - i);
    out += "\r\n ";
    i = cut;
    limit = 74;
  }
  out.append(line, i, std::string::npos);
  out += "\r\n";
  return out;
}

std::string RitualRule(const RitualPlan& p) {
  if (!p.monthly) {
    std::string days;
    int mask = p.days ? p.days : kEveryDay;
    for (int d = 0; d < 7; ++d) {
      if (!(mask & (1 << d))) continue;
      if (!days.empty()) days += ',';
      days += kIcsDays[d];
    }
    return "FREQ=WEEKLY;BYDAY=" + days;
  }
  if (p.by_month_day) return "FREQ=MONTHLY;BYMONTHDAY=" + std::to_string(std::clamp(p.month_day, 1, kRitualMonthDayMax));
  return "FREQ=MONTHLY;BYDAY=" + std::to_string(p.month_week < 0 ? -1 : std::clamp(p.month_week, 1, 4)) +
         kIcsDays[std::clamp(p.month_weekday, 0, 6)];
}

std::string RitualUid(const RitualPlan& p) {
  char stamp[32];
  std::snprintf(stamp, sizeof stamp, "%.0f", std::isfinite(p.created_ms) ? p.created_ms : 0.0);
  return "ritual-" + p.id + "-" + stamp + "@rituals.invalid";  // names no app: calendars may show it
}

namespace {

std::string TwoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string IcsDate(int day) {
  Ymd d = DayToYmd(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.y, d.m, d.d);
  return buf;
}

std::string UtcStamp(double now_ms) {
  double ms = std::isfinite(now_ms) && now_ms > 0 ? now_ms : 0;
  long long sec = static_cast<long long>(std::floor(ms / 1000.0));
  int day = static_cast<int>(sec / 86400);
  int rest = static_cast<int>(sec % 86400);
  return IcsDate(day) + "T" + TwoDigits(rest / 3600) + TwoDigits(rest / 60 % 60) + TwoDigits(rest % 60) + "Z";
}

std::string Duration(int minutes) {
  int h = minutes / 60, m = minutes % 60;
  std::string out = "PT";
  if (h) out += std::to_string(h) + "H";
  if (m || !h) out += std::to_string(m) + "M";
  return out;
}

}  // namespace

std::string RitualsIcsName(const RitualsState& s) { return s.mention_app ? "hearth-rituals.ics" : "rituals.ics"; }

std::string RitualsToIcs(const RitualsState& s, double now_ms, int utc_offset_min) {
  std::string out;
  auto line = [&](const std::string& l) { out += IcsFold(l); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  // Hearth's name is written only when the person asked for it (a shared calendar would show it).
  line(s.mention_app ? "PRODID:-//Hearth//Ritual planner//EN" : "PRODID:-//Rituals//Ritual planner//EN");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  std::string stamp = UtcStamp(now_ms);
  int today = LocalDay(std::isfinite(now_ms) ? now_ms : 0, utc_offset_min);
  for (const auto& p : s.plans) {
    const RitualInfo* r = FindRitual(p.id);
    if (!r) continue;
    line("BEGIN:VEVENT");
    line("UID:" + RitualUid(p));
    line("DTSTAMP:" + stamp);
    // Floating local time (no TZID, no Z): the ritual happens at this clock time wherever you are.
    line("DTSTART:" + IcsDate(FirstDay(p, today)) + "T" + TwoDigits(p.hour) + TwoDigits(p.minute) + "00");
    line("DURATION:" + Duration(p.minutes));
    line("RRULE:" + RitualRule(p));
    line("SUMMARY:" + IcsEscape(PlanName(p)));
    line("DESCRIPTION:" + IcsEscape(std::string(r->detail) + (s.mention_app ? "\nPlanned with Hearth." : "")));
    line("TRANSP:TRANSPARENT");
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

// ---- JSON -----------------------------------------------------------------------------------

json RitualsToJson(const RitualsState& s) {
  json plans = json::array();
  for (const auto& p : s.plans) {
    plans.push_back({{"id", p.id},
                     {"name", p.name},
                     {"monthly", p.monthly},
                     {"days", p.days},
                     {"hour", p.hour},
                     {"minute", p.minute},
                     {"minutes", p.minutes},
                     {"byMonthDay", p.by_month_day},
                     {"week", p.month_week},
                     {"weekday", p.month_weekday},
                     {"monthDay", p.month_day},
                     {"created", p.created_ms}});
  }
  json kept = json::array();
  for (const auto& k : s.kept) kept.push_back({{"id", k.id}, {"at", k.at_ms}, {"day", k.day}});
  json out{{"plans", std::move(plans)}, {"kept", std::move(kept)}};
  if (s.mention_app) out["mentionApp"] = true;
  return out;
}

void RitualsFromJson(const json& j, RitualsState& out) {
  out = RitualsState{};
  if (!j.is_object()) return;
  if (const json* plans = jr::Field(j, "plans"); plans && plans->is_array()) {
    for (const json& item : *plans) {
      std::string id;
      if (!jr::String(item, "id", id, 64)) continue;
      const RitualInfo* r = FindRitual(id);
      if (!r || FindPlan(out, id)) continue;
      RitualPlan p = DefaultPlan(*r, 0);
      std::string name;
      if (jr::String(item, "name", name, kRitualNameMax)) SetName(p, name);
      jr::Bool(item, "monthly", p.monthly);
      jr::Int(item, "days", 1, 127, p.days);
      jr::Int(item, "hour", 0, 23, p.hour);
      jr::Int(item, "minute", 0, 59, p.minute);
      jr::Int(item, "minutes", kRitualMinMinutes, kRitualMaxMinutes, p.minutes);
      jr::Bool(item, "byMonthDay", p.by_month_day);
      int week = 0;
      if (jr::Int(item, "week", -1, 4, week) && week != 0) p.month_week = week;
      jr::Int(item, "weekday", 0, 6, p.month_weekday);
      jr::Int(item, "monthDay", 1, kRitualMonthDayMax, p.month_day);
      jr::Time(item, "created", p.created_ms);
      out.plans.push_back(std::move(p));
    }
    SortPlans(out.plans);
  }
  jr::Bool(j, "mentionApp", out.mention_app);
  if (const json* kept = jr::Field(j, "kept"); kept && kept->is_array()) {
    size_t skip = kept->size() > kRitualKeptMax ? kept->size() - kRitualKeptMax : 0;  // keep the newest
    for (const json& item : *kept) {
      if (skip) {
        --skip;
        continue;
      }
      RitualKept k;
      if (!jr::String(item, "id", k.id, 64) || !FindRitual(k.id) || !jr::Time(item, "at", k.at_ms)) continue;
      if (!jr::Int(item, "day", -1000000, 1000000, k.day)) continue;
      out.kept.push_back(std::move(k));
    }
  }
}

namespace {

// When a monthly plan happens: "The first Sunday" / "The 15th".
std::string MonthDayWords(const RitualPlan& p) {
  if (p.by_month_day) return "The " + Ordinal(p.month_day);
  return std::string("The ") + WeekWord(p.month_week) + " " + WeekdayName(std::clamp(p.month_weekday, 0, 6));
}

// One ritual's day and time: the plan's, or blank lines to fill in (p = nullptr).
void PlanPart(const RitualPlan* p, const std::string& heading, PrintDoc& doc) {
  doc.Heading(heading, 3);
  doc.Answer(kRitualAskName, p ? PlanName(*p) : "", 1);
  doc.Paragraph(kRitualAskOften);
  doc.Check(kRitualWeekly, p && !p->monthly);
  doc.Check(kRitualMonthly, p && p->monthly);
  if (p && p->monthly) {
    doc.Answer(kRitualAskMonthDay, MonthDayWords(*p), 1);
  } else {
    doc.Answer(std::string(kRitualAskDays) + (p ? "" : " (or which day each month)"), p ? DaysWords(p->days) : "", 1);
  }
  doc.Answer(kRitualAskTime, p ? FormatClockTime(p->hour, p->minute, false) : "", 1);
  doc.Answer(kRitualAskLength, p ? LengthWords(p->minutes) : "", 1);
}

}  // namespace

void RitualsWorksheet(const RitualsState& s, const ExerciseText&, bool filled, PrintDoc& doc) {
  doc.Paragraph("A routine is something you just do. A ritual is the same thing done on purpose, with your attention "
                "on each other.");
  doc.Heading(kRitualHeadChoose);
  doc.Paragraph(kRitualChooseLine);
  for (const auto& r : RitualCatalog()) {
    doc.Check(r.title, FindPlan(s, r.id) != nullptr);
    doc.Note(r.detail);
  }
  doc.Heading(kRitualHeadWhen);
  if (filled && !s.plans.empty()) {
    for (const auto& p : s.plans) PlanPart(&p, PlanName(p), doc);
  } else {
    doc.Paragraph("For each ritual you picked: its name, the days, the time and how long.");
    PlanPart(nullptr, "A ritual", doc);
    PlanPart(nullptr, "Another ritual", doc);
  }
  // Filled: the newest few days a ritual was kept, newest first.
  doc.Heading(kRitualHeadKept);
  std::string kept;
  size_t shown = 0;
  for (auto it = s.kept.rbegin(); it != s.kept.rend() && shown < 10; ++it, ++shown) {
    const RitualPlan* p = FindPlan(s, it->id);
    const RitualInfo* info = FindRitual(it->id);
    kept += ShortDayLabel(it->day) + ": " + (p ? PlanName(*p) : info ? info->title : it->id) + "\n";
  }
  if (!kept.empty()) kept.pop_back();
  doc.Paragraph("Missing a day is normal. Pick it up again the next time.");
  doc.Answer("Days we kept a ritual", kept, 4);
}

}  // namespace core
