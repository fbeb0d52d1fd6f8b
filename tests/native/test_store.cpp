// Storage, backup and recovery in core and the save layer: round trips of every record type,
// damaged stored data (each case recovers the last good copy), migrations from the committed
// fixtures of every earlier version, the merge by section, two tabs through one storage, import
// checks, file names and namespaces.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "core/backup.h"
#include "core/calendar.h"
#include "core/doc_apply.h"
#include "core/persist.h"
#include "helpers.h"
#include "platform/native/test_hooks.h"
#include "platform/platform.h"
#include "platform/save.h"

using namespace core;
using nlohmann::json;

namespace {

// A fresh app state loaded from the fake storage, as at start-up.
struct Tab {
  AppState s;
  explicit Tab(double now = 1.8e12) {
    s.in.now_ms = now;
    platform::ReadEmbedOptions(s);  // the page's ?ns= as an embedding site sets it
    platform::LoadSaved(s);
  }
};

void ResetHost() { platform::Host() = platform::NativeHost{}; }

}  // namespace

// ---- round trips ------------------------------------------------------------------------------

TEST_CASE("every record type survives a round trip, and a second trip gives the same text", "[store]") {
  const SavedDoc d = FullDoc();
  std::string text = DocToJson(d);
  SavedDoc back;
  LoadResult r = DocFromJson(text, back);
  REQUIRE(r.status == LoadStatus::Ok);
  CHECK(r.version == kDocVersion);
  CHECK(back.settings.text_size_index == 3);
  CHECK(back.settings.theme == ThemeChoice::Light);
  CHECK(back.settings.reduce_motion);
  REQUIRE(back.reader.chapters.size() == 2);
  CHECK(back.reader.chapters["conflict"].block == 4);
  CHECK(back.reader.chapters["what-intimacy-is"].read);
  REQUIRE(back.reader.bookmarks.size() == 2);
  CHECK(back.reader.bookmarks[0].section == "ground-rules");
  CHECK(back.timeout.settings.signal == "Time for a breather");
  CHECK(back.timeout.settings.default_minutes == 45);
  CHECK(back.timeout.resting_bpm == 61);
  REQUIRE(back.timeout.log.size() == 2);
  CHECK(back.timeout.log[1].ended == TimeoutEnd::Early);
  REQUIRE(back.ex.done.size() == 2);
  CHECK(back.ex.done[1].id == "appreciation");
  CHECK(back.updated == d.updated);
  CHECK(ExercisesToJson(back.ex) == ExercisesToJson(d.ex));
  CHECK(DocToJson(back) == text);
}

// ---- damaged stored data ---------------------------------------------------------------------

