// Ritual planner (exercise "ritual-planner"): its saved state and logic. Pure C++17; the time is passed in.
// The person picks small rituals from a fixed list, sets the days and time of each (weekly, or
// monthly by week-of-month or day-of-month), downloads them as an iCalendar (.ics) file, and notes
// the days a ritual was kept.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

inline constexpr size_t kRitualKeptMax = 1000;   // oldest entries are dropped beyond this
inline constexpr size_t kRitualNameMax = 120;    // bytes of a ritual's own name
inline constexpr int kRitualMinMinutes = 5;
inline constexpr int kRitualMaxMinutes = 240;
inline constexpr int kRitualMonthDayMax = 28;    // so a monthly date happens in every month

// The form's words, shared by the screen and the printed worksheet.
inline constexpr const char* kRitualHeadChoose = "Choose your rituals";
inline constexpr const char* kRitualChooseLine =
    "Start with one or two. Small and regular counts for more than big and rare.";
inline constexpr const char* kRitualHeadWhen = "When";
inline constexpr const char* kRitualAskName = "Name in your calendar";
inline constexpr const char* kRitualAskOften = "How often";
inline constexpr const char* kRitualWeekly = "Every week";
inline constexpr const char* kRitualMonthly = "Every month";
inline constexpr const char* kRitualAskDays = "On these days";
inline constexpr const char* kRitualAskMonthDay = "Which day each month";
inline constexpr const char* kRitualAskTime = "Time of day";
inline constexpr const char* kRitualAskLength = "How long";
inline constexpr const char* kRitualHeadKept = "Kept lately";

struct RitualInfo {
  const char* id;        // stable, saved, part of the calendar UID
  const char* title;     // short (a checkbox label)
  const char* detail;    // one plain line (also the calendar event's description)
  int minutes;           // a suggested length
  bool monthly;          // repeats monthly by default
  int days;              // default weekdays: bit 0 = Monday .. bit 6 = Sunday
  int hour, minute;      // default local time of day
};
const std::vector<RitualInfo>& RitualCatalog();   // eight rituals, in the order shown
const RitualInfo* FindRitual(const std::string& id);

struct RitualPlan {
  std::string id;             // a RitualCatalog id
  std::string name;           // the name in the calendar as typed ("" = the catalog title)
  bool monthly = false;       // false: weekly on `days`
  int days = 0;               // weekly: bit 0 = Monday .. bit 6 = Sunday (never 0)
  int hour = 19, minute = 0;  // local time of day (minute in steps of 5)
  int minutes = 10;           // how long
  bool by_month_day = false;  // monthly: true = on day `month_day`, false = the `month_week`th `month_weekday`
  int month_week = 1;         // 1..4, or -1 for the last one in the month
  int month_weekday = 5;      // 0 = Monday .. 6 = Sunday
  int month_day = 1;          // 1..kRitualMonthDayMax
  double created_ms = 0;      // when first chosen; makes the calendar UID unique and stable
};

struct RitualKept {
  std::string id;     // which ritual
  double at_ms = 0;   // when it was marked
  int day = 0;        // local day number (calendar.h)
};

struct RitualsState {
  std::vector<RitualPlan> plans;  // the chosen rituals, in the catalog's order
  std::vector<RitualKept> kept;   // the log, oldest first, at most kRitualKeptMax
  std::string editing;            // not saved: the ritual whose day and time are open on screen
  bool mention_app = false;       // the calendar file may name Hearth (off: a shared calendar does not reveal the app)
};

RitualPlan DefaultPlan(const RitualInfo& r, double now_ms);
const RitualPlan* FindPlan(const RitualsState& s, const std::string& id);  // nullptr when not chosen
RitualPlan* FindPlan(RitualsState& s, const std::string& id);
bool SetChosen(RitualsState& s, const std::string& id, bool on, double now_ms);  // adds with defaults / removes
// Edits of one plan; each refuses bad values and returns whether something changed.
bool SetName(RitualPlan& p, const std::string& name);  // valid UTF-8, cut to kRitualNameMax; "" = the catalog title
bool ToggleDay(RitualPlan& p, int weekday);             // the last day cannot be cleared
bool SetTimeOfDay(RitualPlan& p, int hour, int minute);
bool SetMinutes(RitualPlan& p, int minutes);
bool SetMonthly(RitualPlan& p, bool monthly);
bool SetMonthlyByDay(RitualPlan& p, bool by_month_day);
bool SetMonthWeek(RitualPlan& p, int week);             // 1..4 or -1
bool SetMonthWeekday(RitualPlan& p, int weekday);
bool SetMonthDay(RitualPlan& p, int day);

std::string Ordinal(int n);                 // "1st", "2nd", "23rd", "11th"
std::string PlanName(const RitualPlan& p);  // its own name or the catalog title
// "Mondays and Thursdays at 7:00 pm, 10 minutes" / "The first Saturday of each month at 10:00 am, 45 minutes"
std::string PlanSummary(const RitualPlan& p, bool use_24h);
// The first local day on or after `from_day` when the plan happens (for DTSTART).
int FirstDay(const RitualPlan& p, int from_day);

// Marks a ritual kept on the local day of now_ms. False when it is not chosen or is already marked today.
bool MarkKept(RitualsState& s, const std::string& id, double now_ms, int utc_offset_min);
bool KeptOn(const RitualsState& s, const std::string& id, int day);

// ---- iCalendar (RFC 5545) ---------------------------------------------------------------------
std::string IcsEscape(const std::string& text);        // \ ; , and line breaks
std::string IcsFold(const std::string& line);          // CRLF-terminated, folded at 75 octets, UTF-8 kept whole
std::string RitualRule(const RitualPlan& p);           // "FREQ=WEEKLY;BYDAY=MO,TH" / "FREQ=MONTHLY;BYDAY=1SA"
std::string RitualUid(const RitualPlan& p);            // stable for a chosen ritual, unique among them
// The whole calendar: one VEVENT per chosen ritual, DTSTART as floating local time on its first
// day on or after today (today = the local day of now_ms with utc_offset_min), DTSTAMP in UTC.
std::string RitualsToIcs(const RitualsState& s, double now_ms, int utc_offset_min = 0);
// The calendar file's name: "rituals.ics", or "hearth-rituals.ics" when the person chose to mention Hearth.
std::string RitualsIcsName(const RitualsState& s);

nlohmann::json RitualsToJson(const RitualsState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void RitualsFromJson(const nlohmann::json& j, RitualsState& out);

}  // namespace core
