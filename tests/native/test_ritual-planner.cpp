// Ritual planner (core): schedules, the log of kept rituals, the iCalendar writer (structure, CRLF,
// folding at 75 octets without splitting UTF-8, escaping, RRULEs, stable unique UIDs), a check by a
// real iCalendar parser, and the JSON (round trip and damaged input).
#include <catch2/catch.hpp>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <unistd.h>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/base/text.h"
#include "core/exercises/ritual-planner.h"
#include "helpers.h"
#include "worksheet_support.h"

using namespace core;
using nlohmann::json;

namespace {
constexpr double kNow = 1795509000000.0;  // Tuesday 2026-11-24 08:30 UTC

std::vector<std::string> Lines(const std::string& ics) {  // physical lines, CRLF removed
  std::vector<std::string> out;
  size_t i = 0;
  while (i < ics.size()) {
    size_t e = ics.find("\r\n", i);
    if (e == std::string::npos) {
      out.push_back(ics.substr(i));
      break;
    }
    out.push_back(ics.substr(i, e - i));
    i = e + 2;
  }
  return out;
}

std::string Unfold(const std::string& ics) {
  std::string out;
  for (size_t i = 0; i < ics.size(); ++i) {
    if (ics.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out += ics[i];
  }
  return out;
}

int Count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
  return n;
}

RitualsState TwoRituals() {
  RitualsState s;
  SetChosen(s, "monthly-check-in", true, kNow);
  SetChosen(s, "reunion", true, kNow + 1);
  return s;
}
}  // namespace

TEST_CASE("eight rituals to choose; chosen ones keep the catalog's order", "[ex][rituals]") {
  CHECK(RitualCatalog().size() == 8);
  RitualsState s = TwoRituals();
  REQUIRE(s.plans.size() == 2);
  CHECK(s.plans[0].id == "reunion");
  CHECK(s.plans[1].id == "monthly-check-in");
  CHECK(s.plans[1].monthly);
  CHECK_FALSE(SetChosen(s, "reunion", true, kNow));
  CHECK_FALSE(SetChosen(s, "no-such", true, kNow));
  s.editing = "reunion";
  CHECK(SetChosen(s, "reunion", false, kNow));
  CHECK(s.editing.empty());
  CHECK(FindPlan(s, "reunion") == nullptr);
}

TEST_CASE("plan edits refuse bad values; the last weekday stays", "[ex][rituals]") {
  RitualPlan p = DefaultPlan(*FindRitual("standing-date"), kNow);
  CHECK(p.days == 0x10);  // Friday
  CHECK_FALSE(ToggleDay(p, 4));  // the only day
  CHECK(ToggleDay(p, 5));
  CHECK(ToggleDay(p, 4));
  CHECK(p.days == 0x20);
  CHECK_FALSE(ToggleDay(p, 7));
  CHECK_FALSE(SetTimeOfDay(p, 24, 0));
  CHECK(SetTimeOfDay(p, 20, 15));
  CHECK(SetMinutes(p, 1000));
  CHECK(p.minutes == kRitualMaxMinutes);
  CHECK_FALSE(SetMonthWeek(p, 0));
  CHECK(SetMonthWeek(p, -1));
  CHECK_FALSE(SetMonthDay(p, 31));
  CHECK_FALSE(SetMonthWeekday(p, 9));
  CHECK(SetName(p, "  Date night  "));
  CHECK(PlanName(p) == "Date night");
  CHECK(SetName(p, "   "));
  CHECK(PlanName(p) == "A standing date");
  CHECK_FALSE(SetName(p, "bad \xff"));
}

