// Progress figures: all derived from the saved reading state, exercises and time-out log.
#include "core/progress/progress.h"

#include "core/base/calendar.h"
#include "core/exercises/catalog.h"
#include "core/exercises/ritual-planner.h"  // Ordinal

namespace core {

ProgressSummary Summarise(const Guide& g, const ReaderState& r, const ExercisesState& e, const TimeoutState& t,
                          int today) {
  ProgressSummary p;
  p.chapters_total = static_cast<int>(g.chapters.size());
  for (const auto& c : g.chapters) {
    ChapterStatus st = StatusOf(r, c.id);
    if (st == ChapterStatus::Read) p.chapters_read++;
    else if (st == ChapterStatus::InProgress) p.in_progress.push_back(c.id);
  }
  for (const auto& x : Exercises()) p.exercises_tried += TimesDone(e, x.id) > 0;
  p.exercise_completions = static_cast<int>(e.done.size());
  p.timeouts = static_cast<int>(t.log.size());
  for (const auto& l : t.log) p.timeouts_to_the_end += l.ended == TimeoutEnd::Deadline;
  p.rituals_planned = static_cast<int>(e.rituals.plans.size());
  p.rituals_kept = static_cast<int>(e.rituals.kept.size());
  int month = MonthStart(today, 0), next = MonthStart(today, 1);
  for (const auto& k : e.rituals.kept) p.rituals_kept_this_month += k.day >= month && k.day < next;
  return p;
}

std::set<int> ActivityDays(const ReaderState& r, const ExercisesState& e, const TimeoutState& t, int utc_offset_min) {
  std::set<int> days;
  for (const auto& d : e.done) days.insert(LocalDay(d.at_ms, utc_offset_min));
  for (const auto& k : e.rituals.kept) days.insert(LocalDay(k.at_ms, utc_offset_min));
  for (const auto& l : t.log) days.insert(LocalDay(l.start_ms, utc_offset_min));
  for (const auto& [id, c] : r.chapters)
    if (c.opened_ms > 0) days.insert(LocalDay(c.opened_ms, utc_offset_min));
  return days;
}

int MonthStart(int today, int shift) {
  Ymd d = DayToYmd(today);
  int m = d.y * 12 + (d.m - 1) + shift;
  Ymd first{m / 12, m % 12 + 1, 1};
  if (m < 0) first = {(m - 11) / 12, ((m % 12) + 12) % 12 + 1, 1};
  return YmdToDay(first);
}

Suggestion WhatNext(const Guide& g, const ReaderState& r, const ExercisesState& e) {
  if (g.chapters.empty()) return {"Try a short practice today.", "Exercises", {Screen::Exercises, "", ""}};
  // A chapter in progress, most recently opened first.
  const Chapter* open = nullptr;
  double latest = -1;
  for (const auto& c : g.chapters) {
    if (StatusOf(r, c.id) != ChapterStatus::InProgress) continue;
    auto it = r.chapters.find(c.id);
    double at = it == r.chapters.end() ? 0 : it->second.opened_ms;
    if (at > latest) latest = at, open = &c;
  }
  if (open) return {"Pick up where you left off.", "Keep reading " + open->title, {Screen::Chapter, open->id, ""}};
  if (ChaptersRead(r) == 0)
    return {"A good place to begin is the first chapter. It takes a few minutes.", "Read " + g.chapters[0].title,
            {Screen::Chapter, g.chapters[0].id, ""}};
  // An exercise suggested by a chapter already read that has not been tried yet, in guide order.
  for (const auto& c : g.chapters) {
    if (StatusOf(r, c.id) != ChapterStatus::Read) continue;
    for (const auto& t : c.try_this) {
      Route to;
      if (!RouteFromTarget(t.target, to) || to.screen != Screen::Exercise || TimesDone(e, to.id) > 0) continue;
      const ExerciseInfo* x = FindExercise(to.id);
      if (x) return {"\"" + c.title + "\" suggests a practice you have not tried yet.", x->title, to};
    }
  }
  // The next chapter not read yet.
  for (const auto& c : g.chapters)
    if (StatusOf(r, c.id) == ChapterStatus::Unread)
      return {"When you have a few quiet minutes, the next chapter is waiting.", "Read " + c.title,
              {Screen::Chapter, c.id, ""}};
  return {"Small and often works best. A ten-minute check-in is a good habit to keep.", "Daily check-in",
          {Screen::Exercise, "daily-check-in", ""}};
}

std::string ActivitySentence(const std::string& month, const std::vector<int>& days) {
  if (days.empty()) return "No activity in " + month + ".";
  // Runs of days next to one another: three or more become "1st to 5th".
  std::vector<std::string> parts;
  for (size_t i = 0; i < days.size();) {
    size_t j = i;
    while (j + 1 < days.size() && days[j + 1] == days[j] + 1) ++j;
    if (j - i >= 2) {
      parts.push_back(Ordinal(days[i]) + " to " + Ordinal(days[j]));
    } else {
      for (size_t k = i; k <= j; ++k) parts.push_back(Ordinal(days[k]));
    }
    i = j + 1;
  }
  std::string list;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) list += i + 1 == parts.size() ? " and " : ", ";
    list += parts[i];
  }
  std::string count = days.size() == 1 ? "one day" : std::to_string(days.size()) + " days";
  return "You used Hearth on " + count + " in " + month + ": the " + list + ".";
}

}  // namespace core
