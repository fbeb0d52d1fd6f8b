// The listening scenarios' and open questions' words, the coach's word lists, the question decks' cards
// and the shared-experience ideas come in the guide's file (core/exercises/ex_text.h), not inside the
// app: the file's "exercises" part is checked against the ids, reply kinds and card levels the app keeps
// (a bad part names the field and changes nothing), saved answers are kept while the file is not here,
// and the five screens say "Loading this exercise…" (or why it failed, with Try again) until it comes.
#include <catch2/catch.hpp>
#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>
#include <nlohmann/json.hpp>
#include <string>

#include "core/exercises/ex_text.h"
#include "core/exercises/i-statement-coach-words.h"
#include "core/exercises/i-statement-coach.h"
#include "core/exercises/open-questions.h"
#include "core/exercises/question-decks.h"
#include "core/exercises/reflective-listening.h"
#include "core/exercises/shared-experiences.h"
#include "core/guide/content.h"
#include "core/guide/guide_load.h"
#include "support.h"

using namespace core;
using nlohmann::json;

namespace {

json Built() { return json::parse(platform::NativeGuideFile())["exercises"]; }  // the compact form

json Written() {  // content/exercises.json, the writers' form
  return json::parse(ReadSourceFile("content/exercises.json"));
}

std::string All(const std::vector<ContentError>& errors) {
  std::string all;
  for (const auto& e : errors) all += e.ToString() + "\n";
  return all;
}

const char* kLoading = "Loading this exercise\xE2\x80\xA6";

// A way to spoil good words, and part of the message that must name it.
struct Case {
  const char* what;
  std::function<void(json&)> spoil;
  const char* names;
};

// The build's check (content/exercises.json, the writers' form) refuses each spoiled copy, names the
// problem, and writes nothing.
template <size_t N>
void ExpectBuildRefuses(const Case (&cases)[N]) {
  for (const Case& c : cases) {
    INFO(c.what);
    json j = Written();
    c.spoil(j);
    json out = "kept";
    std::vector<ContentError> errors;
    CHECK_FALSE(CompactExerciseText(j, "content/exercises.json", out, errors));
    INFO(All(errors));
    CHECK(All(errors).find(c.names) != std::string::npos);
    CHECK(out == "kept");  // nothing written
  }
}

// The app (the guide file's compact form) refuses each spoiled copy, names the problem, and changes
// none of the words it had.
template <size_t N>
void ExpectAppRefuses(const Case (&cases)[N]) {
  for (const Case& c : cases) {
    INFO(c.what);
    json j = Built();
    c.spoil(j);
    ExerciseText t;
    t.openq.push_back({"kept", "kept", "kept"});
    t.ideas.push_back({"kept", "kept"});
    std::vector<ContentError> errors;
    CHECK_FALSE(ParseExerciseText(j, "exercises", t, errors));
    INFO(All(errors));
    CHECK(All(errors).find(c.names) != std::string::npos);
    CHECK(t.listening.empty());  // nothing changed
    CHECK(t.decks.empty());
    CHECK(t.openq.size() == 1);
    REQUIRE(t.ideas.size() == 1);
    CHECK(t.ideas[0].title == "kept");
  }
}

}  // namespace

TEST_CASE("the exercises' words: written with kinds, shipped compact, read in the app's order", "[ex_text]") {
  std::vector<ContentError> errors;
  json compact;
  REQUIRE(CompactExerciseText(Written(), "content/exercises.json", compact, errors));
  CHECK(compact == Built());  // what the build put in the guide's file
  ExerciseText t;
  REQUIRE(ParseExerciseText(compact, "exercises", t, errors));
  CHECK(errors.empty());
  REQUIRE(t.Ready());
  REQUIRE(t.listening.size() == Scenarios().size());
  REQUIRE(t.openq.size() == ClosedQuestions().size());
  for (size_t i = 0; i < t.listening.size(); ++i) {
    INFO(Scenarios()[i].id);
    CHECK(t.listening[i].replies.size() == Scenarios()[i].replies.size());
    CHECK_FALSE(t.listening[i].says.empty());
  }
  // The first scenario's words, in the app's order (its reply 1 is the reflective one).
  CHECK(t.listening[0].says.rfind("This week at work has been awful.", 0) == 0);
  CHECK(Scenarios()[0].replies[1].kind == ReplyKind::Reflective);
  CHECK(t.listening[0].replies[1].rfind("So it just keeps coming", 0) == 0);
  CHECK(t.openq[0].closed == "Did you have a good day?");
  CHECK(t.openq[0].answer.rfind("\"Honestly, lunch.", 0) == 0);
  // The coach's lists: written as lines, shipped as one line each, read as sorted words.
  REQUIRE(t.coach.Ready());
  CHECK(compact["coach_words"]["negators"].get<std::string>().rfind("not never aren't", 0) == 0);
  const auto& traits = t.coach.lists[static_cast<size_t>(WordList::Traits)];
  CHECK(traits.size() > 400);
  CHECK(std::find(traits.begin(), traits.end(), "selfish") != traits.end());
  CHECK(std::find(traits.begin(), traits.end(), "stuck-up") != traits.end());
  // Written in another order, they still land in the app's order.
  json shuffled = Written();
  std::reverse(shuffled["listening"].begin(), shuffled["listening"].end());
  REQUIRE(CompactExerciseText(shuffled, "content/exercises.json", compact, errors));
  ExerciseText r;
  REQUIRE(ParseExerciseText(compact, "exercises", r, errors));
  CHECK(r.listening[0].says == t.listening[0].says);
  CHECK(r.listening[35].replies == t.listening[35].replies);
}

