// English stems (core/stem): the forms of a word share one stem.
#include <catch2/catch.hpp>

#include "core/guide/stem.h"

using namespace core;

TEST_CASE("English stems join the forms of a word", "[search][stem]") {
  auto same = [](const char* a, const char* b) {
    INFO(a << " / " << b << ": " << Stem(Lang::English, a) << " / " << Stem(Lang::English, b));
    CHECK(Stem(Lang::English, a) == Stem(Lang::English, b));
  };
  same("apologize", "apologizing");
  same("apologize", "apologized");
  same("apologise", "apologize");      // British -ise
  same("apologising", "apologize");
  same("fight", "fights");
  same("fight", "fighting");
  same("argument", "arguments");
  same("make", "making");
  same("relationship", "relationships");
  same("happy", "happiness");
  same("forgive", "forgiveness");
  same("behaviour", "behavior");       // British -our
  same("colours", "colors");
  same("counselling", "counseling");   // British doubled l
  same("partner's", "partner");        // possessive
  same("hopping", "hop");
  same("agreed", "agree");
  same("connection", "connected");
  same("listening", "listened");

  // Different words stay apart.
  auto differ = [](const char* a, const char* b) {
    INFO(a << " / " << b);
    CHECK(Stem(Lang::English, a) != Stem(Lang::English, b));
  };
  differ("trust", "truth");
  differ("tell", "teller");
  differ("fight", "fright");
  differ("sex", "six");

  // Known Porter results, step by step.
  CHECK(Stem(Lang::English, "caresses") == "caress");
  CHECK(Stem(Lang::English, "ponies") == "poni");
  CHECK(Stem(Lang::English, "relational") == "relat");
  CHECK(Stem(Lang::English, "hopeful") == "hope");
  CHECK(Stem(Lang::English, "adoption") == "adopt");
  CHECK(Stem(Lang::English, "controlling") == "control");
  CHECK(Stem(Lang::English, "generalizations") == "gener");

  // Left alone: short words, words with digits or other scripts, contractions.
  CHECK(Stem(Lang::English, "is") == "is");
  CHECK(Stem(Lang::English, "don't") == "don't");
  CHECK(Stem(Lang::English, "24h") == "24h");
  CHECK(Stem(Lang::English, "\xE6\x97\xA5\xE6\x9C\xAC") == "\xE6\x97\xA5\xE6\x9C\xAC");
  CHECK(Stem(Lang::English, "") == "");
  // Short words that look British are not changed ("rise" is not "rize").
  CHECK(Stem(Lang::English, "rise") == Stem(Lang::English, "rises"));
  CHECK(Stem(Lang::English, "your") == "your");
}
