// The Interdependence check screen (ui/ex_interdep) driven through the mirror.
#include <catch2/catch.hpp>
#include <string>

#include "core/exercises/interdependence.h"
#include "support.h"

using namespace core;

TEST_CASE("interdependence UI: rate every statement, see both sides and the themes", "[ui][ex][interdep]") {
  TestApp app(1280, 800, 1.0f);
  app.host().now_ms = kTestNow;
  Go(app.state.nav, {Screen::Exercise, "interdependence", ""});
  app.Frames(2);
  const MirrorItem* go = app.Find(Role::Button, "See my summary");
  REQUIRE(go);
  CHECK(go->disabled);
  for (const InterdepItem& it : InterdepItems()) {
    int v = it.pattern ? 1 : 4;
    if (std::string(it.id) == "approval") v = 5;
    std::string name = std::string(it.text) + ": " + std::to_string(v) + (v == 1 ? " (Not true)" : v == 5 ? " (Very true)" : "");
    INFO(name);
    REQUIRE(app.Activate(Role::Radio, name));
    app.Frames(1);
  }
  app.Frames(1);
  REQUIRE(app.Activate(Role::Button, "See my summary"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Mostly interdependent"));
  CHECK(app.Find(Role::Text, "Interdependence side: 4.0 of 5"));
  CHECK(app.Find(Role::Text, "Codependent-pattern side: 1.7 of 5"));
  CHECK(app.Find(Role::Heading, "Your self-worth"));
  CHECK_FALSE(app.Find(Role::Heading, "Your own friends"));
  CHECK(app.Find(Role::Heading, "When to get help"));
  CHECK(app.Find(Role::Link, "Getting help and staying safe"));
  CHECK(TimesDone(app.state.doc.ex, "interdependence") == 1);
  REQUIRE(app.Activate(Role::Button, "Take the check again"));
  app.Frames(2);
  CHECK(app.Find(Role::Button, "See my summary")->disabled);
  CHECK(app.Find(Role::Heading, "Past checks"));
}
