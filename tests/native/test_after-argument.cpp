// After an argument: needs, repair ideas, saving a reflection from the draft, deleting, and JSON.
#include <catch2/catch.hpp>
#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/exercises/after-argument.h"

using namespace core;
using nlohmann::json;

TEST_CASE("after-argument: the needs list holds the ones from the guide", "[ex][after]") {
  std::vector<std::string> labels;
  for (const auto& n : AfterNeeds()) labels.push_back(n.label);
  for (const char* want : {"Unappreciated", "Unsupported", "Taken for granted", "A low priority", "Unheard", "Lonely",
                           "Criticized", "Controlled"})
    CHECK(std::find(labels.begin(), labels.end(), want) != labels.end());
  CHECK(AfterRepairIdeas().size() >= 6);
}

TEST_CASE("after-argument: saving the draft keeps a reflection and clears the draft", "[ex][after]") {
  AfterArgumentState s;
  double now = 1795396800000.0;  // 2026-11-23 20:00 UTC... as a local day with the offset
  CHECK_FALSE(AfterSaveDraft(s, now, 0));  // nothing written yet
  s.draft.surface = "   ";
  CHECK_FALSE(AfterHasContent(s.draft));
  AfterSetNeed(s.draft, 4, true);  // unheard
  CHECK(AfterHasContent(s.draft));
  AfterSetNeed(s.draft, 5, true);
  AfterSetNeed(s.draft, 99, true);  // out of range: ignored
  CHECK(AfterNeedsText(s.draft) == "Unheard, lonely");
  AfterSetNeed(s.draft, 5, false);
  CHECK(AfterNeedsText(s.draft) == "Unheard");
  s.draft.surface = "Who forgot the keys";
  s.draft.need = "To be asked, not told";
  AfterUseRepair(s.draft, AfterRepairIdeas()[0]);
  AfterUseRepair(s.draft, AfterRepairIdeas()[0]);  // not twice
  AfterUseRepair(s.draft, AfterRepairIdeas()[1]);
  CHECK(s.draft.repair == std::string(AfterRepairIdeas()[0]) + "\n" + AfterRepairIdeas()[1]);
  REQUIRE(AfterSaveDraft(s, now, -300));
  REQUIRE(s.entries.size() == 1);
  CHECK(s.entries[0].surface == "Who forgot the keys");
  CHECK(s.entries[0].day == LocalDay(now, -300));
  CHECK(s.entries[0].at_ms == now);
  CHECK_FALSE(AfterHasContent(s.draft));
  s.draft.surface = "Phones at dinner";
  REQUIRE(AfterSaveDraft(s, now + 1000, 0));
  CHECK(s.entries[0].surface == "Phones at dinner");  // newest first
  CHECK(AfterTitle(s.entries[1]) == "Who forgot the keys");
  AfterEntry blank;
  CHECK(AfterTitle(blank) == "An argument");
  blank.surface = std::string(200, 'x');
  CHECK(AfterTitle(blank).size() <= 60);
  s.open = 1;
  CHECK_FALSE(AfterDelete(s, 2));
  CHECK_FALSE(AfterDelete(s, -1));
  REQUIRE(AfterDelete(s, 1));
  CHECK(s.open == -1);
  REQUIRE(s.entries.size() == 1);
  CHECK(s.entries[0].surface == "Phones at dinner");
}

TEST_CASE("after-argument: JSON round trip and bad JSON", "[ex][after]") {
  AfterArgumentState s;
  s.draft.surface = "Dishes";
  AfterSetNeed(s.draft, 2, true);
  AfterSaveDraft(s, 1795396800000.0, 60);
  s.draft.surface = "half typed";
  s.draft.own_need = "invisible";
  AfterSetNeed(s.draft, 7, true);
  s.open = 0;
  AfterArgumentState r;
  AfterArgumentFromJson(json::parse(AfterArgumentToJson(s).dump()), r);
  REQUIRE(r.entries.size() == 1);
  CHECK(r.entries[0].surface == "Dishes");
  CHECK(AfterNeedOn(r.entries[0], 2));
  CHECK_FALSE(AfterNeedOn(r.entries[0], 3));
  CHECK(r.entries[0].day == s.entries[0].day);
  CHECK(r.draft.surface == "half typed");
  CHECK(r.draft.own_need == "invisible");
  CHECK(AfterNeedOn(r.draft, 7));
  CHECK(r.open == -1);  // passing state is not saved

  for (const char* bad : {"null", "7", R"({"entries":{},"draft":"x"})",
                          R"({"entries":[null,1,{},{"needs":["nope",3]}],"draft":{"needs":"all"}})"}) {
    INFO(bad);
    AfterArgumentState b;
    b.draft.surface = "junk";
    AfterArgumentFromJson(json::parse(bad), b);
    CHECK(b.entries.empty());
    CHECK_FALSE(AfterHasContent(b.draft));
  }
  AfterArgumentState big;
  json many = json::array();
  for (int i = 0; i < 600; ++i) many.push_back({{"surface", "x"}, {"day", 1}});
  AfterArgumentFromJson(json{{"entries", many}}, big);
  CHECK(big.entries.size() == kAfterMax);
}
