// The "When closeness feels scary" screen (ui/ex_fears) driven through the mirror.
#include <catch2/catch.hpp>
#include <string>

#include "core/exercises/closeness-fears.h"
#include "support.h"

using namespace core;

TEST_CASE("fears UI: tick, see a summary that is not a diagnosis, and the next steps", "[ui][ex][fears]") {
  TestApp app(390, 844, 3.0f);
  app.host().now_ms = kTestNow;
  Go(app.state.nav, {Screen::Exercise, "closeness-fears", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Checkbox, "I pull away and spend a lot of time by myself."));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Checkbox, "An old hurt, like a breakup or a betrayal, still makes trust feel risky."));
  app.Frames(1);
  const MirrorItem* note = app.Find(Role::TextBox, "One small risk I could take this week (optional)");
  REQUIRE(note);
  app.host().next.text_edits.push_back({note->id, "Call my friend Dee", 0, 0});
  app.Frames(1);
  REQUIRE(app.Activate(Role::Button, "See my summary"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "A few of these feel familiar"));
  CHECK(app.Find(Role::Text, "This is not a test or a diagnosis. It is a way to notice patterns. Only you, perhaps with "
                             "a professional, can say what they mean for you."));
  CHECK(app.Find(Role::Link, "Closeness and loneliness"));
  CHECK(app.Find(Role::Link, "Where the fear can come from"));
  CHECK_FALSE(app.Find(Role::Link, "Getting support"));  // a sign not ticked
  CHECK(app.Find(Role::Heading, "Where professional help fits"));
  CHECK(app.Find(Role::Text, "Your small risk this week: Call my friend Dee"));
  CHECK(app.Find(Role::Text, "23 Nov 2026: 2 of 7 signs felt familiar."));
  CHECK(TimesDone(app.state.doc.ex, "closeness-fears") == 1);
  REQUIRE(app.Activate(Role::Link, "Getting help and staying safe"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Chapter);
  CHECK(app.state.nav.route.id == "getting-help");
}
