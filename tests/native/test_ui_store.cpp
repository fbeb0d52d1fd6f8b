// "Your data" and the storage notices driven headlessly through the mirror: damaged storage shows
// a notice with a download of the damaged data, blocked storage a calm banner while the app works,
// export / import (merge and replace) and delete all with its confirmation.
#include <catch2/catch.hpp>

#include "core/persist.h"
#include "support.h"

using namespace core;

namespace {

SavedDoc Sample() {
  SavedDoc d;
  d.settings.theme = ThemeChoice::Dark;
  d.reader.chapters["conflict"] = {2, 0.25f, true, 1.7e12};
  d.reader.bookmarks.push_back({"conflict", "ground-rules", 1.7e12});
  return d;
}

}  // namespace

TEST_CASE("damaged storage: a notice says what happened and offers the damaged data", "[ui][store]") {
  TestApp app(390, 844, 2.0f);  // resets the fake host: damage its storage, then start again
  app.host().storage[platform::kDocKey] = "{\"app\":\"hearth\",\"version\":2,\"settings\":{\"th";
  app.host().storage[platform::kLastGoodKey] = DocToJson(Sample());
  app.state = AppState{};
  ui::LoadContent(app.state);
  platform::LoadSaved(app.state);
  app.Frames(2);
  CHECK(app.state.settings.theme == ThemeChoice::Dark);  // the last good copy
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
  CHECK(DocFromJson(app.host().storage[platform::kDocKey], d).status == LoadStatus::Ok);
  CHECK(app.host().storage[platform::kDamagedKey] == "{\"app\":\"hearth\",\"version\":2,\"settings\":{\"th");
}

TEST_CASE("blocked storage: a calm banner, and the app keeps working from memory", "[ui][store]") {
  TestApp app(1280, 800, 1.0f);
  app.host().storage_blocked = true;
  app.state = AppState{};
  ui::LoadContent(app.state);
  platform::LoadSaved(app.state);
  OpenSettings(app);
  CHECK(HasText(app, "can't save your progress in this browser window"));
  CHECK(HasText(app, "use Export in Settings"));
  REQUIRE(app.Activate(Role::Radio, "Dark"));
  app.Frames(2);
  CHECK(app.state.settings.theme == ThemeChoice::Dark);
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
    app.state.settings.theme = ThemeChoice::Dark;
    ToggleBookmark(app.state.reader, "conflict", "ground-rules", app.host().now_ms);
    app.state.reader.chapters["conflict"].read = true;
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
  CHECK(app.state.settings.theme == ThemeChoice::System);  // nothing changed yet
  REQUIRE(app.Activate(Role::Button, "Replace what is here"));
  app.Frames(2);
  CHECK(app.state.settings.theme == ThemeChoice::Dark);
  CHECK(IsBookmarked(app.state.reader, "conflict", "ground-rules"));
  CHECK(app.Find(Role::Text, "Your backup replaced what was here."));
  app.host().now_ms += 2000;
  app.Frames(2);
  SavedDoc d;
  REQUIRE(DocFromJson(app.host().storage[platform::kDocKey], d).status == LoadStatus::Ok);
  CHECK(d.settings.theme == ThemeChoice::Dark);
}

TEST_CASE("import: a file that is not a backup changes nothing; merge joins a good one", "[ui][store]") {
  TestApp app(1280, 800, 1.0f);
  app.state.reader.chapters["questions"].block = 3;  // read here, not in the backup
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
  CHECK(app.state.settings.theme == ThemeChoice::Dark);
  CHECK(IsBookmarked(app.state.reader, "conflict", "ground-rules"));
  CHECK(app.state.reader.chapters["questions"].block == 3);
  CHECK(app.Find(Role::Text, "Your backup was merged with what was here."));
}

TEST_CASE("delete all my data asks first, then clears every key of the namespace", "[ui][store]") {
  TestApp app(390, 844, 3.0f);
  app.host().storage["someone-else:doc"] = "theirs";
  app.state.settings.theme = ThemeChoice::Dark;
  ToggleBookmark(app.state.reader, "conflict", "", app.host().now_ms);
  MarkDirty(app.state.save, app.host().now_ms);
  OpenSettings(app);
  app.host().now_ms += 2000;
  app.Frames(2);
  REQUIRE(app.host().storage.count(platform::kDocKey) == 1);
  REQUIRE(app.Activate(Role::Button, "Delete all my data"));
  app.Frames(2);
  CHECK(app.Find(Role::Button, "Yes, delete everything"));
  REQUIRE(app.Activate(Role::Button, "Keep my data"));  // changing one's mind keeps it all
  app.Frames(2);
  CHECK(app.host().storage.count(platform::kDocKey) == 1);
  CHECK_FALSE(app.Find(Role::Button, "Yes, delete everything"));
  REQUIRE(app.Activate(Role::Button, "Delete all my data"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, delete everything"));
  app.Frames(2);
  for (const auto& [k, v] : app.host().storage) CHECK(k.rfind("hearth:", 0) != 0);
  CHECK(app.host().storage.count("someone-else:doc") == 1);
  CHECK(app.state.settings.theme == ThemeChoice::System);
  CHECK(app.state.reader.bookmarks.empty());
  CHECK(HasText(app, "All your Hearth data is deleted"));
  app.host().now_ms += 5000;
  app.Frames(3);
  CHECK(app.host().storage.count(platform::kDocKey) == 0);  // nothing written back unasked
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
