// Storage and recovery in the save layer (platform/save): damaged stored data (each case recovers the
// last good copy), newer versions, blocked storage, a version 1 document in storage, two tabs through
// one storage, namespaces, and damaged data kept whole. The document's own rules are in
// test_persist.cpp, backups in test_backup.cpp.
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

TEST_CASE("a version 1 document in storage loads into the app", "[store]") {
  ResetHost();
  platform::Host().storage[platform::kDocKey] = ReadFixture("doc-v1.json");
  Tab t;
  CHECK(t.s.save.notice.empty());
  CHECK(t.s.reader.bookmarks.size() == 2);
  CHECK(t.s.timeout.log.size() == 2);
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

// ---- damaged data, kept whole -----------------------------------------------------------------

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
