// The Progress screen's figures, derived from what is saved (nothing here is stored twice): chapters
// read and in progress, exercises done, days with any activity, time-outs, and a "what next" idea.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "core/app/nav.h"
#include "core/exercises/exercises.h"
#include "core/guide/content.h"
#include "core/guide/reader.h"
#include "core/timeout/timeout.h"

namespace core {

struct ProgressSummary {
  int chapters_read = 0;
  int chapters_total = 0;
  std::vector<std::string> in_progress;  // chapter ids opened but not read yet, in guide order
  int exercises_tried = 0;               // distinct exercises done at least once
  int exercise_completions = 0;
  int timeouts = 0;                      // time-outs taken (the log)
  int timeouts_to_the_end = 0;           // of those, how many ran their full time
  int rituals_planned = 0;               // rituals chosen in the planner
  int rituals_kept = 0;                  // times one was marked kept
  int rituals_kept_this_month = 0;       // of those, in the month holding `today`
};

ProgressSummary Summarise(const Guide& g, const ReaderState& r, const ExercisesState& e, const TimeoutState& t,
                          int today);

// Local day numbers (calendar.h) with any activity: an exercise done, a ritual kept, a time-out taken,
// a chapter last opened. Times are turned into days with the person's current UTC offset.
std::set<int> ActivityDays(const ReaderState& r, const ExercisesState& e, const TimeoutState& t, int utc_offset_min);

// The calendar's sentence for people who do not see the grid (and for those who do): "You used
// Hearth on 3 days in November 2026: the 14th, 18th and 21st." Three or more days in a row read as a
// range ("the 1st to 5th"). `days` are the days of the month, in order; `month` is "November 2026".
std::string ActivitySentence(const std::string& month, const std::vector<int>& days);

// The first day of the month `shift` months from the month holding `today` (shift 0 = this month).
int MonthStart(int today, int shift);

struct Suggestion {
  std::string text;  // one plain sentence
  std::string link;  // the words of the link
  Route route;       // where the link goes
};

// One gentle next step: keep reading a chapter in progress, start the guide, try an exercise the
// last chapter read suggests, or a small daily practice. Never about what was missed.
Suggestion WhatNext(const Guide& g, const ReaderState& r, const ExercisesState& e);

}  // namespace core
