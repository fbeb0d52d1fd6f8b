// "When closeness feels scary" and the Interdependence check: their scoring, next steps, history,
// JSON round trips and damaged JSON, and each screen driven through the mirror.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/ex_fears.h"
#include "core/ex_interdep.h"
#include "core/jsonread.h"
#include "support.h"

using namespace core;
using nlohmann::json;

namespace {
constexpr double kT = 1795396800000.0;  // 2026-11-23 01:20 UTC

// Ratings in InterdepItems() order from one value for the healthy side and one for the patterns.
std::vector<int> Ratings(int healthy, int pattern) {
  std::vector<int> r;
  for (const InterdepItem& it : InterdepItems()) r.push_back(it.pattern ? pattern : healthy);
  return r;
}

int ItemIndex(const char* id) {
  const auto& items = InterdepItems();
  for (size_t i = 0; i < items.size(); ++i)
    if (std::string(items[i].id) == id) return static_cast<int>(i);
  return -1;
}
}  // namespace

TEST_CASE("fears: the summary grows gentler and points to help as more signs feel familiar", "[ex][fears]") {
  CHECK(FearSigns().size() == 7);
  CHECK(SummarizeFears(0).level == 0);
  CHECK(SummarizeFears(1).level == 1);
  CHECK(SummarizeFears(2).level == 1);
  CHECK(SummarizeFears(3).level == 2);
  CHECK(SummarizeFears(4).level == 2);
  CHECK(SummarizeFears(5).level == 3);
  CHECK(SummarizeFears(7).level == 3);
  CHECK(SummarizeFears(7).text.find("therapist") != std::string::npos);
  CHECK(SummarizeFears(1).title == "A few of these feel familiar");
}

TEST_CASE("fears: ticks stay unique and in list order; next steps follow them", "[ex][fears]") {
  FearsState f;
  FearsToggle(f, "old-hurt");
  FearsToggle(f, "avoid-deep");
  FearsToggle(f, "no-such-sign");
  FearsToggle(f, "uneasy");
  FearsToggle(f, "uneasy");  // untick
  REQUIRE(f.ticked == std::vector<std::string>{"avoid-deep", "old-hurt"});
  CHECK(FearsIsTicked(f, "old-hurt"));
  CHECK_FALSE(FearsIsTicked(f, "uneasy"));
  std::vector<const FearSign*> steps = FearSteps(f.ticked);
  REQUIRE(steps.size() == 2);
  CHECK(std::string(steps[0]->target) == "chapter:fear-of-closeness#why-risky");
  CHECK(std::string(steps[1]->target) == "chapter:fear-of-closeness#roots");
  FearsFinish(f, kT, 0);
  REQUIRE(f.history.size() == 1);
  CHECK(f.show_result);
  CHECK(f.history[0].signs.size() == 2);
  CHECK(f.history[0].day == 20780);
  FearsAgain(f);
  CHECK_FALSE(f.show_result);
  CHECK(f.ticked.size() == 2);  // kept, to adjust
}

TEST_CASE("fears: JSON round trip, and damaged JSON keeps defaults", "[ex][fears]") {
  FearsState f;
  FearsToggle(f, "drift");
  f.safe_with = "When they ask before a hug.";
  f.small_step = "Tell my sister about the new job.";
  FearsFinish(f, kT, 60);
  FearsToggle(f, "pull-away");
  json j = FearsToJson(f);
  FearsState back;
  FearsFromJson(json::parse(j.dump()), back);
  CHECK(back.ticked == std::vector<std::string>{"pull-away", "drift"});
  CHECK(back.safe_with == f.safe_with);
  CHECK(back.small_step == f.small_step);
  REQUIRE(back.history.size() == 1);
  CHECK(back.history[0].signs == std::vector<std::string>{"drift"});
  CHECK(back.history[0].at_ms == kT);
  CHECK(back.show_result);
  CHECK(FearsToJson(back) == j);

  for (const json& bad : {json(nullptr), json(3), json("x"), json::array()}) {
    FearsState g;
    g.ticked = {"drift"};
    FearsFromJson(bad, g);
    CHECK(g.ticked.empty());
    CHECK(g.history.empty());
  }
  json d = {{"ticked", json::array({"drift", 5, "unknown", "drift", "uneasy"})},
            {"safe_with", 12},
            {"small_step", std::string(9000, 'a')},
            {"history", json::array({{{"at", kT}, {"signs", json::array({"arms-length", "nope"})}},
                                     {{"at", "today"}, {"signs", json::array()}},
                                     {{"signs", json::array({"drift"})}},
                                     7})},
            {"show_result", "yes"}};
  FearsState g;
  FearsFromJson(d, g);
  CHECK(g.ticked == std::vector<std::string>{"uneasy", "drift"});
  CHECK(g.safe_with.empty());
  CHECK(g.small_step.size() == jr::kTextMax);
  REQUIRE(g.history.size() == 1);
  CHECK(g.history[0].signs == std::vector<std::string>{"arms-length"});
  CHECK_FALSE(g.show_result);
  FearsFromJson({{"show_result", true}}, g);  // nothing to show
  CHECK_FALSE(g.show_result);
}

