// Keyboard focus and the page: a control reached by Tab is brought into view.
#include <catch2/catch.hpp>

#include "support.h"

using namespace core;

TEST_CASE("a control reached by Tab below the fold is scrolled into view once, then scrolling is free", "[a11y][focus]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Settings, "", ""});
  app.Frames(2);
  const MirrorItem* del = app.Find(Role::Button, "Delete all my data");
  REQUIRE(del);
  REQUIRE(del->offscreen);
  uint32_t id = del->id;
  auto focused_frames = [&](int n, ScrollKey key = ScrollKey::None) {
    for (int i = 0; i < n; ++i) {
      app.host().next.scroll_key = i == 0 ? key : ScrollKey::None;
      app.host().next.focus_id = id;
      app.host().next.focus_visible = true;
      app.Frame();
    }
  };
  focused_frames(3);
  del = app.Find(Role::Button, "Delete all my data");
  REQUIRE(del);
  CHECK_FALSE(del->offscreen);
  CHECK(del->y + del->h <= 844.0f);
  // The person scrolls back to the top (Home) while focus stays: the page is not pulled back.
  focused_frames(4, ScrollKey::Home);
  del = app.Find(Role::Button, "Delete all my data");
  REQUIRE(del);
  CHECK(del->offscreen);
}
