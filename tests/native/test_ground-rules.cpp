// Our ground rules (core): choosing and writing rules, confirmations that reset on any edit, the
// agreement's text, what it hands to the time-out, and its JSON (round trip and damaged input).
#include <catch2/catch.hpp>
#include <functional>
#include <vector>
#include <nlohmann/json.hpp>

#include "core/exercises/ground-rules.h"
#include "core/timeout/timeout.h"
#include "worksheet_support.h"

using namespace core;
using nlohmann::json;

namespace {
constexpr double kNow = 1795509000000.0;  // Tuesday 2026-11-24 08:30 UTC

GroundRulesState Agreed() {
  GroundRulesState r;
  SetRuleChosen(r, "one-topic", true);
  SetRuleChosen(r, "i-feel", true);
  AddOwnRule(r, "  We never argue in the car.  ");
  SetSignal(r, "Red card");
  SetHandSign(r, "a T with our hands");
  SetBreakMinutes(r, 30);
  SetCheckBackWho(r, CheckBackWho::Other);
  SetCheckBackHow(r, "a gentle knock on the door");
  SetNames(r, "Sam", "Alex");
  Confirm(r, 0, kNow);
  Confirm(r, 1, kNow + 60000);
  return r;
}
}  // namespace

TEST_CASE("a dozen or so suggested rules with unique ids and short titles", "[ex][rules]") {
  const auto& list = SuggestedRules();
  CHECK(list.size() >= 12);
  for (size_t i = 0; i < list.size(); ++i) {
    CHECK(FindSuggestedRule(list[i].id) == &list[i]);
    CHECK(std::string(list[i].title).size() <= 40);  // a checkbox label on a phone
    CHECK(!std::string(list[i].detail).empty());
  }
  CHECK(FindSuggestedRule("nope") == nullptr);
}

TEST_CASE("chosen rules keep the list's order; own rules are trimmed and not repeated", "[ex][rules]") {
  GroundRulesState r;
  CHECK(SetRuleChosen(r, "real-issue", true));
  CHECK(SetRuleChosen(r, "i-feel", true));
  CHECK_FALSE(SetRuleChosen(r, "i-feel", true));
  CHECK_FALSE(SetRuleChosen(r, "made-up", true));
  REQUIRE(r.chosen.size() == 2);
  CHECK(r.chosen[0] == "i-feel");
  CHECK(r.chosen[1] == "real-issue");
  CHECK(AddOwnRule(r, "  No big talks after 10 pm \n"));
  CHECK(r.own.back() == "No big talks after 10 pm");
  CHECK_FALSE(AddOwnRule(r, "No big talks after 10 pm"));
  CHECK_FALSE(AddOwnRule(r, "   "));
  CHECK_FALSE(AddOwnRule(r, "bad \xff utf-8"));
  for (int i = 0; i < 40; ++i) AddOwnRule(r, "rule " + std::to_string(i));
  CHECK(r.own.size() == kOwnRulesMax);
  CHECK(RemoveOwnRule(r, 0));
  CHECK_FALSE(RemoveOwnRule(r, 99));
  CHECK(RuleCount(r) == 2 + kOwnRulesMax - 1);
}

