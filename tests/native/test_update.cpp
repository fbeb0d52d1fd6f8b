// A new version downloaded by the service worker (core/update): when the banner is offered. The
// banner itself is in test_ui_app.cpp.
#include <catch2/catch.hpp>

#include "core/app/update.h"

using namespace core;

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

