// The saved document: what is kept between visits, as versioned JSON with migrations from every
// earlier version, per-section change times for merging two tabs, and the save throttle.
// Loading never throws: bad input gives defaults and a plain-language message.
#pragma once
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/app/settings.h"
#include "core/exercises/exercises.h"
#include "core/guide/reader.h"
#include "core/progress/homework.h"
#include "core/timeout/timeout.h"

namespace core {

// Version history: 1 = settings, reader, timeout. 2 = + "exercises" and per-section "updated" times.
// 3 = each exercise under its id ("intimacy-map", not "map"; core/exercises/exercise_list.h).
inline constexpr int kDocVersion = 3;
inline constexpr double kSaveDelayMs = 800;          // coalesce bursts of changes into one write
inline constexpr int kMaxJsonDepth = 64;             // deeper nesting is refused before parsing
inline constexpr size_t kDocMaxBytes = 16u << 20;    // a stored document larger than this is damaged
inline constexpr size_t kUpdatedMax = 2000;          // most section times kept

using SectionTimes = std::map<std::string, double>;  // section key -> wall time of its last change

struct SavedDoc {
  Settings settings;
  ReaderState reader;
  TimeoutState timeout;  // the conflict time-out: settings, a running timer, the log
  ExercisesState ex;     // the exercises: records, drafts and completions
  HomeworkState homework;  // a counselor's homework, from a link (core/progress/homework.h)
  SectionTimes updated;  // when each section last changed ("settings", "chapter:<id>", "exercise:<key>"...)
};

enum class LoadStatus { Ok, Empty, Corrupt, NewerVersion };

struct LoadResult {
  LoadStatus status = LoadStatus::Empty;
  std::string message;  // for the person, when status is Corrupt or NewerVersion
  int version = 0;      // the version the text was written in (0 if unknown)
};

std::string DocToJson(const SavedDoc& d);
LoadResult DocFromJson(std::string_view text, SavedDoc& out);  // `out` is defaults unless Ok

// Brings a parsed document of version `from` up to kDocVersion, one step at a time. False if
// `from` is not a known earlier version (the document is then left as it was).
bool MigrateDoc(nlohmann::json& doc, int from);

// Deepest nesting of [ and { outside strings; stops scanning once it passes `limit` (returns limit+1).
int JsonDepth(std::string_view text, int limit = kMaxJsonDepth);

// ---- sections: the units that two tabs (or a backup) merge, newest first ----
// Section key -> its JSON text. Keys: "settings", "bookmarks", "timeout", "homework", "chapter:<id>",
// "exercise:<part>" (one per part of ExercisesToJson, "exercise:done" is the completions).
std::map<std::string, std::string> DocSections(const SavedDoc& d);
// Merges two documents section by section: the newer "updated" time wins (a tie keeps `mine`),
// a section only one side has is kept, and completions are the union of both. Pure.
SavedDoc MergeDocs(const SavedDoc& mine, const SavedDoc& theirs);

// The storage namespace: [a-z0-9-]{1,32}, anything else gives "hearth".
std::string ValidNamespace(std::string_view raw);

// Storage in a frame on another site's page (Storage Access API), as the platform reports it. Outside
// a frame, or where the frame's storage works (partitioned by the embedding site), it is Normal.
enum class StorageAccess {
  Normal = 0,       // storage works as it is
  Checking = 1,     // blocked, and the browser is asked whether permission was given before
  CanAsk = 2,       // blocked; a button press can ask for it (document.requestStorageAccess)
  Granted = 3,      // blocked at first, now open with the person's permission
  Refused = 4,      // asked, and the browser said no
  Unavailable = 5,  // blocked, and this browser has no way to ask
};

// What the platform says about a document handed to a new tab ("Open Hearth in its own tab").
enum class HandoffEvent { None = 0, Delivered = 1, PopupBlocked = 2, NoAnswer = 3 };

struct SaveState {
  bool dirty = false;           // something changed since the last save
  double dirty_since_ms = 0;    // when the first unsaved change happened
  bool read_only = false;       // newer data is stored: never overwrite it
  bool storage_failed = false;  // the last write failed (blocked or full)
  std::string notice;           // message shown in a banner (empty = none)
  std::string notice_said;      // the notice last announced to screen readers (not saved)
  std::string ns = "hearth";    // storage namespace: keys are "<ns>:doc", "<ns>:doc:last-good"...
  std::map<std::string, std::string> seen;  // each section's JSON as last loaded, merged or saved
  std::string last_text;        // the stored document as this tab last wrote or read it
  std::string damaged;          // damaged data found at start-up, as read (may be cut short at a NUL)
  bool has_damaged = false;     // it was found, and kept exactly under "<ns>:doc:damaged" for the download
  bool wipe_requested = false;  // the person confirmed "Delete all my data": the save layer clears it all
  bool skip_merge = false;      // the next save replaces what is stored (an imported backup, "replace")
  bool locked = false;          // stored data is locked with a passphrase not yet given: never load or write
  bool locked_at_start = false; // it was locked when Hearth opened (unlocking loads it, not merges it)
  bool blocked = false;         // storage refused even to be read here (not full): nothing saves yet
  StorageAccess access = StorageAccess::Normal;  // the frame's storage access as last applied
  bool asked_access = false;    // the person pressed "Let Hearth keep your progress" in this window
  std::string handoff;          // a document another Hearth window handed over, merged once loaded
};

void MarkDirty(SaveState& s, double now_ms);
// True when a save should happen now: `urgent` (page hidden) saves at once, otherwise after kSaveDelayMs.
bool ShouldSave(const SaveState& s, double now_ms, bool urgent);
double NextSaveAt(const SaveState& s);  // wall time of the throttled save, 0 if nothing pending
// Stamps every section of `d` whose JSON differs from s.seen with `now_ms` (in d.updated), then
// remembers them. Returns true if any section changed.
bool StampChanges(SaveState& s, SavedDoc& d, double now_ms);

}  // namespace core