TEST_CASE("both confirm by name; any edit after confirming asks both again", "[ex][rules]") {
  GroundRulesState r;
  CHECK_FALSE(Confirm(r, 0, kNow));  // no names, no rules
  SetNames(r, "Sam", "Alex");
  CHECK_FALSE(CanConfirm(r));        // no rules yet
  SetRuleChosen(r, "no-names", true);
  CHECK(CanConfirm(r));
  SetNames(r, "Sam", " Sam ");
  CHECK_FALSE(CanConfirm(r));        // two different people
  SetNames(r, "Sam", "Alex");
  CHECK_FALSE(Confirm(r, 0, kNow));  // the first of two: not complete yet
  CHECK_FALSE(IsConfirmed(r));
  CHECK_FALSE(Confirm(r, 2, kNow));
  CHECK(Confirm(r, 1, kNow));        // the second completes it
  CHECK(IsConfirmed(r));
  CHECK_FALSE(Confirm(r, 1, kNow));  // already complete

  // Each kind of edit clears both confirmations; a no-change edit does not.
  auto edits = std::vector<std::function<bool(GroundRulesState&)>>{
      [](GroundRulesState& g) { return SetRuleChosen(g, "one-topic", true); },
      [](GroundRulesState& g) { return SetRuleChosen(g, "no-names", false) && SetRuleChosen(g, "no-names", true); },
      [](GroundRulesState& g) { return AddOwnRule(g, "Hold hands while we talk"); },
      [](GroundRulesState& g) { return SetSignal(g, "Time out"); },
      [](GroundRulesState& g) { return SetHandSign(g, "a raised palm"); },
      [](GroundRulesState& g) { return SetBreakMinutes(g, 45); },
      [](GroundRulesState& g) { return SetCheckBackWho(g, CheckBackWho::Either); },
      [](GroundRulesState& g) { return SetCheckBackHow(g, "a text"); },
      [](GroundRulesState& g) { return SetNames(g, "Sam", "Alexis"); },
  };
  for (size_t i = 0; i < edits.size(); ++i) {
    INFO("edit " << i);
    GroundRulesState g = r;
    REQUIRE(IsConfirmed(g));
    CHECK(edits[i](g));
    CHECK_FALSE(IsConfirmed(g));
    CHECK(g.confirmed_a_ms == 0);
    CHECK(g.confirmed_b_ms == 0);
  }
  GroundRulesState g = r;
  CHECK_FALSE(SetSignal(g, g.signal));
  CHECK_FALSE(SetBreakMinutes(g, g.break_minutes));
  CHECK_FALSE(SetRuleChosen(g, "no-names", true));
  CHECK(IsConfirmed(g));
  GroundRulesState h = r;
  REQUIRE(AddOwnRule(h, "x"));
  CHECK(RemoveOwnRule(h, 0));
  CHECK_FALSE(IsConfirmed(h));
}

TEST_CASE("the agreement feeds the time-out: a clean signal, a length of at least 10 (20 by default)", "[ex][rules]") {
  GroundRulesState r;
  CHECK(r.break_minutes == 20);
  TimeoutSettings t;
  t.default_minutes = 45;
  ApplyToTimeout(r, t);
  CHECK(t.signal == "Let's pause");
  CHECK(t.default_minutes == 20);

  SetSignal(r, "  Red\tcard \n");
  SetBreakMinutes(r, 3);
  CHECK(r.break_minutes == 10);
  ApplyToTimeout(r, t);
  CHECK(t.signal == "Red card");
  CHECK(t.default_minutes == 10);
  SetBreakMinutes(r, 100000);
  ApplyToTimeout(r, t);
  CHECK(t.default_minutes == kTimeoutMaxMinutes);
  SetSignal(r, "   ");
  ApplyToTimeout(r, t);
  CHECK(t.signal == "Let's pause");
  SetSignal(r, std::string(300, 'a'));
  ApplyToTimeout(r, t);
  CHECK(t.signal.size() <= kSignalMaxBytes);
  CHECK_FALSE(SetSignal(r, "bad \xc3"));

  GroundRulesState a = Agreed();
  ApplyToTimeout(a, t);
  CHECK(t.signal == "Red card");
  CHECK(t.default_minutes == 30);
  CHECK(a.agreed_line ==
        "Hand sign: a T with our hands. The other partner checks back in: a gentle knock on the door.");
  SetHandSign(a, "");
  SetCheckBackHow(a, "");
  SetCheckBackWho(a, CheckBackWho::Caller);
  CHECK(TimeoutAgreementLine(a) == "The one who asked for the break checks back in.");
}

