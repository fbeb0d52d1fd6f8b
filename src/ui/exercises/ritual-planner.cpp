// The Ritual planner screen: choose small rituals, set the days and time of each (one open at a
// time), download them as a calendar file, and note the days you kept one. Every change goes
// through core/ex_rituals.
#include <algorithm>
#include <string>
#include <vector>

#include "core/app/nav.h"
#include "core/base/calendar.h"
#include "core/exercises/ritual-planner.h"
#include "core/timeout/timeout.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"
#include "ui/widgets/richtext.h"

namespace ui {

namespace {


constexpr size_t kRecentShown = 10;

std::string LengthText(int minutes) {
  if (minutes < 60) return std::to_string(minutes) + " minutes";
  int h = minutes / 60, m = minutes % 60;
  return std::to_string(h) + (h == 1 ? " hour" : " hours") + (m ? " " + std::to_string(m) + " minutes" : "");
}

void DrawChoose(core::AppState& s) {
  core::RitualsState& r = s.doc.ex.rituals;
  Heading(s, core::kRitualHeadChoose, 2);
  Paragraph(s, core::kRitualChooseLine, true);
  const auto& list = core::RitualCatalog();
  for (size_t i = 0; i < list.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    bool on = core::FindPlan(r, list[i].id) != nullptr;
    if (Checkbox(s, list[i].title, &on) && core::SetChosen(r, list[i].id, on, s.frame.in.now_ms)) Changed(s);
    CheckboxDetail(s, list[i].detail);
    Gap(s, 2);
    ImGui::PopID();
  }
}

void DrawWeekdays(core::AppState& s, core::RitualPlan& p) {
  Paragraph(s, std::string(core::kRitualAskDays) + ":");
  int per_row = Narrow(s) ? 2 : 4;
  float col = ColumnWidth() / per_row;
  float x0 = ImGui::GetCursorPosX();
  BeginGroup(s, core::kRitualAskDays, core::GroupKind::Toolbar);  // one Tab stop; the arrow keys move between days
  for (int d = 0; d < 7; ++d) {
    if (d % per_row) ImGui::SameLine(x0 + col * (d % per_row));
    bool on = (p.days >> d) & 1;
    ImGui::PushID(d);
    if (Checkbox(s, core::WeekdayName(d), &on) && core::ToggleDay(p, d)) Changed(s);
    ImGui::PopID();
  }
  EndGroup(s);
  if (__builtin_popcount(static_cast<unsigned>(p.days)) == 1)
    Paragraph(s, "A ritual needs at least one day.", true);
}

void DrawMonthly(core::AppState& s, core::RitualPlan& p) {
  int by = p.by_month_day ? 1 : 0;
  if (Choice(s, core::kRitualAskMonthDay, &by, {"A weekday, like the first Sunday", "A date, like the 15th"}) &&
      core::SetMonthlyByDay(p, by == 1))
    Changed(s);
  if (p.by_month_day) {
    int day = p.month_day;
    std::string text = "the " + core::Ordinal(day);
    if (SliderSteps(s, "Day of the month", &day, 1, core::kRitualMonthDayMax, text) && core::SetMonthDay(p, day))
      Changed(s);
    Paragraph(s, "Up to the 28th, so it comes every month.", true);
    return;
  }
  int week = p.month_week < 0 ? 4 : p.month_week - 1;
  if (Choice(s, "Which week", &week, {"First", "Second", "Third", "Fourth", "Last"}) &&
      core::SetMonthWeek(p, week == 4 ? -1 : week + 1))
    Changed(s);
  int wd = p.month_weekday;
  std::vector<std::string> names;
  for (int d = 0; d < 7; ++d) names.push_back(core::WeekdayName(d));
  if (Choice(s, "Which weekday", &wd, names) && core::SetMonthWeekday(p, wd)) Changed(s);
}

void DrawEditor(core::AppState& s, core::RitualPlan& p) {
  const core::RitualInfo* info = core::FindRitual(p.id);
  std::string name = p.name;
  if (TextField(s, core::kRitualAskName, name) && core::SetName(p, name)) Changed(s);
  if (info) Paragraph(s, std::string("Leave it empty to use \u201c") + info->title + "\u201d.", true);
  int often = p.monthly ? 1 : 0;
  if (Choice(s, core::kRitualAskOften, &often, {core::kRitualWeekly, core::kRitualMonthly}) && core::SetMonthly(p, often == 1)) Changed(s);
  if (p.monthly)
    DrawMonthly(s, p);
  else
    DrawWeekdays(s, p);
  int quarter = (p.hour * 60 + p.minute) / 15;
  if (SliderSteps(s, core::kRitualAskTime, &quarter, 0, 95, core::FormatClockTime(p.hour, p.minute, s.frame.in.use_24h)) &&
      core::SetTimeOfDay(p, quarter / 4, quarter % 4 * 15))
    Changed(s);
  int steps = p.minutes / 5;
  if (SliderSteps(s, core::kRitualAskLength, &steps, 1, core::kRitualMaxMinutes / 5, LengthText(p.minutes)) &&
      core::SetMinutes(p, steps * 5))
    Changed(s);
  if (Button(s, "Done", Kind::Secondary, 0, false, "Done with " + core::PlanName(p))) {
    s.doc.ex.rituals.editing.clear();
    RequestFocus(s, core::FocusItem(core::Role::Button, "Change day and time: " + core::PlanName(p)));  // back where it opened
  }
}

void DrawPlans(core::AppState& s) {
  core::RitualsState& r = s.doc.ex.rituals;
  Heading(s, core::kRitualHeadWhen, 2);
  int today = Today(s);
  for (size_t i = 0; i < r.plans.size(); ++i) {
    core::RitualPlan& p = r.plans[i];
    std::string name = core::PlanName(p);
    ImGui::PushID(p.id.c_str());
    Box card = BeginCard(s);
    Heading(s, name, 3);
    Paragraph(s, core::PlanSummary(p, s.frame.in.use_24h), true);
    if (r.editing == p.id) {
      DrawEditor(s, p);
    } else if (Button(s, "Change day and time", Kind::Secondary, 0, false, "Change day and time: " + name)) {
      r.editing = p.id;
      // Focus goes into the editor that opened, on its first day-and-time choice (the button is gone).
      RequestFocus(s, core::FocusItem(core::Role::Radio, p.monthly ? core::kRitualMonthly : core::kRitualWeekly));
    }
    bool kept = core::KeptOn(r, p.id, today);
    if (!Narrow(s) && !kept) ImGui::SameLine();  // side by side on a wide screen
    if (kept) {
      Paragraph(s, "Kept today.", true);
    } else if (Button(s, "We kept it today", Kind::Secondary, 0, false, "We kept it today: " + name) &&
               core::MarkKept(r, p.id, s.frame.in.now_ms, s.frame.in.utc_offset_min)) {
      Done(s, "ritual-planner");
      s.frame.out.alerts.announce = "Noted: " + name + ", today.";
    }
    EndCard(s, card);
    Gap(s, 6);
    ImGui::PopID();
  }
}

void DrawCalendar(core::AppState& s) {
  Heading(s, "Add them to your calendar", 2);
  Paragraph(s, "The file holds each ritual with its repeat. Open it, or import it in your calendar app. It is "
               "made on this device.", true);
  // Off by default: a calendar shared with others, or a phone seen by someone else, then shows
  // nothing of where the plans were made.
  if (Checkbox(s, "Mention Hearth in the calendar event", &s.doc.ex.rituals.mention_app)) Changed(s);
  CheckboxDetail(s, "Off: the file names no app, so a shared calendar does not show Hearth.");
  core::FileOut file{core::RitualsIcsName(s.doc.ex.rituals), "text/calendar",
                     core::RitualsToIcs(s.doc.ex.rituals, s.frame.in.now_ms, s.frame.in.utc_offset_min)};
  SaveFileButton(s, "Download calendar file (.ics)", file);
}

void DrawKept(core::AppState& s) {
  const core::RitualsState& r = s.doc.ex.rituals;
  Heading(s, core::kRitualHeadKept, 2);
  if (r.kept.empty()) {
    Paragraph(s, "Nothing noted yet. When you keep a ritual, note it above. Missing a day is normal.", true);
    return;
  }
  size_t shown = 0;
  for (auto it = r.kept.rbegin(); it != r.kept.rend() && shown < kRecentShown; ++it, ++shown) {
    const core::RitualPlan* p = core::FindPlan(r, it->id);
    const core::RitualInfo* info = core::FindRitual(it->id);
    std::string name = p ? core::PlanName(*p) : info ? info->title : it->id;
    Paragraph(s, core::ShortDayLabel(it->day) + ": " + name);
  }
}

}  // namespace

void DrawExRituals(core::AppState& s) {
  ExerciseHeader(s, "ritual-planner");
  Paragraph(s, "A routine is something you just do. A ritual is the same thing done on purpose, with your "
               "attention on each other.");
  if (Link(s, "From routine to ritual (the guide)", core::TargetToHref("chapter:shared-world#routines-and-rituals"))) {
    core::Route to;
    if (core::RouteFromTarget("chapter:shared-world#routines-and-rituals", to)) core::Go(s.nav, to);
  }
  Gap(s, 8);
  DrawChoose(s);
  if (!s.doc.ex.rituals.plans.empty()) {
    Gap(s, 10);
    DrawPlans(s);
    Gap(s, 4);
    DrawCalendar(s);
  }
  Gap(s, 10);
  DrawKept(s);
}

}  // namespace ui
