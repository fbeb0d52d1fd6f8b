// The Intimacy map screen driven headlessly through the mirror: "one phone, two people" (A answers,
// the hand-over hides A's answers, B answers, the reveal shows both and the gaps), and a map alone.
#include <catch2/catch.hpp>

#include "core/base/calendar.h"
#include "core/exercises/intimacy-map.h"
#include "support.h"

using namespace core;

namespace {
// Answers all ten scales through the mirror (radios named "<Kind>: how ...: <n>" plus an end word).
void Rate(TestApp& app, const int now[5], const int matters[5]) {
  for (int k = 0; k < kMapKinds; ++k) {
    for (int part = 0; part < 2; ++part) {
      std::string label = std::string(MapKindName(k)) + (part ? ": how much it matters to me" : ": how close we feel now");
      int v = part ? matters[k] : now[k];
      std::string name = label + ": " + std::to_string(v);
      if (v == 1) name += part ? " (A little)" : " (Far apart)";
      if (v == 5) name += part ? " (A lot)" : " (Very close)";
      INFO(name);
      REQUIRE(app.Activate(Role::Radio, name));
      app.Frames(1);
    }
  }
}

int CheckedRadios(TestApp& app) {
  int n = 0;
  for (const auto& m : app.host().last_mirror) n += m.role == Role::Radio && m.checked == 1;
  return n;
}

}  // namespace

