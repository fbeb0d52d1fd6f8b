// The Progress screen: chapters read, exercises done, a month calendar of days with any activity,
// time-outs taken and how they ended, and one gentle "what next". No streaks, no guilt.
#include <algorithm>
#include <string>

#include "core/base/calendar.h"
#include "core/exercises/catalog.h"
#include "core/progress/progress.h"
#include "ui/app/ui.h"
#include "ui/exercises/ex_common.h"
#include "ui/widgets/theme.h"

namespace ui {

namespace {

std::string Plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void DrawWhatNext(core::AppState& s) {
  core::Suggestion next = core::WhatNext(s.guide, s.doc.reader, s.doc.ex);
  Box card = BeginCard(s);
  Heading(s, "What next", 2);
  Paragraph(s, next.text);
  if (Link(s, next.link.c_str(), core::RouteToHash(next.route))) core::Go(s.nav, next.route);
  EndCard(s, card);
}

void DrawReading(core::AppState& s, const core::ProgressSummary& p) {
  Heading(s, "Reading", 2);
  if (!GuideArrived(s)) return;  // the chapters come in their own file
  Paragraph(s, "Chapters read: " + std::to_string(p.chapters_read) + " of " + std::to_string(p.chapters_total) + ".");
  if (p.in_progress.empty()) return;
  Paragraph(s, "Started and not finished yet:", true);
  for (const auto& id : p.in_progress) {
    const core::Chapter* c = nullptr;
    for (const auto& ch : s.guide.chapters)
      if (ch.id == id) c = &ch;
    if (!c) continue;
    ImGui::PushID(id.c_str());
    if (Link(s, c->title.c_str(), "#/guide/" + id)) core::Go(s.nav, {core::Screen::Chapter, id, ""});
    ImGui::PopID();
  }
}

void DrawExercisesDone(core::AppState& s, const core::ProgressSummary& p) {
  Heading(s, "Exercises", 2);
  if (p.exercises_tried == 0) {
    Paragraph(s, "None tried yet. They take a few minutes, alone or together.");
    if (Link(s, "See the exercises", "#/exercises")) core::Go(s.nav, {core::Screen::Exercises});
    return;
  }
  Paragraph(s, "You have tried " + std::to_string(p.exercises_tried) + " of " +
                   std::to_string(core::Exercises().size()) + " exercises.");
  for (const auto& x : core::Exercises()) {
    int n = core::TimesDone(s.doc.ex, x.id);
    if (n == 0) continue;
    ImGui::PushID(x.id);
    if (Link(s, x.title, "#/exercise/" + std::string(x.id))) core::Go(s.nav, {core::Screen::Exercise, x.id, ""});
    ImGui::SameLine();
    ImGui::TextDisabled("%s", n == 1 ? "once" : (std::to_string(n) + " times").c_str());
    ImGui::PopID();
  }
}

// A month grid, Monday first. Days with activity get a filled circle (shape, not colour alone);
// today gets a ring. The same facts are published as text for screen readers.
void DrawCalendar(core::AppState& s) {
  const core::Palette& pal = Pal(s);
  int today = Today(s);
  int first = core::MonthStart(today, s.views.progress.month_shift);
  core::Ymd ym = core::DayToYmd(first);
  int days = core::DaysInMonth(ym.y, ym.m);
  std::set<int> active = core::ActivityDays(s.doc.reader, s.doc.ex, s.doc.timeout, s.frame.in.utc_offset_min);
  std::string month = std::string(core::MonthName(ym.m)) + " " + std::to_string(ym.y);

  Heading(s, "Days with any activity", 2);
  float bw = std::min((ColumnWidth() - ImGui::GetStyle().ItemSpacing.x) * 0.5f, 160.0f * Px(s));
  if (Button(s, "< Earlier", Kind::Secondary, bw, false, "Earlier month")) s.views.progress.month_shift--;
  ImGui::SameLine();
  bool at_now = s.views.progress.month_shift >= 0;
  if (Button(s, "Later >", Kind::Secondary, bw, at_now, "Later month")) s.views.progress.month_shift++;
  Heading(s, month, 3);

  float cell = std::min(ColumnWidth() / 7.0f, 56.0f * Px(s));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 o = ImGui::GetCursorScreenPos();
  static const char* kWd[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
  float lh = ImGui::GetTextLineHeight();
  for (int c = 0; c < 7; ++c) {
    ImVec2 t = ImGui::CalcTextSize(kWd[c]);
    dl->AddText(ImVec2(o.x + c * cell + (cell - t.x) * 0.5f, o.y), Col(pal.muted), kWd[c]);
  }
  int lead = core::Weekday(first);
  int rows = (lead + days + 6) / 7;
  std::vector<int> marked;
  for (int d = 0; d < days; ++d) {
    int slot = lead + d, r = slot / 7, c = slot % 7;
    ImVec2 centre(o.x + (c + 0.5f) * cell, o.y + lh * 1.4f + (r + 0.5f) * cell);
    float rad = cell * 0.42f;
    bool on = active.count(first + d) > 0;
    if (on) {
      dl->AddCircleFilled(centre, rad, Col(pal.accent), 32);
      marked.push_back(d + 1);
    }
    if (first + d == today) dl->AddCircle(centre, rad + 2.0f * Dpr(s), Col(pal.link), 32, 2.0f * Dpr(s));
    std::string num = std::to_string(d + 1);
    ImVec2 t = ImGui::CalcTextSize(num.c_str());
    dl->AddText(ImVec2(centre.x - t.x * 0.5f, centre.y - t.y * 0.5f), Col(on ? pal.on_accent : pal.text), num.c_str());
  }
  ImGui::Dummy(ImVec2(cell * 7, lh * 1.4f + rows * cell));
  Paragraph(s, core::ActivitySentence(month, marked), true);
}

void DrawRituals(core::AppState& s, const core::ProgressSummary& p) {
  Heading(s, "Rituals", 2);
  if (p.rituals_planned == 0 && p.rituals_kept == 0) {
    Paragraph(s, "No rituals planned yet. Small, regular moments together add up.");
    if (Link(s, "Plan a ritual", "#/exercise/ritual-planner")) core::Go(s.nav, {core::Screen::Exercise, "ritual-planner", ""});
    return;
  }
  Paragraph(s, Plural(p.rituals_planned, "ritual", "rituals") + " planned. Kept " + Plural(p.rituals_kept, "time", "times") +
                   " in all, " + std::to_string(p.rituals_kept_this_month) + " this month.");
  if (Link(s, "Open the ritual planner", "#/exercise/ritual-planner")) core::Go(s.nav, {core::Screen::Exercise, "ritual-planner", ""});
}

void DrawTimeouts(core::AppState& s, const core::ProgressSummary& p) {
  Heading(s, "Time-outs", 2);
  const auto& log = s.doc.timeout.log;
  if (log.empty()) {
    Paragraph(s, "None yet. When you take one, it is noted here, on this device only.", true);
    return;
  }
  Paragraph(s, Plural(p.timeouts, "time-out", "time-outs") + " taken; " + std::to_string(p.timeouts_to_the_end) +
                   " ran their full time and " + std::to_string(p.timeouts - p.timeouts_to_the_end) +
                   " ended when you were ready.");
  for (size_t k = 0; k < log.size() && k < 10; ++k) {
    const core::TimeoutLogEntry& e = log[log.size() - 1 - k];
    int minutes = static_cast<int>(e.actual_ms / 60000.0 + 0.5);
    std::string line = core::ShortDayLabel(core::LocalDay(e.start_ms, s.frame.in.utc_offset_min)) + ": " +
                       Plural(minutes, "minute", "minutes") + " of " + std::to_string(e.planned_minutes);
    int added = 0;
    for (int x : e.extensions) added += x;
    if (added) line += " + " + std::to_string(added);
    line += e.ended == core::TimeoutEnd::Early ? " planned, ended when ready" : " planned, ran to the end";
    Paragraph(s, line + ".");
  }
}

}  // namespace

void DrawProgress(core::AppState& s) {
  BeginColumn(s);
  Heading(s, "Progress", 1);
  Paragraph(s, "What you have done so far, kept on this device only. There is no score to keep up.", true);
  Gap(s, 6);
  core::ProgressSummary p = core::Summarise(s.guide, s.doc.reader, s.doc.ex, s.doc.timeout, Today(s));
  if (s.guide_load.status == core::GuideStatus::Ready) {  // it may point at a chapter
    DrawWhatNext(s);
    Gap(s, 10);
  }
  DrawReading(s, p);
  Gap(s, 10);
  DrawExercisesDone(s, p);
  Gap(s, 10);
  DrawCalendar(s);
  Gap(s, 10);
  DrawRituals(s, p);
  Gap(s, 10);
  DrawTimeouts(s, p);
  EndColumn();
}

}  // namespace ui
