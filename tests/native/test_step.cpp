// core::Step and core::Store over an in-memory storage port: no platform, no ImGui. What arrives
// between frames is in the state before the frame draws; the storage policy's whole matrix (fresh,
// damaged, newer, locked, blocked, full, another tab, delete all) runs against memory.
#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "core/persist.h"
#include "core/step.h"
#include "core/store.h"

using namespace core;

namespace {

// Storage as a map, with the failures a browser can give. `locked`: the stored data is encrypted
// and its passphrase not given (reads and writes answer Locked, as the browser's lock does).
struct MemoryPort final : StoragePort {
  std::map<std::string, std::string> items;
  bool blocked = false, full = false, locked = false;
  int writes = 0;
  StoreResult Read(const std::string& key, std::string& out) override {
    if (blocked) return StoreResult::Blocked;
    auto it = items.find(key);
    if (it == items.end()) return StoreResult::Missing;
    if (locked) return StoreResult::Locked;
    out = it->second;
    return StoreResult::Ok;
  }
  StoreResult Write(const std::string& key, const std::string& value) override {
    if (blocked) return StoreResult::Blocked;
    if (full) return StoreResult::Full;
    if (locked) return StoreResult::Locked;
    items[key] = value;
    ++writes;
    return StoreResult::Ok;
  }
  StoreResult RemoveAll(const std::string& prefix) override {
    if (blocked) return StoreResult::Blocked;
    for (auto it = items.begin(); it != items.end();) it = it->first.rfind(prefix, 0) == 0 ? items.erase(it) : std::next(it);
    return StoreResult::Ok;
  }
  StoreResult Copy(const std::string& from, const std::string& to) override {
    if (blocked) return StoreResult::Blocked;
    auto it = items.find(from);
    if (it == items.end()) return StoreResult::Missing;
    items[to] = it->second;
    return StoreResult::Ok;
  }
};

constexpr double kNow = 1.8e12;

// A tab at start-up: its state loaded from the port.
struct Tab {
  AppState s;
  explicit Tab(MemoryPort& port, double now = kNow) {
    s.in.now_ms = now;
    LoadSaved(s, port);
  }
  // One frame without drawing: input is already in s.in.
  void Frame(MemoryPort& port, double now, bool urgent = false) {
    s.in.now_ms = now;
    Step(s, port);
    Store(s, port, urgent);
    s.in = FrameInput{};
  }
};

std::string DocWithTheme(ThemeChoice theme) {
  SavedDoc d;
  d.settings.theme = theme;
  d.updated["settings"] = kNow;
  return DocToJson(d);
}

}  // namespace

TEST_CASE("step: a fresh start reads nothing, writes nothing until something changes", "[step][store]") {
  MemoryPort port;
  Tab tab(port);
  tab.Frame(port, kNow + 16);
  tab.Frame(port, kNow + 5000);
  CHECK(port.items.empty());
  tab.s.settings.theme = ThemeChoice::Dark;
  MarkDirty(tab.s.save, kNow + 5000);
  tab.Frame(port, kNow + 5100);
  CHECK(port.items.empty());  // throttled
  tab.Frame(port, kNow + 5000 + kSaveDelayMs + 1);
  REQUIRE(port.items.count(kDocKey) == 1);
  CHECK(port.items[kLastGoodKey] == port.items[kDocKey]);
  SavedDoc back;
  REQUIRE(DocFromJson(port.items[kDocKey], back).status == LoadStatus::Ok);
  CHECK(back.settings.theme == ThemeChoice::Dark);
}

TEST_CASE("step: damaged data is kept byte for byte and the last good copy is used", "[step][store]") {
  MemoryPort port;
  std::string damaged = std::string("{\"version\":2,\0\xff\xfe broken", 24) + std::string(1500, 'x');
  port.items[kDocKey] = damaged;
  port.items[kLastGoodKey] = DocWithTheme(ThemeChoice::Light);
  Tab tab(port);
  CHECK(tab.s.settings.theme == ThemeChoice::Light);
  CHECK(tab.s.save.has_damaged);
  CHECK(port.items[kDamagedKey] == damaged);  // NUL and bad bytes included: nothing cut short
  CHECK(tab.s.save.notice.find("last good copy") != std::string::npos);
  tab.Frame(port, kNow + kSaveDelayMs + 1);  // the recovered document is written over the damaged one
  SavedDoc back;
  CHECK(DocFromJson(port.items[kDocKey], back).status == LoadStatus::Ok);
  CHECK(port.items[kDamagedKey] == damaged);
}

