// Inline markup (core/markup): bold, italic, links and escapes, and the plain text without them.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/guide/markup.h"

using namespace core;

TEST_CASE("ParseInline: plain text is one plain span", "[markup]") {
  std::vector<Span> spans;
  REQUIRE(ParseInline("Just words.", spans));
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].text == "Just words.");
  CHECK_FALSE(spans[0].bold);
  CHECK_FALSE(spans[0].italic);
  CHECK(spans[0].link.empty());

  spans.clear();
  REQUIRE(ParseInline("", spans));
  CHECK(spans.empty());
}

TEST_CASE("ParseInline: bold and italic", "[markup]") {
  std::vector<Span> spans;
  REQUIRE(ParseInline("a **b** *c* d", spans));
  REQUIRE(spans.size() == 5);
  CHECK(spans[0].text == "a ");
  CHECK_FALSE(spans[0].bold);
  CHECK(spans[1].text == "b");
  CHECK(spans[1].bold);
  CHECK_FALSE(spans[1].italic);
  CHECK(spans[2].text == " ");
  CHECK(spans[3].text == "c");
  CHECK(spans[3].italic);
  CHECK_FALSE(spans[3].bold);
  CHECK(spans[4].text == " d");

  spans.clear();
  REQUIRE(ParseInline("***both*** after", spans));
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].text == "both");
  CHECK(spans[0].bold);
  CHECK(spans[0].italic);
  CHECK(spans[1].text == " after");
  CHECK_FALSE(spans[1].bold);
  CHECK_FALSE(spans[1].italic);

  spans.clear();
  REQUIRE(ParseInline("**bold *and italic* bold**", spans));
  REQUIRE(spans.size() == 3);
  CHECK((spans[0].text == "bold " && spans[0].bold && !spans[0].italic));
  CHECK((spans[1].text == "and italic" && spans[1].bold && spans[1].italic));
  CHECK((spans[2].text == " bold" && spans[2].bold && !spans[2].italic));
}

TEST_CASE("ParseInline: links carry their target and keep emphasis inside", "[markup]") {
  std::vector<Span> spans;
  REQUIRE(ParseInline("Read [the **first** chapter](chapter:what-intimacy-is#trust) now.", spans));
  REQUIRE(spans.size() == 5);
  CHECK(spans[0].text == "Read ");
  CHECK(spans[0].link.empty());
  CHECK(spans[1].text == "the ");
  CHECK(spans[1].link == "chapter:what-intimacy-is#trust");
  CHECK(spans[2].text == "first");
  CHECK(spans[2].bold);
  CHECK(spans[2].link == "chapter:what-intimacy-is#trust");
  CHECK(spans[3].text == " chapter");
  CHECK_FALSE(spans[3].bold);
  CHECK(spans[3].link == "chapter:what-intimacy-is#trust");
  CHECK(spans[4].text == " now.");
  CHECK(spans[4].link.empty());

  // Two links side by side stay two links.
  spans.clear();
  REQUIRE(ParseInline("[a](timeout)[b](progress)", spans));
  REQUIRE(spans.size() == 2);
  CHECK((spans[0].text == "a" && spans[0].link == "timeout"));
  CHECK((spans[1].text == "b" && spans[1].link == "progress"));

  // A web address with parentheses-free path.
  spans.clear();
  REQUIRE(ParseInline("[site](https://example.org/a?b=c)", spans));
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].link == "https://example.org/a?b=c");
}

TEST_CASE("ParseInline: backslash escapes make markup characters literal", "[markup]") {
  std::vector<Span> spans;
  REQUIRE(ParseInline(R"(2 \* 3 \[not a link\] back\\slash \*\*no bold\*\*)", spans));
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].text == R"(2 * 3 [not a link] back\slash **no bold**)");
  CHECK_FALSE(spans[0].bold);
  CHECK_FALSE(spans[0].italic);
  CHECK(spans[0].link.empty());

  spans.clear();
  REQUIRE(ParseInline(R"([a \] b](guide))", spans));
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].text == "a ] b");
  CHECK(spans[0].link == "guide");
}

TEST_CASE("ParseInline: unbalanced markup fails with a reason", "[markup]") {
  for (const char* bad : {"**x", "*x", "x*", "**a *b**", "[a](b", "[a", "a]", "[a]", "[a] (b)", "[](guide)",
                          "[a]()", "[[a](b)](c)", "end\\"}) {
    std::vector<Span> spans;
    std::string why;
    INFO("markup: " << bad);
    CHECK_FALSE(ParseInline(bad, spans, &why));
    CHECK_FALSE(why.empty());
  }
  // The error pointer is optional.
  std::vector<Span> spans;
  CHECK_FALSE(ParseInline("**x", spans));
}

TEST_CASE("PlainText drops markup and keeps escaped characters", "[markup]") {
  CHECK(PlainText("**Hi** [there](guide), *friend* \\*!") == "Hi there, friend *!");
  CHECK(PlainText("no markup") == "no markup");
  CHECK(PlainText("") == "");
  CHECK(PlainText("a [b **c**](timeout) d") == "a b c d");
}
