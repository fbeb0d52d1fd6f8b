// Backups: the export file's name, and the checks an imported file passes before anything changes
// (size, nesting, JSON, Hearth's, version, every field), with a plain summary of what it holds.
#pragma once
#include <string>
#include <string_view>

#include "core/store/persist.h"

namespace core {

inline constexpr size_t kImportMaxBytes = 5u << 20;  // 5 MB: a real backup is a few hundred KB at most

struct ImportSummary {
  int chapters_read = 0;
  int chapters_started = 0;   // opened but not read to the end
  int bookmarks = 0;
  int exercises_done = 0;     // completions
  int exercises_with_notes = 0;  // exercises whose saved part is not empty
  int timeouts = 0;           // time-outs in the log
};

enum class ImportStatus { Ok, TooLarge, TooDeep, NotJson, NotHearth, Newer, Damaged };

struct ImportCheck {
  ImportStatus status = ImportStatus::NotJson;
  std::string message;  // what the person reads: what the file holds, or why nothing changed
  ImportSummary summary;
};

// Checks a chosen file completely. `size_bytes` is the file's size (the text may be left unread
// when it is too large). `out` is the document when Ok, defaults otherwise.
ImportCheck CheckImport(std::string_view text, double size_bytes, SavedDoc& out);
ImportSummary SummariseDoc(const SavedDoc& d);
std::string SummaryText(const ImportSummary& s);  // "This backup holds 3 chapters read, ..."

std::string BackupFileName(double now_ms, int utc_offset_min);   // hearth-backup-YYYY-MM-DD.json (local date)
std::string DamagedFileName(double now_ms, int utc_offset_min);  // hearth-damaged-data-YYYY-MM-DD.json

}  // namespace core