TEST_CASE("step: newer data is never written over", "[step][store]") {
  MemoryPort port;
  std::string newer = R"({"app":"hearth","version":99,"settings":{}})";
  port.items[kDocKey] = newer;
  Tab tab(port);
  CHECK(tab.s.save.read_only);
  MarkDirty(tab.s.save, kNow);
  tab.Frame(port, kNow + 10000, true);
  CHECK(port.items[kDocKey] == newer);
  CHECK(port.writes == 0);
}

TEST_CASE("step: blocked and full storage keep the app working from memory and say so once", "[step][store]") {
  MemoryPort port;
  Tab tab(port);
  port.full = true;
  tab.s.settings.theme = ThemeChoice::Dark;
  MarkDirty(tab.s.save, kNow);
  tab.Frame(port, kNow + 10000, true);
  CHECK(tab.s.save.storage_failed);
  CHECK(tab.s.save.notice.find("full") != std::string::npos);
  CHECK(tab.s.settings.theme == ThemeChoice::Dark);
  port.full = false;  // space was made: the next change saves and the failure clears
  MarkDirty(tab.s.save, kNow + 20000);
  tab.Frame(port, kNow + 30000, true);
  CHECK_FALSE(tab.s.save.storage_failed);
  CHECK(port.items.count(kDocKey) == 1);

  MemoryPort off;
  off.blocked = true;
  Tab blocked(off);
  CHECK(blocked.s.save.storage_failed);
  CHECK(blocked.s.save.notice.find("turned off") != std::string::npos);
}

TEST_CASE("step: another tab's change is in the state before the frame draws", "[step][store]") {
  MemoryPort port;
  Tab one(port), two(port);
  port.items[kDocKey] = DocWithTheme(ThemeChoice::Dark);  // what the other tab wrote
  two.s.in.storage_changed = true;
  two.s.in.now_ms = kNow + 100;
  Step(two.s, port);  // no drawing, no save yet: the merge is already there for the draw
  CHECK(two.s.settings.theme == ThemeChoice::Dark);
  CHECK_FALSE(two.s.out.animate);  // the frame about to be drawn shows it: no extra frame needed
}

TEST_CASE("step: delete all in another tab clears this one; here, it clears every key of the namespace", "[step][store]") {
  MemoryPort port;
  port.items["other:doc"] = "not ours";
  Tab one(port), two(port);
  one.s.settings.theme = ThemeChoice::Dark;
  MarkDirty(one.s.save, kNow);
  one.Frame(port, kNow + 1000, true);
  two.s.in.storage_changed = true;
  two.Frame(port, kNow + 1100);
  CHECK(two.s.settings.theme == ThemeChoice::Dark);

  one.s.save.wipe_requested = true;  // as RequestWipe leaves it after the confirmation
  one.s.in.now_ms = kNow + 2000;
  Step(one.s, port);
  Store(one.s, port, false);
  CHECK(one.s.out.animate);  // wiped after drawing: the next frame shows the fresh state
  CHECK(one.s.settings.theme == ThemeChoice::System);
  CHECK(port.items.size() == 1);
  CHECK(port.items.count("other:doc") == 1);
  two.s.in.storage_changed = true;
  two.Frame(port, kNow + 2100);
  CHECK(two.s.settings.theme == ThemeChoice::System);
  CHECK(two.s.save.notice.find("deleted in another window") != std::string::npos);
}

