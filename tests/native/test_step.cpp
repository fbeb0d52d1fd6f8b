// core::Step over an in-memory storage port (helpers.h): no platform, no ImGui. What arrives between
// frames (another tab's change, a lock step, the time-out's deadline) is in the state before the
// frame draws.
#include <catch2/catch.hpp>
#include <string>

#include "core/app/step.h"
#include "core/store/persist.h"
#include "core/store/store.h"
#include "helpers.h"

using namespace core;

namespace {

constexpr double kNow = 1.8e12;

}  // namespace

TEST_CASE("step: another tab's change is in the state before the frame draws", "[step][store]") {
  MemoryPort port;
  MemoryTab one(port, kNow), two(port, kNow);
  port.items[kDocKey] = DocWithTheme(ThemeChoice::Dark, kNow);  // what the other tab wrote
  two.s.frame.in.storage_changed = true;
  two.s.frame.in.now_ms = kNow + 100;
  Step(two.s, port);  // no drawing, no save yet: the merge is already there for the draw
  CHECK(two.s.doc.settings.theme == ThemeChoice::Dark);
  CHECK_FALSE(two.s.frame.out.animate);  // the frame about to be drawn shows it: no extra frame needed
}

TEST_CASE("step: unlocking loads what is stored before the frame draws, keeping a break started while locked", "[step][store][lock]") {
  MemoryPort port;
  port.items[kDocKey] = DocWithTheme(ThemeChoice::Dark, kNow);
  port.locked = true;
  MemoryTab tab(port, kNow);
  CHECK(tab.s.save.locked);
  CHECK(tab.s.doc.settings.theme == ThemeChoice::System);
  // A break started on the lock screen (the time-out never waits for a passphrase).
  Start(tab.s.doc.timeout, kNow + 100, 20);
  MarkDirty(tab.s.save, kNow + 100);
  tab.Frame(port, kNow + 5000, true);
  CHECK(port.writes == 0);  // a locked window never writes

  port.locked = false;  // the browser opened the lock with the passphrase
  tab.s.frame.in.lock_event = LockEvent::Unlocked;
  tab.s.frame.in.now_ms = kNow + 6000;
  Step(tab.s, port);
  CHECK_FALSE(tab.s.save.locked);
  CHECK(tab.s.doc.settings.theme == ThemeChoice::Dark);  // loaded before drawing
  CHECK(tab.s.doc.timeout.run.status == TimeoutStatus::Running);  // and the break kept
  CHECK(tab.s.save.dirty);
}

TEST_CASE("step: the time-out ends at its deadline before the frame draws, on any screen", "[step][timeout]") {
  MemoryPort port;
  MemoryTab tab(port, kNow);
  tab.s.doc.timeout.settings.sound = true;
  Start(tab.s.doc.timeout, kNow, 20);
  double deadline = tab.s.doc.timeout.run.deadline_ms;
  tab.s.frame.in.now_ms = kNow + 1000;
  Step(tab.s, port);
  CHECK(tab.s.frame.out.wake_hidden_ms == deadline);  // a frame on time at the deadline, in a hidden tab too
  CHECK(tab.s.frame.out.wake_at_ms == deadline);      // and in a shown one
  CHECK_FALSE(tab.s.frame.out.alerts.chime);

  tab.s.frame.in.now_ms = deadline + 10;
  Step(tab.s, port);
  CHECK(tab.s.doc.timeout.run.status == TimeoutStatus::Ended);
  CHECK(tab.s.nav.route.screen == Screen::Timeout);
  CHECK(tab.s.nav.route_changed);  // the screen this frame draws starts at its top
  CHECK(tab.s.frame.out.alerts.chime);
  CHECK(tab.s.frame.out.alerts.vibrate_ms > 0);
  CHECK(tab.s.frame.out.alerts.notify_title == "Time to come back");
  CHECK(tab.s.frame.out.alerts.announce.find("over") != std::string::npos);
  CHECK(tab.s.frame.out.wake_hidden_ms == 0);  // nothing to wake a hidden tab for
  CHECK(tab.s.save.dirty);

  // A break whose deadline passed long before a reload ends quietly: no chime, no notification.
  MemoryPort later;
  MemoryTab reload(later, kNow);
  Start(reload.s.doc.timeout, kNow, 20);
  reload.s.doc.timeout.settings.sound = true;
  reload.s.frame.in.now_ms = reload.s.doc.timeout.run.deadline_ms + 10 * 60 * 1000;
  Step(reload.s, later);
  CHECK(reload.s.doc.timeout.run.status == TimeoutStatus::Ended);
  CHECK_FALSE(reload.s.frame.out.alerts.chime);
  CHECK(reload.s.frame.out.alerts.notify_title.empty());
  CHECK_FALSE(reload.s.frame.out.alerts.announce.empty());
}

TEST_CASE("step: each frame's output starts empty", "[step]") {
  MemoryPort port;
  MemoryTab tab(port, kNow);
  tab.s.frame.out.alerts.chime = true;
  tab.s.frame.out.outbox.copy_text = "from the last frame";
  Step(tab.s, port);
  CHECK_FALSE(tab.s.frame.out.alerts.chime);
  CHECK(tab.s.frame.out.outbox.copy_text.empty());
}