TEST_CASE("the build stops on written words that do not match the app, naming the entry", "[ex_text]") {
  const Case cases[] = {
      {"not an object", [](json& j) { j = json::array(); }, "exercises: must be an object"},
      {"no listening list", [](json& j) { j.erase("listening"); }, "content/exercises.json: listening: is missing"},
      {"no question list", [](json& j) { j.erase("open_questions"); }, "open_questions: is missing"},
      {"a scenario left out", [](json& j) { j["listening"].erase(j["listening"].begin()); },
       "listening: has no entry for 'work-week'"},
      {"an unknown scenario", [](json& j) { j["listening"][0]["id"] = "no-such"; }, "listening[0].id: 'no-such' is not one"},
      {"a scenario twice", [](json& j) { j["listening"].push_back(j["listening"][0]); }, "listening[36].id: 'work-week' comes twice"},
      {"a reply moved to another place",
       [](json& j) { std::swap(j["listening"][0]["replies"][0], j["listening"][0]["replies"][1]); },
       "listening[0].replies[0]: is 'reflective' but the app has 'fixing' here"},
      {"three replies", [](json& j) { j["listening"][0]["replies"].erase(3); }, "listening[0].replies: must list 4 replies"},
      {"a reply that is not a pair", [](json& j) { j["listening"][0]["replies"][2] = "text"; },
       "listening[0].replies[2]: must be [kind, text]"},
      {"no says", [](json& j) { j["listening"][1].erase("says"); }, "listening[1].says: is missing"},
      {"a missing answer", [](json& j) { j["open_questions"][3].erase("answer"); }, "open_questions[3].answer: is missing"},
      {"an unknown question", [](json& j) { j["open_questions"][0]["id"] = "nope"; }, "has no entry for 'good-day'"},
      {"no coach words", [](json& j) { j.erase("coach_words"); }, "coach_words: is missing"},
      {"a word list that is not lines", [](json& j) { j["coach_words"]["negators"] = 3; }, "coach_words.negators: must be lines"},
  };
  ExpectBuildRefuses(cases);
}

TEST_CASE("the app refuses bad words in the guide's file, naming the problem, and changes nothing", "[ex_text]") {
  const std::string too_long(kExerciseTextMax + 1, 'a');
  const Case cases[] = {
      {"not an object", [](json& j) { j = "words"; }, "exercises: must be an object"},
      {"no listening", [](json& j) { j.erase("listening"); }, "exercises: listening: is missing"},
      {"a list instead of ids", [](json& j) { j["open_questions"] = json::array(); }, "open_questions: is missing"},
      {"a scenario left out", [](json& j) { j["listening"].erase("housework"); }, "listening: has no entry for 'housework'"},
      {"an unknown scenario", [](json& j) { j["listening"]["no-such"] = j["listening"]["work-week"]; },
       "listening.no-such: 'no-such' is not one the app knows"},
      {"a reply too few", [](json& j) { j["listening"]["work-week"].erase(4); }, "listening.work-week: must list 5 pieces"},
      {"a question with two pieces", [](json& j) { j["open_questions"]["upset"].erase(2); }, "open_questions.upset: must list 3"},
      {"empty words", [](json& j) { j["listening"]["birthday"][0] = "  "; }, "listening.birthday[0]: is empty"},
      {"words that are not text", [](json& j) { j["open_questions"]["trip"][1] = 5; }, "open_questions.trip[1]: must be text"},
      {"words too long", [&](json& j) { j["open_questions"]["sleep"][0] = too_long; }, "is longer than 600 bytes"},
      {"no coach words", [](json& j) { j.erase("coach_words"); }, "coach_words: is missing"},
      {"a word list left out", [](json& j) { j["coach_words"].erase("harm_verbs"); }, "coach_words.harm_verbs: is missing"},
      {"a list the coach does not use", [](json& j) { j["coach_words"]["nouns"] = "cat"; },
       "coach_words.nouns: is not a list the coach uses"},
      {"a word with a capital", [](json& j) { j["coach_words"]["traits"] = "lazy Rude"; },
       "coach_words.traits: has \"Rude\", which is not a folded word"},
      {"two spaces", [](json& j) { j["coach_words"]["negators"] = "not  never"; }, "coach_words.negators: has an empty word"},
      {"lines, not one line", [](json& j) { j["coach_words"]["negators"] = json::array({"not"}); },
       "coach_words.negators: must be one line of words"},
  };
  ExpectAppRefuses(cases);
}

TEST_CASE("a guide file without the exercises' words, or with bad ones, is not opened", "[ex_text][guide_load]") {
  json file = json::parse(platform::NativeGuideFile());
  json without = file;
  without.erase("exercises");
  json bad = file;
  bad["exercises"]["listening"]["work-week"][1] = "";
  for (const auto& [j, names] : {std::pair{without, "exercises: is missing"}, std::pair{bad, "listening.work-week[1]: is empty"}}) {
    GuideLoad load;
    Guide g;
    NextGuideFetch(load);
    REQUIRE(ReceiveGuide(load, g, {true, 200, false, j.dump()}));
    CHECK(load.status == GuideStatus::Failed);
    CHECK(load.problem == GuideProblem::Damaged);
    INFO(load.detail);
    CHECK(load.detail.find(names) != std::string::npos);
    CHECK(g.chapters.empty());
    CHECK_FALSE(g.exercises.Ready());
  }
}

