// Privacy after a quick exit and in backups: coming back after quick exit opens Home with nothing of
// the person's on screen; "Keep Hearth out of this browser's history" is kept with the settings and
// gives an in-app Back; encrypted backups (the envelope's rules, base64, and the export and import
// steps through the native stand-in, whose "encryption" is a simulation: the real one is tested in
// tests/browser/privacy.test.mjs).
#include <catch2/catch.hpp>

#include "core/doc_apply.h"
#include "core/persist.h"
#include "core/privacy.h"
#include "core/sealed_backup.h"
#include "support.h"

using namespace core;

namespace {

// Enter pressed in a field: the browser sends the field's text, then the Enter.
void TypeAndEnter(TestApp& app, const std::string& field, const std::string& text) {
  const MirrorItem* m = app.Find(Role::TextBox, field);
  REQUIRE(m);
  app.host().next.text_edits.push_back({m->id, text, 0, 0});
  app.host().next.entered.push_back(m->id);
  app.Frames(1);
}

}  // namespace

// ---- base64 and the encrypted backup's envelope ---------------------------------------------

TEST_CASE("base64: the RFC 4648 examples both ways, and strict refusals", "[sealed]") {
  const std::pair<const char*, const char*> cases[] = {{"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},
                                                       {"foo", "Zm9v"},  {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="},
                                                       {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, coded] : cases) {
    INFO(plain);
    CHECK(Base64Encode(plain) == coded);
    std::string back;
    CHECK(Base64Decode(coded, back));
    CHECK(back == plain);
  }
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  std::string back;
  REQUIRE(Base64Decode(Base64Encode(all), back));
  CHECK(back == all);
  for (const char* bad : {"Zg", "Zg=", "Z===", "Zm9v!A==", "Zm=v", "Zh==", "Zm9=", "Zm 9v", "Zm9v\n"}) {
    INFO(bad);
    CHECK_FALSE(Base64Decode(bad, back));
  }
}

TEST_CASE("an encrypted backup's envelope round trips, and a plain backup is not one", "[sealed]") {
  SealedBackup b{310000, Salt(), Iv(), Data()}, read;
  std::string text = SealedBackupJson(b);
  CHECK(text.rfind("{\"hearthEncrypted\":1,", 0) == 0);
  REQUIRE(ReadSealedBackup(text, read) == SealedStatus::Ok);
  CHECK(read == b);
  CHECK(ReadSealedBackup(Envelope(), read) == SealedStatus::Ok);
  CHECK(read.iter == 310000);
  // Not ours to judge: a plain backup, other JSON, not JSON at all.
  SealedBackup untouched = read;
  CHECK(ReadSealedBackup(DocToJson(SavedDoc{}), read) == SealedStatus::NotSealed);
  CHECK(ReadSealedBackup("[1,2]", read) == SealedStatus::NotSealed);
  CHECK(ReadSealedBackup("not json", read) == SealedStatus::NotSealed);
  CHECK(ReadSealedBackup("", read) == SealedStatus::NotSealed);
  CHECK(read == untouched);
}

TEST_CASE("an encrypted backup with a bad or missing field is damaged; a newer format says so", "[sealed]") {
  SealedBackup out;
  CHECK(ReadSealedBackup(Envelope("hearthEncrypted", "2"), out) == SealedStatus::Newer);
  const std::pair<const char*, std::string> bad[] = {
      {"hearthEncrypted", "\"1\""},
      {"hearthEncrypted", "0"},
      {"hearthEncrypted", "1.5e-3"},
      {"cipher", "\"AES-CBC\""},
      {"cipher", ""},
      {"kdf", "\"scrypt\""},
      {"iter", "99999"},
      {"iter", "5000001"},
      {"iter", "310000.5"},
      {"iter", "\"310000\""},
      {"iter", ""},
      {"salt", "\"" + Base64Encode(std::string(15, 'x')) + "\""},
      {"salt", "\"" + Base64Encode(std::string(17, 'x')) + "\""},
      {"salt", "\"not base64!\""},
      {"salt", ""},
      {"iv", "\"" + Base64Encode(std::string(16, 'x')) + "\""},
      {"iv", "12"},
      {"data", "\"" + Base64Encode(std::string(kSealedTagBytes, 'x')) + "\""},  // a tag and nothing sealed
      {"data", "\"Zm9v!\""},
      {"data", ""},
  };
  for (const auto& [field, value] : bad) {
    INFO(field << " = " << value);
    CHECK(ReadSealedBackup(Envelope(field, value), out) == SealedStatus::Damaged);
  }
  CHECK(ReadSealedBackup(Envelope("iter", "100000"), out) == SealedStatus::Ok);
  CHECK(ReadSealedBackup(Envelope("iter", "5000000"), out) == SealedStatus::Ok);
}

// ---- the history setting ---------------------------------------------------------------------

TEST_CASE("'Keep Hearth out of this browser's history' is saved with the other settings", "[privacy][persist]") {
  SavedDoc d, back;
  CHECK_FALSE(d.settings.one_history_entry);
  d.settings.one_history_entry = true;
  std::string text = DocToJson(d);
  CHECK(text.find("\"oneHistoryEntry\":true") != std::string::npos);
  REQUIRE(DocFromJson(text, back).status == LoadStatus::Ok);
  CHECK(back.settings.one_history_entry);
  // Older documents (no field) and a wrong type keep it off.
  REQUIRE(DocFromJson(R"({"app":"hearth","version":2,"settings":{"oneHistoryEntry":"yes"}})", back).status == LoadStatus::Ok);
  CHECK_FALSE(back.settings.one_history_entry);
  REQUIRE(DocFromJson(R"({"app":"hearth","version":1,"settings":{"theme":"dark"}})", back).status == LoadStatus::Ok);
  CHECK_FALSE(back.settings.one_history_entry);
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
  CHECK(app.state.settings.one_history_entry);
  CHECK(app.state.save.dirty);
  app.host().now_ms += 2000;
  app.Frames(2);
  CHECK(app.host().storage[platform::kDocKey].find("\"oneHistoryEntry\":true") != std::string::npos);

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

// ---- coming back after a quick exit ------------------------------------------------------------

TEST_CASE("ForgetScreenAfterExit: Home, no way back, no passing state; asks to lock again only when open", "[privacy]") {
  AppState s;
  Go(s.nav, {Screen::Exercises, "", ""});
  Go(s.nav, {Screen::Exercise, "intimacy-map", ""});
  s.nav.menu_open = true;
  s.nav.route_changed = false;
  s.data_view.has_import = true;
  s.data_view.import_message = "This backup holds ...";
  s.data_view.import_pass = "typed words";
  s.data_view.confirm_plain = true;
  s.lock_view.passphrase = "half a passphrase";
  s.timeout_view.pulse_count = "23";
  s.timeout_view.show_help = true;
  s.reader.search_query = "jealous";
  s.help_open_on = "after-argument";
  s.progress_view.month_shift = -2;
  s.ex.map.draft_a.name = "Juniper";  // saved data stays saved
  CHECK_FALSE(ForgetScreenAfterExit(s));
  CHECK(s.nav.route == Route{});
  CHECK(s.nav.back.empty());
  CHECK_FALSE(s.nav.menu_open);
  CHECK(s.nav.route_changed);
  CHECK_FALSE(s.data_view.has_import);
  CHECK(s.data_view.import_message.empty());
  CHECK(s.data_view.import_pass.empty());
  CHECK_FALSE(s.data_view.confirm_plain);
  CHECK(s.lock_view.passphrase.empty());
  CHECK(s.timeout_view.pulse_count.empty());
  CHECK_FALSE(s.timeout_view.show_help);
  CHECK(s.reader.search_query.empty());
  CHECK(s.help_open_on.empty());
  CHECK(s.progress_view.month_shift == 0);
  CHECK(s.ex.map.draft_a.name == "Juniper");
  s.in.lock_state = LockState::Open;
  CHECK(ForgetScreenAfterExit(s));
  s.in.lock_state = LockState::Locked;
  CHECK_FALSE(ForgetScreenAfterExit(s));
}

TEST_CASE("shown again after a quick exit: Home, and none of the answers in the mirror", "[privacy][ui]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Exercises, "", ""});
  app.Frames(2);
  Go(app.state.nav, {Screen::Exercise, "intimacy-map", ""});
  app.Frames(2);
  Type(app, "Your first name (optional)", "Juniper Quill");
  CHECK(MirrorHas(app, "Juniper Quill"));
  REQUIRE(app.Activate(Role::Button, "Quick exit: leave Hearth now for a neutral site"));
  app.Frames(1);
  CHECK(app.host().quick_exits == 1);
  // The page still holds its last address when it comes back; the page (boot.js) sets "#/" first.
  app.host().address = "#/";
  app.host().next.returned_after_exit = true;
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Home);
  CHECK(app.Find(Role::Heading, "Welcome to Hearth"));
  CHECK_FALSE(MirrorHas(app, "Juniper"));
  CHECK(app.host().address == "#/");
  CHECK(app.host().lock_nows == 0);  // no lock: nothing to close
  CHECK(app.state.nav.back.empty());
}

TEST_CASE("shown again after a quick exit with the lock open: Hearth locks again", "[privacy][ui][lock]") {
  TestApp app(390, 844, 2.0f);
  SetLock(app, "quiet harbor lights");
  app.host().next.returned_after_exit = true;
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Home);
  CHECK(app.host().lock_nows == 1);
}

// ---- encrypted backups through the screens ----------------------------------------------------

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
  app.state.settings.theme = ThemeChoice::Dark;
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
    app.state.settings.theme = ThemeChoice::Dark;
    ToggleBookmark(app.state.reader, "conflict", "ground-rules", app.host().now_ms);
    SetLock(app, "quiet harbor lights");
    REQUIRE(app.Activate(Role::Button, "Export an encrypted backup"));
    app.Frames(3);
    REQUIRE(app.host().downloads.size() == 1);
    file = app.host().downloads[0].data;
  }
  TestApp app(390, 844, 2.0f);  // another device: no lock here
  app.state.reader.chapters["questions"].block = 3;
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
  CHECK(app.state.settings.theme == ThemeChoice::System);  // nothing changed
  CHECK(app.state.reader.chapters["questions"].block == 3);
  CHECK_FALSE(app.Find(Role::Button, "Replace what is here"));

  TypeAndEnter(app, "Passphrase for this backup", "quiet harbor lights");
  app.Frames(3);
  CHECK(MirrorHas(app, "This backup holds"));
  CHECK(MirrorHas(app, "1 bookmark,"));
  CHECK_FALSE(app.Find(Role::TextBox, "Passphrase for this backup"));
  REQUIRE(app.Activate(Role::Button, "Replace what is here"));
  app.Frames(2);
  CHECK(app.state.settings.theme == ThemeChoice::Dark);
  CHECK(IsBookmarked(app.state.reader, "conflict", "ground-rules"));
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