TEST_CASE("damaged stored data: each case keeps the raw text and recovers the last good copy", "[store]") {
  const std::string good = DocToJson(FullDoc());
  std::string deep(5000, '[');
  const std::string cases[] = {
      "",                                                     // empty
      good.substr(0, good.size() / 3),                        // truncated
      good.substr(0, good.size() - 1),                        // last brace lost
      "[" + good + "]",                                        // wrong type: an array
      R"({"app":["hearth"],"version":2})",                    // wrong type: app
      R"({"app":"hearth","version":"2"})",                    // wrong type: version
      R"({"app":"hearth","version":0})",                      // impossible version
      R"({"app":"hearth","version":1.5})",                    // not a whole version
      R"({"app":"hearth","version":-1e400})",                 // out of range
      "{\"app\":\"hearth\",\"version\":2,\"x\":\"" + std::string(17u << 20, 'a') + "\"}",  // huge
      deep,                                                   // deep nesting
      "{\"app\":\"hearth\",\"version\":2,\"settings\":" + std::string(100, '{') + std::string(100, '}') + "}",
      "{\"app\":\"hearth\",\"version\":2,\"settings\":{\"theme\":\"\xC3\x28\"}}",  // invalid UTF-8
      R"({"app":"hearth","version":NaN})",                    // NaN-ish numbers are not JSON
      R"({"app":"hearth","version":2,"settings":{"textSize":Infinity}})",
      R"({"app":"hearth","version":2,"reader":{"chapters":{"a":{"block":-Infinity}}}})",
      std::string("{\"app\":\"hearth\",\0\"version\":2}", 29),  // a NUL byte
      good + "trailing words",                                // garbage after the document
      "{'app':'hearth','version':2}",                         // single quotes
      "/* hearth */" + good,                                  // comments
      "null",
  };
  int n = 0;
  for (const std::string& bad : cases) {
    INFO("case " << n++ << ": " << bad.substr(0, 80));
    ResetHost();
    platform::Host().storage[platform::kDocKey] = bad;
    platform::Host().storage[platform::kLastGoodKey] = good;
    Tab t;
    CHECK_FALSE(t.s.save.notice.empty());
    CHECK(t.s.save.notice.find("last good copy") != std::string::npos);
    CHECK(t.s.save.damaged == bad);
    CHECK(platform::Host().storage[platform::kDamagedKey] == bad);
    CHECK(t.s.settings.theme == ThemeChoice::Light);  // the last good data is there
    CHECK(t.s.reader.bookmarks.size() == 2);
    CHECK(t.s.timeout.log.size() == 2);
    CHECK(t.s.ex.done.size() == 2);
    CHECK_FALSE(t.s.save.read_only);
    // The next save repairs the document; the damaged copy stays aside.
    REQUIRE(platform::SaveIfDue(t.s, true));
    SavedDoc again;
    CHECK(DocFromJson(platform::Host().storage[platform::kDocKey], again).status == LoadStatus::Ok);
    CHECK(platform::Host().storage[platform::kDamagedKey] == bad);
  }
  CHECK(n >= 15);
}

TEST_CASE("damaged data without a good copy starts fresh, says so, and keeps the damage", "[store]") {
  for (const char* last_good : {"", "also damaged {"}) {
    ResetHost();
    platform::Host().storage[platform::kDocKey] = "{\"app\":\"hearth\",";
    if (*last_good) platform::Host().storage[platform::kLastGoodKey] = last_good;
    Tab t;
    CHECK(t.s.save.notice.find("started fresh") != std::string::npos);
    CHECK(t.s.save.damaged == "{\"app\":\"hearth\",");
    CHECK(platform::Host().storage[platform::kDamagedKey] == "{\"app\":\"hearth\",");
    CHECK(t.s.reader.bookmarks.empty());
  }
}

TEST_CASE("duplicate ids load once, without failing", "[store]") {
  std::string text = R"({"app":"hearth","version":2,"reader":{"chapters":{"a":{"block":1},"a":{"block":2}},
      "bookmarks":[{"chapter":"a","section":"s"},{"chapter":"a","section":"s"}]},
      "settings":{"theme":"dark","theme":"light"}})";
  SavedDoc d;
  REQUIRE(DocFromJson(text, d).status == LoadStatus::Ok);
  CHECK(d.reader.chapters.size() == 1);
  CHECK(d.reader.bookmarks.size() == 1);
}

TEST_CASE("data from a newer version is never written over; the app runs from memory", "[store]") {
  ResetHost();
  const std::string newer = R"({"app":"hearth","version":99,"future":{"things":[1,2,3]}})";
  platform::Host().storage[platform::kDocKey] = newer;
  Tab t;
  CHECK(t.s.save.read_only);
  CHECK(t.s.save.notice.find("newer version") != std::string::npos);
  t.s.settings.theme = ThemeChoice::Dark;  // works in memory
  MarkDirty(t.s.save, t.s.in.now_ms);
  CHECK_FALSE(platform::SaveIfDue(t.s, true));
  CHECK(platform::Host().storage[platform::kDocKey] == newer);
  CHECK(platform::Host().storage.count(platform::kDamagedKey) == 0);
}

TEST_CASE("another tab storing a newer version stops this one writing", "[store]") {
  ResetHost();
  Tab t;
  t.s.settings.theme = ThemeChoice::Dark;
  MarkDirty(t.s.save, t.s.in.now_ms);
  const std::string newer = R"({"app":"hearth","version":3})";
  platform::Host().storage[platform::kDocKey] = newer;
  CHECK_FALSE(platform::SaveIfDue(t.s, true));
  CHECK(t.s.save.read_only);
  CHECK(platform::Host().storage[platform::kDocKey] == newer);
}

