// The repair toolkit (core/exercises/repair-toolkit): the phrases the guide's file brings (six groups the
// way couples reach for them, each with enough phrases, ids once each), the phrases marked as ours, and
// their JSON (old documents, written before the toolkit, still load).
#include <catch2/catch.hpp>
#include <set>
#include <nlohmann/json.hpp>

#include "core/exercises/ex_text.h"
#include "core/exercises/exercises.h"
#include "core/store/persist.h"
#include "helpers.h"
#include "worksheet_support.h"

using namespace core;
using nlohmann::json;

namespace {

RepairText Small() {  // a made-up set for the marking rules
  RepairText t;
  t.groups.push_back({"a", "A\xE2\x80\xA6", {}});
  for (int i = 0; i < 20; ++i) t.groups[0].phrases.push_back({"p" + std::to_string(i), "Phrase " + std::to_string(i)});
  t.sources.push_back("Someone (2000). A title.");
  return t;
}

}  // namespace

TEST_CASE("the toolkit has six groups the way couples reach for them, each with six phrases or more",
          "[repair]") {
  RepairText t = ShippedWords().repair;
  REQUIRE(t.groups.size() == 6);
  const char* titles[] = {"I feel\xE2\x80\xA6", "Sorry\xE2\x80\xA6", "Getting to yes\xE2\x80\xA6",
                          "I need to calm down\xE2\x80\xA6", "Stop, please\xE2\x80\xA6", "I appreciate\xE2\x80\xA6"};
  std::set<std::string> groups, phrases;
  size_t all = 0;
  for (size_t g = 0; g < t.groups.size(); ++g) {
    INFO(t.groups[g].id);
    CHECK(t.groups[g].title == titles[g]);
    CHECK(t.groups[g].phrases.size() >= kRepairGroupPhrasesMin);
    CHECK(groups.insert(t.groups[g].id).second);
    for (const RepairPhrase& p : t.groups[g].phrases) {
      INFO(p.id);
      CHECK(IsRepairId(p.id));
      CHECK(phrases.insert(p.id).second);  // unique across all groups: "ours" saves phrase ids alone
      CHECK_FALSE(p.text.empty());
      CHECK(p.text.size() <= kRepairPhraseMax);
      ++all;
    }
  }
  CHECK(all >= 40);
  CHECK(RepairPhraseCount(t) == all);
  CHECK(RepairTextProblems(t).empty());
  // The research idea is credited: the sources name Gottman's work on repair with a full reference.
  REQUIRE(t.sources.size() >= 2);
  bool doi = false;
  for (const std::string& s : t.sources) doi |= s.find("https://doi.org/10.1080/08975353.2015.1038962") != std::string::npos;
  CHECK(doi);
}

TEST_CASE("the toolkit's rules name each problem", "[repair]") {
  RepairText t = ShippedWords().repair;
  auto has = [](const std::vector<std::string>& v, const std::string& part) {
    for (const auto& s : v)
      if (s.find(part) != std::string::npos) return true;
    return false;
  };
  RepairText fewer = t;
  fewer.groups.pop_back();
  CHECK(has(RepairTextProblems(fewer), "has 5 groups; it needs at least 6"));
  RepairText thin = t;
  thin.groups[2].phrases.resize(5);
  CHECK(has(RepairTextProblems(thin), "group 'yes' has 5 phrases; it needs at least 6"));
  RepairText twice = t;
  twice.groups[1].phrases[0].id = twice.groups[0].phrases[0].id;
  CHECK(has(RepairTextProblems(twice), "phrase '" + t.groups[0].phrases[0].id + "' comes twice"));
  RepairText caps = t;
  caps.groups[0].id = "Feel";
  CHECK(has(RepairTextProblems(caps), "group 'Feel' needs an id of a-z, 0-9 and '-'"));
  RepairText lng = t;
  lng.groups[0].phrases[0].text = std::string(kRepairPhraseMax + 1, 'a');
  CHECK(has(RepairTextProblems(lng), "is longer than 120 bytes"));
  RepairText few = t;
  for (auto& g : few.groups) g.phrases.resize(6);
  CHECK(has(RepairTextProblems(few), "has 36 phrases in all; it needs at least 40"));
  RepairText bare = t;
  bare.sources.clear();
  CHECK(has(RepairTextProblems(bare), "has no sources"));
}