TEST_CASE("the agreement's text lists the rules, the time-out and who agreed", "[ex][rules]") {
  GroundRulesState r = Agreed();
  std::string text = GroundRulesText(r, 0);
  CHECK(text.rfind("OUR GROUND RULES\n", 0) == 0);
  CHECK(text.find("Agreed by Sam and Alex on Tuesday 24 November 2026.\n") != std::string::npos);
  size_t feel = text.find("- Say \u201cI feel\u201d, not \u201cyou never\u201d. Talk about what you felt");
  size_t topic = text.find("- One topic at a time. Other problems wait for their own talk.\n");
  size_t own = text.find("- We never argue in the car.\n");
  REQUIRE(feel != std::string::npos);
  REQUIRE(topic != std::string::npos);
  REQUIRE(own != std::string::npos);
  CHECK(feel < topic);  // the list's order, then our own
  CHECK(topic < own);
  CHECK(text.find("- Our signal: \u201cRed card\u201d\n") != std::string::npos);
  CHECK(text.find("- Our hand sign: a T with our hands.\n") != std::string::npos);
  CHECK(text.find("- A break lasts at least 30 minutes. Then we come back.\n") != std::string::npos);
  CHECK(text.find("- The other partner checks back in: a gentle knock on the door.\n") != std::string::npos);
  CHECK(text.find("no-names") == std::string::npos);
  CHECK(text.find("No name-calling") == std::string::npos);  // not chosen
  // The day follows the person's clock: 08:30 UTC is still Monday evening in Hawaii.
  CHECK(GroundRulesText(r, -600).find("on Monday 23 November 2026.") != std::string::npos);

  SetSignal(r, "Pause please");
  text = GroundRulesText(r, 0);
  CHECK(text.find("Not yet agreed by both of us.\n") != std::string::npos);
  CHECK(text.find("Agreed by") == std::string::npos);
  CHECK(GroundRulesText(GroundRulesState{}, 0).find("- (no rules chosen yet)\n") != std::string::npos);
  CHECK(GroundRulesText(GroundRulesState{}, 0).find("hand sign") == std::string::npos);
}

TEST_CASE("ground rules survive a JSON round trip; damaged JSON keeps defaults", "[ex][rules]") {
  GroundRulesState r = Agreed();
  TimeoutSettings t;
  ApplyToTimeout(r, t);
  r.own_draft = "half a rule";
  json j = GroundRulesToJson(r);
  GroundRulesState back;
  GroundRulesFromJson(json::parse(j.dump()), back);
  CHECK(back.chosen == r.chosen);
  CHECK(back.own == r.own);
  CHECK(back.own_draft == "half a rule");
  CHECK(back.signal == "Red card");
  CHECK(back.hand_sign == r.hand_sign);
  CHECK(back.break_minutes == 30);
  CHECK(back.who == CheckBackWho::Other);
  CHECK(back.how == r.how);
  CHECK(back.name_a == "Sam");
  CHECK(back.name_b == "Alex");
  CHECK(back.confirmed_a_ms == r.confirmed_a_ms);
  CHECK(back.confirmed_b_ms == r.confirmed_b_ms);
  CHECK(IsConfirmed(back));
  CHECK(back.agreed_line == r.agreed_line);
  CHECK(GroundRulesToJson(back) == j);

  for (const char* bad : {"null", "[]", "42", "\"x\"", "{}"}) {
    GroundRulesState g = Agreed();
    GroundRulesFromJson(json::parse(bad), g);
    CHECK(g.chosen.empty());
    CHECK(g.signal == "Let's pause");
    CHECK(g.break_minutes == 20);
    CHECK_FALSE(IsConfirmed(g));
  }
  json d = json::parse(R"({"chosen":["real-issue","nope",7,"i-feel","i-feel"],"own":["ok","",3,"ok","  spaced  "],
    "signal":5,"handSign":["x"],"minutes":3,"who":"nobody","how":null,"nameA":"Sam","nameB":"",
    "confirmedA":-5,"confirmedB":1e300,"agreedLine":false})");
  GroundRulesState g;
  GroundRulesFromJson(d, g);
  CHECK(g.chosen == std::vector<std::string>{"i-feel", "real-issue"});
  CHECK(g.own == std::vector<std::string>{"ok", "spaced"});
  CHECK(g.signal == "Let's pause");
  CHECK(g.hand_sign.empty());
  CHECK(g.break_minutes == 20);  // out of range: the default
  CHECK(g.who == CheckBackWho::Caller);
  CHECK(g.confirmed_a_ms == 0);
  CHECK(g.confirmed_b_ms == 0);
  // Confirmations without two names are not kept.
  json e = GroundRulesToJson(Agreed());
  e["nameB"] = "";
  GroundRulesFromJson(e, g);
  CHECK_FALSE(IsConfirmed(g));
  CHECK(g.confirmed_a_ms == 0);
  // Long lists and text are capped.
  json f = json::object();
  f["own"] = json::array();
  for (int i = 0; i < 500; ++i) f["own"].push_back(std::string(5000, 'a' + i % 26) + std::to_string(i));
  GroundRulesFromJson(f, g);
  CHECK(g.own.size() <= kOwnRulesMax);
  for (const auto& o : g.own) CHECK(o.size() <= kRuleTextMax);
}

