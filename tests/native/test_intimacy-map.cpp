// Intimacy map core: the flow, which gaps are named and in which order (ties included), change over
// time, and the JSON (round trip and damaged input).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/exercises/intimacy-map.h"
#include "helpers.h"

using namespace core;
using nlohmann::json;

namespace {

MapAnswers Answers(const std::string& name, std::initializer_list<int> now, std::initializer_list<int> matters) {
  MapAnswers a;
  a.name = name;
  int k = 0;
  for (int v : now) a.now[k++] = v;
  k = 0;
  for (int v : matters) a.matters[k++] = v;
  return a;
}

MapResult Two(const MapAnswers& a, const MapAnswers& b) {
  MapResult r;
  r.two = true;
  r.a = a;
  r.b = b;
  return r;
}
}  // namespace

TEST_CASE("map: the five kinds carry chapter 02's names", "[ex][map]") {
  CHECK(std::string(MapKindName(0)) == "Emotional");
  CHECK(std::string(MapKindName(1)) == "Intellectual");
  CHECK(std::string(MapKindName(2)) == "Physical");
  CHECK(std::string(MapKindName(3)) == "Experiential");
  CHECK(std::string(MapKindName(4)) == "Spiritual");
  CHECK(std::string(MapKindName(5)).empty());
}

TEST_CASE("map: two people answer in turn, then the result is kept with its date", "[ex][map]") {
  IntimacyMapState m;
  MapStart(m, true, "  Sam ", "");
  CHECK(m.stage == MapStage::AnswerA);
  CHECK(m.draft_a.name == "Sam");
  CHECK_FALSE(MapNext(m, kTestNow, 0));  // nothing answered yet
  for (int k = 0; k < kMapKinds; ++k) {
    MapRate(m, false, k, 3);
    CHECK_FALSE(MapNext(m, kTestNow, 0));
    MapRate(m, true, k, 4);
  }
  MapRate(m, true, 0, 9);  // out of range: ignored
  CHECK(m.draft_a.matters[0] == 4);
  CHECK(MapNext(m, kTestNow, 0));
  CHECK(m.stage == MapStage::Handover);
  MapRate(m, false, 0, 1);  // nobody is answering during the hand-over
  CHECK(m.draft_a.now[0] == 3);
  CHECK(MapShowSecond(m));
  CHECK(m.stage == MapStage::AnswerB);
  for (int k = 0; k < kMapKinds; ++k) {
    MapRate(m, false, k, 2);
    MapRate(m, true, k, 5);
  }
  CHECK(MapNext(m, kTestNow, -300));
  CHECK(m.stage == MapStage::Result);
  REQUIRE(m.history.size() == 1);
  const MapResult& r = m.history[0];
  CHECK(r.two);
  CHECK(r.day == 20779);  // 22 Nov 2026 in New York
  CHECK(MapPersonName(r, 0) == "Sam");
  CHECK(MapPersonName(r, 1) == "Partner B");
  CHECK(r.a.now[4] == 3);
  CHECK(r.b.matters[2] == 5);
  CHECK(MapAnswered(m.draft_a) == 0);  // the drafts are cleared for next time
  MapNew(m);
  CHECK(m.stage == MapStage::Setup);
  CHECK(m.draft_a.name == "Sam");
  MapView(m, 0);
  CHECK(m.stage == MapStage::Result);
  CHECK(m.viewing == 0);
}

TEST_CASE("map: alone, one set of answers finishes the map", "[ex][map]") {
  IntimacyMapState m;
  MapStart(m, false, "", "ignored");
  CHECK(m.draft_b.name.empty());
  for (int k = 0; k < kMapKinds; ++k) {
    MapRate(m, false, k, 2);
    MapRate(m, true, k, 2);
  }
  CHECK(MapNext(m, kTestNow, 0));
  CHECK(m.stage == MapStage::Result);
  REQUIRE(m.history.size() == 1);
  CHECK_FALSE(m.history[0].two);
  CHECK(MapPersonName(m.history[0], 0) == "You");
}

