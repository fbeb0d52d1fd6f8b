// Options an embedding site sets: each parsed on its own, a bad one ignored with one warning, and
// the accent kept within contrast, and help lines. What they change on screen is in test_ui_app.cpp.
#include <catch2/catch.hpp>
#include <cctype>

#include "core/app/embed.h"
#include "support.h"

using namespace core;

namespace {
std::string PercentEncode(const std::string& s) {  // every byte but letters and digits, as %XX
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c)) out += static_cast<char>(c);
    else out += std::string("%") + hex[c >> 4] + hex[c & 15];
  }
  return out;
}
}  // namespace

TEST_CASE("embed options parse, and each bad one is ignored with one warning", "[embed]") {
  std::vector<std::string> w;
  EmbedOptions o = ParseEmbedOptions(
      "?accent=%232a6f97&org=Riverside+Counseling&parts=guide,exercises&start=%23/exercise/ritual-planner"
      "&lang=en&exit=https%3A%2F%2Fexample.org%2Fweather&ns=riverside&host=https%3A%2F%2Fcounsel.example&utm=x",
      w);
  CHECK(w.empty());
  CHECK(o.has_accent);
  CHECK(o.accent.r == 0x2a);
  CHECK(o.accent.b == 0x97);
  CHECK(o.org == "Riverside Counseling");
  CHECK(PartShown(o, Part::Guide));
  CHECK(PartShown(o, Part::Exercises));
  CHECK_FALSE(PartShown(o, Part::Timeout));
  CHECK_FALSE(PartShown(o, Part::Progress));
  CHECK(o.has_start);
  CHECK(o.start == Route{Screen::Exercise, "ritual-planner", ""});
  CHECK(o.ns == "riverside");
  CHECK(o.host_origin == "https://counsel.example");
  CHECK(RouteShown(o, {Screen::Settings, "", ""}));
  CHECK_FALSE(RouteShown(o, {Screen::Timeout, "", ""}));

  w.clear();
  o = ParseEmbedOptions("accent=blue&org=&parts=guide,shop&start=%23/nowhere/at/all/x&lang=fr"
                        "&ns=Bad%20Name&host=https://a.example/path&help=[1,2]",
                        w);
  CHECK(w.size() == 8);
  CHECK_FALSE(o.has_accent);
  CHECK(o.org.empty());
  for (int p = 0; p < 5; ++p) CHECK(o.show[p]);
  CHECK_FALSE(o.has_start);
  CHECK(o.lang == "en");
  CHECK(o.ns.empty());
  CHECK(o.host_origin.empty());
  CHECK_FALSE(o.has_help);
  for (const auto& line : w) CHECK(line.rfind("Hearth: the option '", 0) == 0);

  w.clear();  // a start page in a part that is not shown is refused
  o = ParseEmbedOptions("parts=guide&start=%23/timeout", w);
  CHECK(w.size() == 1);
  CHECK_FALSE(o.has_start);
  w.clear();  // empty and odd queries
  ParseEmbedOptions("", w);
  ParseEmbedOptions("?", w);
  ParseEmbedOptions("&&=&%", w);
  ParseEmbedOptions("org=%E2%82", w);  // a cut-off UTF-8 sequence
  CHECK(w.size() == 1);
}

TEST_CASE("percent decoding and colours", "[embed]") {
  CHECK(PercentDecode("a%20b+c%2") == "a b c%2");
  CHECK(PercentDecode("%zz%41") == "%zzA");
  Rgb c;
  CHECK(ParseHexColour("#A0b1C2", c));
  CHECK((c.r == 0xA0 && c.g == 0xB1 && c.b == 0xC2));
  CHECK_FALSE(ParseHexColour("#abc", c));
  CHECK_FALSE(ParseHexColour("#abcdeg", c));
}

TEST_CASE("a site's accent is used only where it keeps contrast", "[embed][palette]") {
  for (Theme t : {Theme::Light, Theme::Dark}) {
    for (const char* hex : {"#2a6f97", "#ffd400", "#101010", "#ffffff", "#777777", "#00a000"}) {
      Palette p = PaletteFor(t);
      Rgb a;
      REQUIRE(ParseHexColour(hex, a));
      INFO(hex << " on theme " << static_cast<int>(t));
      if (ApplyAccent(p, a)) {
        CHECK(ContrastRatio(p.accent, p.on_accent) >= 4.5);
        CHECK(ContrastRatio(p.accent_hi, p.on_accent) >= 4.5);
        CHECK(ContrastRatio(p.accent, p.bg) >= 3.0);
        CHECK(ContrastRatio(p.link, p.bg) >= 4.5);
      } else {
        CHECK(p.accent.r == PaletteFor(t).accent.r);  // unchanged
      }
    }
  }
  Palette light = PaletteFor(Theme::Light);
  CHECK(ApplyAccent(light, {0x2a, 0x6f, 0x97}));  // a typical blue works on the light theme
  Palette dark = PaletteFor(Theme::Dark);
  CHECK_FALSE(ApplyAccent(dark, {0x10, 0x10, 0x10}));  // near-black vanishes on the dark page
}

TEST_CASE("an embedding site's help lines may say what each is for; lists without kinds still load", "[embed][help]") {
  std::vector<std::string> w;
  EmbedOptions o = ParseEmbedOptions(
      "?help=" + PercentEncode(R"([{"name":"Old","phone":"555-0100"},{"name":"Crisis","phone":"555-0101","kind":"crisis"},)"
                               R"({"name":"Change","url":"https://c.example","kind":["own-behavior"]}])"),
      w);
  INFO(w.size());
  CHECK(w.empty());
  REQUIRE(o.has_help);
  REQUIRE(o.help.resources.size() == 3);
  CHECK(o.help.resources[0].kinds == std::vector<HelpKind>{HelpKind::Abuse});
  CHECK(o.help.resources[1].kinds == std::vector<HelpKind>{HelpKind::Crisis});
  CHECK(o.help.resources[2].kinds == std::vector<HelpKind>{HelpKind::OwnBehavior});

  w.clear();
  EmbedOptions bad = ParseEmbedOptions("?help=" + PercentEncode(R"([{"name":"X","phone":"1","kind":"nope"}])"), w);
  CHECK_FALSE(bad.has_help);  // ignored, with one warning
  CHECK(w.size() == 1);
}


TEST_CASE("the desire part: shown by default, left out when a site lists its parts without it", "[embed][decks]") {
  std::vector<std::string> w;
  CHECK(PartShown(ParseEmbedOptions("", w), Part::Desire));
  EmbedOptions o = ParseEmbedOptions("parts=guide,exercises", w);
  CHECK(PartShown(o, Part::Exercises));
  CHECK_FALSE(PartShown(o, Part::Desire));
  o = ParseEmbedOptions("parts=exercises,desire", w);
  CHECK(PartShown(o, Part::Desire));
  CHECK_FALSE(PartShown(o, Part::Guide));
  CHECK(w.empty());
  o = ParseEmbedOptions("parts=desire", w);  // the deck alone is not a set of parts: refused, all shown
  CHECK(w.size() == 1);
  CHECK(w[0].find("desire") != std::string::npos);
  for (int p = 0; p < 5; ++p) CHECK(o.show[p]);
}