TEST_CASE("ground rules print as a worksheet: rules to tick, the time-out, and both names to sign", "[worksheet]") {
  ExercisesState ex;
  GroundRulesState& r = ex.rules;
  REQUIRE(SetRuleChosen(r, "one-topic", true));
  REQUIRE(AddOwnRule(r, "We never argue in the kitchen"));
  REQUIRE(SetSignal(r, "Pineapple pause"));
  REQUIRE(SetHandSign(r, "a wiggle of both thumbs"));
  REQUIRE(SetBreakMinutes(r, 35));
  REQUIRE(SetCheckBackWho(r, CheckBackWho::Other));
  REQUIRE(SetCheckBackHow(r, "a note on the fridge"));
  REQUIRE(SetNames(r, "Marigold", "Tobias"));
  const char* answers[] = {"We never argue in the kitchen.", "Pineapple pause", "a wiggle of both thumbs", "35 minutes",
                           "a note on the fridge", "Marigold", "Tobias"};
  const char* questions[] = {kRulesHeadChoose, kRulesAskOwn, kRulesAskSignal, kRulesAskHandSign, kRulesAskLength,
                             kRulesAskWho, kRulesAskHow, kRulesAskNameA, kRulesAskNameB};

  PrintDoc filled = Sheet("ground-rules", ex, true);
  for (const char* a : answers) CHECK(SheetHas(filled, a));
  for (const char* q : questions) CHECK(SheetHas(filled, q));
  // Every suggested rule is there to tick; the chosen one and the one who checks back in are ticked.
  int checks = 0, ticked = 0;
  for (const PrintBlock& b : filled.blocks) {
    if (b.kind != PrintKind::Check) continue;
    ++checks;
    ticked += b.checked;
    if (b.checked) CHECK((b.text == SuggestedRuleLine(*FindSuggestedRule("one-topic")) ||
                          b.text == CheckBackWhoText(CheckBackWho::Other)));
  }
  CHECK(checks == static_cast<int>(SuggestedRules().size()) + kCheckBackWhoCount);
  CHECK(ticked == 2);

  PrintDoc blank = Sheet("ground-rules", ex, false);
  for (const char* q : questions) CHECK(SheetHas(blank, q));
  for (const char* a : answers) CHECK_FALSE(SheetHas(blank, a));
  CHECK(SheetHas(blank, SuggestedRuleLine(*FindSuggestedRule("no-names"))));
  // The sheet's rules read as the agreement's text does.
  CHECK(GroundRulesText(r, 0).find("- " + SuggestedRuleLine(*FindSuggestedRule("one-topic")) + "\n") != std::string::npos);
}