TEST_CASE("map: the biggest gaps are named, biggest first, one per kind, at most three", "[ex][map]") {
  //                    emo int phy exp spi
  MapResult r = Two(Answers("Sam", {4, 3, 1, 4, 3}, {5, 3, 5, 4, 5}),
                    Answers("Alex", {2, 3, 4, 4, 3}, {5, 3, 4, 4, 1}));
  std::vector<MapGap> g = MapGaps(r);
  REQUIRE(g.size() == 3);
  // Physical: Sam wants more by 4 (and they feel it 3 apart): the bigger one is named.
  CHECK(g[0].type == GapType::WantMore);
  CHECK(g[0].kind == 2);
  CHECK(g[0].person == 0);
  CHECK(g[0].size == 4);
  // Spiritual matters 5 to Sam and 1 to Alex: 4 points.
  CHECK(g[1].type == GapType::MattersDifferent);
  CHECK(g[1].kind == 4);
  CHECK(g[1].person == 0);
  CHECK(g[1].size == 4);
  // Emotional: they feel it 2 apart, and Alex wants more by 3: wanting more is bigger.
  CHECK(g[2].type == GapType::WantMore);
  CHECK(g[2].kind == 0);
  CHECK(g[2].person == 1);
  CHECK(g[2].size == 3);
  CHECK(MapGapTitle(r, g[0]) == "Physical closeness: Sam would like more");
  CHECK(MapGapText(r, g[0]) ==
        "Sam feels 1 out of 5, and it matters 5 out of 5 to them. One small, doable step can start to close the gap.");
  CHECK(MapGapTitle(r, g[1]) == "Spiritual closeness matters more to Sam");
  CHECK(MapGapTarget(g[0]) == "chapter:emotional-and-physical");
  CHECK(MapGapTarget(g[1]) == "chapter:kinds-of-intimacy#your-mix");
  CHECK(MapGapLinkLabel(g[1]) == "Finding your own mix (spiritual)");
  CHECK(MapGapTarget(g[2]) == "chapter:emotional-intimacy");
}

TEST_CASE("map: ties go to feeling different, then what matters most to the pair, then chapter order", "[ex][map]") {
  SECTION("same size: feeling different beats wanting more") {
    // Emotional: A wants more by 2; Intellectual: they feel it 2 apart.
    MapResult r = Two(Answers("", {3, 5, 3, 3, 3}, {5, 3, 3, 3, 3}), Answers("", {3, 3, 3, 3, 3}, {3, 3, 3, 3, 3}));
    std::vector<MapGap> g = MapGaps(r);
    REQUIRE(g.size() == 2);
    CHECK(g[0].type == GapType::FeelDifferent);
    CHECK(g[0].kind == 1);
    CHECK(g[1].type == GapType::WantMore);
    CHECK(g[1].kind == 0);
    CHECK(MapGapTitle(r, g[0]) == "Intellectual closeness: you feel it differently");
    CHECK(MapGapText(r, g[0]).rfind("Partner A feels 5 out of 5 and Partner B feels 3.", 0) == 0);
  }
  SECTION("same size and type: the kind that matters more to both comes first") {
    // Experiential and Physical both 2 apart; Experiential matters 8 in all, Physical 6.
    MapResult r = Two(Answers("", {3, 3, 4, 4, 3}, {2, 2, 3, 4, 2}), Answers("", {3, 3, 2, 2, 3}, {2, 2, 3, 4, 2}));
    std::vector<MapGap> g = MapGaps(r);
    REQUIRE(g.size() == 2);
    CHECK(g[0].kind == 3);
    CHECK(g[1].kind == 2);
    CHECK(g[0].type == GapType::FeelDifferent);
    CHECK(g[1].type == GapType::FeelDifferent);
  }
  SECTION("all else equal: chapter order, then person A before B") {
    MapResult r = Two(Answers("", {1, 1, 3, 3, 3}, {3, 3, 3, 3, 3}), Answers("", {3, 3, 1, 3, 3}, {3, 3, 3, 3, 3}));
    std::vector<MapGap> g = MapGaps(r);
    REQUIRE(g.size() == 3);
    // Every kind 0..2 has a 2-point "feel different" gap (ranked above the equal "wants more").
    CHECK(g[0].kind == 0);
    CHECK(g[1].kind == 1);
    CHECK(g[2].kind == 2);
    for (const MapGap& x : g) CHECK(x.type == GapType::FeelDifferent);
    MapResult same = Two(Answers("", {1, 3, 3, 3, 3}, {3, 3, 3, 3, 3}), Answers("", {1, 3, 3, 3, 3}, {3, 3, 3, 3, 3}));
    std::vector<MapGap> w = MapGaps(same);
    REQUIRE(w.size() == 1);
    CHECK(w[0].type == GapType::WantMore);
    CHECK(w[0].person == 0);  // both want more by 2: A is named
  }
  SECTION("differences of one point are not gaps") {
    MapResult r = Two(Answers("", {3, 4, 3, 4, 3}, {4, 4, 4, 4, 4}), Answers("", {4, 3, 4, 3, 4}, {5, 3, 5, 3, 5}));
    CHECK(MapGaps(r).empty());
  }
}

