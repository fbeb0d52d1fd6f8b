// The saved document: what is kept between visits, as versioned JSON, plus the save throttle.
// Loading never throws: bad input gives defaults and a plain-language message.
#pragma once
#include <string>
#include <string_view>

#include "core/exercises.h"
#include "core/reader.h"
#include "core/settings.h"
#include "core/timeout.h"

namespace core {

inline constexpr int kDocVersion = 1;
inline constexpr double kSaveDelayMs = 800;  // coalesce bursts of changes into one write

struct SavedDoc {
  Settings settings;
  ReaderState reader;
  TimeoutState timeout;  // the conflict time-out: settings, a running timer, the log
  ExercisesState ex;     // the exercises: records, drafts and completions
};

enum class LoadStatus { Ok, Empty, Corrupt, NewerVersion };

struct LoadResult {
  LoadStatus status = LoadStatus::Empty;
  std::string message;  // for the person, when status is Corrupt or NewerVersion
};

std::string DocToJson(const SavedDoc& d);
LoadResult DocFromJson(std::string_view text, SavedDoc& out);  // `out` is defaults unless Ok

struct SaveState {
  bool dirty = false;           // something changed since the last save
  double dirty_since_ms = 0;    // when the first unsaved change happened
  bool read_only = false;       // newer data is stored: never overwrite it
  bool storage_failed = false;  // the last write failed (blocked or full)
  std::string notice;           // message shown in a banner (empty = none)
};

void MarkDirty(SaveState& s, double now_ms);
// True when a save should happen now: `urgent` (page hidden) saves at once, otherwise after kSaveDelayMs.
bool ShouldSave(const SaveState& s, double now_ms, bool urgent);
double NextSaveAt(const SaveState& s);  // wall time of the throttled save, 0 if nothing pending

}  // namespace core