TEST_CASE("blocked or full storage: the app keeps working from memory and says so once", "[store]") {
  ResetHost();
  platform::Host().storage_blocked = true;
  Tab t;
  CHECK(t.s.save.storage_failed);
  CHECK(t.s.save.notice.find("Export") != std::string::npos);
  ResetHost();
  Tab u;
  platform::Host().storage_full = true;
  u.s.settings.theme = ThemeChoice::Dark;
  MarkDirty(u.s.save, u.s.in.now_ms);
  CHECK_FALSE(platform::SaveIfDue(u.s, true));
  CHECK(u.s.save.notice.find("full") != std::string::npos);
  CHECK(u.s.settings.theme == ThemeChoice::Dark);
  u.s.save.notice.clear();
  MarkDirty(u.s.save, u.s.in.now_ms);
  platform::SaveIfDue(u.s, true);
  CHECK(u.s.save.notice.empty());  // said once, not at every save
  platform::Host().storage_full = false;
  MarkDirty(u.s.save, u.s.in.now_ms);
  CHECK(platform::SaveIfDue(u.s, true));
  CHECK_FALSE(u.s.save.storage_failed);
}

// ---- migrations -----------------------------------------------------------------------------

TEST_CASE("a version 1 document (fixture) loads with nothing lost, and saves as the current version", "[store]") {
  const std::string v1 = ReadFixture("doc-v1.json");
  SavedDoc d;
  LoadResult r = DocFromJson(v1, d);
  REQUIRE(r.status == LoadStatus::Ok);
  CHECK(r.version == 1);
  CHECK(TextSizePercent(d.settings) == 115);
  CHECK(d.settings.theme == ThemeChoice::Dark);
  CHECK(d.settings.reduce_motion);
  REQUIRE(d.reader.chapters.size() == 3);
  CHECK(d.reader.chapters["conflict"].block == 7);
  CHECK(d.reader.chapters["conflict"].offset == Approx(0.4f));
  CHECK(d.reader.chapters["conflict"].opened_ms == 1794870000000.0);
  CHECK(d.reader.chapters["kinds-of-intimacy"].read);
  CHECK(d.reader.chapters["what-intimacy-is"].block == 12);
  REQUIRE(d.reader.bookmarks.size() == 2);
  CHECK(d.reader.bookmarks[0].chapter == "conflict");
  CHECK(d.reader.bookmarks[0].section == "ground-rules");
  CHECK(d.reader.bookmarks[1].created_ms == 1794700200000.0);
  CHECK(d.timeout.settings.signal == "Can we take a breather?");
  CHECK(d.timeout.settings.default_minutes == 30);
  CHECK(d.timeout.settings.pattern_id == "cyclic-sigh");
  CHECK_FALSE(d.timeout.settings.sound);
  CHECK(d.timeout.safety_seen);
  CHECK(d.timeout.resting_bpm == 64);
  REQUIRE(d.timeout.log.size() == 2);
  CHECK(d.timeout.log[0].planned_minutes == 20);
  CHECK(d.timeout.log[1].extensions == std::vector<int>{5});
  CHECK(d.timeout.log[1].ended == TimeoutEnd::Early);
  CHECK(d.ex.done.empty());
  CHECK(d.updated.empty());
  // Saved again it is the current version, and loads to the same thing.
  json j = json::parse(DocToJson(d));
  CHECK(j["version"] == kDocVersion);
  CHECK(j["exercises"].is_object());
  SavedDoc again;
  REQUIRE(DocFromJson(DocToJson(d), again).status == LoadStatus::Ok);
  CHECK(DocToJson(again) == DocToJson(d));
}

TEST_CASE("the current version's fixture loads as written", "[store]") {
  const std::string v2 = ReadFixture("doc-v2.json");
  SavedDoc d;
  LoadResult r = DocFromJson(v2, d);
  REQUIRE(r.status == LoadStatus::Ok);
  CHECK(r.version == 2);
  CHECK(d.reader.bookmarks.size() == 2);
  CHECK(d.ex.done.size() == 2);
  CHECK(d.updated.at("settings") == 1794000000000.0);
}