TEST_CASE("saved listening answers and open questions are kept while the words have not come",
          "[ex_text][ui]") {
  TestApp app(390, 844, 3.0f, "", GuideAtStart::NotYet);
  json saved = {{"answers", {{{"scenario", "family-visit"}, {"reply", 0}, {"at", 1795396800000.0}},
                             {{"scenario", "work-week"}, {"reply", 1}, {"at", 1795396900000.0}}}},
                {"reflections", {{{"scenario", "work-week"}, {"text", "You are stretched thin."}}}},
                {"current", 2},
                {"seed", 7}};
  ListeningFromJson(saved, app.state.doc.ex.listening);  // as the saved document is read at start-up
  OpenQuestionsFromJson({{"index", 1}, {"rewrites", {{"good-day", "What was the best part of today?"}}}}, app.state.doc.ex.openq);
  REQUIRE(app.state.doc.ex.listening.answers.size() == 2);
  CHECK(app.state.doc.ex.listening.answers[0].reflective);  // the app's own kinds decide, with no words yet
  CHECK(app.state.doc.ex.listening.answers[1].reflective);

  Go(app.state.nav, {Screen::Exercise, "reflective-listening", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Reflective listening"));
  CHECK(HasText(app, kLoading));
  CHECK_FALSE(app.Find(Role::Button, "Choose reply A"));
  CHECK(HasText(app, "You have answered 2 times"));  // the practice so far is shown meanwhile
  Go(app.state.nav, {Screen::Exercise, "open-questions", ""});
  app.Frames(2);
  CHECK(HasText(app, kLoading));
  CHECK_FALSE(app.Find(Role::TextBox, "My open version"));
  CHECK(app.state.doc.ex.listening.answers.size() == 2);
  CHECK(app.state.doc.ex.listening.reflections.size() == 1);
  CHECK(app.state.doc.ex.listening.current == 2);
  CHECK(app.state.doc.ex.openq.rewrites.size() == 1);

  // The file comes: the words show, and nothing saved was lost.
  app.host().next.guide = {true, 200, false, std::string(platform::NativeGuideFile())};
  app.Frames(2);
  CHECK_FALSE(HasText(app, kLoading));
  CHECK(app.Find(Role::Heading, "Is work going okay?"));  // question 2
  CHECK(HasText(app, "What was the best part of today? (instead of \"Did you have a good day?\")"));
  Go(app.state.nav, {Screen::Exercise, "reflective-listening", ""});
  app.Frames(2);
  CHECK(HasText(app, "When your family comes over, I feel like I'm being judged"));  // scenario 3
  CHECK(app.Find(Role::Button, "Choose reply A"));
  CHECK(app.state.doc.ex.listening.answers.size() == 2);
  CHECK(app.state.doc.ex.openq.rewrites.size() == 1);
}

TEST_CASE("when the file fails, the exercise says why and Try again asks again", "[ex_text][ui]") {
  TestApp app(390, 844, 3.0f, "", GuideAtStart::NotYet);
  Go(app.state.nav, {Screen::Exercise, "reflective-listening", ""});
  app.Frame();
  REQUIRE(app.host().guide_fetches == std::vector<int>{1});
  app.host().next.guide = {true, 503, false, ""};
  app.Frames(2);
  CHECK(HasText(app, "This exercise could not be loaded: the server answered with an error (503)."));
  CHECK(HasText(app, "Everything else in Hearth works without it."));
  CHECK_FALSE(app.host().announcements.empty());
  REQUIRE(app.Activate(Role::Button, "Try again"));
  app.Frame();
  CHECK(app.host().guide_fetches == std::vector<int>{1, 2});
  app.Frame();
  CHECK(HasText(app, kLoading));
  app.host().next.guide = {true, 200, false, std::string(platform::NativeGuideFile())};
  app.Frames(2);
  CHECK(app.Find(Role::Button, "Choose reply A"));
}

TEST_CASE("the coach judges only with its word lists, and its screen waits for them", "[ex_text][coach][ui]") {
  // The lists the tests installed (tests/native/main.cpp) are the built ones.
  REQUIRE(CoachWordsReady());
  const CoachWords built = InstalledCoachWords();
  CHECK_FALSE(AnalyseStatement("You are so lazy.").empty());
  CHECK(HasThreat(AnalyseStatement("If you leave, I will hurt the dog.")));
  InstallCoachWords(CoachWords{});
  CHECK_FALSE(CoachWordsReady());
  InstallCoachWords(built);
  CHECK(CoachWordsReady());

  TestApp app(390, 844, 3.0f, "", GuideAtStart::NotYet);
  app.state.doc.ex.coach.draft = "You never listen to me.";
  Go(app.state.nav, {Screen::Exercise, "i-statement-coach", ""});
  app.Frames(2);
  CHECK(HasText(app, kLoading));
  CHECK_FALSE(app.Find(Role::TextBox, "What I want to say"));
  CHECK(app.state.doc.ex.coach.draft == "You never listen to me.");  // kept while waiting
  app.host().next.guide = {true, 200, false, std::string(platform::NativeGuideFile())};
  app.Frames(2);
  CHECK_FALSE(HasText(app, kLoading));
  CHECK(app.Find(Role::TextBox, "What I want to say"));
  CHECK(HasText(app, "Some words may land harder than you mean"));
}

TEST_CASE("the decks' and ideas' words: written with levels, shipped compact, read in the app's order",
          "[ex_text][decks][ideas]") {
  std::vector<ContentError> errors;
  json compact;
  REQUIRE(CompactExerciseText(Written(), "content/exercises.json", compact, errors));
  ExerciseText t;
  REQUIRE(ParseExerciseText(compact, "exercises", t, errors));
  CHECK(errors.empty());
  REQUIRE(t.decks.size() == Decks().size());
  REQUIRE(t.ideas.size() == Ideas().size());
  for (const Deck& d : Decks()) {
    INFO(d.id);
    const DeckText* words = WordsOf(t, d);
    REQUIRE(words);
    CHECK_FALSE(words->title.empty());
    CHECK_FALSE(words->line.empty());
    REQUIRE(words->cards.size() == d.cards.size());
    for (const Card& c : d.cards) {
      INFO(c.id);
      REQUIRE(WordsOf(t, d, c));
      CHECK(WordsOf(t, d, c)->size() > 10);
    }
  }
  for (const Idea& i : Ideas()) {
    INFO(i.id);
    REQUIRE(WordsOf(t, i));
    CHECK(WordsOf(t, i)->title.size() > 5);
    CHECK_FALSE(WordsOf(t, i)->line.empty());
  }
  // Each piece lands beside its id, word for word.
  const Deck& stories = *FindDeck("stories");
  CHECK(WordsOf(t, stories)->title == "Story swap");
  CHECK(WordsOf(t, stories)->line == "Trade stories from your life. Works for partners, friends and family.");
  CHECK(*WordsOf(t, stories, *FindCard(stories, "s03")) == "What is a song that takes you straight back to one summer?");
  const Deck& fun = *FindDeck("fun");
  CHECK(*WordsOf(t, fun, fun.cards.back()) == "What makes our relationship feel like home to you?");
  REQUIRE(compact["decks"]["fun"].size() == 2 + fun.cards.size());  // title, line, then each card in the app's order
  CHECK(compact["decks"]["fun"][2 + 29] == "What makes our relationship feel like home to you?");
  CHECK(WordsOf(t, *FindIdea("photo-walk"))->line == "Each take ten photos of one theme, like \"red\" or \"old\", then compare.");
  CHECK(compact["ideas"]["pottery"] == json::array({"Take a pottery class", "Get your hands muddy and laugh at the wobbly first bowls."}));
  // Written in another order, they still land in the app's order.
  json shuffled = Written();
  std::reverse(shuffled["decks"].begin(), shuffled["decks"].end());
  std::reverse(shuffled["decks"][1]["cards"].begin(), shuffled["decks"][1]["cards"].end());
  std::reverse(shuffled["ideas"].begin(), shuffled["ideas"].end());
  json again;
  REQUIRE(CompactExerciseText(shuffled, "content/exercises.json", again, errors));
  CHECK(again == compact);
  ExerciseText r;
  REQUIRE(ParseExerciseText(again, "exercises", r, errors));
  for (size_t d = 0; d < t.decks.size(); ++d) CHECK(r.decks[d].cards == t.decks[d].cards);
  CHECK(r.ideas.back().title == t.ideas.back().title);
  // Nothing for a deck or idea the app does not list, nor before the words have come.
  const Deck copy = stories;
  CHECK(WordsOf(t, copy) == nullptr);
  CHECK(WordsOf(t, stories, copy.cards[0]) == nullptr);
  const Idea other = Ideas()[0];
  CHECK(WordsOf(t, other) == nullptr);
  ExerciseText none;
  CHECK(WordsOf(none, stories) == nullptr);
  CHECK(WordsOf(none, stories, stories.cards[0]) == nullptr);
  CHECK(WordsOf(none, Ideas()[0]) == nullptr);
  CHECK_FALSE(none.Ready());
}

TEST_CASE("the build stops on a card or idea that is missing, twice, unknown, empty or too long, naming it",
          "[ex_text][decks][ideas]") {
  const std::string too_long(kExerciseTextMax + 1, 'a');
  const Case cases[] = {
      {"no decks", [](json& j) { j.erase("decks"); }, "content/exercises.json: decks: is missing"},
      {"decks as an object", [](json& j) { j["decks"] = json::object(); }, "content/exercises.json: decks: is missing"},
      {"a deck left out", [](json& j) { j["decks"].erase(0); }, "content/exercises.json: decks: has no entry for 'stories'"},
      {"an unknown deck", [](json& j) { j["decks"][0]["id"] = "no-such"; },
       "decks.no-such: 'no-such' is not a deck the app knows"},
      {"a deck twice", [](json& j) { j["decks"].push_back(j["decks"][0]); }, "decks.stories: 'stories' comes twice"},
      {"a deck without an id", [](json& j) { j["decks"][2].erase("id"); }, "decks[2].id: is missing"},
      {"a deck without a title", [](json& j) { j["decks"][1].erase("title"); }, "decks.discover.title: is missing"},
      {"a deck's line empty", [](json& j) { j["decks"][2]["line"] = ""; }, "decks.dreams.line: is empty"},
      {"a deck without cards", [](json& j) { j["decks"][3].erase("cards"); }, "decks.fun.cards: must be a list of cards"},
      {"a card left out", [](json& j) { j["decks"][0]["cards"].erase(4); },
       "content/exercises.json: decks.stories.cards: has no entry for 's05'"},
      {"an unknown card", [](json& j) { j["decks"][1]["cards"][0]["id"] = "x99"; },
       "decks.discover.cards.x99: 'x99' is not a card the app knows in 'discover'"},
      {"a card of another deck", [](json& j) { j["decks"][1]["cards"][0]["id"] = "s01"; },
       "decks.discover.cards.s01: 's01' is not a card the app knows in 'discover'"},
      {"a card twice", [](json& j) { j["decks"][2]["cards"].push_back(j["decks"][2]["cards"][0]); },
       "decks.dreams.cards.v01: 'v01' comes twice"},
      {"a card without an id", [](json& j) { j["decks"][0]["cards"][9].erase("id"); }, "decks.stories.cards[9].id: is missing"},
      {"a card at another level", [](json& j) { j["decks"][0]["cards"][0]["level"] = "deep"; },
       "decks.stories.cards.s01.level: is 'deep' but the app has 'light'"},
      {"a card without a level", [](json& j) { j["decks"][0]["cards"][29].erase("level"); },
       "decks.stories.cards.s30.level: is missing (the app has 'deep')"},
      {"a card without text", [](json& j) { j["decks"][0]["cards"][2].erase("text"); }, "decks.stories.cards.s03.text: is missing"},
      {"a card's text empty", [](json& j) { j["decks"][3]["cards"][29]["text"] = " \n"; }, "decks.fun.cards.f30.text: is empty"},
      {"a card's text too long", [&](json& j) { j["decks"][0]["cards"][1]["text"] = too_long; },
       "decks.stories.cards.s02.text: is longer than 600 bytes"},
      {"a card's text not text", [](json& j) { j["decks"][0]["cards"][1]["text"] = json::array({"a"}); },
       "decks.stories.cards.s02.text: must be text"},
      {"no ideas", [](json& j) { j.erase("ideas"); }, "content/exercises.json: ideas: is missing"},
      {"an idea left out", [](json& j) { j["ideas"].erase(0); }, "content/exercises.json: ideas: has no entry for 'pottery'"},
      {"an unknown idea", [](json& j) { j["ideas"][0]["id"] = "juggling"; }, "ideas.juggling: 'juggling' is not an idea the app knows"},
      {"an idea twice", [](json& j) { j["ideas"].push_back(j["ideas"][0]); }, "ideas.pottery: 'pottery' comes twice"},
      {"an idea without an id", [](json& j) { j["ideas"][3] = json::object({{"title", "x"}}); }, "ideas[3].id: is missing"},
      {"an idea's title empty", [](json& j) { j["ideas"][1]["title"] = ""; }, "ideas.dance.title: is empty"},
      {"an idea without a line", [](json& j) { j["ideas"][2].erase("line"); }, "ideas.language.line: is missing"},
      {"an idea's line too long", [&](json& j) { j["ideas"][7]["line"] = too_long; }, "ideas.bread.line: is longer than 600 bytes"},
  };
  ExpectBuildRefuses(cases);
}

TEST_CASE("the app refuses bad decks or ideas in the guide's file, naming them, and changes nothing",
          "[ex_text][decks][ideas]") {
  const std::string too_long(kExerciseTextMax + 1, 'a');
  const Case cases[] = {
      {"no decks", [](json& j) { j.erase("decks"); }, "exercises: decks: is missing"},
      {"decks as a list", [](json& j) { j["decks"] = json::array(); }, "exercises: decks: is missing"},
      {"a deck left out", [](json& j) { j["decks"].erase("fun"); }, "decks: has no entry for 'fun'"},
      {"an unknown deck", [](json& j) { j["decks"]["jokes"] = j["decks"]["fun"]; }, "decks.jokes: 'jokes' is not one the app knows"},
      {"a deck without its line", [](json& j) { j["decks"]["discover"].erase(1); }, "decks.discover: must list 35 pieces of text"},
      {"a deck's title empty", [](json& j) { j["decks"]["dreams"][0] = ""; }, "decks.dreams[0]: is empty"},
      {"a card left out", [](json& j) { j["decks"]["stories"].erase(31); }, "decks.stories: must list 32 pieces of text"},
      {"a card too many", [](json& j) { j["decks"]["stories"].push_back("What now?"); }, "decks.stories: must list 32 pieces"},
      {"a deck as an object", [](json& j) { j["decks"]["fun"] = json::object({{"f01", "What?"}}); }, "decks.fun: must list 32"},
      {"a card's text empty", [](json& j) { j["decks"]["dreams"][2 + 11] = ""; }, "decks.dreams[13]: is empty"},
      {"a card's text too long", [&](json& j) { j["decks"]["fun"][2] = too_long; }, "decks.fun[2]: is longer than 600 bytes"},
      {"a card's text a number", [](json& j) { j["decks"]["fun"][3] = 2; }, "decks.fun[3]: must be text"},
      {"no ideas", [](json& j) { j.erase("ideas"); }, "exercises: ideas: is missing"},
      {"an idea left out", [](json& j) { j["ideas"].erase("library"); }, "ideas: has no entry for 'library'"},
      {"an unknown idea", [](json& j) { j["ideas"]["juggling"] = j["ideas"]["library"]; },
       "ideas.juggling: 'juggling' is not one the app knows"},
      {"an idea in one piece", [](json& j) { j["ideas"]["sketch"].erase(1); }, "ideas.sketch: must list 2 pieces of text"},
      {"an idea's title empty", [](json& j) { j["ideas"]["karaoke"][0] = "   "; }, "ideas.karaoke[0]: is empty"},
      {"an idea's line too long", [&](json& j) { j["ideas"]["puzzle"][1] = too_long; }, "ideas.puzzle[1]: is longer than 600 bytes"},
  };
  ExpectAppRefuses(cases);
}

TEST_CASE("drawn cards, favourites and tried ideas are kept while the words have not come",
          "[ex_text][decks][ideas][ui]") {
  TestApp app(390, 844, 3.0f, "", GuideAtStart::NotYet);
  // As the saved document is read at start-up: checked against the ids and levels the app keeps.
  DecksFromJson({{"decks", {{"stories", {{"drawn", {"s03", "s07", "s99"}}, {"current", "s07"}}}}},
                 {"favourites", {"stories/s03", "fun/f99"}},
                 {"open", "stories"},
                 {"level", 0}},
                app.state.doc.ex.decks);
  IdeasFromJson({{"records", {{"blanket-fort", {{"tried", true}, {"rating", 4}, {"at", 1795396800000.0}}},
                              {"no-such", {{"tried", true}}}}}},
                app.state.doc.ex.ideas);
  const core::DecksState& decks = app.state.doc.ex.decks;
  REQUIRE(decks.decks.at("stories").drawn == std::vector<std::string>{"s03", "s07"});
  REQUIRE(decks.favourites == std::vector<std::string>{"stories/s03"});
  REQUIRE(app.state.doc.ex.ideas.records.size() == 1);
  const Deck& stories = *FindDeck("stories");
  CHECK(CardsLeft(decks, stories, 0) == 8);  // light cards left: drawing by level needs no words

  Go(app.state.nav, {Screen::Exercise, "question-decks", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Question decks"));
  CHECK(HasText(app, kLoading));
  CHECK_FALSE(app.Find(Role::Button, "Next card"));
  CHECK_FALSE(HasText(app, "Who was your best friend at ten"));
  Go(app.state.nav, {Screen::Exercise, "shared-experiences", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Shared-experience ideas"));
  CHECK(HasText(app, kLoading));
  CHECK_FALSE(app.Find(Role::Checkbox, "We tried it: Build a blanket fort"));
  CHECK_FALSE(HasText(app, "ideas shown"));
  CHECK(decks.decks.at("stories").current == "s07");
  CHECK(decks.open_deck == "stories");
  CHECK(app.state.doc.ex.ideas.records.at("blanket-fort").rating == 4);

  // The file comes: the words show, and nothing saved was lost.
  app.host().next.guide = {true, 200, false, std::string(platform::NativeGuideFile())};
  app.Frames(2);
  CHECK_FALSE(HasText(app, kLoading));
  std::string all = std::to_string(Ideas().size());
  CHECK(app.Find(Role::Text, all + " of " + all + " ideas shown, 1 tried so far."));
  CHECK(app.Find(Role::Heading, "Build a blanket fort"));
  CHECK(app.Find(Role::Text, "Pillows, fairy lights if you have them, and a film inside."));
  CHECK(app.Find(Role::Checkbox, "We tried it: Build a blanket fort"));
  Go(app.state.nav, {Screen::Exercise, "question-decks", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Story swap"));
  CHECK(HasText(app, "Who was your best friend at ten, and what did you get up to?"));  // s07, still on the table
  CHECK(app.Find(Role::Text, "8 cards left to draw."));
  REQUIRE(app.Activate(Role::Link, "< All decks"));
  app.Frames(2);
  CHECK(app.Find(Role::Button, "Open Something new about each other"));
  CHECK(HasText(app, "What is a song that takes you straight back to one summer? (Story swap)"));  // the favourite
  CHECK(app.Find(Role::Text, "28 of 30 cards left to draw."));
}

TEST_CASE("the decks list waits for the words with its opening lines, then shows every deck", "[ex_text][decks][ui]") {
  TestApp app(390, 844, 3.0f, "", GuideAtStart::NotYet);
  Go(app.state.nav, {Screen::Exercise, "question-decks", ""});
  app.Frames(2);
  CHECK(HasText(app, "Take turns: one of you draws a card"));
  CHECK(HasText(app, kLoading));
  CHECK_FALSE(app.Find(Role::Button, "Open Story swap"));
  app.host().next.guide = {true, 503, false, ""};
  app.Frames(2);
  CHECK(HasText(app, "This exercise could not be loaded"));
  REQUIRE(app.Activate(Role::Button, "Try again"));
  app.Frame();
  app.host().next.guide = {true, 200, false, std::string(platform::NativeGuideFile())};
  app.Frames(3);
  for (const char* title : {"Story swap", "Something new about each other", "Dreams and values", "Fun and appreciation"})
    CHECK(app.Find(Role::Button, std::string("Open ") + title));
}

TEST_CASE("the closeness session's words: three sets in order, twelve questions each, and the source",
          "[ex_text][closeness]") {
  std::vector<ContentError> errors;
  json compact;
  REQUIRE(CompactExerciseText(Written(), "content/exercises.json", compact, errors));
  REQUIRE(compact["closeness"]["sets"].size() == 3);
  CHECK(compact["closeness"]["sets"][0].size() == 2 + 12);  // title, line, then the questions in order
  CHECK(compact["closeness"]["sets"][0][0] == "Light and easy");
  CHECK(compact["closeness"]["sets"][0][2] == "What is a small thing that made you smile this week?");
  ExerciseText t;
  REQUIRE(ParseExerciseText(compact, "exercises", t, errors));
  REQUIRE(t.closeness.sets.size() == 3);
  CHECK(t.closeness.sets[1].title == "A little more personal");
  CHECK(t.closeness.sets[2].questions.back() ==
        "Looking at us today, what is one thing you hope we keep, and one thing you hope we grow?");
  CHECK(t.closeness.source.find("10.1177/0146167297234003") != std::string::npos);
  ExerciseText none;
  none.closeness.sets.resize(2);
  CHECK_FALSE(none.Ready());
}

TEST_CASE("the build stops on closeness questions that are missing, out of order, too few or empty",
          "[ex_text][closeness]") {
  const std::string too_long(kExerciseTextMax + 1, 'a');
  const Case cases[] = {
      {"no closeness part", [](json& j) { j.erase("closeness"); }, "content/exercises.json: closeness: is missing"},
      {"closeness as a list", [](json& j) { j["closeness"] = json::array(); }, "closeness: is missing"},
      {"no source", [](json& j) { j["closeness"].erase("source"); }, "closeness.source: is missing"},
      {"an empty source", [](json& j) { j["closeness"]["source"] = " "; }, "closeness.source: is empty"},
      {"two sets", [](json& j) { j["closeness"]["sets"].erase(2); }, "closeness.sets: must list 3 sets"},
      {"sets as an object", [](json& j) { j["closeness"]["sets"] = json::object(); }, "closeness.sets: must list 3 sets"},
      {"sets swapped", [](json& j) { std::swap(j["closeness"]["sets"][0], j["closeness"]["sets"][2]); },
       "closeness.sets[0].id: is 'set-3' but must be 'set-1' (the sets go in order"},
      {"a set without an id", [](json& j) { j["closeness"]["sets"][1].erase("id"); }, "closeness.sets[1].id: is missing"},
      {"a set without a title", [](json& j) { j["closeness"]["sets"][1].erase("title"); }, "closeness.set-2.title: is missing"},
      {"a set's line empty", [](json& j) { j["closeness"]["sets"][2]["line"] = ""; }, "closeness.set-3.line: is empty"},
      {"eleven questions", [](json& j) { j["closeness"]["sets"][0]["questions"].erase(5); },
       "closeness.set-1.questions: must list 12 questions (it has 11)"},
      {"no questions", [](json& j) { j["closeness"]["sets"][0].erase("questions"); },
       "closeness.set-1.questions: must list 12 questions"},
      {"an empty question", [](json& j) { j["closeness"]["sets"][1]["questions"][3] = "\n"; },
       "closeness.set-2.questions[3]: is empty"},
      {"a question too long", [&](json& j) { j["closeness"]["sets"][2]["questions"][11] = too_long; },
       "closeness.set-3.questions[11]: is longer than 600 bytes"},
      {"a question not text", [](json& j) { j["closeness"]["sets"][2]["questions"][0] = 7; },
       "closeness.set-3.questions[0]: must be text"},
  };
  ExpectBuildRefuses(cases);
}

TEST_CASE("the build stops on repair phrases that break the toolkit's rules, naming the problem", "[ex_text][repair]") {
  const Case cases[] = {
      {"no repair part", [](json& j) { j.erase("repair"); }, "content/exercises.json: repair: is missing"},
      {"repair as a list", [](json& j) { j["repair"] = json::array(); }, "content/exercises.json: repair: is missing"},
      {"no sources", [](json& j) { j["repair"].erase("sources"); }, "repair.sources: must be a list of full references"},
      {"a source empty", [](json& j) { j["repair"]["sources"][1] = " "; }, "repair.sources[1]: is empty"},
      {"groups not a list", [](json& j) { j["repair"]["groups"] = json::object(); }, "repair.groups: must be a list of groups"},
      {"a group without an id", [](json& j) { j["repair"]["groups"][2].erase("id"); }, "repair.groups[2].id: is missing"},
      {"a group without a title", [](json& j) { j["repair"]["groups"][3].erase("title"); }, "repair.groups.calm.title: is missing"},
      {"a group without phrases", [](json& j) { j["repair"]["groups"][4].erase("phrases"); },
       "repair.groups.stop.phrases: must be a list of phrases"},
      {"a group left out", [](json& j) { j["repair"]["groups"].erase(5); }, "repair: has 5 groups; it needs at least 6"},
      {"a group twice", [](json& j) { j["repair"]["groups"][5]["id"] = "feel"; }, "repair: group 'feel' comes twice"},
      {"a group with five phrases", [](json& j) { j["repair"]["groups"][1]["phrases"].erase(0); j["repair"]["groups"][1]["phrases"].erase(0); j["repair"]["groups"][1]["phrases"].erase(0); },
       "repair: group 'sorry' has 5 phrases; it needs at least 6"},
      {"39 phrases in all", [](json& j) { for (int g = 0; g < 6; ++g) while (j["repair"]["groups"][g]["phrases"].size() > (g < 3 ? 7u : 6u)) j["repair"]["groups"][g]["phrases"].erase(0); },
       "repair: has 39 phrases in all; it needs at least 40"},
      {"a phrase in two groups", [](json& j) { j["repair"]["groups"][2]["phrases"].push_back(j["repair"]["groups"][0]["phrases"][0]); },
       "repair: phrase 'feel-stung' comes twice"},
      {"a phrase id with spaces", [](json& j) { j["repair"]["groups"][0]["phrases"][1]["id"] = "Feel Unheard"; },
       "repair: phrase 'Feel Unheard' needs an id of a-z, 0-9 and '-'"},
      {"a phrase without an id", [](json& j) { j["repair"]["groups"][0]["phrases"][0].erase("id"); },
       "repair.groups.feel.phrases[0].id: is missing"},
      {"a phrase without text", [](json& j) { j["repair"]["groups"][2]["phrases"][0].erase("text"); },
       "repair.groups.yes.phrases.yes-fair.text: is missing"},
      {"a phrase's text empty", [](json& j) { j["repair"]["groups"][2]["phrases"][1]["text"] = ""; },
       "repair.groups.yes.phrases.yes-both.text: is empty"},
      {"a phrase too long to say in a hard moment", [](json& j) { j["repair"]["groups"][5]["phrases"][3]["text"] = std::string(121, 'a'); },
       "repair: phrase 'thanks-us' is longer than 120 bytes: keep it short"},
  };
  ExpectBuildRefuses(cases);
}

TEST_CASE("the app refuses bad closeness words in the guide's file and changes nothing", "[ex_text][closeness]") {
  const Case cases[] = {
      {"no closeness part", [](json& j) { j.erase("closeness"); }, "exercises: closeness: is missing"},
      {"no source", [](json& j) { j["closeness"].erase("source"); }, "closeness.source: is missing"},
      {"a source not text", [](json& j) { j["closeness"]["source"] = 1997; }, "closeness.source: must be text"},
      {"four sets", [](json& j) { j["closeness"]["sets"].push_back(j["closeness"]["sets"][0]); },
       "closeness.sets: must list 3 sets"},
      {"a set with a question too few", [](json& j) { j["closeness"]["sets"][1].erase(13); },
       "closeness.sets[1]: must list 14 pieces of text"},
      {"a set that is not a list", [](json& j) { j["closeness"]["sets"][0] = "set"; },
       "closeness.sets[0]: must list 14 pieces of text"},
      {"an empty question", [](json& j) { j["closeness"]["sets"][2][5] = ""; }, "closeness.sets[2][5]: is empty"},
      {"an empty title", [](json& j) { j["closeness"]["sets"][0][0] = " "; }, "closeness.sets[0][0]: is empty"},
  };
  ExpectAppRefuses(cases);
}

TEST_CASE("the app refuses bad repair phrases in the guide's file, naming them, and changes nothing", "[ex_text][repair]") {
  const std::string too_long(kExerciseTextMax + 1, 'a');
  const Case cases[] = {
      {"no repair part", [](json& j) { j.erase("repair"); }, "exercises: repair: is missing"},
      {"no sources", [](json& j) { j["repair"]["sources"] = json::array(); }, "repair.sources: must be a list of full references"},
      {"groups as an object", [](json& j) { j["repair"]["groups"] = json::object(); }, "repair.groups: must be a list of groups"},
      {"a group with a piece missing", [](json& j) { j["repair"]["groups"][0].erase(17); },
       "repair.groups[0]: must be [id, title, phrase id, phrase text, ...]"},
      {"a group as an object", [](json& j) { j["repair"]["groups"][1] = json::object({{"id", "sorry"}}); },
       "repair.groups[1]: must be [id, title"},
      {"a title empty", [](json& j) { j["repair"]["groups"][1][1] = ""; }, "repair.groups[1][1]: is empty"},
      {"a phrase a number", [](json& j) { j["repair"]["groups"][2][3] = 7; }, "repair.groups[2][3]: must be text"},
      {"a phrase far too long", [&](json& j) { j["repair"]["groups"][2][5] = too_long; }, "repair.groups[2][5]: is longer than 600 bytes"},
      {"a phrase too long to say", [](json& j) { j["repair"]["groups"][2][5] = std::string(121, 'a'); }, "is longer than 120 bytes"},
      {"a group left out", [](json& j) { j["repair"]["groups"].erase(0); }, "repair: has 5 groups; it needs at least 6"},
      {"a phrase id twice", [](json& j) { j["repair"]["groups"][1][2] = j["repair"]["groups"][0][2]; }, "comes twice"},
      {"a phrase id not plain", [](json& j) { j["repair"]["groups"][1][2] = "sorry/tone"; }, "phrase 'sorry/tone' needs an id"},
  };
  ExpectAppRefuses(cases);
}
