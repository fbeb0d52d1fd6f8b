// Settings (ui/settings) drawn for real: the text-size value is its own line above the slider, where
// the slider's handle can never cover it; text size and theme apply at once and are saved; "Your data"
// and the storage notices (damaged data offered as a download, blocked storage, export, import, delete
// all); the history setting; encrypted backups through the native stand-in, whose "encryption" is a
// simulation (the real one is tested in tests/browser/privacy.test.mjs).
#include <catch2/catch.hpp>
#include <string>

#include "core/app/settings.h"
#include "support.h"

using namespace core;

TEST_CASE("the text size value is shown above its slider, never under the handle", "[ui][settings]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    Go(app.state.nav, {Screen::Settings, "", ""});
    app.Frames(2);
    // Every size, smallest to largest: the line says the value and sits wholly above the slider.
    while (TextSizePercent(app.state.doc.settings) > kTextSizes.front()) {
      REQUIRE(app.Activate(Role::Button, "Smaller text"));
      app.Frames(2);
    }
    for (size_t i = 0; i < kTextSizes.size(); ++i) {
      std::string value = std::to_string(TextSizePercent(app.state.doc.settings)) + " %";
      INFO(w << " px, " << value);
      const MirrorItem* line = app.Find(Role::Text, "Now: " + value);
      const MirrorItem* slider = app.Find(Role::Slider, "Text size");
      REQUIRE(line);
      REQUIRE(slider);
      CHECK(slider->value_text == value);  // screen readers still hear the value on the slider
      CHECK(line->y + line->h <= slider->y + 0.5f);
      CHECK(line->x + line->w <= w + 0.5f);
      if (i + 1 < kTextSizes.size()) {
        REQUIRE(app.Activate(Role::Button, "Larger text"));
        app.Frames(2);
      }
    }
    CHECK(TextSizePercent(app.state.doc.settings) == kTextSizes.back());
  }
}

namespace {
SavedDoc Sample() {
  SavedDoc d;
  d.settings.theme = ThemeChoice::Dark;
  d.reader.chapters["conflict"] = {2, 0.25f, true, 1.7e12};
  d.reader.bookmarks.push_back({"conflict", "ground-rules", 1.7e12});
  return d;
}

// Enter pressed in a field: the browser sends the field's text, then the Enter.
void TypeAndEnter(TestApp& app, const std::string& field, const std::string& text) {
  const MirrorItem* m = app.Find(Role::TextBox, field);
  REQUIRE(m);
  app.host().next.text_edits.push_back({m->id, text, 0, 0});
  app.host().next.entered.push_back(m->id);
  app.Frames(1);
}

void Enter(TestApp& app, const std::string& field) {
  const MirrorItem* m = app.Find(Role::TextBox, field);
  REQUIRE(m);
  app.host().next.entered.push_back(m->id);
}
}  // namespace

TEST_CASE("settings change the text size and theme at once and are saved after a short delay") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Settings});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Larger text"));
  app.Frames(1);
  CHECK(TextSizePercent(app.state.doc.settings) == 115);
  REQUIRE(app.Activate(Role::Radio, "Dark"));
  app.Frames(1);
  CHECK(app.state.doc.settings.theme == ThemeChoice::Dark);
  CHECK(app.host().storage.count(core::kDocKey) == 0);  // throttled: not yet
  app.host().now_ms += 1000;
  app.Frames(1);
  REQUIRE(app.host().storage.count(core::kDocKey) == 1);
  SavedDoc doc;
  REQUIRE(DocFromJson(app.host().storage[core::kDocKey], doc).status == LoadStatus::Ok);
  CHECK(TextSizePercent(doc.settings) == 115);
  CHECK(doc.settings.theme == ThemeChoice::Dark);
}