TEST_CASE("summaries and first days: weekly, week-of-month and day-of-month", "[ex][rituals]") {
  int today = LocalDay(kNow, 0);  // Tuesday 24 November 2026
  RitualPlan reunion = DefaultPlan(*FindRitual("reunion"), kNow);
  CHECK(PlanSummary(reunion, false) == "Weekdays at 6:30 pm, 10 minutes");
  CHECK(FirstDay(reunion, today) == today);
  RitualPlan meal = DefaultPlan(*FindRitual("phone-free-meal"), kNow);
  CHECK(PlanSummary(meal, true) == "Wednesdays and Sundays at 19:00, 45 minutes");
  CHECK(IsoDate(FirstDay(meal, today)) == "2026-11-25");
  RitualPlan m = DefaultPlan(*FindRitual("monthly-check-in"), kNow);
  CHECK(PlanSummary(m, false) == "The first Sunday of each month at 10:00 am, 45 minutes");
  CHECK(IsoDate(FirstDay(m, today)) == "2026-12-06");  // 1 November has passed
  SetMonthWeek(m, -1);
  SetMonthWeekday(m, 5);
  CHECK(PlanSummary(m, false) == "The last Saturday of each month at 10:00 am, 45 minutes");
  CHECK(IsoDate(FirstDay(m, today)) == "2026-11-28");
  SetMonthlyByDay(m, true);
  SetMonthDay(m, 23);
  CHECK(PlanSummary(m, false) == "The 23rd of each month at 10:00 am, 45 minutes");
  CHECK(IsoDate(FirstDay(m, today)) == "2026-12-23");
  SetMonthDay(m, 24);
  CHECK(IsoDate(FirstDay(m, today)) == "2026-11-24");
  RitualPlan date = DefaultPlan(*FindRitual("standing-date"), kNow);
  CHECK(PlanSummary(date, false) == "Fridays at 7:30 pm, 2 hours");
  ToggleDay(date, 0);
  ToggleDay(date, 2);
  CHECK(PlanSummary(date, false) == "Mondays, Wednesdays and Fridays at 7:30 pm, 2 hours");
  CHECK(Ordinal(11) == "11th");
  CHECK(Ordinal(22) == "22nd");
}

TEST_CASE("a ritual is marked kept once a day", "[ex][rituals]") {
  RitualsState s = TwoRituals();
  CHECK_FALSE(MarkKept(s, "long-hug", kNow, 0));  // not chosen
  CHECK(MarkKept(s, "reunion", kNow, 0));
  CHECK_FALSE(MarkKept(s, "reunion", kNow + 3600000, 0));
  CHECK(KeptOn(s, "reunion", LocalDay(kNow, 0)));
  CHECK(MarkKept(s, "reunion", kNow + 86400000, 0));
  CHECK(MarkKept(s, "monthly-check-in", kNow, 0));
  CHECK(s.kept.size() == 3);
  for (int i = 0; i < 1200; ++i) MarkKept(s, "reunion", kNow + 86400000.0 * (i + 2), 0);
  CHECK(s.kept.size() == kRitualKeptMax);
}

