// The I-statement coach screen (ui/ex_coach) driven headlessly through the mirror.
#include <catch2/catch.hpp>
#include <string>

#include "core/exercises/i-statement-coach.h"
#include "support.h"

using namespace core;

TEST_CASE("the coach screen marks and explains flagged words as you type", "[ex][coach][ui]") {
  TestApp app(390, 844, 3.0f);
  Open(app, "i-statement-coach");
  CHECK(app.Find(Role::Heading, "Check what you want to say"));
  Type(app, "What I want to say", "You never listen to me", 2);
  CHECK(app.state.doc.ex.coach.draft == "You never listen to me");
  CHECK(app.Find(Role::Text, "[You never] listen to me"));
  CHECK(app.Find(Role::Heading, "Always and never words"));
  CHECK(app.Find(Role::Heading, "Starting with \"you\""));
  CHECK(HasText(app, "Found: \"never\""));
  CHECK(HasText(app, FlagHint(FlagKind::Blame)));
  CHECK_FALSE(app.Find(Role::Heading, "Orders"));
  Type(app, "What I want to say", "I always love our walks", 2);
  CHECK_FALSE(app.Find(Role::Heading, "Always and never words"));
  CHECK(HasText(app, "Nothing here stands out"));
}

TEST_CASE("the builder previews, copies and saves; saved sentences can be removed", "[ex][coach][ui]") {
  TestApp app(1280, 800, 1.0f);
  Open(app, "i-statement-coach");
  const MirrorItem* save = app.Find(Role::Button, "Save to things I want to say");
  REQUIRE(save);
  CHECK(save->disabled);
  REQUIRE(app.Activate(Role::Button, "hurt"));
  app.Frames(2);
  CHECK(app.state.doc.ex.coach.parts.feeling == "hurt");
  CHECK(app.Find(Role::Button, "hurt")->checked == 1);
  CHECK(app.Find(Role::Button, "hurt")->toggle);
  Type(app, "when (one specific moment)", "you checked your phone at dinner", 2);
  Type(app, "because (what I need or care about)", "I want to feel heard", 2);
  Type(app, "and I'd like (a small, clear request)", "us to keep phones away while we eat", 2);
  std::string want =
      "I feel hurt when you checked your phone at dinner because I want to feel heard, and I'd like us to keep phones "
      "away while we eat.";
  CHECK(app.Find(Role::Text, want));
  REQUIRE(app.Activate(Role::Button, "Copy the sentence"));
  app.Frames(2);
  REQUIRE(!app.host().copied.empty());
  CHECK(app.host().copied.back() == want);
  REQUIRE(app.Activate(Role::Button, "Save to things I want to say"));
  app.Frames(2);
  REQUIRE(app.state.doc.ex.coach.saved.size() == 1);
  CHECK(TimesDone(app.state.doc.ex, "i-statement-coach") == 1);
  CHECK(app.Find(Role::Button, "Remove: " + want));
  REQUIRE(app.Activate(Role::Button, "Save to things I want to say"));  // the same sentence: not twice
  app.Frames(2);
  CHECK(app.state.doc.ex.coach.saved.size() == 1);
  REQUIRE(app.Activate(Role::Button, "Remove: " + want));
  app.Frames(2);
  CHECK(app.state.doc.ex.coach.saved.size() == 1);  // it asks first
  REQUIRE(app.Activate(Role::Button, "Keep: " + want));
  app.Frames(2);
  CHECK(app.state.doc.ex.coach.saved.size() == 1);
  REQUIRE(app.Activate(Role::Button, "Remove: " + want));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, remove: " + want));
  app.Frames(2);
  CHECK(app.state.doc.ex.coach.saved.empty());
  CHECK(HasText(app, "will wait here"));
}

TEST_CASE("a flagged word in the builder is pointed out in the preview", "[ex][coach][ui]") {
  TestApp app(390, 844, 2.0f);
  Open(app, "i-statement-coach");
  Type(app, "I feel (pick a word above or type your own)", "angry", 2);
  Type(app, "when (one specific moment)", "you never call", 2);
  CHECK(HasText(app, "It still has words that may sting"));
}

TEST_CASE("a threat gets no wording tips: it is named plainly, with help one tap away", "[ex][coach][ui]") {
  TestApp app(390, 844, 3.0f);
  Open(app, "i-statement-coach");
  Type(app, "What I want to say", "Try that again and you'll be sorry.", 2);
  CHECK(app.Find(Role::Heading, FlagTitle(FlagKind::Threat)));
  CHECK(HasText(app, "not a wording problem"));
  CHECK_FALSE(HasText(app, "Nothing here stands out"));
  for (int k = 0; k < kFlagKinds; ++k)
    if (static_cast<FlagKind>(k) != FlagKind::Threat) CHECK_FALSE(HasText(app, FlagHint(static_cast<FlagKind>(k))));
  REQUIRE(app.Activate(Role::Link, "Talk to someone: see the help lines"));
  app.Frames(2);
  CHECK(app.Find(Role::Link, "Hide the help lines"));
  CHECK(HasText(app, "988"));  // the US crisis line is among the help lines shown
  CHECK(app.Find(Role::Link, "Take a time-out now"));
  // The same sentence typed into the builder gets the same card, not "words that may sting".
  Type(app, "What I want to say", "", 2);
  Type(app, "I feel (pick a word above or type your own)", "angry", 2);
  Type(app, "when (one specific moment)", "you lie, and you'll regret it", 2);
  CHECK_FALSE(HasText(app, "It still has words that may sting"));
  CHECK(app.Find(Role::Heading, FlagTitle(FlagKind::Threat)));
}
