// Storage and recovery in the save layer (platform/save): damaged stored data (each case recovers the
// last good copy), newer versions, blocked storage, a version 1 document in storage, two tabs through
// one storage, namespaces, and damaged data kept whole. The document's own rules are in
// test_persist.cpp, backups in test_backup.cpp.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "core/app/step.h"
#include "core/base/calendar.h"
#include "core/store/backup.h"
#include "core/store/doc_apply.h"
#include "core/store/persist.h"
#include "core/store/store.h"
#include "helpers.h"
#include "platform/native/test_hooks.h"
#include "platform/platform.h"

using namespace core;
using nlohmann::json;

namespace {

// A fresh app state loaded from the fake storage, as at start-up.
struct Tab {
  AppState s;
  explicit Tab(double now = 1.8e12) {
    s.frame.in.now_ms = now;
    platform::ReadEmbedOptions(s);  // the page's ?ns= as an embedding site sets it
    core::LoadSaved(s, platform::Storage());
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
    platform::Host().storage[core::kDocKey] = bad;
    platform::Host().storage[core::kLastGoodKey] = good;
    Tab t;
    CHECK_FALSE(t.s.save.notice.empty());
    CHECK(t.s.save.notice.find("last good copy") != std::string::npos);
    CHECK(t.s.save.damaged == bad);
    CHECK(platform::Host().storage[core::kDamagedKey] == bad);
    CHECK(t.s.doc.settings.theme == ThemeChoice::Light);  // the last good data is there
    CHECK(t.s.doc.reader.bookmarks.size() == 2);
    CHECK(t.s.doc.timeout.log.size() == 2);
    CHECK(t.s.doc.ex.done.size() == 2);
    CHECK_FALSE(t.s.save.read_only);
    // The next save repairs the document; the damaged copy stays aside.
    REQUIRE(StoreFrame(t.s, platform::Storage(), true));
    SavedDoc again;
    CHECK(DocFromJson(platform::Host().storage[core::kDocKey], again).status == LoadStatus::Ok);
    CHECK(platform::Host().storage[core::kDamagedKey] == bad);
  }
  CHECK(n >= 15);
}

TEST_CASE("damaged data without a good copy starts fresh, says so, and keeps the damage", "[store]") {
  for (const char* last_good : {"", "also damaged {"}) {
    ResetHost();
    platform::Host().storage[core::kDocKey] = "{\"app\":\"hearth\",";
    if (*last_good) platform::Host().storage[core::kLastGoodKey] = last_good;
    Tab t;
    CHECK(t.s.save.notice.find("started fresh") != std::string::npos);
    CHECK(t.s.save.damaged == "{\"app\":\"hearth\",");
    CHECK(platform::Host().storage[core::kDamagedKey] == "{\"app\":\"hearth\",");
    CHECK(t.s.doc.reader.bookmarks.empty());
  }
}

TEST_CASE("data from a newer version is never written over; the app runs from memory", "[store]") {
  ResetHost();
  const std::string newer = R"({"app":"hearth","version":99,"future":{"things":[1,2,3]}})";
  platform::Host().storage[core::kDocKey] = newer;
  Tab t;
  CHECK(t.s.save.read_only);
  CHECK(t.s.save.notice.find("newer version") != std::string::npos);
  t.s.doc.settings.theme = ThemeChoice::Dark;  // works in memory
  MarkDirty(t.s.save, t.s.frame.in.now_ms);
  CHECK_FALSE(StoreFrame(t.s, platform::Storage(), true));
  CHECK(platform::Host().storage[core::kDocKey] == newer);
  CHECK(platform::Host().storage.count(core::kDamagedKey) == 0);
}

TEST_CASE("another tab storing a newer version stops this one writing", "[store]") {
  ResetHost();
  Tab t;
  t.s.doc.settings.theme = ThemeChoice::Dark;
  MarkDirty(t.s.save, t.s.frame.in.now_ms);
  const std::string newer = R"({"app":"hearth","version":4})";
  platform::Host().storage[core::kDocKey] = newer;
  CHECK_FALSE(StoreFrame(t.s, platform::Storage(), true));
  CHECK(t.s.save.read_only);
  CHECK(platform::Host().storage[core::kDocKey] == newer);
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
  u.s.doc.settings.theme = ThemeChoice::Dark;
  MarkDirty(u.s.save, u.s.frame.in.now_ms);
  CHECK_FALSE(StoreFrame(u.s, platform::Storage(), true));
  CHECK(u.s.save.notice.find("full") != std::string::npos);
  CHECK(u.s.doc.settings.theme == ThemeChoice::Dark);
  u.s.save.notice.clear();
  MarkDirty(u.s.save, u.s.frame.in.now_ms);
  StoreFrame(u.s, platform::Storage(), true);
  CHECK(u.s.save.notice.empty());  // said once, not at every save
  platform::Host().storage_full = false;
  MarkDirty(u.s.save, u.s.frame.in.now_ms);
  CHECK(StoreFrame(u.s, platform::Storage(), true));
  CHECK_FALSE(u.s.save.storage_failed);
}

// ---- migrations -----------------------------------------------------------------------------

TEST_CASE("a version 1 document in storage loads into the app", "[store]") {
  ResetHost();
  platform::Host().storage[core::kDocKey] = ReadFixture("doc-v1.json");
  Tab t;
  CHECK(t.s.save.notice.empty());
  CHECK(t.s.doc.reader.bookmarks.size() == 2);
  CHECK(t.s.doc.timeout.log.size() == 2);
}

// ---- two tabs through one storage ---------------------------------------------------------

TEST_CASE("two tabs: different edits are both kept, and a storage event brings them in", "[store][tabs]") {
  ResetHost();
  Tab one(1.8e12), two(1.8e12);
  one.s.doc.settings.theme = ThemeChoice::Dark;  // tab one: the theme
  MarkDirty(one.s.save, one.s.frame.in.now_ms);
  REQUIRE(StoreFrame(one.s, platform::Storage(), true));
  two.s.frame.in.now_ms += 1000;
  ToggleBookmark(two.s.doc.reader, "conflict", "ground-rules", two.s.frame.in.now_ms);  // tab two: a bookmark
  MarkDirty(two.s.save, two.s.frame.in.now_ms);
  REQUIRE(StoreFrame(two.s, platform::Storage(), true));
  CHECK(two.s.doc.settings.theme == ThemeChoice::Dark);  // merged in before writing

  SavedDoc stored;
  REQUIRE(DocFromJson(platform::Host().storage[core::kDocKey], stored).status == LoadStatus::Ok);
  CHECK(stored.settings.theme == ThemeChoice::Dark);
  CHECK(IsBookmarked(stored.reader, "conflict", "ground-rules"));

  // Tab one hears of it through the storage event, and has both without writing anything.
  one.s.frame.in.storage_changed = true;
  one.s.doc.reader.search_query = "trust";  // what a screen keeps is left alone
  CHECK_FALSE(StoreFrame(one.s, platform::Storage(), false));
  CHECK(IsBookmarked(one.s.doc.reader, "conflict", "ground-rules"));
  CHECK(one.s.doc.settings.theme == ThemeChoice::Dark);
  CHECK(one.s.doc.reader.search_query == "trust");
  // A reload sees both.
  Tab three;
  CHECK(three.s.doc.settings.theme == ThemeChoice::Dark);
  CHECK(IsBookmarked(three.s.doc.reader, "conflict", "ground-rules"));
}

TEST_CASE("two tabs: the same setting changed in both, the later change wins everywhere", "[store][tabs]") {
  ResetHost();
  Tab one, two;
  one.s.doc.settings.text_size_index = 5;
  MarkDirty(one.s.save, one.s.frame.in.now_ms);
  two.s.frame.in.now_ms += 5000;
  two.s.doc.settings.text_size_index = 2;
  MarkDirty(two.s.save, two.s.frame.in.now_ms);
  REQUIRE(StoreFrame(two.s, platform::Storage(), true));  // the later one happens to save first
  REQUIRE(StoreFrame(one.s, platform::Storage(), true));
  CHECK(one.s.doc.settings.text_size_index == 2);
  Tab three;
  CHECK(three.s.doc.settings.text_size_index == 2);
}

TEST_CASE("delete all in one tab clears every key of the namespace, and the other tab follows", "[store][tabs]") {
  ResetHost();
  platform::Host().storage["other:doc"] = "not ours";
  Tab one, two;
  one.s.doc.settings.theme = ThemeChoice::Dark;
  MarkDirty(one.s.save, one.s.frame.in.now_ms);
  REQUIRE(StoreFrame(one.s, platform::Storage(), true));
  platform::Host().storage["hearth:doc:damaged"] = "x";
  two.s.frame.in.storage_changed = true;
  StoreFrame(two.s, platform::Storage(), false);
  CHECK(two.s.doc.settings.theme == ThemeChoice::Dark);

  RequestWipe(one.s);
  StoreFrame(one.s, platform::Storage(), false);
  for (const auto& [k, v] : platform::Host().storage) CHECK(k.rfind("hearth:", 0) != 0);
  CHECK(platform::Host().storage.count("other:doc") == 1);
  CHECK(one.s.doc.settings.theme == ThemeChoice::System);
  two.s.frame.in.storage_changed = true;
  StoreFrame(two.s, platform::Storage(), false);
  CHECK(two.s.doc.settings.theme == ThemeChoice::System);
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
  platform::Host().storage[core::kDocKey] = DocToJson(FullDoc());  // another namespace's data
  Tab t;
  CHECK(t.s.doc.reader.bookmarks.empty());
  MarkDirty(t.s.save, t.s.frame.in.now_ms);
  REQUIRE(StoreFrame(t.s, platform::Storage(), true));
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
  platform::Host().storage[core::kDocKey] = bad;
  Tab t;
  CHECK(t.s.save.has_damaged);
  CHECK(platform::Host().storage[core::kDamagedKey] == bad);  // all 1,521 bytes, the NUL included
  FileOut f = DamagedFile(t.s);
  CHECK(f.stored_key == core::kDamagedKey);
  platform::Download(f);
  REQUIRE_FALSE(platform::Host().downloads.empty());
  CHECK(platform::Host().downloads.back().data == bad);
  // The repair writes a good document; the damaged copy is not touched.
  REQUIRE(StoreFrame(t.s, platform::Storage(), true));
  CHECK(platform::Host().storage[core::kDamagedKey] == bad);
}

TEST_CASE("no damaged data, no damaged download offered", "[store]") {
  ResetHost();
  Tab t;
  CHECK_FALSE(t.s.save.has_damaged);
  CHECK(platform::Host().storage.count(core::kDamagedKey) == 0);
}

// ---- the policy over a storage port in memory (helpers.h's MemoryPort): no platform at all ----

namespace {

constexpr double kMemNow = 1.8e12;

}  // namespace

TEST_CASE("store over memory: a fresh start reads nothing, writes nothing until something changes", "[store][memory]") {
  MemoryPort port;
  MemoryTab tab(port, kMemNow);
  tab.Frame(port, kMemNow + 16);
  tab.Frame(port, kMemNow + 5000);
  CHECK(port.items.empty());
  tab.s.doc.settings.theme = ThemeChoice::Dark;
  MarkDirty(tab.s.save, kMemNow + 5000);
  tab.Frame(port, kMemNow + 5100);
  CHECK(port.items.empty());  // throttled ...
  CHECK(tab.s.frame.out.wake_at_ms == kMemNow + 5000 + kSaveDelayMs);  // ... with a frame asked for then
  tab.Frame(port, kMemNow + 5000 + kSaveDelayMs + 1);
  CHECK(tab.s.frame.out.wake_at_ms == 0);  // saved: nothing to wake for
  REQUIRE(port.items.count(kDocKey) == 1);
  CHECK(port.items[kLastGoodKey] == port.items[kDocKey]);
  SavedDoc back;
  REQUIRE(DocFromJson(port.items[kDocKey], back).status == LoadStatus::Ok);
  CHECK(back.settings.theme == ThemeChoice::Dark);
}

TEST_CASE("store over memory: a hidden page saves a change at once, with no throttle", "[store][memory]") {
  // A hidden tab draws a frame at the time-out's end, and may get no other before it is put away.
  MemoryPort port;
  MemoryTab tab(port, kMemNow);
  tab.s.doc.settings.theme = ThemeChoice::Dark;
  MarkDirty(tab.s.save, kMemNow + 100);
  tab.Frame(port, kMemNow + 200);
  CHECK(port.items.empty());  // shown: throttled
  tab.s.frame.in.page_hidden = true;
  tab.Frame(port, kMemNow + 300);
  REQUIRE(port.items.count(kDocKey) == 1);
  SavedDoc back;
  REQUIRE(DocFromJson(port.items[kDocKey], back).status == LoadStatus::Ok);
  CHECK(back.settings.theme == ThemeChoice::Dark);
}

TEST_CASE("store over memory: damaged data is kept byte for byte and the last good copy is used", "[store][memory]") {
  MemoryPort port;
  std::string damaged = std::string("{\"version\":2,\0\xff\xfe broken", 24) + std::string(1500, 'x');
  port.items[kDocKey] = damaged;
  port.items[kLastGoodKey] = DocWithTheme(ThemeChoice::Light, kMemNow);
  MemoryTab tab(port, kMemNow);
  CHECK(tab.s.doc.settings.theme == ThemeChoice::Light);
  CHECK(tab.s.save.has_damaged);
  CHECK(port.items[kDamagedKey] == damaged);  // NUL and bad bytes included: nothing cut short
  CHECK(tab.s.save.notice.find("last good copy") != std::string::npos);
  tab.Frame(port, kMemNow + kSaveDelayMs + 1);  // the recovered document is written over the damaged one
  SavedDoc back;
  CHECK(DocFromJson(port.items[kDocKey], back).status == LoadStatus::Ok);
  CHECK(port.items[kDamagedKey] == damaged);
}

TEST_CASE("store over memory: newer data is never written over", "[store][memory]") {
  MemoryPort port;
  std::string newer = R"({"app":"hearth","version":99,"settings":{}})";
  port.items[kDocKey] = newer;
  MemoryTab tab(port, kMemNow);
  CHECK(tab.s.save.read_only);
  MarkDirty(tab.s.save, kMemNow);
  tab.Frame(port, kMemNow + 10000, true);
  CHECK(port.items[kDocKey] == newer);
  CHECK(port.writes == 0);
}

TEST_CASE("store over memory: blocked and full storage keep the app working from memory and say so once", "[store][memory]") {
  MemoryPort port;
  MemoryTab tab(port, kMemNow);
  port.full = true;
  tab.s.doc.settings.theme = ThemeChoice::Dark;
  MarkDirty(tab.s.save, kMemNow);
  tab.Frame(port, kMemNow + 10000, true);
  CHECK(tab.s.save.storage_failed);
  CHECK(tab.s.save.notice.find("full") != std::string::npos);
  CHECK(tab.s.doc.settings.theme == ThemeChoice::Dark);
  port.full = false;  // space was made: the next change saves and the failure clears
  MarkDirty(tab.s.save, kMemNow + 20000);
  tab.Frame(port, kMemNow + 30000, true);
  CHECK_FALSE(tab.s.save.storage_failed);
  CHECK(port.items.count(kDocKey) == 1);

  MemoryPort off;
  off.blocked = true;
  MemoryTab blocked(off, kMemNow);
  CHECK(blocked.s.save.storage_failed);
  CHECK(blocked.s.save.notice.find("turned off") != std::string::npos);
}

TEST_CASE("store over memory: delete all in another tab clears this one; here, it clears every key of the namespace", "[store][memory]") {
  MemoryPort port;
  port.items["other:doc"] = "not ours";
  MemoryTab one(port, kMemNow), two(port, kMemNow);
  one.s.doc.settings.theme = ThemeChoice::Dark;
  MarkDirty(one.s.save, kMemNow);
  one.Frame(port, kMemNow + 1000, true);
  two.s.frame.in.storage_changed = true;
  two.Frame(port, kMemNow + 1100);
  CHECK(two.s.doc.settings.theme == ThemeChoice::Dark);

  one.s.save.wipe_requested = true;  // as RequestWipe leaves it after the confirmation
  one.s.frame.in.now_ms = kMemNow + 2000;
  Step(one.s, port);
  Store(one.s, port, false);
  CHECK(one.s.frame.out.animate);  // wiped after drawing: the next frame shows the fresh state
  CHECK(one.s.doc.settings.theme == ThemeChoice::System);
  CHECK(port.items.size() == 1);
  CHECK(port.items.count("other:doc") == 1);
  two.s.frame.in.storage_changed = true;
  two.Frame(port, kMemNow + 2100);
  CHECK(two.s.doc.settings.theme == ThemeChoice::System);
  CHECK(two.s.save.notice.find("deleted in another window") != std::string::npos);
}

TEST_CASE("store over memory: locked in another window, this one stops writing and says why", "[store][memory][lock]") {
  MemoryPort port;
  MemoryTab tab(port, kMemNow);
  tab.s.doc.settings.theme = ThemeChoice::Dark;
  MarkDirty(tab.s.save, kMemNow);
  tab.Frame(port, kMemNow + 1000, true);
  port.locked = true;
  tab.s.frame.in.storage_changed = true;
  tab.Frame(port, kMemNow + 2000);
  CHECK(tab.s.save.locked);
  CHECK(tab.s.save.notice.find("another window") != std::string::npos);
  int writes = port.writes;
  MarkDirty(tab.s.save, kMemNow + 3000);
  tab.Frame(port, kMemNow + 9000, true);
  CHECK(port.writes == writes);
}