TEST_CASE("the migration chain: each earlier version is known, others are refused", "[store]") {
  json j = json::parse(R"({"app":"hearth","version":1,"settings":{"theme":"dark"}})");
  REQUIRE(MigrateDoc(j, 1));
  CHECK(j["version"] == kDocVersion);
  CHECK(j["exercises"].is_object());
  CHECK(j["updated"].is_object());
  CHECK(j["settings"]["theme"] == "dark");
  json k = json::parse(R"({"app":"hearth"})");
  CHECK_FALSE(MigrateDoc(k, 0));
  CHECK_FALSE(MigrateDoc(k, kDocVersion + 1));
  CHECK(MigrateDoc(k, kDocVersion));  // already current: nothing to do
  json arr = json::array();
  CHECK_FALSE(MigrateDoc(arr, 1));
}

TEST_CASE("a version 1 document in storage loads into the app", "[store]") {
  ResetHost();
  platform::Host().storage[platform::kDocKey] = ReadFixture("doc-v1.json");
  Tab t;
  CHECK(t.s.save.notice.empty());
  CHECK(t.s.reader.bookmarks.size() == 2);
  CHECK(t.s.timeout.log.size() == 2);
}

// ---- the merge -----------------------------------------------------------------------------

TEST_CASE("merge: edits to different sections are both kept", "[store][merge]") {
  SavedDoc base = FullDoc();
  SavedDoc a = base, b = base;
  a.settings.theme = ThemeChoice::Dark;
  a.updated["settings"] = 1795000000000.0;
  b.reader.bookmarks.push_back({"kinds-of-intimacy", "physical", 1795000001000.0});
  b.updated["bookmarks"] = 1795000001000.0;
  for (const SavedDoc& m : {MergeDocs(a, b), MergeDocs(b, a)}) {
    CHECK(m.settings.theme == ThemeChoice::Dark);
    CHECK(m.reader.bookmarks.size() == 3);
    CHECK(m.updated.at("settings") == 1795000000000.0);
    CHECK(m.updated.at("bookmarks") == 1795000001000.0);
  }
}

TEST_CASE("merge: in one section the newest wins, a tie keeps mine", "[store][merge]") {
  SavedDoc a = FullDoc(), b = FullDoc();
  a.settings.theme = ThemeChoice::Dark;
  a.updated["settings"] = 2000;
  b.settings.theme = ThemeChoice::System;
  b.updated["settings"] = 3000;
  CHECK(MergeDocs(a, b).settings.theme == ThemeChoice::System);
  CHECK(MergeDocs(b, a).settings.theme == ThemeChoice::System);
  b.updated["settings"] = 2000;
  CHECK(MergeDocs(a, b).settings.theme == ThemeChoice::Dark);
  CHECK(MergeDocs(b, a).settings.theme == ThemeChoice::System);
}

TEST_CASE("merge: each chapter is its own record; completions are the union", "[store][merge]") {
  SavedDoc a, b;
  a.reader.chapters["conflict"] = {3, 0, false, 100};
  a.updated["chapter:conflict"] = 100;
  b.reader.chapters["conflict"] = {8, 0, true, 200};
  b.updated["chapter:conflict"] = 200;
  b.reader.chapters["questions"] = {1, 0, false, 50};
  a.ex.done.push_back(ExerciseDone{"appreciation", 10, 0});
  b.ex.done.push_back(ExerciseDone{"appreciation", 10, 0});
  b.ex.done.push_back(ExerciseDone{"daily-check-in", 5, 0});
  SavedDoc m = MergeDocs(a, b);
  CHECK(m.reader.chapters["conflict"].block == 8);
  CHECK(m.reader.chapters["conflict"].read);
  CHECK(m.reader.chapters.count("questions") == 1);
  REQUIRE(m.ex.done.size() == 2);
  CHECK(m.ex.done[0].id == "daily-check-in");  // oldest first
}

