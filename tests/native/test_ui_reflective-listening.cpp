// The reflective listening screen (ui/ex_listening) driven headlessly through the mirror.
#include <catch2/catch.hpp>
#include <string>

#include "core/exercises/reflective-listening.h"
#include "support.h"

using namespace core;

namespace {
// The letter (A, B…) the reflective reply of the scenario on screen is shown under.
char ReflectiveLetter(const ListeningState& l) {
  std::vector<int> o = ReplyOrder(static_cast<size_t>(l.current), l.seed);
  for (size_t pos = 0; pos < o.size(); ++pos)
    if (Scenarios()[static_cast<size_t>(l.current)].replies[static_cast<size_t>(o[pos])].kind == ReplyKind::Reflective)
      return static_cast<char>('A' + pos);
  return '?';
}
}  // namespace

TEST_CASE("the listening screen: pick a reply, see why, move on, write your own", "[ex][listening][ui]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    Go(app.state.nav, {Screen::Exercise, "reflective-listening", ""});
    app.Frames(2);
    const ListeningState& l = app.state.doc.ex.listening;
    CHECK(l.seed != 0);
    CHECK(app.Find(Role::Heading, "Scenario 1 of " + std::to_string(Scenarios().size())));
    REQUIRE(!app.state.guide.exercises.listening.empty());  // the words came with the guide's file
    CHECK(HasText(app, app.state.guide.exercises.listening[0].says));
    CHECK(HasText(app, "Your answers will show here"));
    char good = ReflectiveLetter(l);
    char bad = good == 'A' ? 'B' : 'A';
    REQUIRE(app.Activate(Role::Button, std::string("Choose reply ") + bad));
    app.Frames(2);
    REQUIRE(l.answers.size() == 1);
    CHECK_FALSE(l.answers[0].reflective);
    CHECK(HasText(app, "The reply that reflects"));
    CHECK_FALSE(app.Find(Role::Button, "Choose reply A"));  // answered: the verdict shows instead
    CHECK(TimesDone(app.state.doc.ex, "reflective-listening") == 1);
    CHECK(HasText(app, "You have answered 1 time, across 1 of"));
    CHECK(HasText(app, "Scenario 1, latest pick: "));
    CHECK_FALSE(HasText(app, "Scenario 1, latest pick: Reflecting back"));
    REQUIRE(app.Activate(Role::Button, "Next scenario"));
    app.Frames(2);
    CHECK(app.Find(Role::Heading, "Scenario 2 of " + std::to_string(Scenarios().size())));
    good = ReflectiveLetter(l);
    REQUIRE(app.Activate(Role::Button, std::string("Choose reply ") + good));
    app.Frames(2);
    CHECK(l.answers.back().reflective);
    CHECK(app.Find(Role::Heading, "You chose: Reflecting back"));
    CHECK(HasText(app, "Scenario 2, latest pick: Reflecting back"));
    REQUIRE(!app.host().announcements.empty());
    CHECK(app.host().announcements.back() == "You chose: Reflecting back.");
    CHECK(TimesDone(app.state.doc.ex, "reflective-listening") == 1);  // once a visit
    // A multi-line field below the fold publishes another id until it is on screen: scroll to it first.
    app.host().next.scroll_key = ScrollKey::End;
    app.Frames(3);
    const MirrorItem* box = app.Find(Role::TextBox, "So what I'm hearing is…");
    REQUIRE(box);
    app.host().next.text_edits.push_back({box->id, "So what I'm hearing is that you feel left out."});
    app.Frames(2);
    CHECK(l.draft == "So what I'm hearing is that you feel left out.");
    REQUIRE(app.Activate(Role::Button, "Save my reflection"));
    app.Frames(2);
    REQUIRE(l.reflections.size() == 1);
    CHECK(l.reflections[0].scenario == Scenarios()[1].id);
    CHECK(HasText(app, "Kept: So what I'm hearing is that you feel left out."));
  }
}