TEST_CASE("interdependence: the scoring sets the two sides apart", "[ex][interdep]") {
  REQUIRE(InterdepItems().size() == static_cast<size_t>(kInterdepItems));
  for (int p = 0; p < kInterdepPairs; ++p) {
    CHECK(InterdepFind(p, true));
    CHECK(InterdepFind(p, false));
  }
  InterdepScore healthy = ScoreInterdep(Ratings(5, 1));
  CHECK(healthy.complete);
  CHECK(healthy.balance == 5.0);
  CHECK(healthy.pattern == 1.0);
  CHECK(healthy.level == 0);
  CHECK(healthy.title == "Mostly interdependent");
  CHECK(healthy.pairs.empty());

  InterdepScore quiet = ScoreInterdep(Ratings(3, 2));
  CHECK(quiet.level == 1);
  CHECK(quiet.pairs.empty());

  InterdepScore some = ScoreInterdep(Ratings(4, 3));
  CHECK(some.level == 2);

  InterdepScore strong = ScoreInterdep(Ratings(2, 4));
  CHECK(strong.level == 3);
  CHECK(strong.title == "Codependent patterns stand out");
  CHECK(strong.pairs.size() == static_cast<size_t>(kInterdepPairs));

  // Boundaries: a pattern mean of exactly 2.5 is "some"; 3.5 is "strong".
  std::vector<int> r = Ratings(5, 2);
  int raised = 0;
  for (size_t i = 0; i < r.size() && raised < 3; ++i)
    if (InterdepItems()[i].pattern) r[i] = 3, ++raised;
  CHECK(ScoreInterdep(r).pattern == 2.5);
  CHECK(ScoreInterdep(r).level == 2);

  // One theme stands out: its pattern rated 4, or its healthy side rated 2.
  std::vector<int> one = Ratings(4, 1);
  one[ItemIndex("approval")] = 4;
  one[ItemIndex("friends")] = 2;
  InterdepScore sc = ScoreInterdep(one);
  CHECK(sc.level == 0);
  CHECK(sc.pairs == std::vector<int>{1, 3});  // theme order
  CHECK(std::string(InterdepTheme(3)) == "Your self-worth");

  std::vector<int> missing = Ratings(4, 1);
  missing[5] = 0;
  CHECK_FALSE(ScoreInterdep(missing).complete);
  CHECK_FALSE(ScoreInterdep({1, 2, 3}).complete);
}

TEST_CASE("interdependence: finishing needs every answer; the history keeps each check", "[ex][interdep]") {
  InterdependenceState s;
  for (int i = 0; i + 1 < kInterdepItems; ++i) InterdepRate(s, i, 3);
  InterdepRate(s, 99, 3);
  InterdepRate(s, 0, 0);
  CHECK(s.ratings[0] == 3);
  CHECK_FALSE(InterdepFinish(s, kT, 0));
  InterdepRate(s, kInterdepItems - 1, 5);
  CHECK(InterdepFinish(s, kT, 0));
  CHECK(s.show_result);
  REQUIRE(s.history.size() == 1);
  CHECK(s.history[0].ratings[kInterdepItems - 1] == 5);
  InterdepAgain(s);
  CHECK_FALSE(s.show_result);
  CHECK(s.ratings == std::vector<int>(kInterdepItems, 0));
  CHECK(s.history.size() == 1);
}

TEST_CASE("interdependence: JSON round trip, and damaged JSON keeps defaults", "[ex][interdep]") {
  InterdependenceState s;
  s.ratings = Ratings(4, 2);
  REQUIRE(InterdepFinish(s, kT, 0));
  s.ratings = std::vector<int>(kInterdepItems, 0);
  s.ratings[2] = 5;
  json j = InterdependenceToJson(s);
  InterdependenceState back;
  InterdependenceFromJson(json::parse(j.dump()), back);
  CHECK(back.ratings == s.ratings);
  REQUIRE(back.history.size() == 1);
  CHECK(back.history[0].ratings == Ratings(4, 2));
  CHECK(back.history[0].day == s.history[0].day);
  CHECK(back.show_result);
  CHECK(InterdependenceToJson(back) == j);

  InterdependenceState d;
  InterdependenceFromJson(json("junk"), d);
  CHECK(d.ratings == std::vector<int>(kInterdepItems, 0));
  json full = j["history"][0]["ratings"];
  json partial = full;
  partial.erase("whole");
  json wrong = full;
  wrong["lost"] = 6;
  json bad = {{"ratings", {{"whole", 2.5}, {"friends", "4"}, {"freeing", 5}}},
              {"history", json::array({{{"at", kT}, {"ratings", full}},
                                       {{"at", kT}, {"ratings", partial}},
                                       {{"at", kT}, {"ratings", wrong}},
                                       {{"at", -5}, {"ratings", full}},
                                       {{"at", kT}}})},
              {"show_result", 1}};
  InterdependenceFromJson(bad, d);
  CHECK(d.ratings[ItemIndex("whole")] == 0);
  CHECK(d.ratings[ItemIndex("friends")] == 0);
  CHECK(d.ratings[ItemIndex("freeing")] == 5);
  CHECK(d.history.size() == 1);
  CHECK_FALSE(d.show_result);
}

TEST_CASE("fears UI: tick, see a summary that is not a diagnosis, and the next steps", "[ui][ex][fears]") {
  TestApp app(390, 844, 3.0f);
  app.host().now_ms = kT;
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
  CHECK(TimesDone(app.state.ex, "closeness-fears") == 1);
  REQUIRE(app.Activate(Role::Link, "Getting help and staying safe"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Chapter);
  CHECK(app.state.nav.route.id == "getting-help");
}

TEST_CASE("interdependence UI: rate every statement, see both sides and the themes", "[ui][ex][interdep]") {
  TestApp app(1280, 800, 1.0f);
  app.host().now_ms = kT;
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
  CHECK(TimesDone(app.state.ex, "interdependence") == 1);
  REQUIRE(app.Activate(Role::Button, "Take the check again"));
  app.Frames(2);
  CHECK(app.Find(Role::Button, "See my summary")->disabled);
  CHECK(app.Find(Role::Heading, "Past checks"));
}