TEST_CASE("damaged storage: a notice says what happened and offers the damaged data", "[ui][store]") {
  TestApp app(390, 844, 2.0f);  // resets the fake host: damage its storage, then start again
  app.host().storage[core::kDocKey] = "{\"app\":\"hearth\",\"version\":2,\"settings\":{\"th";
  app.host().storage[core::kLastGoodKey] = DocToJson(Sample());
  app.state = AppState{};
  ui::LoadContent(app.state);
  core::LoadSaved(app.state, platform::Storage());
  app.Frames(2);
  CHECK(app.state.doc.settings.theme == ThemeChoice::Dark);  // the last good copy
  CHECK(HasText(app, "could not be read"));
  CHECK(HasText(app, "last good copy"));
  REQUIRE(app.Activate(Role::Button, "Download the damaged data"));
  app.Frames(1);
  REQUIRE(app.host().downloads.size() == 1);
  CHECK(app.host().downloads[0].data == "{\"app\":\"hearth\",\"version\":2,\"settings\":{\"th");
  CHECK(app.host().downloads[0].name.rfind("hearth-damaged-data-", 0) == 0);
  REQUIRE(app.Activate(Role::Button, "Dismiss notice"));
  app.Frames(2);
  CHECK_FALSE(app.Find(Role::Button, "Download the damaged data"));
  // The document is repaired soon after; the damaged copy stays aside.
  app.host().now_ms += 2000;
  app.Frames(2);
  SavedDoc d;
  CHECK(DocFromJson(app.host().storage[core::kDocKey], d).status == LoadStatus::Ok);
  CHECK(app.host().storage[core::kDamagedKey] == "{\"app\":\"hearth\",\"version\":2,\"settings\":{\"th");
}

TEST_CASE("blocked storage: a calm banner, and the app keeps working from memory", "[ui][store]") {
  TestApp app(1280, 800, 1.0f);
  app.host().storage_blocked = true;
  app.state = AppState{};
  ui::LoadContent(app.state);
  core::LoadSaved(app.state, platform::Storage());
  OpenSettings(app);
  CHECK(HasText(app, "can't save your progress in this browser window"));
  CHECK(HasText(app, "use Export in Settings"));
  REQUIRE(app.Activate(Role::Radio, "Dark"));
  app.Frames(2);
  CHECK(app.state.doc.settings.theme == ThemeChoice::Dark);
  app.host().now_ms += 2000;
  app.Frames(2);
  CHECK(app.host().storage.empty());
  REQUIRE(app.Activate(Role::Button, "Export a backup file"));  // export still keeps it
  app.Frames(1);
  REQUIRE(app.host().downloads.size() == 1);
  CHECK(app.host().downloads[0].data.find("\"theme\":\"dark\"") != std::string::npos);
  REQUIRE(app.Activate(Role::Button, "Dismiss notice"));
  app.Frames(2);
  CHECK_FALSE(HasText(app, "can't save your progress"));
}

TEST_CASE("export, then import into a fresh app: the summary, then replace", "[ui][store]") {
  std::string backup;
  {
    TestApp app(390, 844, 3.0f);
    app.host().now_ms = 1795478400000.0;  // 2026-11-24 00:00 UTC
    app.state.doc.settings.theme = ThemeChoice::Dark;
    ToggleBookmark(app.state.doc.reader, "conflict", "ground-rules", app.host().now_ms);
    app.state.doc.reader.chapters["conflict"].read = true;
    OpenSettings(app);
    REQUIRE(app.Activate(Role::Button, "Export a backup file"));
    app.Frames(1);
    REQUIRE(app.host().downloads.size() == 1);
    CHECK(app.host().downloads[0].name == "hearth-backup-2026-11-24.json");
    CHECK(app.host().downloads[0].mime == "application/json");
    backup = app.host().downloads[0].data;
  }
  TestApp app(390, 844, 3.0f);
  OpenSettings(app);
  REQUIRE(app.Activate(Role::Button, "Import a backup file"));
  app.Frames(1);
  CHECK(app.host().file_choosers == 1);
  app.host().next.files.push_back({"hearth-backup-2026-11-24.json", backup, static_cast<double>(backup.size())});
  app.Frames(2);
  CHECK(HasText(app, "This backup holds 1 chapter read"));
  CHECK(HasText(app, "1 bookmark,"));
  CHECK(app.state.doc.settings.theme == ThemeChoice::System);  // nothing changed yet
  REQUIRE(app.Activate(Role::Button, "Replace what is here"));
  app.Frames(2);
  CHECK(app.state.doc.settings.theme == ThemeChoice::Dark);
  CHECK(IsBookmarked(app.state.doc.reader, "conflict", "ground-rules"));
  CHECK(app.Find(Role::Text, "Your backup replaced what was here."));
  app.host().now_ms += 2000;
  app.Frames(2);
  SavedDoc d;
  REQUIRE(DocFromJson(app.host().storage[core::kDocKey], d).status == LoadStatus::Ok);
  CHECK(d.settings.theme == ThemeChoice::Dark);
}

