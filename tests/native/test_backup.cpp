// Backups (core/backup): an import is checked whole before anything changes, merged or replaced, and
// the file is named for the local date.
#include <catch2/catch.hpp>
#include <string>

#include "core/guide/reader.h"
#include "core/store/backup.h"
#include "core/store/doc_apply.h"
#include "core/store/persist.h"
#include "helpers.h"

using namespace core;

TEST_CASE("an import is checked completely before anything changes", "[store][import]") {
  SavedDoc out;
  const std::string good = DocToJson(FullDoc());
  ImportCheck c = CheckImport(good, good.size(), out);
  REQUIRE(c.status == ImportStatus::Ok);
  CHECK(c.summary.chapters_read == 1);
  CHECK(c.summary.chapters_started == 1);
  CHECK(c.summary.bookmarks == 2);
  CHECK(c.summary.exercises_done == 2);
  CHECK(c.summary.timeouts == 2);
  CHECK(c.summary.exercises_with_notes == 0);
  CHECK(c.message == "This backup holds 1 chapter read, 1 chapter started, 2 bookmarks, 2 exercises done, "
                     "0 exercises with your notes and 2 time-outs.");
  CHECK(out.reader.bookmarks.size() == 2);

  struct Case { std::string text; double size; ImportStatus want; };
  const Case cases[] = {
      {"", 6.0 * 1024 * 1024, ImportStatus::TooLarge},
      {std::string((5u << 20) + 1, ' '), (5u << 20) + 1, ImportStatus::TooLarge},
      {std::string(65, '[') + std::string(65, ']'), 130, ImportStatus::TooDeep},
      {"hello", 5, ImportStatus::NotJson},
      {"", 0, ImportStatus::NotJson},
      {"{\"a\":\"\xFF\"}", 8, ImportStatus::NotJson},
      {R"({"name":"a shopping list"})", 26, ImportStatus::NotHearth},
      {R"([1,2,3])", 7, ImportStatus::NotHearth},
      {R"({"app":"hearth","version":7})", 28, ImportStatus::Newer},
      {R"({"app":"hearth","version":"two"})", 30, ImportStatus::Damaged},
  };
  for (const Case& k : cases) {
    INFO(k.text.substr(0, 60));
    SavedDoc o = FullDoc();
    ImportCheck r = CheckImport(k.text, k.size, o);
    CHECK(r.status == k.want);
    CHECK(r.message.find("Nothing was changed") != std::string::npos);
    CHECK(o.reader.bookmarks.empty());
  }
  CHECK(JsonDepth("[[{\"[[[[\":[1]}]]") == 4);
  CHECK(JsonDepth("\"\\\"[[[\"") == 0);
  CHECK(JsonDepth(std::string(64, '[')) == 64);
  CHECK(JsonDepth(std::string(100000, '[')) == kMaxJsonDepth + 1);
}

TEST_CASE("the backup file is named for the local date", "[store][import]") {
  const double t = 1795478400000.0;  // 2026-11-24 00:00 UTC
  CHECK(BackupFileName(t, 0) == "hearth-backup-2026-11-24.json");
  CHECK(BackupFileName(t, -300) == "hearth-backup-2026-11-23.json");  // 7 pm the day before in New York
  CHECK(BackupFileName(t - 1, 60) == "hearth-backup-2026-11-24.json");
  CHECK(DamagedFileName(t, 0) == "hearth-damaged-data-2026-11-24.json");
}

TEST_CASE("import: merge keeps the newest of each part, replace takes the backup", "[store][import]") {
  AppState s;
  s.frame.in.now_ms = 1.8e12;
  TrackSaved(s.save, s.doc);  // as at start-up: nothing has changed yet
  s.doc.settings.theme = ThemeChoice::Dark;
  ToggleBookmark(s.doc.reader, "questions", "", s.frame.in.now_ms);
  StampChanges(s.save, s.doc, s.frame.in.now_ms);  // changed here, now: newer than the backup
  const std::string backup = DocToJson(FullDoc());
  ReceiveImportFile(s, {"b.json", backup, static_cast<double>(backup.size())});
  REQUIRE(s.views.data.has_import);
  ImportMerge(s);
  CHECK(s.doc.settings.theme == ThemeChoice::Dark);                   // here is newer
  CHECK(s.doc.reader.bookmarks.size() == 1);                          // here is newer
  CHECK(s.doc.reader.chapters.count("conflict") == 1);                // only the backup had it
  CHECK(s.doc.timeout.log.size() == 2);                               // never changed here
  CHECK(s.doc.ex.done.size() == 2);
  CHECK(s.save.dirty);
  CHECK_FALSE(s.views.data.has_import);

  ReceiveImportFile(s, {"b.json", backup, static_cast<double>(backup.size())});
  ImportReplace(s);
  CHECK(s.doc.settings.theme == ThemeChoice::Light);
  CHECK(s.doc.reader.bookmarks.size() == 2);
  CHECK(s.save.skip_merge);

  ReceiveImportFile(s, {"x.json", "nope", 4});
  CHECK_FALSE(s.views.data.has_import);
  ImportReplace(s);  // nothing to apply
  CHECK(s.doc.settings.theme == ThemeChoice::Light);
}
