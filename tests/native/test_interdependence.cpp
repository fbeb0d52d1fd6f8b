// The Interdependence check (core/ex_interdep): its scoring, finishing and history, and the JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/exercises/interdependence.h"
#include "helpers.h"
#include "worksheet_support.h"

using namespace core;
using nlohmann::json;

namespace {

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
  CHECK_FALSE(InterdepFinish(s, kTestNow, 0));
  InterdepRate(s, kInterdepItems - 1, 5);
  CHECK(InterdepFinish(s, kTestNow, 0));
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
  REQUIRE(InterdepFinish(s, kTestNow, 0));
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
              {"history", json::array({{{"at", kTestNow}, {"ratings", full}},
                                       {{"at", kTestNow}, {"ratings", partial}},
                                       {{"at", kTestNow}, {"ratings", wrong}},
                                       {{"at", -5}, {"ratings", full}},
                                       {{"at", kTestNow}}})},
              {"show_result", 1}};
  InterdependenceFromJson(bad, d);
  CHECK(d.ratings[ItemIndex("whole")] == 0);
  CHECK(d.ratings[ItemIndex("friends")] == 0);
  CHECK(d.ratings[ItemIndex("freeing")] == 5);
  CHECK(d.history.size() == 1);
  CHECK_FALSE(d.show_result);
}

TEST_CASE("the interdependence check prints every statement on a 1-5 scale, the ratings circled when filled",
          "[worksheet]") {
  ExercisesState ex;
  InterdependenceState& st = ex.interdep;
  const auto& items = InterdepItems();
  for (size_t i = 0; i < items.size(); ++i) InterdepRate(st, static_cast<int>(i), 1 + static_cast<int>(i % 5));

  PrintDoc filled = Sheet("interdependence", ex, true);
  PrintDoc blank = Sheet("interdependence", ex, false);
  for (const PrintDoc* d : {&filled, &blank}) {
    CHECK(SheetHas(*d, kInterdepRateLine));
    for (const InterdepItem& it : items) CHECK(SheetHas(*d, it.text));
  }
  size_t k = 0;
  for (const PrintBlock& b : filled.blocks) {
    if (b.kind != PrintKind::Scale) continue;
    REQUIRE(k < items.size());
    CHECK(b.text == items[k].text);
    CHECK(b.value == 1 + static_cast<int>(k % 5));
    CHECK(b.max == 5);
    ++k;
  }
  CHECK(k == items.size());
  for (const PrintBlock& b : blank.blocks) CHECK(b.value == 0);

  // Finished and started again: the newest check fills the sheet.
  REQUIRE(InterdepFinish(st, kTestNow, 0));
  InterdepAgain(st);
  int rated = 0;
  for (const PrintBlock& b : Sheet("interdependence", ex, true).blocks) rated += b.kind == PrintKind::Scale && b.value > 0;
  CHECK(rated == static_cast<int>(items.size()));
}
