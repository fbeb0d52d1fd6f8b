// The passphrase lock: the rules for a passphrase, the Settings steps, the lock screen on the next
// start (wrong passphrase, unlock, start over), the time-out without unlocking, and that a locked
// window never writes. The encryption itself is the browser's (tested in tests/browser/lock.test.mjs);
// the native stand-in refuses reads and writes while a lock is set and not opened.
#include <algorithm>

#include <catch2/catch.hpp>

#include "support.h"

using namespace core;

namespace {
void Type(TestApp& app, const std::string& field, const std::string& text) {
  const MirrorItem* m = app.Find(Role::TextBox, field);
  REQUIRE(m);
  app.host().next.text_edits.push_back({m->id, text, 0, 0});
  app.Frames(1);
}

// Closes and opens Hearth again on the same device: storage and the lock stay, memory starts fresh.
void Reopen(TestApp& app) {
  app.host().lock_open = false;
  app.state = AppState{};
  platform::ReadEmbedOptions(app.state);
  platform::LoadSaved(app.state);
  app.Frames(2);
}

void SetLock(TestApp& app, const std::string& pass) {
  Go(app.state.nav, {Screen::Settings, "", ""});
  app.Frames(2);
  Type(app, "New passphrase", pass);
  Type(app, "Repeat the passphrase", pass);
  REQUIRE(app.Activate(Role::Button, "Lock with this passphrase"));
  app.Frames(3);
}

// Sets a lock, lets the document be stored (locked), and opens Hearth again. Returns what is stored.
std::string LockAndReopen(TestApp& app, const std::string& pass) {
  SetLock(app, pass);
  app.host().now_ms += 5000;
  app.Frames(2);
  std::string stored = app.host().storage[platform::kDocKey];
  Reopen(app);
  return stored;
}

}  // namespace

TEST_CASE("a new passphrase: long enough, not only spaces, typed the same twice", "[lock]") {
  CHECK(PassphraseProblem("", "") == "Type a passphrase first.");
  CHECK_FALSE(PassphraseProblem("short", "short").empty());
  CHECK_FALSE(PassphraseProblem("        ", "        ").empty());
  CHECK_FALSE(PassphraseProblem("long enough words", "long enough wordz").empty());
  CHECK(PassphraseProblem("long enough words", "long enough words").empty());
  CHECK(CountCodePoints("ÅÅÅÅ") == 4);
  CHECK_FALSE(PassphraseProblem("ÅÅÅÅ", "ÅÅÅÅ").empty());  // 4 characters, 8 bytes: too short
  CHECK(PassphraseProblem("ÅÅÅÅÅÅÅÅ", "ÅÅÅÅÅÅÅÅ").empty());
  CHECK_FALSE(PassphraseProblem(std::string(201, 'a'), std::string(201, 'a')).empty());
  LockView v;
  v.passphrase = "secret words";
  v.busy = true;
  CHECK(ApplyLockEvent(v, LockEvent::Unlocked));
  CHECK(v.passphrase.empty());
  CHECK_FALSE(v.busy);
  CHECK_FALSE(ApplyLockEvent(v, LockEvent::Wrong));
  CHECK(v.message == kWrongPassphrase);
}

