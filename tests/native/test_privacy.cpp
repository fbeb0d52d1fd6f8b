// Privacy (core/privacy): "Keep Hearth out of this browser's history" is kept with the settings, and
// what is forgotten after a quick exit. The screens' side is in test_ui_app.cpp and test_ui_settings.cpp.
#include <catch2/catch.hpp>

#include "core/app/privacy.h"
#include "core/store/doc_apply.h"
#include "core/store/persist.h"

using namespace core;

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

// ---- coming back after a quick exit ------------------------------------------------------------

TEST_CASE("ForgetScreenAfterExit: Home, no way back, no passing state; asks to lock again only when open", "[privacy]") {
  AppState s;
  Go(s.nav, {Screen::Exercises, "", ""});
  Go(s.nav, {Screen::Exercise, "intimacy-map", ""});
  s.nav.menu_open = true;
  s.nav.route_changed = false;
  s.views.data.has_import = true;
  s.views.data.import_message = "This backup holds ...";
  s.views.data.import_pass = "typed words";
  s.views.data.confirm_plain = true;
  s.views.lock.passphrase = "half a passphrase";
  s.views.timeout.pulse_count = "23";
  s.views.timeout.show_help = true;
  s.doc.reader.search_query = "jealous";
  s.views.help_open_on = "after-argument";
  s.views.progress.month_shift = -2;
  s.doc.ex.map.draft_a.name = "Juniper";  // saved data stays saved
  CHECK_FALSE(ForgetScreenAfterExit(s));
  CHECK(s.nav.route == Route{});
  CHECK(s.nav.back.empty());
  CHECK_FALSE(s.nav.menu_open);
  CHECK(s.nav.route_changed);
  CHECK_FALSE(s.views.data.has_import);
  CHECK(s.views.data.import_message.empty());
  CHECK(s.views.data.import_pass.empty());
  CHECK_FALSE(s.views.data.confirm_plain);
  CHECK(s.views.lock.passphrase.empty());
  CHECK(s.views.timeout.pulse_count.empty());
  CHECK_FALSE(s.views.timeout.show_help);
  CHECK(s.doc.reader.search_query.empty());
  CHECK(s.views.help_open_on.empty());
  CHECK(s.views.progress.month_shift == 0);
  CHECK(s.doc.ex.map.draft_a.name == "Juniper");
  s.frame.in.lock_state = LockState::Open;
  CHECK(ForgetScreenAfterExit(s));
  s.frame.in.lock_state = LockState::Locked;
  CHECK_FALSE(ForgetScreenAfterExit(s));
}

