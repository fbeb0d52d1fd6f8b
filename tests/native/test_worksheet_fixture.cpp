// The browser's worksheet test (tests/browser/worksheets.test.mjs) prints every exercise with saved
// answers from tests/fixtures/worksheets-doc.json. This file makes that fixture from core (the hidden
// case, run by hand after a worksheet changes:
//   ./build/native/hearth_tests "[.make-worksheet-fixture]"
// ) and checks, on every run, that the committed fixture still matches what the sheets print.
#include <catch2/catch.hpp>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/exercises/catalog.h"
#include "core/store/persist.h"
#include "worksheet_support.h"
#include "helpers.h"

using namespace core;
using nlohmann::json;

namespace {

// Every exercise with answers a person could have given, each easy to find on paper.
SavedDoc FilledDoc() {
  const ExerciseText& words = ShippedWords();
  SavedDoc d;
  ExercisesState& ex = d.ex;
  MapStart(ex.map, true, "Quillon", "Marisol");
  for (int k = 0; k < kMapKinds; ++k) {
    MapRate(ex.map, false, k, k == 2 ? 1 : 4);
    MapRate(ex.map, true, k, 5);
  }
  REQUIRE(MapNext(ex.map, kTestNow, 0));
  REQUIRE(MapShowSecond(ex.map));
  for (int k = 0; k < kMapKinds; ++k) {
    MapRate(ex.map, false, k, 5);
    MapRate(ex.map, true, k, 3);
  }
  REQUIRE(MapNext(ex.map, kTestNow, 0));
  ex.checkin.name_a = "Thaddeus";
  ex.checkin.name_b = "Wren";
  ToggleMark(ex.decks.favourites, CardKey(Decks()[0], Decks()[0].cards.back()));
  ex.coach.parts = StatementParts{"wistful", "we ate apart on Tuesday", "I miss our dinners", "one meal together"};
  REQUIRE(SaveStatement(ex.coach, kTestNow));
  EnsureSeed(ex.listening, 12345);
  REQUIRE(RecordAnswer(ex.listening, 2, kTestNow));
  ex.listening.draft = "So the birthday felt overlooked and small";
  REQUIRE(SaveReflection(ex.listening));
  ex.openq.rewrites[ClosedQuestions()[3].id] = "What was the best part of the lighthouse trip?";
  REQUIRE(SaveAppreciation(ex.appreciation, LocalDay(kTestNow, 0), "The umbrella they left for me", kTestNow));
  REQUIRE(SetRuleChosen(ex.rules, "one-topic", true));
  REQUIRE(SetSignal(ex.rules, "Pineapple pause"));
  REQUIRE(SetNames(ex.rules, "Marigold", "Tobias"));
  ex.after.draft.surface = "Who forgot to call the plumber";
  AfterSetNeed(ex.after.draft, 4, true);
  ex.after.draft.need = "To feel we are a team at home";
  ex.after.draft.repair = "Make the call together tomorrow";
  REQUIRE(SetOurs(ex.repair, words.repair, words.repair.groups[1].phrases[1].id, true));
  REQUIRE(SetChosen(ex.rituals, "phone-free-meal", true, kTestNow));
  REQUIRE(SetName(*FindPlan(ex.rituals, "phone-free-meal"), "Soup night, no screens"));
  FearsToggle(ex.fears, FearSigns()[2].id);
  ex.fears.safe_with = "when someone keeps small promises";
  ex.fears.small_step = "tell my sister about the new job";
  for (size_t i = 0; i < InterdepItems().size(); ++i) InterdepRate(ex.interdep, static_cast<int>(i), 1 + static_cast<int>(i % 5));
  REQUIRE(MarkTried(ex.ideas, Ideas()[3].id, true, kTestNow));
  REQUIRE(RateIdea(ex.ideas, Ideas()[3].id, 4));
  ex.closeness.name_a = "Juniper";
  ex.closeness.name_b = "Rafferty";
  REQUIRE(ClosenessStart(ex.closeness, kTestNow));
  while (ClosenessNextSet(ex.closeness, kTestNow) != ClosenessPhase::Closing) {
  }
  ex.closeness.about_b = "Rafferty once kept a pet snail called Gus";
  return d;
}

// The words a person would look for on the sheet: its first questions, and the answers it holds.
json SheetSummary(const std::string& id, const ExercisesState& ex) {
  PrintDoc blank = Sheet(id, ex, false), filled = Sheet(id, ex, true);
  json questions = json::array(), answers = json::array(), marks = json::array();
  for (const PrintBlock& b : blank.blocks)
    if ((b.kind == PrintKind::Answer || b.kind == PrintKind::Scale) && questions.size() < 3) questions.push_back(b.text);
  for (const PrintBlock& b : filled.blocks) {
    if (b.kind == PrintKind::Answer && !b.answer.empty() && answers.size() < 4)
      answers.push_back(b.answer.substr(0, b.answer.find('\n')));
    if (b.kind == PrintKind::Scale && b.value && marks.size() < 4) marks.push_back({b.text, b.value});
    if (b.kind == PrintKind::Check && b.checked && marks.size() < 4) marks.push_back({b.text, 0});
  }
  // answers: words only the filled sheet holds; marks: [question, the number chosen] or [box, 0 = ticked].
  return {{"id", id}, {"title", blank.title}, {"questions", questions}, {"answers", answers}, {"marks", marks}};
}

json Fixture() {
  SavedDoc d = FilledDoc();
  json list = json::array();
  for (const ExerciseInfo& e : Exercises()) list.push_back(SheetSummary(e.id, d.ex));
  return {{"doc", json::parse(DocToJson(d))}, {"exercises", list}};
}

}  // namespace

TEST_CASE("make the worksheets' fixture", "[.make-worksheet-fixture]") {
  std::ofstream f(std::string(HEARTH_SOURCE_DIR) + "/tests/fixtures/worksheets-doc.json");
  f << Fixture().dump(1) << "\n";
  REQUIRE(f.good());
}

TEST_CASE("the worksheets' fixture is what the sheets print now, with an answer on every sheet", "[worksheet]") {
  json committed = json::parse(ReadFixture("worksheets-doc.json"));
  json now = Fixture();
  CHECK(committed == now);  // else run the hidden case above and look at the change
  for (const json& e : now["exercises"]) {
    INFO(e["id"].get<std::string>());
    CHECK(e["questions"].size() >= 1);
    CHECK(e["answers"].size() + e["marks"].size() >= 1);
  }
}