TEST_CASE("DocSections names every section and StampChanges stamps only what changed", "[store][merge]") {
  SavedDoc d = FullDoc();
  auto secs = DocSections(d);
  for (const char* k : {"settings", "bookmarks", "timeout", "chapter:conflict", "exercise:done", "exercise:map"})
    CHECK(secs.count(k) == 1);
  SaveState s;
  s.seen = secs;
  CHECK_FALSE(StampChanges(s, d, 500));
  d.timeout.settings.default_minutes = 60;
  CHECK(StampChanges(s, d, 700));
  CHECK(s.updated.at("timeout") == 700);
  CHECK(s.updated.count("settings") == 0);
}

// ---- two tabs through one storage ---------------------------------------------------------

TEST_CASE("two tabs: different edits are both kept, and a storage event brings them in", "[store][tabs]") {
  ResetHost();
  Tab one(1.8e12), two(1.8e12);
  one.s.settings.theme = ThemeChoice::Dark;  // tab one: the theme
  MarkDirty(one.s.save, one.s.in.now_ms);
  REQUIRE(platform::SaveIfDue(one.s, true));
  two.s.in.now_ms += 1000;
  ToggleBookmark(two.s.reader, "conflict", "ground-rules", two.s.in.now_ms);  // tab two: a bookmark
  MarkDirty(two.s.save, two.s.in.now_ms);
  REQUIRE(platform::SaveIfDue(two.s, true));
  CHECK(two.s.settings.theme == ThemeChoice::Dark);  // merged in before writing

  SavedDoc stored;
  REQUIRE(DocFromJson(platform::Host().storage[platform::kDocKey], stored).status == LoadStatus::Ok);
  CHECK(stored.settings.theme == ThemeChoice::Dark);
  CHECK(IsBookmarked(stored.reader, "conflict", "ground-rules"));

  // Tab one hears of it through the storage event, and has both without writing anything.
  one.s.in.storage_changed = true;
  one.s.reader.search_query = "trust";  // what a screen keeps is left alone
  CHECK_FALSE(platform::SaveIfDue(one.s, false));
  CHECK(IsBookmarked(one.s.reader, "conflict", "ground-rules"));
  CHECK(one.s.settings.theme == ThemeChoice::Dark);
  CHECK(one.s.reader.search_query == "trust");
  // A reload sees both.
  Tab three;
  CHECK(three.s.settings.theme == ThemeChoice::Dark);
  CHECK(IsBookmarked(three.s.reader, "conflict", "ground-rules"));
}

TEST_CASE("two tabs: the same setting changed in both, the later change wins everywhere", "[store][tabs]") {
  ResetHost();
  Tab one, two;
  one.s.settings.text_size_index = 5;
  MarkDirty(one.s.save, one.s.in.now_ms);
  two.s.in.now_ms += 5000;
  two.s.settings.text_size_index = 2;
  MarkDirty(two.s.save, two.s.in.now_ms);
  REQUIRE(platform::SaveIfDue(two.s, true));  // the later one happens to save first
  REQUIRE(platform::SaveIfDue(one.s, true));
  CHECK(one.s.settings.text_size_index == 2);
  Tab three;
  CHECK(three.s.settings.text_size_index == 2);
}

TEST_CASE("delete all in one tab clears every key of the namespace, and the other tab follows", "[store][tabs]") {
  ResetHost();
  platform::Host().storage["other:doc"] = "not ours";
  Tab one, two;
  one.s.settings.theme = ThemeChoice::Dark;
  MarkDirty(one.s.save, one.s.in.now_ms);
  REQUIRE(platform::SaveIfDue(one.s, true));
  platform::Host().storage["hearth:doc:damaged"] = "x";
  two.s.in.storage_changed = true;
  platform::SaveIfDue(two.s, false);
  CHECK(two.s.settings.theme == ThemeChoice::Dark);

  RequestWipe(one.s);
  platform::SaveIfDue(one.s, false);
  for (const auto& [k, v] : platform::Host().storage) CHECK(k.rfind("hearth:", 0) != 0);
  CHECK(platform::Host().storage.count("other:doc") == 1);
  CHECK(one.s.settings.theme == ThemeChoice::System);
  two.s.in.storage_changed = true;
  platform::SaveIfDue(two.s, false);
  CHECK(two.s.settings.theme == ThemeChoice::System);
  CHECK(two.s.save.notice.find("deleted") != std::string::npos);
}

