// The Progress screen (ui/progress) drawn headlessly.
#include <catch2/catch.hpp>
#include <string>

#include "core/progress/progress.h"
#include "support.h"

using namespace core;

namespace {
const double kDay = 86400000.0;
}  // namespace

TEST_CASE("the Progress screen shows the month with activity as text, and moves between months", "[ui][progress]") {
  TestApp app(390, 844, 3.0f);
  app.host().now_ms = kTestNow;
  MarkDone(app.state.doc.ex, "appreciation", kTestNow - 2 * kDay, 0);
  MarkDone(app.state.doc.ex, "appreciation", kTestNow - 30 * kDay, 0);
  Go(app.state.nav, {Screen::Progress, "", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "November 2026"));
  CHECK(app.Find(Role::Text, "You used Hearth on one day in November 2026: the 21st."));
  CHECK(app.Find(Role::Text, "You have tried 1 of 15 exercises."));
  const MirrorItem* later = app.Find(Role::Button, "Later month");
  REQUIRE(later);
  CHECK(later->disabled);  // nothing to see in the future
  REQUIRE(app.Activate(Role::Button, "Earlier month"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "October 2026"));
  CHECK(app.Find(Role::Text, "You used Hearth on one day in October 2026: the 24th."));
  REQUIRE(app.Activate(Role::Link, "Appreciation moments"));
  app.Frames(2);
  CHECK(app.state.nav.route == Route{Screen::Exercise, "appreciation", ""});
}
