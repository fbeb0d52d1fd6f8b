#include <catch2/catch.hpp>
#include <string>

#include "core/exercises/catalog.h"
#include "core/share/printdoc.h"
#include "worksheet_support.h"

using namespace core;

TEST_CASE("every exercise prints as a worksheet with its questions and room to answer, blank holding no answer",
          "[worksheet]") {
  ExercisesState empty;
  for (const ExerciseInfo& e : Exercises()) {
    INFO(e.id);
    PrintDoc d = Sheet(e.id, empty, false);
    CHECK(d.title == e.title);
    CHECK_FALSE(d.filled);
    CHECK(SheetQuestions(d) >= 3);  // a sheet to write on, not a page about the exercise
    CHECK(d.footer == kPrintPrivacyLine);
    for (const PrintBlock& b : d.blocks) {
      CHECK(b.answer.find_first_not_of(' ') == (b.kind == PrintKind::Scale ? 0u : std::string::npos));
      CHECK(b.value == 0);
      CHECK_FALSE(b.checked);
      if (b.kind == PrintKind::Answer) CHECK(b.lines >= 1);
    }
  }
  CHECK(Sheet("no-such-exercise", empty, false).title.empty());
}

TEST_CASE("a filled worksheet says so, and the practice's name goes on the page", "[worksheet]") {
  ExercisesState ex;
  ex.after.draft.surface = "the dishes again";
  PrintDoc d = ExerciseWorksheet("after-argument", ex, ShippedWords(), true, "Riverside Counseling");
  CHECK(d.filled);
  CHECK(d.org == "Riverside Counseling");
  CHECK(d.subtitle.find("with my answers") != std::string::npos);
  CHECK(SheetHas(d, "the dishes again"));
  CHECK_FALSE(SheetHas(Sheet("after-argument", ex, false), "the dishes again"));
}

TEST_CASE("text becomes a page: paragraphs at blank lines, points at \"- \"", "[worksheet]") {
  PrintDoc d = TextPrintDoc("Our ground rules", "We agree:\n- no names\r\n- breaks are fine\n\nSigned by\nSam and Ari\n\n"
                                                 "Our time-out\n- at least 20 minutes\n");
  REQUIRE(d.blocks.size() == 6);
  CHECK(d.blocks[4].kind == PrintKind::Heading);
  CHECK(d.blocks[4].text == "Our time-out");
  CHECK(d.blocks[5].kind == PrintKind::Item);
  CHECK(d.blocks[0].kind == PrintKind::Paragraph);
  CHECK(d.blocks[0].text == "We agree:");
  CHECK(d.blocks[1].kind == PrintKind::Item);
  CHECK(d.blocks[1].text == "no names");
  CHECK(d.blocks[2].text == "breaks are fine");
  CHECK(d.blocks[3].text == "Signed by Sam and Ari");
}

TEST_CASE("a page's JSON for the platform keeps every block and escapes the text", "[worksheet]") {
  PrintDoc d;
  d.title = "A <b>title</b> \"quoted\"";
  d.filled = true;
  d.Answer("Q?", "line one\nline two", 3);
  d.Scale("How close?", 4, 5, "Not at all", "Very");
  d.Check("Unheard", true);
  d.PageBreak();
  d.PageBreak();  // one break, however often asked
  nlohmann::json j = nlohmann::json::parse(PrintDocJson(d));
  CHECK(j["t"] == "A <b>title</b> \"quoted\"");
  CHECK(j["f"] == 1);
  REQUIRE(j["b"].size() == 4);
  CHECK(j["b"][0][0] == "a");
  CHECK(j["b"][0][2] == "line one\nline two");
  CHECK(j["b"][1][0] == "sc");
  CHECK(j["b"][1][5] == 4);
  CHECK(j["b"][1][2] == "Not at all|Very");
  CHECK(j["b"][2][8] == 1);
  CHECK(j["b"][3][0] == "pb");
  // Blank, the same calls keep no answer, value or tick.
  PrintDoc blank;
  blank.Answer("Q?", "secret", 3);
  blank.Scale("How close?", 4, 5, "", "");
  blank.Check("Unheard", true);
  CHECK(blank.blocks[0].answer.empty());
  CHECK(blank.blocks[1].value == 0);
  CHECK_FALSE(blank.blocks[2].checked);
}
