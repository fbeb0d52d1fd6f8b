// The passphrase lock on screen (ui/lock and its Settings steps): the lock screen on the next start
// (wrong passphrase, unlock, start over), the time-out without unlocking, and that a locked window never
// writes. The encryption itself is the browser's (tested in tests/browser/lock.test.mjs); the native
// stand-in refuses reads and writes while a lock is set and not opened.
#include <algorithm>

#include <catch2/catch.hpp>

#include "support.h"

using namespace core;

namespace {
// Sets a lock, lets the document be stored (locked), and opens Hearth again. Returns what is stored.
std::string LockAndReopen(TestApp& app, const std::string& pass) {
  SetLock(app, pass);
  app.host().now_ms += 5000;
  app.Frames(2);
  std::string stored = app.host().storage[core::kDocKey];
  Reopen(app);
  return stored;
}

bool Describes(TestApp& app, const MirrorItem& field, const std::string& text) {
  for (uint32_t d : field.described_by)
    for (const auto& m : app.host().last_mirror)
      if (m.id == d && m.role == Role::Text && m.name == text) return true;
  return false;
}
void Enter(TestApp& app, const std::string& field) {
  const MirrorItem* m = app.Find(Role::TextBox, field);
  REQUIRE(m);
  app.host().next.entered.push_back(m->id);
}
}  // namespace

TEST_CASE("Settings warns first, refuses a short passphrase, then locks; the next start asks for it", "[lock][ui]") {
  TestApp app(390, 844, 2.0f);
  app.state.doc.settings.theme = ThemeChoice::Dark;
  MarkDirty(app.state.save, app.host().now_ms);
  Go(app.state.nav, {Screen::Settings, "", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Text, kLockWarning));  // said before anything is set
  REQUIRE(app.Activate(Role::Button, "Set a passphrase"));
  app.Frames(2);
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
  REQUIRE(app.host().storage.count(core::kDocKey));

  Reopen(app);
  CHECK(app.state.save.locked);
  CHECK(app.Find(Role::Heading, "Hearth is locked"));
  CHECK(app.state.doc.settings.theme == ThemeChoice::System);  // nothing read yet
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
  CHECK(app.state.doc.settings.theme == ThemeChoice::Dark);
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
  REQUIRE(app.state.doc.timeout.run.status == TimeoutStatus::Running);
  app.host().now_ms += 10000;
  app.Frames(2);
  CHECK_FALSE(StoreFrame(app.state, platform::Storage(), true));  // a locked window never writes
  CHECK(app.host().storage[core::kDocKey] == stored);

  Go(app.state.nav, {Screen::Home, "", ""});
  app.Frames(2);
  Type(app, "Passphrase", "a long enough phrase");
  REQUIRE(app.Activate(Role::Button, "Unlock"));
  app.Frames(3);
  CHECK_FALSE(app.state.save.locked);
  CHECK(app.state.doc.timeout.run.status == TimeoutStatus::Running);  // kept, and saved from now on
  app.host().now_ms += 1000;
  app.Frames(1);
  SavedDoc doc;
  REQUIRE(DocFromJson(app.host().storage[core::kDocKey], doc).status == LoadStatus::Ok);
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
  app.state.doc.settings.theme = ThemeChoice::Light;
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
  CHECK(app.Find(Role::Button, "Set a passphrase"));
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

TEST_CASE("the lock screen: the field has focus, Enter (Go) unlocks, a wrong one is marked on the field", "[lock][ui][focus]") {
  TestApp app(390, 844, 2.0f);
  LockAndReopen(app, "a long enough phrase");
  REQUIRE(Focused(app));
  CHECK(Focused(app)->role == Role::TextBox);
  CHECK(Focused(app)->name == "Passphrase");
  const MirrorItem* field = app.Find(Role::TextBox, "Passphrase");
  CHECK(field->enter_key == "go");  // the phone keyboard's Enter says Go
  CHECK_FALSE(field->invalid);

  Enter(app, "Passphrase");  // nothing typed yet: the field says so, and nothing is tried
  app.Frames(2);
  field = app.Find(Role::TextBox, "Passphrase");
  CHECK(field->invalid);
  CHECK(Describes(app, *field, "Type your passphrase first."));
  CHECK(app.host().lock_event == 0);

  Type(app, "Passphrase", "not the phrase");
  app.Frames(1);
  CHECK_FALSE(app.Find(Role::TextBox, "Passphrase")->invalid);  // typing takes the mark away
  Enter(app, "Passphrase");
  app.host().focused = app.Find(Role::Button, "Unlock")->id;  // say focus wandered while it worked
  app.Frames(4);
  field = app.Find(Role::TextBox, "Passphrase");
  CHECK(field->invalid);
  CHECK(Describes(app, *field, kWrongPassphrase));
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "Passphrase");  // back in the field to try again
  CHECK(app.state.save.locked);

  Type(app, "Passphrase", "a long enough phrase");
  Enter(app, "Passphrase");
  app.Frames(4);
  CHECK_FALSE(app.state.save.locked);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->role == Role::Heading);  // the screen that opened, by its heading
}

TEST_CASE("setting a passphrase: the field takes focus, the rule is said first, a problem is marked on its field",
          "[lock][ui][focus]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Settings, "", ""});
  app.Frames(2);
  CHECK_FALSE(app.Find(Role::TextBox, "New passphrase"));
  REQUIRE(app.Activate(Role::Button, "Set a passphrase"));
  app.Frames(2);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "New passphrase");
  const MirrorItem* first = app.Find(Role::TextBox, "New passphrase");
  CHECK(std::string(kPassphraseRule).find(std::to_string(kPassphraseMin) + " characters") != std::string::npos);
  CHECK(Describes(app, *first, kPassphraseRule));  // before any try
  CHECK_FALSE(first->invalid);
  CHECK(first->enter_key == "next");

  Type(app, "New passphrase", "short");
  Enter(app, "New passphrase");  // Enter moves on to the repeat
  app.Frames(2);
  CHECK(Focused(app)->name == "Repeat the passphrase");
  Type(app, "Repeat the passphrase", "short");
  Enter(app, "Repeat the passphrase");  // and from there tries to lock
  app.Frames(4);
  CHECK(app.host().lock_pass.empty());
  first = app.Find(Role::TextBox, "New passphrase");
  CHECK(first->invalid);
  CHECK(Describes(app, *first, PassphraseProblem("short", "short")));
  CHECK(Describes(app, *first, kPassphraseRule));
  CHECK_FALSE(app.Find(Role::TextBox, "Repeat the passphrase")->invalid);
  CHECK(Focused(app)->name == "New passphrase");
  CHECK(std::count(app.host().announcements.begin(), app.host().announcements.end(),
                   PassphraseProblem("short", "short")) == 1);

  Type(app, "New passphrase", "river stones at dusk");
  Type(app, "Repeat the passphrase", "river stones at noon");
  REQUIRE(app.Activate(Role::Button, "Lock with this passphrase"));
  app.Frames(4);
  CHECK(app.Find(Role::TextBox, "Repeat the passphrase")->invalid);  // the two differ: the repeat is marked
  CHECK_FALSE(app.Find(Role::TextBox, "New passphrase")->invalid);
  CHECK(Focused(app)->name == "Repeat the passphrase");

  REQUIRE(app.Activate(Role::Button, "Cancel setting a passphrase"));
  app.Frames(2);
  CHECK_FALSE(app.Find(Role::TextBox, "New passphrase"));
  CHECK(Focused(app)->name == "Set a passphrase");
}
