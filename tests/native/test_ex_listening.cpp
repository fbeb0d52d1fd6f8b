// Reflective listening: the scenarios are well formed, the reply order is steady but shuffled,
// answers and reflections are kept, the score, the JSON, and the screen headlessly.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "core/ex_listening.h"
#include "support.h"

using namespace core;
using nlohmann::json;

TEST_CASE("at least 12 scenarios, each with 3-4 replies and exactly one that reflects", "[ex][listening]") {
  REQUIRE(Scenarios().size() >= 12);
  std::set<std::string> ids, says;
  for (const Scenario& sc : Scenarios()) {
    INFO(sc.id);
    CHECK(ids.insert(sc.id).second);
    CHECK(says.insert(sc.says).second);
    CHECK(std::string(sc.says).size() > 15);
    CHECK(sc.replies.size() >= 3);
    CHECK(sc.replies.size() <= 4);
    int reflective = 0;
    std::set<ReplyKind> kinds;
    std::set<std::string> texts;
    for (const Reply& r : sc.replies) {
      reflective += r.kind == ReplyKind::Reflective ? 1 : 0;
      kinds.insert(r.kind);
      CHECK(texts.insert(r.text).second);
    }
    CHECK(reflective == 1);
    CHECK(kinds.size() == sc.replies.size());  // one of each kind: each teaches something different
    CHECK(FindScenario(sc.id) >= 0);
  }
  CHECK(FindScenario("no-such") == -1);
  for (ReplyKind k : {ReplyKind::Reflective, ReplyKind::Fixing, ReplyKind::Dismissing, ReplyKind::Defensive}) {
    CHECK(std::string(ReplyKindName(k)).size() > 3);
    CHECK(std::string(ReplyWhy(k)).size() > 40);
  }
}

TEST_CASE("reply order is a steady permutation, and the reflective reply moves around", "[ex][listening]") {
  for (unsigned seed : {1u, 7u, 123456789u}) {
    std::set<int> positions;
    for (size_t i = 0; i < Scenarios().size(); ++i) {
      std::vector<int> o = ReplyOrder(i, seed);
      CHECK(o == ReplyOrder(i, seed));  // the same every time
      std::vector<int> sorted = o;
      std::sort(sorted.begin(), sorted.end());
      std::vector<int> want;
      for (size_t k = 0; k < Scenarios()[i].replies.size(); ++k) want.push_back(static_cast<int>(k));
      CHECK(sorted == want);
      for (size_t pos = 0; pos < o.size(); ++pos)
        if (Scenarios()[i].replies[static_cast<size_t>(o[pos])].kind == ReplyKind::Reflective)
          positions.insert(static_cast<int>(pos));
    }
    CHECK(positions.size() >= 3);  // not always in the same place
  }
  bool differs = false;  // another seed gives another order somewhere
  for (size_t i = 0; i < Scenarios().size(); ++i) differs |= ReplyOrder(i, 1) != ReplyOrder(i, 2);
  CHECK(differs);
  CHECK(ReplyOrder(Scenarios().size(), 1).empty());
}

TEST_CASE("answers, the score, the next scenario and reflections", "[ex][listening]") {
  ListeningState s;
  EnsureSeed(s, 1795396800123.0);
  CHECK(s.seed != 0);
  unsigned seed = s.seed;
  EnsureSeed(s, 5);
  CHECK(s.seed == seed);
  CHECK(Score(s).answers == 0);
  const Scenario& first = Scenarios()[0];
  int reflective = -1, other = -1;
  for (size_t k = 0; k < first.replies.size(); ++k)
    (first.replies[k].kind == ReplyKind::Reflective ? reflective : other) = static_cast<int>(k);
  CHECK_FALSE(RecordAnswer(s, 9, 1000));
  CHECK_FALSE(RecordAnswer(s, -1, 1000));
  REQUIRE(RecordAnswer(s, other, 1000));
  CHECK(s.picked == other);
  REQUIRE(RecordAnswer(s, reflective, 2000));
  const ListeningAnswer* last = LastAnswer(s, first.id);
  REQUIRE(last);
  CHECK(last->reflective);
  CHECK(last->at_ms == 2000);
  ListeningScore sc = Score(s);
  CHECK(sc.answers == 2);
  CHECK(sc.reflective == 1);
  CHECK(sc.scenarios_tried == 1);
  CHECK(sc.recent == 2);

  s.draft = "   ";
  CHECK_FALSE(SaveReflection(s));
  s.draft = "  So what I'm hearing is that work is too much right now. ";
  REQUIRE(SaveReflection(s));
  REQUIRE(FindReflection(s, first.id));
  CHECK(FindReflection(s, first.id)->text == "So what I'm hearing is that work is too much right now.");
  s.draft = "Second try";
  REQUIRE(SaveReflection(s));
  CHECK(s.reflections.size() == 1);  // one per scenario: the latest
  NextScenario(s);
  CHECK(s.current == 1);
  CHECK(s.picked == -1);
  CHECK(s.draft.empty());
  for (size_t i = 1; i < Scenarios().size(); ++i) NextScenario(s);
  CHECK(s.current == 0);  // wraps
  CHECK(s.draft == "Second try");  // its reflection comes back

  for (int i = 0; i < 12; ++i) RecordAnswer(s, other, 3000 + i);
  sc = Score(s);
  CHECK(sc.recent == 10);
  CHECK(sc.recent_reflective == 0);
  CHECK(sc.reflective == 1);
}

