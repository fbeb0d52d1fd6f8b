// The ground rules screen (ui/ex_rules) driven headlessly through the mirror: confirming the rules
// changes the time-out's start button, an edit asks to confirm again, the rules print and save as text.
#include <catch2/catch.hpp>

#include "core/exercises/ground-rules.h"
#include "support.h"

using namespace core;

namespace {
void AgreeRules(TestApp& app) {
  Open(app, "ground-rules");
  REQUIRE(app.Activate(Role::Checkbox, "No name-calling"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Checkbox, "One topic at a time"));
  app.Frames(1);
  Type(app, "A rule in your own words", "We sit down when we talk", 1, Caret::End);
  REQUIRE(app.Activate(Role::Button, "Add this rule"));
  app.Frames(1);
  Type(app, "Our signal (the words)", "  Time out, love ", 1, Caret::End);
  Type(app, "A hand sign too (optional)", "a T with our hands", 1, Caret::End);
  REQUIRE(app.Activate(Role::Radio, "A break of 30 minutes"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Radio, "Whoever feels calm first"));
  app.Frames(1);
  Type(app, "First person's name", "Sam", 1, Caret::End);
  Type(app, "Second person's name", "Alex", 1, Caret::End);
  REQUIRE(app.Activate(Role::Button, "I'm Sam and I agree"));
  app.Frames(2);
  CHECK(app.Find(Role::Text, "Sam agrees."));
  CHECK(app.state.doc.timeout.settings.signal == "Let's pause");  // not yet: one of two
  REQUIRE(app.Activate(Role::Button, "I'm Alex and I agree"));
  app.Frames(2);
}
}  // namespace

TEST_CASE("confirming the ground rules changes the time-out's signal, length and agreement line", "[ui][ex][rules]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    AgreeRules(app);
    const GroundRulesState& r = app.state.doc.ex.rules;
    CHECK(IsConfirmed(r));
    CHECK(r.chosen == std::vector<std::string>{"one-topic", "no-names"});
    CHECK(r.own == std::vector<std::string>{"We sit down when we talk"});
    CHECK(r.own_draft.empty());
    CHECK(app.state.doc.timeout.settings.signal == "Time out, love");
    CHECK(app.state.doc.timeout.settings.default_minutes == 30);
    CHECK(TimesDone(app.state.doc.ex, "ground-rules") == 1);
    CHECK(app.Find(Role::Text, "Agreed by Sam and Alex. Your time-out uses \u201cTime out, love\u201d."));
    REQUIRE(app.Activate(Role::Link, "Open the time-out"));
    app.Frames(2);
    CHECK(app.state.nav.route.screen == Screen::Timeout);
    REQUIRE(app.Activate(Role::Button, "I understand"));
    app.Frames(2);
    CHECK(app.Find(Role::Button, "Time out, love \u2014 start a time-out of 30 minutes"));
    CHECK_FALSE(app.Find(Role::Button, "Let's pause \u2014 start a time-out of 20 minutes"));
    CHECK(app.Find(Role::Text, "Our agreement: Hand sign: a T with our hands. Whoever feels calm first checks back in."));
    REQUIRE(app.Activate(Role::Button, "Time out, love \u2014 start a time-out of 30 minutes"));
    app.Frames(2);
    CHECK(app.state.doc.timeout.run.status == TimeoutStatus::Running);
    CHECK(app.Find(Role::Text, "Our agreement: Hand sign: a T with our hands. Whoever feels calm first checks back in."));
  }
}

