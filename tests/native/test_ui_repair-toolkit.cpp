// The Repair toolkit screen (ui/exercises/repair-toolkit) driven headlessly: its groups one at a time,
// marking phrases as ours (shown first, kept across a reload), its sources, the wait for the guide's
// file, and the three places it is one tap from: the time-out's way back, After an argument and Our
// ground rules.
#include <catch2/catch.hpp>
#include <map>
#include <tuple>

#include "support.h"

using namespace core;

namespace {

const RepairText& Words(TestApp& app) { return app.state.guide.exercises.repair; }

// Runs a break to its end, so the time-out shows its way back in.
void EndABreak(TestApp& app) {
  Go(app.state.nav, {Screen::Timeout, "", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "I understand"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Let's pause \xE2\x80\x94 start a time-out of 20 minutes"));
  app.Frames(2);
  app.host().now_ms += 21 * 60000.0;
  app.Frames(3);
  REQUIRE(app.state.doc.timeout.run.status == TimeoutStatus::Ended);
  REQUIRE(HasText(app, "Here is a gentle way back in."));
}

void ExpectToolkit(TestApp& app) {
  app.Frames(2);
  CHECK(app.state.nav.route == Route{Screen::Exercise, "repair-toolkit", ""});
  CHECK(app.Find(Role::Heading, "Repair toolkit"));
  CHECK(app.Find(Role::Heading, "I feel\xE2\x80\xA6"));
}

}  // namespace

TEST_CASE("the toolkit shows one group at a time, large, and moves between groups", "[ui][ex][repair]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    INFO(w);
    TestApp app(w, h, dpr);
    Open(app, "repair-toolkit");
    REQUIRE(Words(app).groups.size() == 6);
    CHECK(app.Find(Role::Heading, "Repair toolkit"));
    // Every group is a choice, named for screen readers; the first is open.
    for (const RepairGroup& g : Words(app).groups) {
      const MirrorItem* m = app.Find(Role::Radio, "Show: " + g.title);
      REQUIRE(m);
      CHECK(m->checked == (&g == &Words(app).groups[0] ? 1 : 0));
    }
    const RepairGroup& feel = Words(app).groups[0];
    const RepairGroup& sorry = Words(app).groups[1];
    CHECK(app.Find(Role::Heading, feel.title));
    for (const RepairPhrase& p : feel.phrases) CHECK(app.Find(Role::Checkbox, "One of ours: " + p.text));
    CHECK_FALSE(HasText(app, sorry.phrases[0].text));
    // Jump to another group, then "Next" moves on and wraps around.
    REQUIRE(app.Activate(Role::Radio, "Show: " + Words(app).groups[4].title));
    app.Frames(2);
    CHECK(app.Find(Role::Heading, Words(app).groups[4].title));
    CHECK(HasText(app, Words(app).groups[4].phrases[0].text));
    CHECK_FALSE(HasText(app, feel.phrases[0].text));
    REQUIRE(app.Activate(Role::Button, "Next: " + Words(app).groups[5].title));
    app.Frames(2);
    CHECK(app.Find(Role::Heading, Words(app).groups[5].title));
    REQUIRE(app.Activate(Role::Button, "Next: " + feel.title));
    app.Frames(2);
    CHECK(app.Find(Role::Heading, feel.title));
    // No scores anywhere, and nothing recorded as done just by looking.
    CHECK(TimesDone(app.state.doc.ex, "repair-toolkit") == 0);
  }
}

TEST_CASE("the phrases are drawn larger than body text", "[ui][ex][repair]") {
  TestApp app(1280, 2400, 1.0f);  // tall enough that every phrase is on screen
  Open(app, "repair-toolkit");
  REQUIRE(app.Activate(Role::Radio, "Show: " + Words(app).groups[3].title));
  app.Frames(2);
  // A one-line phrase stands taller than the one line under the title (body text), and is not wrapped.
  const MirrorItem* line = app.Find(Role::Text, "Short, kind words to reach for in the middle of a hard talk.");
  const MirrorItem* phrase = app.Find(Role::Text, "Could we both lower our voices a little?");
  REQUIRE(line);
  REQUIRE(phrase);
  CHECK(phrase->h > 1.2f * line->h);
  CHECK(phrase->h < 2.0f * line->h);
}

TEST_CASE("phrases marked as ours come first, and stay ours after a reload", "[ui][ex][repair]") {
  std::map<std::string, std::string> storage;
  std::string text;
  {
    TestApp app(390, 844, 3.0f);
    Open(app, "repair-toolkit");
    const RepairGroup& calm = Words(app).groups[3];
    text = calm.phrases[4].text;
    REQUIRE(app.Activate(Role::Radio, "Show: " + calm.title));
    app.Frames(2);
    CHECK_FALSE(app.Find(Role::Heading, "Our phrases"));
    REQUIRE(app.Activate(Role::Checkbox, "One of ours: " + text));
    app.Frames(2);
    CHECK(app.state.doc.ex.repair.ours == std::vector<std::string>{calm.phrases[4].id});
    CHECK(TimesDone(app.state.doc.ex, "repair-toolkit") == 1);  // tried, for the Progress screen
    REQUIRE_FALSE(app.host().announcements.empty());
    CHECK(app.host().announcements.back() == "Added to our phrases, at the top.");
    REQUIRE(app.Find(Role::Heading, "Our phrases"));
    CHECK(app.Find(Role::Checkbox, "One of ours: " + text)->checked == 1);
    // Ours come before the group choices.
    const auto& mirror = app.host().last_mirror;
    size_t ours = mirror.size(), choices = 0;
    for (size_t i = 0; i < mirror.size(); ++i) {
      if (mirror[i].name == "Remove from our phrases: " + text) ours = i;
      if (mirror[i].name == "Show: " + calm.title) choices = i;
    }
    CHECK(ours < choices);
    app.host().now_ms += 3000;
    app.Frames(2);  // the throttled save
    storage = app.host().storage;
  }
  TestApp app(390, 844, 3.0f);
  app.host().storage = storage;
  core::LoadSaved(app.state, platform::Storage());
  Open(app, "repair-toolkit");
  REQUIRE(app.Find(Role::Heading, "Our phrases"));
  REQUIRE(app.Activate(Role::Button, "Remove from our phrases: " + text));
  app.Frames(2);
  CHECK(app.state.doc.ex.repair.ours.empty());
  CHECK_FALSE(app.Find(Role::Heading, "Our phrases"));
}

TEST_CASE("the toolkit credits repair attempts to Gottman's work, with full references", "[ui][ex][repair]") {
  TestApp app(1280, 800, 1.0f);
  Open(app, "repair-toolkit");
  CHECK(HasText(app, "call these small moves repair attempts"));
  CHECK_FALSE(HasText(app, "Journal of Family Psychotherapy"));
  REQUIRE(app.Activate(Role::Link, "Sources"));
  app.Frames(2);
  CHECK(HasText(app, "Gottman, J. M., Driver, J., & Tabares, A. (2015)"));
  CHECK(HasText(app, "The seven principles for making marriage work"));
  REQUIRE(app.Activate(Role::Link, "Hide the sources"));
  app.Frames(2);
  CHECK_FALSE(HasText(app, "Tabares"));
  REQUIRE(app.Activate(Role::Link, "Too heated? Take a time-out"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Timeout);
}

TEST_CASE("the toolkit waits for the guide's file, and keeps what was ours meanwhile", "[ui][ex][repair]") {
  TestApp app(390, 844, 3.0f, "", GuideAtStart::NotYet);
  app.state.doc.ex.repair.ours = {"calm-hand"};
  Open(app, "repair-toolkit");
  CHECK(HasText(app, "Loading this exercise\xE2\x80\xA6"));
  CHECK_FALSE(app.Find(Role::Heading, "Our phrases"));
  CHECK(app.state.doc.ex.repair.ours == std::vector<std::string>{"calm-hand"});
}

TEST_CASE("the toolkit is one tap from the time-out's way back in", "[ui][ex][repair][timeout]") {
  TestApp app(390, 844, 3.0f);
  EndABreak(app);
  REQUIRE(app.Activate(Role::Link, "Stuck for words? Open the repair toolkit"));
  ExpectToolkit(app);
}

TEST_CASE("the toolkit is one tap from After an argument and from Our ground rules", "[ui][ex][repair]") {
  for (const char* from : {"after-argument", "ground-rules"}) {
    INFO(from);
    TestApp app(390, 844, 3.0f);
    Open(app, from);
    const MirrorItem* link = app.Find(Role::Link, "Words to help mid-talk: the repair toolkit");
    REQUIRE(link);
    CHECK(link->href == "#/exercise/repair-toolkit");
    REQUIRE(app.Activate(Role::Link, "Words to help mid-talk: the repair toolkit"));
    ExpectToolkit(app);
  }
}
