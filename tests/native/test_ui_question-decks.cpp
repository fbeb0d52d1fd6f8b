// The question decks screen (ui/ex_decks) driven through the mirror.
#include <catch2/catch.hpp>
#include <string>

#include "core/exercises/ex_text.h"
#include "core/exercises/question-decks.h"
#include "support.h"

using namespace core;

TEST_CASE("the decks screen: open a deck, draw, mark talked, skip, back to the list", "[ui][ex][decks]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Exercise, "question-decks", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Open Story swap"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Draw a card"));
  app.Frames(2);
  const Deck& deck = *FindDeck("stories");
  const Card* first = CurrentCard(app.state.doc.ex.decks, deck);
  REQUIRE(first);
  CHECK(app.Find(Role::Text, *WordsOf(app.state.guide.exercises, deck, *first)));
  REQUIRE(app.Activate(Role::Checkbox, "We talked about this"));
  app.Frames(2);
  CHECK(TimesDone(app.state.doc.ex, "question-decks") == 1);
  REQUIRE(app.Activate(Role::Button, "Next card"));
  app.Frames(2);
  const Card* second = CurrentCard(app.state.doc.ex.decks, deck);
  REQUIRE(second);
  CHECK(std::string(second->id) != first->id);
  CHECK(app.Find(Role::Text, std::to_string(deck.cards.size() - 2) + " cards left to draw."));
  REQUIRE(app.Activate(Role::Link, "< All decks"));
  app.Frames(2);
  CHECK(app.Find(Role::Button, "Open Dreams and values"));
  CHECK(app.Find(Role::Text, std::to_string(deck.cards.size() - 2) + " of " + std::to_string(deck.cards.size()) +
                                 " cards left to draw."));
}

TEST_CASE("the desire deck: hidden until chosen, then listed and drawn from; hidden again on request", "[ui][ex][decks][desire]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Exercise, "question-decks", ""});
  app.Frames(2);
  const Deck& desire = *FindDeck(kDesireDeck);
  const std::string title = WordsOf(app.state.guide.exercises, desire)->title;
  CHECK(app.Find(Role::Button, "Open Money and home"));  // a new deck
  CHECK_FALSE(app.Find(Role::Button, "Open " + title));
  CHECK(app.Find(Role::Text, "This deck is about sex and desire. Show it?"));
  REQUIRE(app.Activate(Role::Button, "Show it"));
  app.Frames(2);
  CHECK(app.state.doc.ex.decks.desire_on);
  CHECK_FALSE(app.Find(Role::Text, "This deck is about sex and desire. Show it?"));
  REQUIRE(app.Activate(Role::Button, "Open " + title));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Draw a card"));
  app.Frames(2);
  const Card* c = CurrentCard(app.state.doc.ex.decks, desire);
  REQUIRE(c);
  CHECK(app.Find(Role::Text, *WordsOf(app.state.guide.exercises, desire, *c)));
  REQUIRE(app.Activate(Role::Link, "Hide this deck"));
  app.Frames(2);
  CHECK_FALSE(app.state.doc.ex.decks.desire_on);
  CHECK_FALSE(app.Find(Role::Button, "Open " + title));
  CHECK(app.Find(Role::Button, "Show it"));
}

TEST_CASE("a site that leaves the desire part out: no deck, no question, even if chosen before", "[ui][ex][decks][desire]") {
  TestApp app(390, 844, 2.0f, "?parts=guide,exercises,timeout");
  app.state.doc.ex.decks.desire_on = true;
  app.state.doc.ex.decks.open_deck = kDesireDeck;  // a saved address inside it leads to the list
  Go(app.state.nav, {Screen::Exercise, "question-decks", ""});
  app.Frames(2);
  const std::string title = WordsOf(app.state.guide.exercises, *FindDeck(kDesireDeck))->title;
  CHECK(app.Find(Role::Button, "Open Long distance"));
  CHECK_FALSE(app.Find(Role::Button, "Open " + title));
  CHECK_FALSE(app.Find(Role::Button, "Show it"));
  CHECK_FALSE(app.Find(Role::Text, "This deck is about sex and desire. Show it?"));
}

TEST_CASE("drawing from all decks shows the card with its deck, and never repeats", "[ui][ex][decks]") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Exercise, "question-decks", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Draw from all decks"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Cards from all decks"));
  REQUIRE(app.Activate(Role::Button, "Draw a card"));
  app.Frames(2);
  const DecksState& d = app.state.doc.ex.decks;
  std::vector<const Deck*> shown = ShownDecks(d, true);
  const Deck* from = nullptr;
  const Card* c = MixedCard(d, shown, &from);
  REQUIRE(c);
  CHECK_FALSE(from->desire);
  const ExerciseText& words = app.state.guide.exercises;
  CHECK(app.Find(Role::Text, *WordsOf(words, *from, *c)));
  CHECK(app.Find(Role::Text, std::string(LevelName(c->level)) + " card from " + WordsOf(words, *from)->title));
  std::string first = d.mixed;
  REQUIRE(app.Activate(Role::Button, "Next card"));
  app.Frames(2);
  CHECK(d.mixed != first);
  CHECK_FALSE(d.mixed.empty());
  REQUIRE(app.Activate(Role::Link, "< All decks"));
  app.Frames(2);
  CHECK(app.Find(Role::Button, "Draw from all decks"));
}