TEST_CASE("editing the rules after agreeing asks both to confirm again", "[ui][ex][rules]") {
  TestApp app(390, 844, 3.0f);
  AgreeRules(app);
  REQUIRE(IsConfirmed(app.state.doc.ex.rules));
  REQUIRE(app.Activate(Role::Checkbox, "Listen, then reply"));
  app.Frames(2);
  CHECK_FALSE(IsConfirmed(app.state.doc.ex.rules));
  CHECK(app.Find(Role::Text, "You changed your rules since you last agreed, so both of you confirm again at the end."));
  CHECK(app.Find(Role::Button, "I'm Sam and I agree"));
  CHECK(app.Find(Role::Button, "I'm Alex and I agree"));
  // The time-out keeps the last agreed signal until both confirm again.
  Type(app, "Our signal (the words)", "Pause, please", 1, Caret::End);
  CHECK(app.state.doc.timeout.settings.signal == "Time out, love");
  REQUIRE(app.Activate(Role::Button, "I'm Alex and I agree"));
  app.Frames(1);
  REQUIRE(app.Activate(Role::Button, "I'm Sam and I agree"));
  app.Frames(2);
  CHECK(app.state.doc.timeout.settings.signal == "Pause, please");
  CHECK(TimesDone(app.state.doc.ex, "ground-rules") == 2);
  // Removing an own rule is an edit too.
  REQUIRE(app.Activate(Role::Button, "Remove the rule: We sit down when we talk"));
  app.Frames(2);
  CHECK(app.state.doc.ex.rules.own.size() == 1);  // it asks first
  CHECK(IsConfirmed(app.state.doc.ex.rules));
  REQUIRE(app.Activate(Role::Button, "Yes, remove the rule: We sit down when we talk"));
  app.Frames(2);
  CHECK(app.state.doc.ex.rules.own.empty());
  CHECK_FALSE(IsConfirmed(app.state.doc.ex.rules));
}

TEST_CASE("the ground rules print and save as a text file", "[ui][ex][rules]") {
  TestApp app(1280, 800, 1.0f);
  AgreeRules(app);
  REQUIRE(app.Activate(Role::Button, "Save as a text file"));
  app.Frames(1);
  REQUIRE(app.host().downloads.size() == 1);
  const FileOut& f = app.host().downloads[0];
  CHECK(f.name == "hearth-ground-rules.txt");
  CHECK(f.mime == "text/plain");
  CHECK(f.data.find("Agreed by Sam and Alex") != std::string::npos);
  CHECK(f.data.find("- Our signal: \u201cTime out, love\u201d") != std::string::npos);
  CHECK(f.data.find("- We sit down when we talk.") != std::string::npos);
  REQUIRE(app.Activate(Role::Button, "Print our rules"));
  app.Frames(1);
  REQUIRE(app.host().printed.size() == 1);
  CHECK(app.host().printed[0].find("OUR GROUND RULES") == std::string::npos);  // the page has its own heading
  // Every line of the agreement is on the page: its parts as headings, its rules as points.
  const core::PrintDoc& page = app.host().printed_docs[0];
  CHECK(page.title == "Our ground rules");
  std::istringstream lines(f.data.substr(f.data.find("Agreed by")));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    bool point = line.rfind("- ", 0) == 0;
    if (point) line = line.substr(2);
    INFO(line);
    bool found = false;
    for (const core::PrintBlock& b : page.blocks)
      found = found || (b.text == line && (b.kind == core::PrintKind::Item) == point);
    CHECK(found);
  }
  bool heading = false;
  for (const core::PrintBlock& b : page.blocks) heading = heading || (b.kind == core::PrintKind::Heading && b.text == "Our time-out");
  CHECK(heading);
}

TEST_CASE("the ground rules screen says what is missing before anyone can confirm", "[ui][ex][rules]") {
  TestApp app(390, 844, 3.0f);
  Open(app, "ground-rules");
  CHECK(app.Find(Role::Text, "Choose or write at least one rule first."));
  CHECK_FALSE(app.Find(Role::Button, "I'm  and I agree"));
  REQUIRE(app.Activate(Role::Checkbox, "Pick a good time"));
  app.Frames(1);
  CHECK(app.Find(Role::Text, "Write both of your names (two different ones) to confirm."));
  Type(app, "A rule in your own words", "half typed ", 1, Caret::End);
}

TEST_CASE("a half-typed rule survives a reload", "[ui][ex][rules]") {
  std::map<std::string, std::string> storage;
  {
    TestApp app(390, 844, 3.0f);
    Open(app, "ground-rules");
    REQUIRE(app.Activate(Role::Checkbox, "Pick a good time"));
    app.Frames(1);
    Type(app, "A rule in your own words", "half typed ", 1, Caret::End);
    app.host().now_ms += 2000;
    app.Frames(1);  // the throttled save
    storage = app.host().storage;
  }
  TestApp app(390, 844, 3.0f);
  app.host().storage = storage;
  core::LoadSaved(app.state, platform::Storage());
  CHECK(app.state.doc.ex.rules.own_draft == "half typed ");
  CHECK(app.state.doc.ex.rules.chosen == std::vector<std::string>{"good-time"});
}