TEST_CASE("iCalendar text is escaped and long lines fold at 75 octets without splitting UTF-8", "[ex][rituals][ics]") {
  CHECK(IcsEscape("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf");
  CHECK(IcsFold("SUMMARY:short") == "SUMMARY:short\r\n");
  std::string exact(75, 'x');
  CHECK(IcsFold(exact) == exact + "\r\n");
  // A multi-byte character lands on every possible cut position across these prefixes.
  for (int pad = 0; pad < 5; ++pad) {
    std::string line = "SUMMARY:" + std::string(pad, 'a');
    for (int i = 0; i < 30; ++i) line += "Caf\u00e9 \u2615 \U0001F91D ";
    std::string folded = IcsFold(line);
    INFO("pad " << pad);
    CHECK(folded.substr(folded.size() - 2) == "\r\n");
    std::vector<std::string> lines = Lines(folded.substr(0, folded.size() - 2));
    CHECK(lines.size() > 3);
    for (size_t k = 0; k < lines.size(); ++k) {
      CHECK(lines[k].size() <= 75);
      CHECK(IsValidUtf8(lines[k]));
      if (k > 0) CHECK(lines[k][0] == ' ');
      if (k + 1 < lines.size()) CHECK(lines[k].size() >= 72);  // a cut backs off at most 3 bytes
    }
    CHECK(Unfold(folded) == line + "\r\n");
  }
}

TEST_CASE("the calendar file: structure, CRLF, RRULEs, floating DTSTART, UTC DTSTAMP", "[ex][rituals][ics]") {
  RitualsState s = TwoRituals();
  RitualPlan* m = FindPlan(s, "monthly-check-in");
  SetName(*m, "Our monthly check-in: how are we, really? \u2615 Caf\u00e9 talk, with notes; no phones \\ no rush");
  std::string ics = RitualsToIcs(s, kNow, 0);
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 0) == 0);
  CHECK(ics.size() > 20);
  CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
  for (size_t i = 0; i < ics.size(); ++i)
    if (ics[i] == '\n') CHECK((i > 0 && ics[i - 1] == '\r'));
  for (const auto& l : Lines(ics.substr(0, ics.size() - 2))) {
    CHECK(l.size() <= 75);
    CHECK(IsValidUtf8(l));
  }
  CHECK(Count(ics, "BEGIN:VEVENT\r\n") == 2);
  CHECK(Count(ics, "END:VEVENT\r\n") == 2);
  std::string u = Unfold(ics);
  CHECK(u.find("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n") != std::string::npos);
  CHECK(u.find("RRULE:FREQ=MONTHLY;BYDAY=1SU\r\n") != std::string::npos);
  CHECK(u.find("DTSTART:20261124T183000\r\n") != std::string::npos);  // floating local time, today
  CHECK(u.find("DTSTART:20261206T100000\r\n") != std::string::npos);
  CHECK(Count(u, "DTSTAMP:20261124T083000Z\r\n") == 2);
  CHECK(u.find("DURATION:PT10M\r\n") != std::string::npos);
  CHECK(u.find("DURATION:PT45M\r\n") != std::string::npos);
  CHECK(u.find("SUMMARY:Ten-minute reunion check-in\r\n") != std::string::npos);
  CHECK(u.find("SUMMARY:Our monthly check-in: how are we\\, really? \u2615 Caf\u00e9 talk\\, with notes\\; no phones "
               "\\\\ no rush\r\n") != std::string::npos);
  CHECK(u.find("DESCRIPTION:A calm half hour to ask: what went well this month\\, and what would we like more "
               "of?\r\n") != std::string::npos);
  // By default nothing in the file names the app (a shared calendar would show it).
  std::string lower = u;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(lower.find("hearth") == std::string::npos);
  CHECK(u.find("PRODID:-//Rituals//Ritual planner//EN\r\n") != std::string::npos);
  CHECK(RitualsIcsName(s) == "rituals.ics");
  // Asked for: the description says where the plan was made, and PRODID names Hearth.
  s.mention_app = true;
  std::string named = Unfold(RitualsToIcs(s, kNow, 0));
  CHECK(named.find("DESCRIPTION:A calm half hour to ask: what went well this month\\, and what would we like more "
                   "of?\\nPlanned with Hearth.\r\n") != std::string::npos);
  CHECK(named.find("PRODID:-//Hearth//Ritual planner//EN\r\n") != std::string::npos);
  CHECK(Count(named, "Planned with Hearth.") == 2);
  CHECK(RitualsIcsName(s) == "hearth-rituals.ics");
  s.mention_app = false;

  // Other rules, a long date and the local day at the person's offset.
  SetMonthlyByDay(*m, true);
  SetMonthDay(*m, 15);
  RitualPlan* r = FindPlan(s, "reunion");
  SetMinutes(*r, 90);
  std::string ics2 = Unfold(RitualsToIcs(s, kNow, 16 * 60));  // 00:30 on Wednesday the 25th there
  CHECK(ics2.find("RRULE:FREQ=MONTHLY;BYMONTHDAY=15\r\n") != std::string::npos);
  CHECK(ics2.find("DURATION:PT1H30M\r\n") != std::string::npos);
  CHECK(ics2.find("DTSTART:20261125T183000\r\n") != std::string::npos);
  SetMonthlyByDay(*m, false);
  SetMonthWeek(*m, -1);
  SetMonthWeekday(*m, 5);
  CHECK(RitualRule(*m) == "FREQ=MONTHLY;BYDAY=-1SA");
  SetMonthWeek(*m, 3);
  CHECK(RitualRule(*m) == "FREQ=MONTHLY;BYDAY=3SA");

  // An empty plan still makes a valid calendar with no events.
  std::string empty = RitualsToIcs(RitualsState{}, kNow);
  CHECK(empty == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rituals//Ritual planner//EN\r\nCALSCALE:GREGORIAN\r\n"
                 "METHOD:PUBLISH\r\nEND:VCALENDAR\r\n");
}

TEST_CASE("calendar UIDs are unique among rituals and stable across exports and reloads", "[ex][rituals][ics]") {
  RitualsState s;
  for (const auto& r : RitualCatalog()) SetChosen(s, r.id, true, kNow);  // all in the same millisecond
  std::set<std::string> uids;
  for (const auto& p : s.plans) uids.insert(RitualUid(p));
  CHECK(uids.size() == RitualCatalog().size());
  std::string a = Unfold(RitualsToIcs(s, kNow));
  std::string b = Unfold(RitualsToIcs(s, kNow + 7 * 86400000.0));
  RitualsState back;
  RitualsFromJson(json::parse(RitualsToJson(s).dump()), back);
  std::string c = Unfold(RitualsToIcs(back, kNow + 86400000.0));
  for (const auto& uid : uids) {
    CHECK(a.find("UID:" + uid + "\r\n") != std::string::npos);
    CHECK(b.find("UID:" + uid + "\r\n") != std::string::npos);
    CHECK(c.find("UID:" + uid + "\r\n") != std::string::npos);
  }
  // Choosing a ritual again later gives it a new UID (it is a new series).
  std::string before = RitualUid(*FindPlan(s, "long-hug"));
  SetChosen(s, "long-hug", false, kNow);
  SetChosen(s, "long-hug", true, kNow + 5000);
  CHECK(RitualUid(*FindPlan(s, "long-hug")) != before);
}

