// The shared-experience ideas screen (ui/ex_ideas) driven through the mirror.
#include <catch2/catch.hpp>
#include <string>

#include "core/exercises/shared-experiences.h"
#include "support.h"

using namespace core;

TEST_CASE("the ideas screen filters, marks one tried and rates it", "[ui][ex][ideas]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Exercise, "shared-experiences", ""});
  app.Frames(2);
  std::string all = std::to_string(Ideas().size());
  CHECK(app.Find(Role::Text, all + " of " + all + " ideas shown."));
  REQUIRE(app.Activate(Role::Radio, "Cost: Free"));
  app.Frames(2);
  CHECK(app.state.doc.ex.ideas.filter.max_cost == 0);
  REQUIRE(app.Activate(Role::Radio, "Kind: At home"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Checkbox, "We tried it: Build a blanket fort"));
  app.Frames(2);
  CHECK(TimesDone(app.state.doc.ex, "shared-experiences") == 1);
  REQUIRE(app.Activate(Role::Radio, "How was it? Build a blanket fort: 5 (loved it)"));
  app.Frames(2);
  CHECK(app.state.doc.ex.ideas.records["blanket-fort"].rating == 5);
  REQUIRE(app.Activate(Role::Radio, "Kind: Any"));
  app.Frames(2);
  CHECK(app.state.doc.ex.ideas.filter.category == -1);
}