TEST_CASE("map: alone, only wanting more counts", "[ex][map]") {
  MapResult r;
  r.a = Answers("", {1, 4, 2, 5, 3}, {4, 4, 5, 1, 5});
  std::vector<MapGap> g = MapGaps(r);
  REQUIRE(g.size() == 3);
  CHECK(g[0].kind == 2);  // 3 points, and it matters 5
  CHECK(g[1].kind == 0);  // 3 points, matters 4
  CHECK(g[2].kind == 4);  // 2 points
  for (const MapGap& x : g) CHECK(x.type == GapType::WantMore);
  CHECK(MapGapTitle(r, g[1]) == "Emotional closeness: you would like more");
  CHECK(MapGapText(r, g[1]).rfind("You feel 1 out of 5, and it matters 4 out of 5 to you.", 0) == 0);
}

TEST_CASE("map: change over time compares with the last map of the same kind", "[ex][map]") {
  IntimacyMapState m;
  MapResult one;
  one.a = Answers("", {2, 3, 3, 3, 3}, {3, 3, 3, 3, 3});
  MapResult two = Two(Answers("Sam", {3, 3, 3, 3, 3}, {3, 3, 3, 3, 3}), Answers("Alex", {3, 3, 3, 3, 3}, {3, 3, 3, 3, 3}));
  MapResult again = one;
  again.a.now[0] = 4;
  again.a.now[4] = 1;
  m.history = {one, two, again};
  CHECK(MapPrevious(m, 2) == 0);
  CHECK(MapPrevious(m, 1) == -1);
  CHECK(MapPrevious(m, 0) == -1);
  CHECK(MapPrevious(m, 7) == -1);
  std::vector<MapChange> c = MapChanges(m.history[0], m.history[2]);
  REQUIRE(c.size() == 2);
  CHECK(c[0].kind == 0);
  CHECK(c[0].from == 2);
  CHECK(c[0].to == 4);
  CHECK(MapChangeText(again, c[0]) == "Emotional closeness went from 2 to 4.");
  CHECK(MapChangeText(again, c[1]) == "Spiritual closeness went from 3 to 1.");
  MapResult two_later = two;
  two_later.b.now[2] = 5;
  std::vector<MapChange> d = MapChanges(two, two_later);
  REQUIRE(d.size() == 1);
  CHECK(MapChangeText(two_later, d[0]) == "Alex: physical closeness went from 3 to 5.");
  CHECK(MapChanges(one, two).empty());  // alone vs two: not compared
}

TEST_CASE("map: the state survives a JSON round trip", "[ex][map]") {
  IntimacyMapState m;
  m.history.push_back(Two(Answers("Sam", {1, 2, 3, 4, 5}, {5, 4, 3, 2, 1}), Answers("Alex", {2, 2, 2, 2, 2}, {3, 3, 3, 3, 3})));
  m.history[0].at_ms = kTestNow;
  m.history[0].day = 20415;
  MapResult solo;
  solo.at_ms = kTestNow + 1000;
  solo.a = Answers("", {3, 3, 3, 3, 3}, {4, 4, 4, 4, 4});
  m.history.push_back(solo);
  MapStart(m, true, "Jo", "Kim");
  MapRate(m, false, 1, 4);
  MapRate(m, true, 3, 2);
  m.viewing = 1;  // passing state: not saved
  json j = IntimacyMapToJson(m);
  IntimacyMapState back;
  IntimacyMapFromJson(json::parse(j.dump()), back);
  REQUIRE(back.history.size() == 2);
  CHECK(back.history[0].two);
  CHECK(back.history[0].a.name == "Sam");
  CHECK(back.history[0].b.name == "Alex");
  CHECK(back.history[0].a.now[4] == 5);
  CHECK(back.history[0].a.matters[0] == 5);
  CHECK(back.history[0].day == 20415);
  CHECK(back.history[0].at_ms == kTestNow);
  CHECK_FALSE(back.history[1].two);
  CHECK(back.stage == MapStage::AnswerA);
  CHECK(back.two);
  CHECK(back.draft_a.name == "Jo");
  CHECK(back.draft_b.name == "Kim");
  CHECK(back.draft_a.now[1] == 4);
  CHECK(back.draft_a.matters[3] == 2);
  CHECK(back.draft_a.now[0] == 0);
  CHECK(back.viewing == -1);
  CHECK(IntimacyMapToJson(back) == j);
}