TEST_CASE("a real iCalendar parser reads the file", "[ex][rituals][ics]") {
  if (std::system("/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1") != 0) {
    WARN("python3-icalendar is missing: the parser check is skipped");
    return;
  }
  RitualsState s;
  for (const auto& r : RitualCatalog()) SetChosen(s, r.id, true, kNow);
  SetName(*FindPlan(s, "long-hug"), "Long hug \u2615 \u00e9t\u00e9, \"quoted\"; back\\slash and a very long name to fold");
  SetMonthlyByDay(*FindPlan(s, "monthly-check-in"), true);
  SetMonthly(*FindPlan(s, "standing-date"), true);
  SetMonthWeek(*FindPlan(s, "standing-date"), -1);
  namespace fs = std::filesystem;
  fs::path file = fs::temp_directory_path() / ("hearth-test-" + std::to_string(::getpid()) + ".ics");
  {
    std::ofstream f(file, std::ios::binary);
    f << RitualsToIcs(s, kNow, 60);
  }
  std::string cmd = "/usr/bin/python3 '" + std::string(HEARTH_SOURCE_DIR) +
                    "/tests/tools/validate_ics.py' --no-app-name '" + file.string() + "' 2>&1";
  std::string output;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  char buf[512];
  while (fgets(buf, sizeof buf, p)) output += buf;
  int rc = pclose(p);
  fs::remove(file);
  INFO(output);
  CHECK(rc == 0);
  CHECK(output.find("events: 8\n") != std::string::npos);
  CHECK(output.find("Long hug \u2615 \u00e9t\u00e9, \"quoted\"; back\\slash") != std::string::npos);
  CHECK(output.find("FREQ=MONTHLY;BYDAY=-1SU") != std::string::npos);
  CHECK(output.find("FREQ=MONTHLY;BYMONTHDAY=1") != std::string::npos);

  // The checker itself catches a file that names the app (here, because the person asked for it).
  s.mention_app = true;
  {
    std::ofstream f(file, std::ios::binary);
    f << RitualsToIcs(s, kNow, 60);
  }
  FILE* q = popen(cmd.c_str(), "r");
  REQUIRE(q);
  std::string named;
  while (fgets(buf, sizeof buf, q)) named += buf;
  int named_rc = pclose(q);
  fs::remove(file);
  CHECK(named_rc != 0);
  CHECK(named.find("FAIL: the file names Hearth") != std::string::npos);
}