// ---- namespaces ------------------------------------------------------------------------------

TEST_CASE("the namespace is checked and names every key", "[store]") {
  CHECK(ValidNamespace("couples-2") == "couples-2");
  CHECK(ValidNamespace("a") == "a");
  CHECK(ValidNamespace(std::string(32, 'z')) == std::string(32, 'z'));
  for (const char* bad : {"", "Hearth", "a b", "a:b", "caf\xC3\xA9", "../x", "x_y"}) CHECK(ValidNamespace(bad) == "hearth");
  CHECK(ValidNamespace(std::string(33, 'z')) == "hearth");
  ResetHost();
  platform::Host().query = "?ns=clinic-7";
  platform::Host().storage[platform::kDocKey] = DocToJson(FullDoc());  // another namespace's data
  Tab t;
  CHECK(t.s.reader.bookmarks.empty());
  MarkDirty(t.s.save, t.s.in.now_ms);
  REQUIRE(platform::SaveIfDue(t.s, true));
  CHECK(platform::Host().storage.count("clinic-7:doc") == 1);
  CHECK(platform::Host().storage.count("clinic-7:doc:last-good") == 1);
}

// ---- import checks and file names ----------------------------------------------------------

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
  s.in.now_ms = 1.8e12;
  TrackSaved(s.save, SnapshotDoc(s));  // as at start-up: nothing has changed yet
  s.settings.theme = ThemeChoice::Dark;
  ToggleBookmark(s.reader, "questions", "", s.in.now_ms);
  StampChanges(s.save, SnapshotDoc(s), s.in.now_ms);  // changed here, now: newer than the backup
  const std::string backup = DocToJson(FullDoc());
  ReceiveImportFile(s, {"b.json", backup, static_cast<double>(backup.size())});
  REQUIRE(s.data_view.has_import);
  ImportMerge(s);
  CHECK(s.settings.theme == ThemeChoice::Dark);                   // here is newer
  CHECK(s.reader.bookmarks.size() == 1);                          // here is newer
  CHECK(s.reader.chapters.count("conflict") == 1);                // only the backup had it
  CHECK(s.timeout.log.size() == 2);                               // never changed here
  CHECK(s.ex.done.size() == 2);
  CHECK(s.save.dirty);
  CHECK_FALSE(s.data_view.has_import);

  ReceiveImportFile(s, {"b.json", backup, static_cast<double>(backup.size())});
  ImportReplace(s);
  CHECK(s.settings.theme == ThemeChoice::Light);
  CHECK(s.reader.bookmarks.size() == 2);
  CHECK(s.save.skip_merge);

  ReceiveImportFile(s, {"x.json", "nope", 4});
  CHECK_FALSE(s.data_view.has_import);
  ImportReplace(s);  // nothing to apply
  CHECK(s.settings.theme == ThemeChoice::Light);
}

TEST_CASE("damaged data with a NUL in it is kept whole, and its download is exactly what storage held", "[store]") {
  ResetHost();
  std::string bad = "{\"app\":\"hearth\"," + std::string(744, 'x');
  bad.push_back('\0');
  bad += std::string(760, 'y');
  REQUIRE(bad.size() == 1521);
  platform::Host().storage[platform::kDocKey] = bad;
  Tab t;
  CHECK(t.s.save.has_damaged);
  CHECK(platform::Host().storage[platform::kDamagedKey] == bad);  // all 1,521 bytes, the NUL included
  FileOut f = DamagedFile(t.s);
  CHECK(f.stored_key == platform::kDamagedKey);
  platform::Download(f);
  REQUIRE_FALSE(platform::Host().downloads.empty());
  CHECK(platform::Host().downloads.back().data == bad);
  // The repair writes a good document; the damaged copy is not touched.
  REQUIRE(platform::SaveIfDue(t.s, true));
  CHECK(platform::Host().storage[platform::kDamagedKey] == bad);
}

TEST_CASE("no damaged data, no damaged download offered", "[store]") {
  ResetHost();
  Tab t;
  CHECK_FALSE(t.s.save.has_damaged);
  CHECK(platform::Host().storage.count(platform::kDamagedKey) == 0);
}