TEST_CASE("phrases marked as ours come first in the order marked, up to a limit", "[repair]") {
  RepairText t = Small();
  RepairToolkitState s;
  CHECK(SetOurs(s, t, "p3", true));
  CHECK(SetOurs(s, t, "p1", true));
  CHECK_FALSE(SetOurs(s, t, "p1", true));       // already ours
  CHECK_FALSE(SetOurs(s, t, "nothing", true));  // not a phrase the words have
  std::vector<const RepairPhrase*> ours = OurPhrases(s, t);
  REQUIRE(ours.size() == 2);
  CHECK(ours[0]->text == "Phrase 3");
  CHECK(ours[1]->text == "Phrase 1");
  CHECK(IsOurs(s, "p3"));
  CHECK(SetOurs(s, t, "p3", false));
  CHECK_FALSE(SetOurs(s, t, "p3", false));
  CHECK(OurPhrases(s, t).size() == 1);
  for (int i = 4; i < 20; ++i) SetOurs(s, t, "p" + std::to_string(i), true);
  CHECK(s.ours.size() == kRepairOursMax);
  CHECK(OursFull(s));
  CHECK_FALSE(SetOurs(s, t, "p2", true));
  // A phrase the words no longer have is kept (a later file may bring it back), not shown, and can go.
  s.ours = {"gone", "p5"};
  REQUIRE(OurPhrases(s, t).size() == 1);
  CHECK(OurPhrases(s, t)[0]->id == "p5");
  CHECK(SetOurs(s, t, "gone", false));
}

TEST_CASE("ours round-trips through JSON; bad or repeated ids are dropped", "[repair][persist]") {
  RepairToolkitState s;
  s.ours = {"calm-hand", "sorry-tone", "thanks-us"};
  s.group = 3;  // not saved
  json j = RepairToolkitToJson(s);
  CHECK(j == json{{"ours", {"calm-hand", "sorry-tone", "thanks-us"}}});
  RepairToolkitState back;
  RepairToolkitFromJson(json::parse(j.dump()), back);
  CHECK(back.ours == s.ours);
  CHECK(back.group == 0);
  RepairToolkitFromJson(json{{"ours", {"ok-1", "Bad Id", 7, "ok-1", std::string(kRepairIdMax + 1, 'a'), "ok-2"}}}, back);
  CHECK(back.ours == std::vector<std::string>{"ok-1", "ok-2"});
  json many = json::array();
  for (int i = 0; i < 30; ++i) many.push_back("p" + std::to_string(i));
  RepairToolkitFromJson(json{{"ours", many}}, back);
  CHECK(back.ours.size() == kRepairOursMax);
  for (const json& bad : {json(nullptr), json("x"), json::array(), json{{"ours", "calm-hand"}}}) {
    RepairToolkitFromJson(bad, back);
    CHECK(back.ours.empty());
  }
  // In the whole document: saved under its id, and back.
  ExercisesState e;
  e.repair.ours = {"feel-alone"};
  ExercisesState e2;
  ExercisesFromJson(json::parse(ExercisesToJson(e).dump()), e2);
  CHECK(ExercisesToJson(e)["repair-toolkit"] == json{{"ours", {"feel-alone"}}});
  CHECK(e2.repair.ours == std::vector<std::string>{"feel-alone"});
}

TEST_CASE("documents written before the toolkit still load, with nothing marked", "[repair][persist]") {
  SavedDoc d;
  LoadResult r = DocFromJson(ReadFixture("doc-v2-exercises.json"), d);
  REQUIRE(r.status == LoadStatus::Ok);
  CHECK(d.ex.repair.ours.empty());
  CHECK(d.ex.ideas.records.at("blanket-fort").rating == 4);  // the rest is kept
  // A current document saved before the toolkit existed (no "repair-toolkit" key) loads the same way.
  json j = json::parse(DocToJson(d));
  j["exercises"].erase("repair-toolkit");
  SavedDoc again;
  REQUIRE(DocFromJson(j.dump(), again).status == LoadStatus::Ok);
  CHECK(again.ex.repair.ours.empty());
  CHECK(again.ex.rules.own == d.ex.rules.own);
}

TEST_CASE("the repair toolkit prints its groups of phrases to tick, ours ticked, with room for our own words",
          "[worksheet]") {
  const ExerciseText& words = ShippedWords();
  REQUIRE(words.repair.groups.size() >= 2);
  const RepairPhrase& first = words.repair.groups[0].phrases[0];
  const RepairPhrase& other = words.repair.groups[1].phrases[1];
  ExercisesState ex;
  REQUIRE(SetOurs(ex.repair, words.repair, other.id, true));

  for (bool filled : {true, false}) {
    INFO(filled);
    PrintDoc d = Sheet("repair-toolkit", ex, filled);
    for (const RepairGroup& g : words.repair.groups) CHECK(SheetHas(d, g.title));
    CHECK(SheetHas(d, first.text));
    CHECK(SheetHas(d, "own words"));
    int ticked = 0, checks = 0;
    for (const PrintBlock& b : d.blocks) {
      if (b.kind != PrintKind::Check) continue;
      ++checks;
      ticked += b.checked;
      if (b.text == other.text) CHECK(b.checked == filled);
    }
    CHECK(checks == static_cast<int>(RepairPhraseCount(words.repair)));
    CHECK(ticked == (filled ? 1 : 0));
  }
  PrintDoc loading = ExerciseWorksheet("repair-toolkit", ex, ExerciseText{}, false, "");
  CHECK(SheetHas(loading, "still loading"));
  CHECK(SheetHas(loading, "own words"));
}
