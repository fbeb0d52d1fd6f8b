// A new version downloaded by the service worker: offered as a banner and in Settings, never forced,
// never over a time-out in progress.
#include <catch2/catch.hpp>

#include "support.h"

using namespace core;

namespace {
const char* kReload = "Reload now into the new version";
const char* kLater = "Later (the new version waits)";
}  // namespace

TEST_CASE("the update banner's rules", "[update]") {
  TimeoutState t;
  UpdateView v;
  CHECK_FALSE(OfferUpdateBanner(false, v, t, Screen::Home));
  CHECK(OfferUpdateBanner(true, v, t, Screen::Home));
  CHECK(OfferUpdateBanner(true, v, t, Screen::Timeout));  // no break going: fine
  REQUIRE(Start(t, 1.7e12, 20));
  CHECK_FALSE(OfferUpdateBanner(true, v, t, Screen::Timeout));  // during a break: not now
  CHECK(OfferUpdateBanner(true, v, t, Screen::Guide));          // elsewhere it may show
  v.dismissed = true;
  CHECK_FALSE(OfferUpdateBanner(true, v, t, Screen::Home));
}

TEST_CASE("a waiting version is offered; Reload asks the platform once, Later hides the banner", "[update][ui]") {
  TestApp app(390, 844, 2.0f);
  app.Frames(2);
  CHECK_FALSE(app.Find(Role::Button, kReload));
  app.host().update_ready = true;
  app.Frames(2);
  REQUIRE(app.Find(Role::Button, kReload));
  CHECK(app.host().updates_applied == 0);  // nothing happens by itself
  REQUIRE(app.Activate(Role::Button, kReload));
  app.Frames(2);
  CHECK(app.host().updates_applied == 1);
  REQUIRE(app.Activate(Role::Button, kLater));
  app.Frames(2);
  CHECK_FALSE(app.Find(Role::Button, kReload));
  // Settings still offers it.
  Go(app.state.nav, {Screen::Settings, "", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Reload into the new version"));
  app.Frames(1);
  CHECK(app.host().updates_applied == 2);
}

TEST_CASE("no update banner on the time-out screen while a break runs", "[update][ui]") {
  TestApp app(1280, 800, 1.0f);
  app.host().update_ready = true;
  Go(app.state.nav, {Screen::Timeout, "", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Button, kReload));  // no break yet
  REQUIRE(app.Activate(Role::Button, "I understand"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Let's pause — start a time-out of 20 minutes"));
  app.Frames(2);
  REQUIRE(app.state.timeout.run.status == TimeoutStatus::Running);
  CHECK_FALSE(app.Find(Role::Button, kReload));
  CHECK(app.host().updates_applied == 0);
}
