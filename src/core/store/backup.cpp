// Backup files: names, and the import check. Nothing here changes the app's state.
#include "core/store/backup.h"

#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/base/jsonread.h"

namespace core {

std::string BackupFileName(double now_ms, int utc_offset_min) {
  return "hearth-backup-" + IsoDate(LocalDay(now_ms, utc_offset_min)) + ".json";
}

std::string DamagedFileName(double now_ms, int utc_offset_min) {
  return "hearth-damaged-data-" + IsoDate(LocalDay(now_ms, utc_offset_min)) + ".json";
}

ImportSummary SummariseDoc(const SavedDoc& d) {
  ImportSummary s;
  for (const auto& [id, p] : d.reader.chapters) {
    if (p.read) ++s.chapters_read;
    else if (p.opened_ms > 0 || p.block > 0) ++s.chapters_started;
  }
  s.bookmarks = static_cast<int>(d.reader.bookmarks.size());
  s.exercises_done = static_cast<int>(d.ex.done.size());
  s.timeouts = static_cast<int>(d.timeout.log.size());
  // An exercise "holds notes" when its saved part differs from a fresh one.
  nlohmann::json mine = ExercisesToJson(d.ex), fresh = ExercisesToJson(ExercisesState{});
  for (auto it = mine.begin(); it != mine.end(); ++it)
    if (it.key() != "done" && (!fresh.contains(it.key()) || fresh[it.key()] != *it)) ++s.exercises_with_notes;
  return s;
}

static std::string Count(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string SummaryText(const ImportSummary& s) {
  return "This backup holds " + Count(s.chapters_read, "chapter read", "chapters read") + ", " +
         Count(s.chapters_started, "chapter started", "chapters started") + ", " +
         Count(s.bookmarks, "bookmark", "bookmarks") + ", " +
         Count(s.exercises_done, "exercise done", "exercises done") + ", " +
         Count(s.exercises_with_notes, "exercise with your notes", "exercises with your notes") + " and " +
         Count(s.timeouts, "time-out", "time-outs") + ".";
}

ImportCheck CheckImport(std::string_view text, double size_bytes, SavedDoc& out) {
  out = SavedDoc{};
  const char* unchanged = " Nothing was changed.";
  if (size_bytes > kImportMaxBytes || text.size() > kImportMaxBytes)
    return {ImportStatus::TooLarge, std::string("This file is too large to be a Hearth backup (over 5 MB).") + unchanged, {}};
  if (JsonDepth(text) > kMaxJsonDepth)
    return {ImportStatus::TooDeep, std::string("This file is not a Hearth backup (it is nested too deeply).") + unchanged, {}};
  nlohmann::json j = jr::Parse(text);
  if (j.is_discarded())
    return {ImportStatus::NotJson, std::string("This file is not a Hearth backup (it is not JSON data).") + unchanged, {}};
  LoadResult r = DocFromJson(text, out);
  switch (r.status) {
    case LoadStatus::Ok: break;
    case LoadStatus::NewerVersion:
      return {ImportStatus::Newer,
              std::string("This backup was made by a newer version of Hearth. Reload the page to update Hearth, "
                          "then try again.") + unchanged, {}};
    case LoadStatus::Empty:
    case LoadStatus::Corrupt:
      bool hearths = j.is_object() && j.contains("app") && j["app"] == "hearth";
      return {hearths ? ImportStatus::Damaged : ImportStatus::NotHearth,
              std::string(hearths ? "This Hearth backup is damaged and cannot be read." : "This file is not a Hearth backup.") +
                  unchanged, {}};
  }
  ImportCheck c{ImportStatus::Ok, "", SummariseDoc(out)};
  c.message = SummaryText(c.summary);
  return c;
}

}  // namespace core
