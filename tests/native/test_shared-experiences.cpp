// Shared-experience ideas: the list, the filters, tried and rated (and their save).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "core/exercises/shared-experiences.h"
#include "support.h"

using namespace core;
using nlohmann::json;

TEST_CASE("at least 40 ideas, every category, unique ids", "[ex][ideas]") {
  REQUIRE(Ideas().size() >= 40);
  std::set<std::string> ids;
  int per[5] = {0, 0, 0, 0, 0};
  for (const auto& i : Ideas()) {
    CHECK(ids.insert(i.id).second);
    per[static_cast<int>(i.category)]++;
  }
  for (int n : per) CHECK(n >= 6);
  for (const auto& i : Ideas())
    if (i.category == IdeaCategory::Free) CHECK(i.cost == IdeaCost::Free);  // "free" means free
}

TEST_CASE("filters combine: kind, most cost, time, place, and hiding what was tried", "[ex][ideas]") {
  IdeasState s;
  CHECK(FilterIdeas(s).size() == Ideas().size());
  s.filter.max_cost = static_cast<int>(IdeaCost::Free);
  for (const Idea* i : FilterIdeas(s)) CHECK(i->cost == IdeaCost::Free);
  s.filter.place = static_cast<int>(IdeaPlace::In);
  s.filter.time = static_cast<int>(IdeaTime::Short);
  auto some = FilterIdeas(s);
  REQUIRE(!some.empty());
  for (const Idea* i : some) {
    CHECK(i->place == IdeaPlace::In);
    CHECK(i->time == IdeaTime::Short);
  }
  s.filter.hide_tried = true;
  REQUIRE(MarkTried(s, some[0]->id, true, 1.0e12));
  CHECK(FilterIdeas(s).size() == some.size() - 1);
  s.filter = IdeaFilter{};
  s.filter.category = static_cast<int>(IdeaCategory::Team);
  for (const Idea* i : FilterIdeas(s)) CHECK(i->category == IdeaCategory::Team);
}

TEST_CASE("tried and rated ideas survive a save; bad data keeps defaults", "[ex][ideas]") {
  IdeasState s;
  CHECK_FALSE(RateIdea(s, "pottery", 4));  // not tried yet
  REQUIRE(MarkTried(s, "pottery", true, 1.7e12));
  CHECK(RateIdea(s, "pottery", 4));
  CHECK_FALSE(RateIdea(s, "pottery", 6));
  CHECK_FALSE(MarkTried(s, "no-such-idea", true, 1));
  REQUIRE(MarkTried(s, "sunrise", true, 1.7e12));
  CHECK(TriedCount(s) == 2);
  REQUIRE(MarkTried(s, "sunrise", false, 1.7e12));
  CHECK(TriedCount(s) == 1);
  s.filter.place = 1;
  IdeasState back;
  IdeasFromJson(json::parse(IdeasToJson(s).dump()), back);
  CHECK(back.records.size() == 1);
  CHECK(back.records["pottery"].rating == 4);
  CHECK(back.records["pottery"].tried_ms == 1.7e12);
  CHECK(back.filter.place == 1);
  IdeasFromJson(json{{"filter", {{"category", 9}, {"cost", "x"}}}, {"records", {{"ghost", {{"tried", true}}}, {"dance", {{"tried", true}, {"rating", 99}}}}}},
                back);
  CHECK(back.filter.category == -1);
  CHECK(back.records.size() == 1);
  CHECK(back.records["dance"].rating == 0);
}