TEST_CASE("map UI: two people on one phone, with the first answers covered until the reveal", "[ui][ex][map]") {
  TestApp app(390, 844, 3.0f);
  app.host().now_ms = 1795396800000.0;  // 2026-11-23
  Go(app.state.nav, {Screen::Exercise, "intimacy-map", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Radio, "Two of us, on this device"));
  app.Frames(2);
  Type(app, "First person's name (optional)", "Sam");
  Type(app, "Second person's name (optional)", "Alex");
  REQUIRE(app.Activate(Role::Button, "Start the map"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Sam's answers"));
  const MirrorItem* next = app.Find(Role::Button, "Done: cover my answers");
  REQUIRE(next);
  CHECK(next->disabled);
  const int a_now[5] = {4, 3, 1, 4, 3}, a_mat[5] = {5, 3, 5, 4, 5};
  Rate(app, a_now, a_mat);
  app.Frames(1);
  CHECK(CheckedRadios(app) == 10);
  REQUIRE(app.Activate(Role::Button, "Done: cover my answers"));
  app.Frames(2);

  // The hand-over: nothing of Sam's answers is on screen or in the mirror.
  CHECK(app.Find(Role::Heading, "Pass the device to Alex"));
  CHECK(CheckedRadios(app) == 0);
  CHECK_FALSE(HasText(app, "how close we feel now"));
  CHECK_FALSE(HasText(app, "Chart"));
  REQUIRE(app.Activate(Role::Button, "I'm Alex, show my questions"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Alex's answers"));
  CHECK(CheckedRadios(app) == 0);  // Alex starts with a blank sheet, not Sam's choices
  CHECK_FALSE(HasText(app, "Sam"));
  const int b_now[5] = {2, 3, 4, 4, 3}, b_mat[5] = {5, 3, 4, 4, 1};
  Rate(app, b_now, b_mat);
  REQUIRE(app.Activate(Role::Button, "Show both maps"));
  app.Frames(2);

  // The reveal: both maps, in pictures and words, and the gaps with where to go next.
  CHECK(app.Find(Role::Heading, "Your maps, side by side"));
  CHECK(app.Find(Role::Text, "Chart: how close you feel now. Sam: Emotional 4, Intellectual 3, Physical 1, Experiential 4, "
                             "Spiritual 3. Alex: Emotional 2, Intellectual 3, Physical 4, Experiential 4, Spiritual 3."));
  CHECK(app.Find(Role::Text, "Physical: Sam close 1, matters 5 · Alex close 4, matters 4"));
  CHECK(app.Find(Role::Heading, "Physical closeness: Sam would like more"));
  CHECK(app.Find(Role::Heading, "Spiritual closeness matters more to Sam"));
  CHECK(app.Find(Role::Heading, "Emotional closeness: Alex would like more"));
  CHECK(TimesDone(app.state.doc.ex, "intimacy-map") == 1);
  REQUIRE(app.state.doc.ex.map.history.size() == 1);
  CHECK(app.Find(Role::Text, "Map 1, " + ShortDayLabel(app.state.doc.ex.map.history[0].day) + " 2026: Sam and Alex (shown above)"));

  // A gap's link opens the chapter that helps.
  REQUIRE(app.Activate(Role::Link, "Emotional and physical intimacy together"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Chapter);
  CHECK(app.state.nav.route.id == "emotional-and-physical");
}

TEST_CASE("map UI: alone, the result shows one chart, and a second map shows what changed", "[ui][ex][map]") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Exercise, "intimacy-map", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Start the map"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Your answers"));
  REQUIRE(app.Activate(Role::Radio, "Emotional: how close we feel now: 3"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Button, "Start over without saving"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, start over"));
  app.Frames(2);
  CHECK(app.state.doc.ex.map.stage == MapStage::Setup);
  CHECK(app.state.doc.ex.map.history.empty());
  REQUIRE(app.Activate(Role::Button, "Start the map"));
  app.Frames(2);
  CHECK(app.Find(Role::Radio, "Emotional: how close we feel now: 3")->checked == 0);
  const int now1[5] = {2, 3, 3, 3, 3}, mat[5] = {5, 3, 3, 3, 3};
  Rate(app, now1, mat);
  REQUIRE(app.Activate(Role::Button, "See my map"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Your map"));
  CHECK(app.Find(Role::Heading, "Emotional closeness: you would like more"));
  CHECK(app.Find(Role::Link, "What emotional intimacy looks like"));
  REQUIRE(app.Activate(Role::Button, "Start a new map"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Start the map"));
  app.Frames(2);
  const int now2[5] = {4, 3, 3, 3, 3};
  Rate(app, now2, mat);
  REQUIRE(app.Activate(Role::Button, "See my map"));
  app.Frames(2);
  CHECK(app.Find(Role::Text, "Emotional closeness went from 2 to 4."));
  CHECK(app.Find(Role::Heading, "Where you would like more"));
  CHECK(app.Find(Role::Text, "No big gaps this time: closeness and what matters to you are close together."));
  CHECK(TimesDone(app.state.doc.ex, "intimacy-map") == 2);
}

TEST_CASE("map UI: starting over on the hand-over asks first; keeping changes nothing", "[ui][ex][map]") {
  TestApp app(390, 844, 3.0f);
  Go(app.state.nav, {Screen::Exercise, "intimacy-map", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Radio, "Two of us, on this device"));
  app.Frames(2);
  Type(app, "First person's name (optional)", "Sam");
  Type(app, "Second person's name (optional)", "Alex");
  REQUIRE(app.Activate(Role::Button, "Start the map"));
  app.Frames(2);
  const int a_now[5] = {4, 3, 1, 4, 3}, a_mat[5] = {5, 3, 5, 4, 5};
  Rate(app, a_now, a_mat);
  REQUIRE(app.Activate(Role::Button, "Done: cover my answers"));
  app.Frames(2);
  REQUIRE(app.Find(Role::Heading, "Pass the device to Alex"));

  // A real button (not text), well below the main action.
  const MirrorItem* main = app.Find(Role::Button, "I'm Alex, show my questions");
  const MirrorItem* over = app.Find(Role::Button, "Start over without saving");
  REQUIRE(main);
  REQUIRE(over);
  CHECK(over->y >= main->y + main->h + 48);
  CHECK(over->h >= 44);

  REQUIRE(app.Activate(Role::Button, "Start over without saving"));
  app.Frames(2);
  CHECK(app.Find(Role::Text, "Start over? Everyone's answers so far will be lost."));
  CHECK(app.state.doc.ex.map.stage == MapStage::Handover);  // nothing is gone yet
  const MirrorItem* keep = app.Find(Role::Button, "Keep the answers");
  const MirrorItem* yes = app.Find(Role::Button, "Yes, start over");
  REQUIRE(keep);
  REQUIRE(yes);
  CHECK(yes->y >= keep->y + keep->h + 48);
  CHECK_FALSE(app.Find(Role::Button, "Start over without saving"));
  REQUIRE(app.Activate(Role::Button, "Keep the answers"));
  app.Frames(2);
  CHECK(app.state.doc.ex.map.stage == MapStage::Handover);
  CHECK(app.state.doc.ex.map.draft_a.now[2] == 1);
  CHECK(app.state.doc.ex.map.draft_a.matters[0] == 5);
  CHECK(app.Find(Role::Button, "Start over without saving"));
  CHECK_FALSE(app.Find(Role::Button, "Yes, start over"));

  REQUIRE(app.Activate(Role::Button, "Start over without saving"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, start over"));
  app.Frames(2);
  CHECK(app.state.doc.ex.map.stage == MapStage::Setup);
  CHECK(MapAnswered(app.state.doc.ex.map.draft_a) == 0);
  CHECK(app.state.doc.ex.map.draft_a.name == "Sam");  // the names stay for next time
  CHECK(app.state.doc.ex.map.history.empty());
}