TEST_CASE("rituals survive a JSON round trip; damaged JSON keeps defaults", "[ex][rituals]") {
  RitualsState s = TwoRituals();
  RitualPlan* m = FindPlan(s, "monthly-check-in");
  SetName(*m, "Check-in \u2615");
  SetMonthlyByDay(*m, true);
  SetMonthDay(*m, 12);
  SetTimeOfDay(*FindPlan(s, "reunion"), 17, 45);
  MarkKept(s, "reunion", kNow, 0);
  s.editing = "reunion";
  json j = RitualsToJson(s);
  CHECK_FALSE(j.contains("editing"));  // passing screen state is not saved
  RitualsState back;
  RitualsFromJson(json::parse(j.dump()), back);
  CHECK(back.editing.empty());
  CHECK(RitualsToJson(back) == j);
  CHECK(RitualsToIcs(back, kNow) == RitualsToIcs(s, kNow));
  REQUIRE(back.kept.size() == 1);
  CHECK(back.kept[0].id == "reunion");
  CHECK_FALSE(j.contains("mentionApp"));  // off is the default, not written
  CHECK_FALSE(back.mention_app);
  s.mention_app = true;
  RitualsState named;
  RitualsFromJson(json::parse(RitualsToJson(s).dump()), named);
  CHECK(named.mention_app);  // the choice is kept

  for (const char* bad : {"null", "[]", "1", "{}", R"({"plans":{},"kept":"x"})"}) {
    RitualsState g = TwoRituals();
    RitualsFromJson(json::parse(bad), g);
    CHECK(g.plans.empty());
    CHECK(g.kept.empty());
  }
  json d = json::parse(R"({"plans":[
      {"id":"long-hug","days":0,"hour":25,"minute":-1,"minutes":9999,"week":0,"weekday":8,"monthDay":31,"name":7},
      {"id":"long-hug","days":1},
      {"id":"nope"}, 5, null,
      {"id":"reunion","days":3,"hour":6,"minute":5,"minutes":15,"monthly":true,"week":-1,"created":"x"}],
    "kept":[{"id":"reunion","at":1,"day":2},{"id":"nope","at":1,"day":2},{"id":"reunion","at":-4,"day":2},{"id":"reunion"}]})");
  RitualsState g;
  RitualsFromJson(d, g);
  REQUIRE(g.plans.size() == 2);
  CHECK(g.plans[0].id == "reunion");  // catalog order
  CHECK(g.plans[0].days == 3);
  CHECK(g.plans[0].hour == 6);
  CHECK(g.plans[0].minutes == 15);
  CHECK(g.plans[0].monthly);
  CHECK(g.plans[0].month_week == -1);
  CHECK(g.plans[0].created_ms == 0);
  const RitualPlan& hug = g.plans[1];
  RitualPlan def = DefaultPlan(*FindRitual("long-hug"), 0);
  CHECK(hug.days == def.days);  // every bad field kept its default
  CHECK(hug.hour == def.hour);
  CHECK(hug.minute == def.minute);
  CHECK(hug.minutes == def.minutes);
  CHECK(hug.month_week == 1);
  CHECK(hug.month_weekday == def.month_weekday);
  CHECK(hug.month_day == 1);
  CHECK(hug.name.empty());
  REQUIRE(g.kept.size() == 1);
  CHECK(g.kept[0].day == 2);
  json big = json::object();
  big["kept"] = json::array();
  for (int i = 0; i < 3000; ++i) big["kept"].push_back({{"id", "reunion"}, {"at", 1000.0 * i}, {"day", i}});
  RitualsFromJson(big, g);
  CHECK(g.kept.size() == kRitualKeptMax);
  CHECK(g.kept.back().day == 2999);  // the newest are kept
}

TEST_CASE("the ritual planner prints the rituals to tick, each one's day and time, and the days kept", "[worksheet]") {
  ExercisesState ex;
  RitualsState& r = ex.rituals;
  REQUIRE(SetChosen(r, "phone-free-meal", true, kTestNow));
  REQUIRE(SetChosen(r, "monthly-check-in", true, kTestNow));
  RitualPlan& meal = *FindPlan(r, "phone-free-meal");
  REQUIRE(SetName(meal, "Soup night, no screens"));
  meal.days = 0;
  REQUIRE(ToggleDay(meal, 1));  // Tuesdays only
  REQUIRE(SetTimeOfDay(meal, 18, 45));
  REQUIRE(SetMinutes(meal, 50));
  RitualPlan& month = *FindPlan(r, "monthly-check-in");
  REQUIRE(SetMonthlyByDay(month, true));
  REQUIRE(SetMonthDay(month, 17));
  REQUIRE(MarkKept(r, "phone-free-meal", kTestNow, 0));
  const char* answers[] = {"Soup night, no screens", "Tuesdays", "6:45 pm", "50 minutes", "The 17th", "23 Nov: Soup night"};
  const char* questions[] = {kRitualHeadChoose, kRitualAskName, kRitualAskOften, kRitualAskDays, kRitualAskTime,
                             kRitualAskLength, kRitualHeadKept};

  PrintDoc filled = Sheet("ritual-planner", ex, true);
  for (const char* a : answers) CHECK(SheetHas(filled, a));
  for (const char* q : questions) CHECK(SheetHas(filled, q));
  CHECK(SheetHas(filled, kRitualAskMonthDay));
  int ticked = 0;
  for (const PrintBlock& b : filled.blocks) ticked += b.kind == PrintKind::Check && b.checked;
  CHECK(ticked == 2 + 2);  // two rituals chosen, and each one's "how often"

  PrintDoc blank = Sheet("ritual-planner", ex, false);
  for (const char* q : questions) CHECK(SheetHas(blank, q));
  for (const char* a : answers) CHECK_FALSE(SheetHas(blank, a));
  for (const RitualInfo& i : RitualCatalog()) CHECK(SheetHas(blank, i.title));
}
