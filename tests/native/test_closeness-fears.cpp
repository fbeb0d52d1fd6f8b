// "When closeness feels scary" (core/ex_fears): the summary, the ticks and next steps, and the JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/exercises/closeness-fears.h"
#include "helpers.h"
#include "worksheet_support.h"

using namespace core;
using nlohmann::json;

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
  FearsFinish(f, kTestNow, 0);
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
  FearsFinish(f, kTestNow, 60);
  FearsToggle(f, "pull-away");
  json j = FearsToJson(f);
  FearsState back;
  FearsFromJson(json::parse(j.dump()), back);
  CHECK(back.ticked == std::vector<std::string>{"pull-away", "drift"});
  CHECK(back.safe_with == f.safe_with);
  CHECK(back.small_step == f.small_step);
  REQUIRE(back.history.size() == 1);
  CHECK(back.history[0].signs == std::vector<std::string>{"drift"});
  CHECK(back.history[0].at_ms == kTestNow);
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
            {"history", json::array({{{"at", kTestNow}, {"signs", json::array({"arms-length", "nope"})}},
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

TEST_CASE("fears print as a worksheet: the signs to tick and the two notes", "[worksheet]") {
  ExercisesState ex;
  FearsState& f = ex.fears;
  const FearSign& sign = FearSigns()[2];
  FearsToggle(f, sign.id);
  f.safe_with = "when someone keeps small promises";
  f.small_step = "tell my sister about the new job";
  const char* questions[] = {kFearsHeadSigns, kFearsAskSafe, kFearsAskStep};

  PrintDoc filled = Sheet("closeness-fears", ex, true);
  for (const char* q : questions) CHECK(SheetHas(filled, q));
  CHECK(SheetHas(filled, f.safe_with));
  CHECK(SheetHas(filled, f.small_step));
  int checks = 0;
  for (const PrintBlock& b : filled.blocks) {
    if (b.kind != PrintKind::Check) continue;
    ++checks;
    CHECK(b.checked == (b.text == sign.text));
  }
  CHECK(checks == static_cast<int>(FearSigns().size()));

  PrintDoc blank = Sheet("closeness-fears", ex, false);
  for (const char* q : questions) CHECK(SheetHas(blank, q));
  CHECK(SheetHas(blank, sign.text));
  CHECK_FALSE(SheetHas(blank, f.safe_with));
  CHECK_FALSE(SheetHas(blank, f.small_step));

  // Once finished and the ticks cleared, the newest check is what a filled sheet holds.
  FearsFinish(f, kTestNow, 0);
  FearsToggle(f, sign.id);
  REQUIRE(f.ticked.empty());
  PrintDoc newest = Sheet("closeness-fears", ex, true);
  bool ticked = false;
  for (const PrintBlock& b : newest.blocks) ticked |= b.kind == PrintKind::Check && b.checked && b.text == sign.text;
  CHECK(ticked);
}