TEST_CASE("import: a file that is not a backup changes nothing; merge joins a good one", "[ui][store]") {
  TestApp app(1280, 800, 1.0f);
  app.state.doc.reader.chapters["questions"].block = 3;  // read here, not in the backup
  OpenSettings(app);
  app.host().next.files.push_back({"photo.jpg", "\xFF\xD8\xFF\xE0 not json", 12});
  app.Frames(2);
  CHECK(HasText(app, "not a Hearth backup"));
  CHECK_FALSE(app.Find(Role::Button, "Merge with what is here"));
  app.host().next.files.push_back({"big.json", "", 6.0 * 1024 * 1024});
  app.Frames(2);
  CHECK(HasText(app, "too large"));
  std::string good = DocToJson(Sample());
  app.host().next.files.push_back({"b.json", good, static_cast<double>(good.size())});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Merge with what is here"));
  app.Frames(2);
  CHECK(app.state.doc.settings.theme == ThemeChoice::Dark);
  CHECK(IsBookmarked(app.state.doc.reader, "conflict", "ground-rules"));
  CHECK(app.state.doc.reader.chapters["questions"].block == 3);
  CHECK(app.Find(Role::Text, "Your backup was merged with what was here."));
}

TEST_CASE("delete all my data asks first, then clears every key of the namespace", "[ui][store]") {
  TestApp app(390, 844, 3.0f);
  app.host().storage["someone-else:doc"] = "theirs";
  app.state.doc.settings.theme = ThemeChoice::Dark;
  ToggleBookmark(app.state.doc.reader, "conflict", "", app.host().now_ms);
  MarkDirty(app.state.save, app.host().now_ms);
  OpenSettings(app);
  app.host().now_ms += 2000;
  app.Frames(2);
  REQUIRE(app.host().storage.count(core::kDocKey) == 1);
  REQUIRE(app.Activate(Role::Button, "Delete all my data"));
  app.Frames(2);
  CHECK(app.Find(Role::Button, "Yes, delete everything"));
  REQUIRE(app.Activate(Role::Button, "Keep my data"));  // changing one's mind keeps it all
  app.Frames(2);
  CHECK(app.host().storage.count(core::kDocKey) == 1);
  CHECK_FALSE(app.Find(Role::Button, "Yes, delete everything"));
  REQUIRE(app.Activate(Role::Button, "Delete all my data"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, delete everything"));
  app.Frames(2);
  for (const auto& [k, v] : app.host().storage) CHECK(k.rfind("hearth:", 0) != 0);
  CHECK(app.host().storage.count("someone-else:doc") == 1);
  CHECK(app.state.doc.settings.theme == ThemeChoice::System);
  CHECK(app.state.doc.reader.bookmarks.empty());
  CHECK(HasText(app, "All your Hearth data is deleted"));
  app.host().now_ms += 5000;
  app.Frames(3);
  CHECK(app.host().storage.count(core::kDocKey) == 0);  // nothing written back unasked
}

TEST_CASE("the yes of 'Delete all my data' is never where the button was", "[ui][store][tap]") {
  TestApp app(1280, 3000, 1.0f);  // tall enough that the whole of Settings is on screen
  Go(app.state.nav, {Screen::Settings, "", ""});
  app.Frames(2);
  REQUIRE(app.Find(Role::Button, "Delete all my data"));
  MirrorItem del = *app.Find(Role::Button, "Delete all my data");
  REQUIRE_FALSE(del.offscreen);
  REQUIRE(app.Activate(Role::Button, "Delete all my data"));
  app.Frames(2);
  const MirrorItem* keep = app.Find(Role::Button, "Keep my data");
  const MirrorItem* yes = app.Find(Role::Button, "Yes, delete everything");
  REQUIRE(keep);
  REQUIRE(yes);
  REQUIRE_FALSE(yes->offscreen);
  CHECK(yes->y >= del.y + del.h + 48);  // a second tap where "Delete all my data" was cannot reach the yes
  CHECK(keep->y < yes->y);              // keeping comes first
}

TEST_CASE("the history setting: ticked in Settings, then a Back link walks the app's own history", "[privacy][ui]") {
  TestApp app(1280, 800, 1.0f);
  OpenSettings(app);
  CHECK(MirrorHas(app, "What quick exit cannot hide"));
  CHECK(MirrorHas(app, "Your browser's history."));
  CHECK(MirrorHas(app, "Other tabs."));
  CHECK(MirrorHas(app, "calendar files"));
  CHECK(MirrorHas(app, "private window"));
  CHECK_FALSE(app.Find(Role::Link, "< Back to Home"));  // the browser's Back does this while it is off
  REQUIRE(app.Activate(Role::Checkbox, "Keep Hearth out of this browser's history"));
  app.Frames(2);
  CHECK(app.state.doc.settings.one_history_entry);
  CHECK(app.state.save.dirty);
  app.host().now_ms += 2000;
  app.Frames(2);
  CHECK(app.host().storage[core::kDocKey].find("\"oneHistoryEntry\":true") != std::string::npos);

  CHECK(app.Find(Role::Link, "< Back to Home"));  // Settings was opened from Home
  Go(app.state.nav, {Screen::Exercises, "", ""});
  app.Frames(2);
  Go(app.state.nav, {Screen::Exercise, "intimacy-map", ""});
  app.Frames(2);
  // From the list, the exercise's own "All exercises" link is the way back (no second link).
  CHECK_FALSE(app.Find(Role::Link, "< Back to Exercises"));
  REQUIRE(app.Activate(Role::Link, "< All exercises"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Exercises);
  REQUIRE(app.Activate(Role::Link, "< Back to Settings"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Settings);
  CHECK(app.host().address == "#/settings");
  REQUIRE(app.Activate(Role::Link, "< Back to Home"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Home);
  CHECK_FALSE(app.Find(Role::Link, "< Back to Home"));
  CHECK(app.state.nav.back.empty());
}

TEST_CASE("without the lock: Export says the file is readable and saves it plain", "[privacy][ui][store]") {
  TestApp app(390, 844, 2.0f);
  OpenSettings(app);
  CHECK(MirrorHas(app, "A backup file is readable: anyone who opens it can read everything in it."));
  CHECK_FALSE(app.Find(Role::Button, "Export an encrypted backup"));
  REQUIRE(app.Activate(Role::Button, "Export a backup file"));
  app.Frames(1);
  REQUIRE(app.host().downloads.size() == 1);
  SavedDoc d;
  CHECK(DocFromJson(app.host().downloads[0].data, d).status == LoadStatus::Ok);
  CHECK(app.host().seal_requests == 0);
}

TEST_CASE("with the lock: Export encrypts by default; a readable file needs the choice, with the warning", "[privacy][ui][store]") {
  TestApp app(390, 3000, 1.0f);  // tall enough that the whole of Settings is on screen
  app.state.doc.settings.theme = ThemeChoice::Dark;
  SetLock(app, "quiet harbor lights");
  CHECK_FALSE(app.Find(Role::Button, "Export a backup file"));
  CHECK_FALSE(MirrorHas(app, kPlainWarning));
  REQUIRE(app.Activate(Role::Button, "Export an encrypted backup"));
  app.Frames(3);
  REQUIRE(app.host().downloads.size() == 1);
  const FileOut& f = app.host().downloads[0];
  CHECK(f.name.rfind("hearth-backup-", 0) == 0);
  CHECK(f.data.find("\"theme\"") == std::string::npos);  // nothing readable in it
  SealedBackup box;
  REQUIRE(ReadSealedBackup(f.data, box) == SealedStatus::Ok);
  std::string inner;
  REQUIRE(Base64Decode(box.data, inner));
  CHECK(inner.find("\"theme\":\"dark\"") != std::string::npos);  // the stand-in sealed the whole backup
  CHECK(MirrorHas(app, "Your encrypted backup is saved."));

  // The readable file: asked first, with the warning right there; "keep it encrypted" comes first.
  const MirrorItem* sealed = app.Find(Role::Button, "Export an encrypted backup");
  const MirrorItem* plain = app.Find(Role::Button, "Export a readable backup instead");
  REQUIRE(sealed);
  REQUIRE(plain);
  REQUIRE_FALSE(plain->offscreen);
  CHECK(sealed->y + sealed->h + 48 <= plain->y);  // a second tap on the first cannot reach the other
  REQUIRE(app.Activate(Role::Button, "Export a readable backup instead"));
  app.Frames(2);
  CHECK(MirrorHas(app, kPlainWarning));
  const MirrorItem* keep = app.Find(Role::Button, "Keep it encrypted");
  const MirrorItem* yes = app.Find(Role::Button, "Yes, export a readable file (anyone who opens it can read it)");
  REQUIRE(keep);
  REQUIRE(yes);
  REQUIRE_FALSE(yes->offscreen);
  CHECK(keep->y + keep->h + 48 <= yes->y);
  REQUIRE(app.Activate(Role::Button, "Keep it encrypted"));
  app.Frames(2);
  CHECK_FALSE(MirrorHas(app, kPlainWarning));
  CHECK(app.host().downloads.size() == 1);
  REQUIRE(app.Activate(Role::Button, "Export a readable backup instead"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, export a readable file (anyone who opens it can read it)"));
  app.Frames(2);
  REQUIRE(app.host().downloads.size() == 2);
  SavedDoc d;
  REQUIRE(DocFromJson(app.host().downloads[1].data, d).status == LoadStatus::Ok);
  CHECK(d.settings.theme == ThemeChoice::Dark);
  CHECK(MirrorHas(app, "Your readable backup is saved."));
}

TEST_CASE("import of an encrypted backup: its passphrase, a wrong one changes nothing, Enter opens it", "[privacy][ui][store]") {
  std::string file;
  {
    TestApp app(390, 844, 2.0f);
    app.state.doc.settings.theme = ThemeChoice::Dark;
    ToggleBookmark(app.state.doc.reader, "conflict", "ground-rules", app.host().now_ms);
    SetLock(app, "quiet harbor lights");
    REQUIRE(app.Activate(Role::Button, "Export an encrypted backup"));
    app.Frames(3);
    REQUIRE(app.host().downloads.size() == 1);
    file = app.host().downloads[0].data;
  }
  TestApp app(390, 844, 2.0f);  // another device: no lock here
  app.state.doc.reader.chapters["questions"].block = 3;
  OpenSettings(app);
  app.host().next.files.push_back({"hearth-backup.json", file, static_cast<double>(file.size())});
  app.Frames(2);
  CHECK(MirrorHas(app, kSealedAsk));
  REQUIRE(app.Find(Role::TextBox, "Passphrase for this backup"));
  CHECK_FALSE(app.Find(Role::Button, "Replace what is here"));

  Type(app, "Passphrase for this backup", "quiet harbor light");
  REQUIRE(app.Activate(Role::Button, "Open the backup"));
  app.Frames(3);
  CHECK(MirrorHas(app, kSealedWrong));
  CHECK(app.host().announcements.back() == kSealedWrong);  // read out to screen readers too
  CHECK(app.state.doc.settings.theme == ThemeChoice::System);  // nothing changed
  CHECK(app.state.doc.reader.chapters["questions"].block == 3);
  CHECK_FALSE(app.Find(Role::Button, "Replace what is here"));

  TypeAndEnter(app, "Passphrase for this backup", "quiet harbor lights");
  app.Frames(3);
  CHECK(MirrorHas(app, "This backup holds"));
  CHECK(MirrorHas(app, "1 bookmark,"));
  CHECK_FALSE(app.Find(Role::TextBox, "Passphrase for this backup"));
  REQUIRE(app.Activate(Role::Button, "Replace what is here"));
  app.Frames(2);
  CHECK(app.state.doc.settings.theme == ThemeChoice::Dark);
  CHECK(IsBookmarked(app.state.doc.reader, "conflict", "ground-rules"));
}

TEST_CASE("import: a damaged or newer encrypted backup says so and changes nothing", "[privacy][ui][store]") {
  TestApp app(1280, 800, 1.0f);
  OpenSettings(app);
  std::string damaged = Envelope("iv", "\"short\"");
  app.host().next.files.push_back({"b.json", damaged, static_cast<double>(damaged.size())});
  app.Frames(2);
  CHECK(MirrorHas(app, kSealedDamaged));
  CHECK_FALSE(app.Find(Role::TextBox, "Passphrase for this backup"));
  std::string newer = Envelope("hearthEncrypted", "7");
  app.host().next.files.push_back({"b.json", newer, static_cast<double>(newer.size())});
  app.Frames(2);
  CHECK(MirrorHas(app, kSealedNewer));
  CHECK_FALSE(app.Find(Role::TextBox, "Passphrase for this backup"));
  // An envelope that opens to something that is not a backup: the plain check's message.
  SealedBackup box{310000, Salt(), Iv(), Base64Encode("any pass\nnot a backup at all" + std::string(kSealedTagBytes, 't'))};
  std::string odd = SealedBackupJson(box);
  app.host().next.files.push_back({"b.json", odd, static_cast<double>(odd.size())});
  app.Frames(2);
  Type(app, "Passphrase for this backup", "any pass");
  REQUIRE(app.Activate(Role::Button, "Open the backup"));
  app.Frames(3);
  CHECK(MirrorHas(app, "not a Hearth backup"));
  CHECK_FALSE(app.Find(Role::Button, "Merge with what is here"));
}

// ---- Hearth in a frame on another site's page whose storage the browser keeps closed ----

// An app whose storage is closed, as in a frame on another site's page, with `access` reported.
static void StartBlocked(TestApp& app, StorageAccess access) {
  app.host().storage_blocked = true;
  app.host().access = access;
  app.state = AppState{};
  ui::LoadContent(app.state);
  core::LoadSaved(app.state, platform::Storage());
}

TEST_CASE("a closed frame: asked with a press, the granted storage is read and what was done meanwhile is saved",
          "[ui][store][access]") {
  // Earlier, with storage open: the dark theme was chosen and saved.
  {
    TestApp first(1280, 800, 1.0f);
    OpenSettings(first);
    REQUIRE(first.Activate(Role::Radio, "Dark"));
    first.Frames(2);
    first.host().now_ms += 2000;
    first.Frames(2);
  }
  std::string stored = platform::Host().storage[core::kDocKey];
  REQUIRE(stored.find("\"theme\":\"dark\"") != std::string::npos);

  TestApp app(1280, 800, 1.0f);
  app.host().storage[core::kDocKey] = stored;
  StartBlocked(app, StorageAccess::Checking);
  Open(app, "appreciation", kTestNow);
  // While the browser is asked whether permission was given before, no notice shows.
  CHECK_FALSE(HasText(app, "can't save"));
  CHECK_FALSE(app.Find(Role::Button, "Let Hearth keep your progress on this device"));
  app.host().access = StorageAccess::CanAsk;
  app.Frames(2);
  CHECK(HasText(app, "keeps Hearth from saving inside another site's page unless you allow it"));
  CHECK(app.state.doc.settings.theme != ThemeChoice::Dark);  // nothing could be read
  Type(app, "Something I appreciated today", "You kept the soup warm");
  REQUIRE(app.Activate(Role::Button, "Let Hearth keep your progress on this device"));
  app.Frames(1);
  CHECK(app.host().access_asks == 1);
  CHECK(app.host().storage[core::kDocKey] == stored);  // nothing written while closed
  // The browser grants it: what is stored comes in, and the draft typed meanwhile stays.
  app.host().storage_blocked = false;
  app.host().access = StorageAccess::Granted;
  app.Frames(2);
  CHECK(HasText(app, "Thank you. Hearth now keeps your progress on this device."));
  CHECK(app.state.doc.settings.theme == ThemeChoice::Dark);
  CHECK(app.state.doc.ex.appreciation.draft == "You kept the soup warm");
  app.host().now_ms += 2000;
  app.Frames(2);
  SavedDoc d;
  REQUIRE(DocFromJson(app.host().storage[core::kDocKey], d).status == LoadStatus::Ok);
  CHECK(d.settings.theme == ThemeChoice::Dark);
  CHECK(d.ex.appreciation.draft == "You kept the soup warm");
  OpenSettings(app);
  CHECK(HasText(app, "Saving: on, with your permission."));
  CHECK_FALSE(app.Find(Role::Button, "Let Hearth keep your progress on this device"));
}

TEST_CASE("a permission given before: storage opens without a press and without a thank-you", "[ui][store][access]") {
  TestApp app(1280, 800, 1.0f);
  StartBlocked(app, StorageAccess::Checking);
  app.Frames(1);
  app.host().storage_blocked = false;
  app.host().access = StorageAccess::Granted;
  app.Frames(2);
  CHECK(app.state.save.notice.empty());
  CHECK(app.host().access_asks == 0);
  OpenSettings(app);
  REQUIRE(app.Activate(Role::Radio, "Dark"));
  app.Frames(2);
  app.host().now_ms += 2000;
  app.Frames(2);
  CHECK(app.host().storage[core::kDocKey].find("\"theme\":\"dark\"") != std::string::npos);
}

TEST_CASE("refused, or no way to ask: Hearth opens in its own tab and takes what was written", "[ui][store][access]") {
  for (StorageAccess access : {StorageAccess::Refused, StorageAccess::Unavailable}) {
    TestApp app(390, 844, 2.0f);
    StartBlocked(app, access);
    Open(app, "appreciation", kTestNow);
    CHECK(HasText(app, "Open Hearth in its own tab to keep your progress: everything you wrote here goes with it."));
    CHECK_FALSE(app.Find(Role::Button, "Let Hearth keep your progress on this device"));
    Type(app, "Something I appreciated today", "You laughed at my joke");
    REQUIRE(app.Activate(Role::Button, "Open Hearth in its own tab to keep your progress"));
    app.Frames(1);
    REQUIRE(app.host().opened_tabs.size() == 1);
    SavedDoc d;
    REQUIRE(DocFromJson(app.host().opened_tabs[0], d).status == LoadStatus::Ok);
    CHECK(d.ex.appreciation.draft == "You laughed at my joke");
    CHECK(d.updated.count("exercise:appreciation") == 1);  // stamped: it wins over older copies there
    // The work stays here too, and Export still works.
    CHECK(app.state.doc.ex.appreciation.draft == "You laughed at my joke");
    app.host().handoff_event = HandoffEvent::Delivered;
    app.Frames(2);
    CHECK(HasText(app, "Hearth is open in its own tab now, with everything you wrote here."));
    app.host().handoff_event = HandoffEvent::PopupBlocked;
    app.Frames(2);
    CHECK(HasText(app, "Your browser did not open a new tab."));
    app.host().handoff_event = HandoffEvent::NoAnswer;
    app.Frames(2);
    CHECK(HasText(app, "The new tab did not answer"));
    OpenSettings(app);
    CHECK(HasText(app, "Saving: off. This browser window does not let Hearth save"));
    // One button on the screen: Settings has it, the notice above does not repeat it.
    int n = 0;
    for (const auto& m : app.host().last_mirror) n += m.role == Role::Button && m.name == "Open Hearth in its own tab to keep your progress";
    CHECK(n == 1);
    REQUIRE(app.Activate(Role::Button, "Export a backup file"));
    app.Frames(1);
    REQUIRE(app.host().downloads.size() == 1);
    CHECK(app.host().downloads[0].data.find("You laughed at my joke") != std::string::npos);
  }
}

TEST_CASE("the new tab merges the handed-over document, keeps its own, and saves", "[ui][store][access]") {
  std::string handed;
  {
    TestApp frame(1280, 800, 1.0f);
    StartBlocked(frame, StorageAccess::Unavailable);
    Open(frame, "appreciation", kTestNow);
    Type(frame, "Something I appreciated today", "You fixed the bike");
    REQUIRE(frame.Activate(Role::Button, "Open Hearth in its own tab to keep your progress"));
    frame.Frames(1);
    REQUIRE(frame.host().opened_tabs.size() == 1);
    handed = frame.host().opened_tabs[0];
  }
  TestApp app(1280, 800, 1.0f);
  OpenSettings(app);
  REQUIRE(app.Activate(Role::Radio, "Dark"));  // this browser's own Hearth has its own data
  app.Frames(2);
  app.host().now_ms += 2000;
  app.Frames(2);
  app.host().handoff = handed;
  app.Frames(2);
  CHECK(HasText(app, "What you wrote in the other window is here now, and Hearth keeps it on this device."));
  CHECK(app.state.doc.ex.appreciation.draft == "You fixed the bike");
  CHECK(app.state.doc.settings.theme == ThemeChoice::Dark);
  app.host().now_ms += 2000;
  app.Frames(2);
  SavedDoc d;
  REQUIRE(DocFromJson(app.host().storage[core::kDocKey], d).status == LoadStatus::Ok);
  CHECK(d.ex.appreciation.draft == "You fixed the bike");
  CHECK(d.settings.theme == ThemeChoice::Dark);
  CHECK(HasText(app, "Saving: on. Hearth keeps your progress in this browser."));

  // A broken or newer document changes nothing, and says so.
  for (const std::string bad : {std::string("{\"app\":\"hearth\",\"vers"), std::string("{\"app\":\"hearth\",\"version\":99}")}) {
    std::string before = app.host().storage[core::kDocKey];
    app.host().handoff = bad;
    app.Frames(2);
    CHECK(HasText(app, "What you wrote in the other window could not be brought here."));
    CHECK(app.state.doc.ex.appreciation.draft == "You fixed the bike");
    app.host().now_ms += 2000;
    app.Frames(2);
    CHECK(app.host().storage[core::kDocKey] == before);
  }
}

TEST_CASE("Settings links to the plain privacy page, which opens beside the app and changes nothing in it", "[privacy][ui]") {
  TestApp app(390, 844, 2.0f);
  OpenSettings(app);
  const core::MirrorItem* link = app.Find(Role::Link, "How Hearth handles your privacy");
  REQUIRE(link);
  CHECK(link->href == "privacy.html");  // web/privacy.html, beside index.html in build/site
  const std::string address = app.host().address;
  REQUIRE(app.Activate(Role::Link, "How Hearth handles your privacy"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Settings);
  CHECK(app.host().address == address);
  CHECK_FALSE(app.state.save.dirty);
}

TEST_CASE("Settings links to the counselors' page", "[ui][counselors]") {
  TestApp app(1280, 3000, 1.0f);
  OpenSettings(app);
  CHECK(MirrorHas(app, "For counselors"));
  const core::MirrorItem* link = app.Find(Role::Link, "Make a homework link or handout");
  REQUIRE(link);
  CHECK(link->href == "counselors.html");
}
