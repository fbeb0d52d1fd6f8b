// Shared-experience ideas: the list, the filters, tried and rated (and their save).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "core/exercises/shared-experiences.h"
#include "support.h"
#include "worksheet_support.h"

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

TEST_CASE("the ideas print by kind as boxes to tick, the tried ones ticked with how they went", "[worksheet]") {
  const ExerciseText& words = ShippedWords();
  ExercisesState ex;
  const Idea& tried = Ideas()[3];
  REQUIRE(MarkTried(ex.ideas, tried.id, true, kTestNow));
  REQUIRE(RateIdea(ex.ideas, tried.id, 4));
  const std::string title = WordsOf(words, tried)->title;

  PrintDoc filled = Sheet("shared-experiences", ex, true);
  PrintDoc blank = Sheet("shared-experiences", ex, false);
  for (const PrintDoc* d : {&filled, &blank}) {
    for (int c = 0; c < kIdeaCategoryCount; ++c) CHECK(SheetHas(*d, CategoryName(static_cast<IdeaCategory>(c))));
    for (const Idea& i : Ideas()) CHECK(SheetHas(*d, WordsOf(words, i)->title));
    CHECK(SheetHas(*d, kIdeasAskHow));
  }
  int ticked = 0;
  for (const PrintBlock& b : filled.blocks) {
    if (b.kind == PrintKind::Check && b.checked) {
      ++ticked;
      CHECK(b.text == title);
    }
  }
  CHECK(ticked == 1);
  bool rated = false;
  for (const PrintBlock& b : filled.blocks)
    rated |= b.kind == PrintKind::Scale && b.text == std::string(kIdeasAskHow) + " " + title && b.value == 4;
  CHECK(rated);
  for (const PrintBlock& b : blank.blocks) {
    CHECK_FALSE(b.checked);
    CHECK(b.value == 0);
  }
  CHECK_FALSE(SheetHas(blank, std::string(kIdeasAskHow) + " " + title));

  PrintDoc loading = ExerciseWorksheet("shared-experiences", ex, ExerciseText{}, false, "");
  CHECK(SheetHas(loading, "still loading"));
}