TEST_CASE("map: damaged JSON keeps defaults and drops broken maps, never throws", "[ex][map]") {
  for (const json& bad : {json(nullptr), json(42), json("map"), json::array({1, 2})}) {
    IntimacyMapState m;
    m.history.resize(1);
    IntimacyMapFromJson(bad, m);
    CHECK(m.history.empty());
    CHECK(m.stage == MapStage::Setup);
  }
  json full = {{"emotional", 3}, {"intellectual", 3}, {"physical", 3}, {"experiential", 3}, {"spiritual", 3}};
  json good = {{"at", kTestNow}, {"day", 20415}, {"two", false}, {"a", {{"name", "Sam"}, {"now", full}, {"matters", full}}}};
  json missing_b = good;
  missing_b["two"] = true;  // a two-person map without B's answers
  json out_of_range = good;
  out_of_range["a"]["now"]["physical"] = 7;
  json fraction = good;
  fraction["a"]["matters"]["emotional"] = 2.5;
  json no_time = good;
  no_time.erase("at");
  json long_name = good;
  long_name["a"]["name"] = std::string(500, 'x');
  json j = {{"history", json::array({good, missing_b, out_of_range, fraction, no_time, "junk", long_name})},
            {"stage", "handover"},  // but the first person's draft is incomplete
            {"two", true},
            {"a", {{"name", 12}, {"now", {{"emotional", "5"}, {"spiritual", 4}}}}}};
  IntimacyMapState m;
  IntimacyMapFromJson(j, m);
  REQUIRE(m.history.size() == 2);
  CHECK(m.history[0].a.name == "Sam");
  CHECK(m.history[1].a.name.size() == kMapNameMax);
  CHECK(m.stage == MapStage::AnswerA);
  CHECK(m.draft_a.name.empty());
  CHECK(m.draft_a.now[0] == 0);
  CHECK(m.draft_a.now[4] == 4);

  IntimacyMapState r;
  IntimacyMapFromJson({{"stage", "result"}}, r);  // a result with no maps
  CHECK(r.stage == MapStage::Setup);
  IntimacyMapFromJson({{"stage", "answer-b"}, {"two", false}}, r);  // a second person, alone
  CHECK(r.stage == MapStage::Setup);
  IntimacyMapFromJson({{"stage", "dancing"}}, r);
  CHECK(r.stage == MapStage::Setup);

  json many = {{"history", json::array()}};
  for (int i = 0; i < 300; ++i) many["history"].push_back(good);
  IntimacyMapFromJson(many, r);
  CHECK(r.history.size() == kMapHistoryMax);
}

#include "worksheet_support.h"

TEST_CASE("intimacy map worksheet: each person's ten ratings; filled with the newest map, blank with none",
          "[worksheet][map]") {
  ExercisesState ex;
  IntimacyMapState& m = ex.map;
  MapStart(m, true, "Quillon", "Marisol");
  for (int k = 0; k < kMapKinds; ++k) {
    MapRate(m, false, k, k == 2 ? 1 : 4);  // physical: far apart for Quillon
    MapRate(m, true, k, 5);
  }
  REQUIRE(MapNext(m, 1.7e12, 0));
  REQUIRE(MapShowSecond(m));
  for (int k = 0; k < kMapKinds; ++k) {
    MapRate(m, false, k, 5);
    MapRate(m, true, k, 3);
  }
  REQUIRE(MapNext(m, 1.7e12, 0));
  REQUIRE(m.history.size() == 1);

  PrintDoc filled = Sheet("intimacy-map", ex, true);
  CHECK(SheetHas(filled, kMapIntro));
  CHECK(SheetHas(filled, "Quillon's answers"));
  CHECK(SheetHas(filled, "Marisol's answers"));
  CHECK(SheetHas(filled, std::string("Emotional: ") + kMapAskNow));
  CHECK(SheetHas(filled, std::string("Spiritual: ") + kMapAskMatters));
  CHECK(SheetHas(filled, std::string("Physical: ") + kMapAskNow + " (1-5): 1"));
  CHECK(SheetHas(filled, "Physical closeness"));  // the gap, named
  CHECK(SheetQuestions(filled) == 2 * 2 * kMapKinds + 1);

  PrintDoc blank = Sheet("intimacy-map", ex, false);
  CHECK(SheetHas(blank, std::string("Emotional: ") + kMapAskNow + " (1-5): ____"));
  CHECK(SheetHas(blank, "Partner A's answers"));
  CHECK(SheetHas(blank, "Partner B's answers"));
  CHECK_FALSE(SheetHas(blank, "Quillon"));
  CHECK_FALSE(SheetHas(blank, "Marisol"));
  CHECK_FALSE(SheetHas(blank, "Physical closeness"));
  for (const PrintBlock& b : blank.blocks) CHECK(b.value == 0);

  // A map half done is what a filled sheet shows, alone: one part.
  MapNew(m);
  MapStart(m, false, "Quillon", "");
  MapRate(m, false, 0, 2);
  PrintDoc draft = Sheet("intimacy-map", ex, true);
  CHECK(SheetHas(draft, std::string("Emotional: ") + kMapAskNow + " (1-5): 2"));
  CHECK_FALSE(SheetHas(draft, "Marisol"));
  CHECK(SheetQuestions(draft) == 2 * kMapKinds + 1);
}
