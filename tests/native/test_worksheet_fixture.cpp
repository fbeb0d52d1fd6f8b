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
  SavedDoc d;
  ExercisesState& ex = d.ex;
  ex.after.draft.surface = "Who forgot to call the plumber";
  AfterSetNeed(ex.after.draft, 4, true);
  ex.after.draft.need = "To feel we are a team at home";
  ex.after.draft.repair = "Make the call together tomorrow";
  return d;
}

// The words a person would look for on the sheet: its first questions, and the answers it holds.
json SheetSummary(const std::string& id, const ExercisesState& ex) {
  PrintDoc blank = Sheet(id, ex, false), filled = Sheet(id, ex, true);
  json questions = json::array(), answers = json::array();
  for (const PrintBlock& b : blank.blocks)
    if ((b.kind == PrintKind::Answer || b.kind == PrintKind::Scale) && questions.size() < 3) questions.push_back(b.text);
  for (const PrintBlock& b : filled.blocks) {
    if (answers.size() >= 4) break;
    if (b.kind == PrintKind::Answer && !b.answer.empty()) answers.push_back(b.answer.substr(0, b.answer.find('\n')));
  }
  return {{"id", id}, {"title", blank.title}, {"questions", questions}, {"answers", answers}};
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
    CHECK(e["answers"].size() >= 1);
  }
}