TEST_CASE("listening JSON round-trips; bad input keeps defaults; the data decides what was reflective", "[ex][listening]") {
  ListeningState s;
  s.seed = 4242;
  s.current = 3;
  s.draft = "So what I'm hearing";
  s.answers.push_back({Scenarios()[3].id, 1, Scenarios()[3].replies[1].kind == ReplyKind::Reflective, 1795396800000.0});
  s.reflections.push_back({Scenarios()[3].id, "You feel unseen."});
  s.picked = 1;
  json j = ListeningToJson(s);
  ListeningState r;
  ListeningFromJson(json::parse(j.dump()), r);
  CHECK(r.seed == 4242);
  CHECK(r.current == 3);
  CHECK(r.draft == s.draft);
  REQUIRE(r.answers.size() == 1);
  CHECK(r.answers[0].scenario == s.answers[0].scenario);
  CHECK(r.answers[0].reply == 1);
  CHECK(r.answers[0].reflective == s.answers[0].reflective);
  CHECK(r.answers[0].at_ms == s.answers[0].at_ms);
  REQUIRE(r.reflections.size() == 1);
  CHECK(r.reflections[0].text == "You feel unseen.");
  CHECK(r.picked == -1);  // passing UI state is not saved

  for (const char* bad : {"null", "[1]", "{\"current\":99,\"seed\":-1,\"answers\":{},\"reflections\":7}",
                          "{\"current\":1.5,\"seed\":2.5,\"draft\":[],\"answers\":[null,{\"scenario\":\"gone\",\"reply\":0},"
                          "{\"scenario\":\"work-week\",\"reply\":9},{\"scenario\":\"work-week\"}]}"}) {
    INFO(bad);
    ListeningState x;
    x.current = 2;
    ListeningFromJson(json::parse(bad, nullptr, false), x);
    CHECK(x.current == 0);
    CHECK(x.seed == 0);
    CHECK(x.answers.empty());
    CHECK(x.reflections.empty());
  }
  // A saved "reflective: true" for a reply that is not reflective is not believed.
  int wrong = Scenarios()[0].replies[0].kind == ReplyKind::Reflective ? 1 : 0;
  json lie = {{"answers", {{{"scenario", Scenarios()[0].id}, {"reply", wrong}, {"reflective", true}}}}};
  ListeningState y;
  ListeningFromJson(lie, y);
  REQUIRE(y.answers.size() == 1);
  CHECK_FALSE(y.answers[0].reflective);

  json many = {{"answers", json::array()}};
  for (int i = 0; i < 2100; ++i) many["answers"].push_back({{"scenario", "work-week"}, {"reply", 0}, {"at", i}});
  ListeningState z;
  ListeningFromJson(many, z);
  CHECK(z.answers.size() == kAnswersMax);
  CHECK(z.answers.back().at_ms == 2099);
}

// ---- the screen ----------------------------------------------------------------------------------

namespace {
bool HasText(TestApp& app, const std::string& part) {
  for (const auto& m : app.host().last_mirror)
    if (m.name.find(part) != std::string::npos) return true;
  return false;
}
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
    const ListeningState& l = app.state.ex.listening;
    CHECK(l.seed != 0);
    CHECK(app.Find(Role::Heading, "Scenario 1 of " + std::to_string(Scenarios().size())));
    CHECK(HasText(app, Scenarios()[0].says));
    CHECK(HasText(app, "Your answers will show here"));
    char good = ReflectiveLetter(l);
    char bad = good == 'A' ? 'B' : 'A';
    REQUIRE(app.Activate(Role::Button, std::string("Choose reply ") + bad));
    app.Frames(2);
    REQUIRE(l.answers.size() == 1);
    CHECK_FALSE(l.answers[0].reflective);
    CHECK(HasText(app, "The reply that reflects"));
    CHECK_FALSE(app.Find(Role::Button, "Choose reply A"));  // answered: the verdict shows instead
    CHECK(TimesDone(app.state.ex, "reflective-listening") == 1);
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
    CHECK(TimesDone(app.state.ex, "reflective-listening") == 1);  // once a visit
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
