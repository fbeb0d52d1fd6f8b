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