TEST_CASE("Settings warns first, refuses a short passphrase, then locks; the next start asks for it", "[lock][ui]") {
  TestApp app(390, 844, 2.0f);
  app.state.settings.theme = ThemeChoice::Dark;
  MarkDirty(app.state.save, app.host().now_ms);
  Go(app.state.nav, {Screen::Settings, "", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Text, kLockWarning));  // said before anything is set
  Type(app, "New passphrase", "short");
  Type(app, "Repeat the passphrase", "short");
  REQUIRE(app.Activate(Role::Button, "Lock with this passphrase"));
  app.Frames(2);
  CHECK(app.host().lock_pass.empty());
  CHECK(app.Find(Role::Text, PassphraseProblem("short", "short")));

  SetLock(app, "river stones at dusk");
  CHECK(app.host().lock_pass == "river stones at dusk");
  CHECK(app.Find(Role::Button, "Remove the passphrase"));
  app.host().now_ms += 5000;
  app.Frames(2);  // saved (stored locked)
  REQUIRE(app.host().storage.count(platform::kDocKey));

  Reopen(app);
  CHECK(app.state.save.locked);
  CHECK(app.Find(Role::Heading, "Hearth is locked"));
  CHECK(app.state.settings.theme == ThemeChoice::System);  // nothing read yet
  Go(app.state.nav, {Screen::Progress, "", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Hearth is locked"));  // every screen but the time-out

  Type(app, "Passphrase", "river stones at noon");
  REQUIRE(app.Activate(Role::Button, "Unlock"));
  app.Frames(3);
  CHECK(app.Find(Role::Text, kWrongPassphrase));
  CHECK(app.state.save.locked);

  Type(app, "Passphrase", "river stones at dusk");
  REQUIRE(app.Activate(Role::Button, "Unlock"));
  app.Frames(3);
  CHECK_FALSE(app.state.save.locked);
  CHECK(app.state.settings.theme == ThemeChoice::Dark);
  CHECK(app.Find(Role::Heading, "Progress"));
}

TEST_CASE("locked: a time-out starts without unlocking and survives the unlock; nothing is written", "[lock][ui]") {
  TestApp app(1280, 800, 1.0f);
  std::string stored = LockAndReopen(app, "a long enough phrase");
  REQUIRE(app.Activate(Role::Button, "Take a time-out"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "I understand"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Let's pause — start a time-out of 20 minutes"));
  app.Frames(2);
  REQUIRE(app.state.timeout.run.status == TimeoutStatus::Running);
  app.host().now_ms += 10000;
  app.Frames(2);
  CHECK_FALSE(platform::SaveIfDue(app.state, true));  // a locked window never writes
  CHECK(app.host().storage[platform::kDocKey] == stored);

  Go(app.state.nav, {Screen::Home, "", ""});
  app.Frames(2);
  Type(app, "Passphrase", "a long enough phrase");
  REQUIRE(app.Activate(Role::Button, "Unlock"));
  app.Frames(3);
  CHECK_FALSE(app.state.save.locked);
  CHECK(app.state.timeout.run.status == TimeoutStatus::Running);  // kept, and saved from now on
  app.host().now_ms += 1000;
  app.Frames(1);
  SavedDoc doc;
  REQUIRE(DocFromJson(app.host().storage[platform::kDocKey], doc).status == LoadStatus::Ok);
  CHECK(doc.timeout.run.status == TimeoutStatus::Running);
}

TEST_CASE("forgot the passphrase: start over deletes everything and opens Hearth empty", "[lock][ui]") {
  TestApp app(390, 844, 2.0f);
  LockAndReopen(app, "a long enough phrase");
  REQUIRE(app.Activate(Role::Link, "Forgot the passphrase?"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Delete everything and start over"));
  app.Frames(3);
  CHECK_FALSE(app.state.save.locked);
  CHECK(app.host().lock_pass.empty());
  CHECK(app.host().storage.empty());
  CHECK_FALSE(app.Find(Role::Heading, "Hearth is locked"));
  CHECK(app.Find(Role::Text, "All your Hearth data is deleted from this browser."));
}

TEST_CASE("Lock now saves at once and asks the browser to start again; remove asks first", "[lock][ui]") {
  TestApp app(1280, 800, 1.0f);
  SetLock(app, "a long enough phrase");
  app.state.settings.theme = ThemeChoice::Light;
  MarkDirty(app.state.save, app.host().now_ms);
  REQUIRE(app.Activate(Role::Button, "Lock now (Hearth closes until the passphrase is typed)"));
  app.Frames(1);
  CHECK(app.host().lock_nows == 1);
  CHECK_FALSE(app.state.save.dirty);  // saved in the same moment, before the reload
  REQUIRE(app.Activate(Role::Button, "Remove the passphrase"));
  app.Frames(2);
  CHECK_FALSE(app.host().lock_pass.empty());  // not yet: it asks first
  REQUIRE(app.Activate(Role::Button, "Yes, remove the passphrase"));
  app.Frames(3);
  CHECK(app.host().lock_pass.empty());
  CHECK(app.Find(Role::Button, "Lock with this passphrase"));
}

TEST_CASE("a wrong passphrase is read out to screen readers once", "[lock][ui]") {
  TestApp app(390, 844, 2.0f);
  LockAndReopen(app, "a long enough phrase");
  app.host().announcements.clear();
  Type(app, "Passphrase", "not the phrase");
  REQUIRE(app.Activate(Role::Button, "Unlock"));
  app.Frames(4);
  CHECK(std::count(app.host().announcements.begin(), app.host().announcements.end(), std::string(kWrongPassphrase)) == 1);
}