TEST_CASE("step: unlocking loads what is stored before the frame draws, keeping a break started while locked", "[step][store][lock]") {
  MemoryPort port;
  port.items[kDocKey] = DocWithTheme(ThemeChoice::Dark);
  port.locked = true;
  Tab tab(port);
  CHECK(tab.s.save.locked);
  CHECK(tab.s.settings.theme == ThemeChoice::System);
  // A break started on the lock screen (the time-out never waits for a passphrase).
  Start(tab.s.timeout, kNow + 100, 20);
  MarkDirty(tab.s.save, kNow + 100);
  tab.Frame(port, kNow + 5000, true);
  CHECK(port.writes == 0);  // a locked window never writes

  port.locked = false;  // the browser opened the lock with the passphrase
  tab.s.in.lock_event = LockEvent::Unlocked;
  tab.s.in.now_ms = kNow + 6000;
  Step(tab.s, port);
  CHECK_FALSE(tab.s.save.locked);
  CHECK(tab.s.settings.theme == ThemeChoice::Dark);  // loaded before drawing
  CHECK(tab.s.timeout.run.status == TimeoutStatus::Running);  // and the break kept
  CHECK(tab.s.save.dirty);
}

TEST_CASE("step: locked in another window, this one stops writing and says why", "[step][store][lock]") {
  MemoryPort port;
  Tab tab(port);
  tab.s.settings.theme = ThemeChoice::Dark;
  MarkDirty(tab.s.save, kNow);
  tab.Frame(port, kNow + 1000, true);
  port.locked = true;
  tab.s.in.storage_changed = true;
  tab.Frame(port, kNow + 2000);
  CHECK(tab.s.save.locked);
  CHECK(tab.s.save.notice.find("another window") != std::string::npos);
  int writes = port.writes;
  MarkDirty(tab.s.save, kNow + 3000);
  tab.Frame(port, kNow + 9000, true);
  CHECK(port.writes == writes);
}

TEST_CASE("step: the time-out ends at its deadline before the frame draws, on any screen", "[step][timeout]") {
  MemoryPort port;
  Tab tab(port);
  tab.s.timeout.settings.sound = true;
  Start(tab.s.timeout, kNow, 20);
  double deadline = tab.s.timeout.run.deadline_ms;
  tab.s.in.now_ms = kNow + 1000;
  Step(tab.s, port);
  CHECK(tab.s.out.alerts.alarm_ms == deadline);  // the alarm is set for a hidden tab
  CHECK(tab.s.out.wake_at_ms == deadline);       // and a frame for a visible one
  CHECK_FALSE(tab.s.out.alerts.chime);

  tab.s.in.now_ms = deadline + 10;
  Step(tab.s, port);
  CHECK(tab.s.timeout.run.status == TimeoutStatus::Ended);
  CHECK(tab.s.nav.route.screen == Screen::Timeout);
  CHECK(tab.s.nav.route_changed);  // the screen this frame draws starts at its top
  CHECK(tab.s.out.alerts.chime);
  CHECK(tab.s.out.alerts.vibrate_ms > 0);
  CHECK(tab.s.out.alerts.notify_title == "Time to come back");
  CHECK(tab.s.out.alerts.announce.find("over") != std::string::npos);
  CHECK(tab.s.out.alerts.alarm_ms == 0);  // cancelled
  CHECK(tab.s.save.dirty);

  // A break whose deadline passed long before a reload ends quietly: no chime, no notification.
  MemoryPort later;
  Tab reload(later);
  Start(reload.s.timeout, kNow, 20);
  reload.s.timeout.settings.sound = true;
  reload.s.in.now_ms = reload.s.timeout.run.deadline_ms + 10 * 60 * 1000;
  Step(reload.s, later);
  CHECK(reload.s.timeout.run.status == TimeoutStatus::Ended);
  CHECK_FALSE(reload.s.out.alerts.chime);
  CHECK(reload.s.out.alerts.notify_title.empty());
  CHECK_FALSE(reload.s.out.alerts.announce.empty());
}

TEST_CASE("step: each frame's output starts empty", "[step]") {
  MemoryPort port;
  Tab tab(port);
  tab.s.out.alerts.chime = true;
  tab.s.out.outbox.copy_text = "from the last frame";
  Step(tab.s, port);
  CHECK_FALSE(tab.s.out.alerts.chime);
  CHECK(tab.s.out.outbox.copy_text.empty());
}
