// Question decks: the cards themselves, drawing without repeats (also across a save and load),
// marks, and bad saved data. The screen is in test_ui_question-decks.cpp.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "core/exercises/question-decks.h"
#include "support.h"

using namespace core;
using nlohmann::json;

TEST_CASE("four decks of at least 30 cards, every level present, ids unique", "[ex][decks]") {
  REQUIRE(Decks().size() >= 4);
  std::set<std::string> deck_ids;
  for (const auto& d : Decks()) {
    INFO(d.id);
    CHECK(deck_ids.insert(d.id).second);
    CHECK(d.cards.size() >= 30);
    std::set<std::string> ids;
    int levels[3] = {0, 0, 0};
    for (const auto& c : d.cards) {
      CHECK(ids.insert(c.id).second);
      levels[static_cast<int>(c.level)]++;
    }
    for (int l : levels) CHECK(l >= 5);
  }
  for (const char* id : {"stories", "discover", "dreams", "fun"}) CHECK(FindDeck(id));
}

TEST_CASE("drawing never repeats a card until the deck is used up, even across a save", "[ex][decks]") {
  const Deck& deck = *FindDeck("stories");
  DecksState s;
  std::set<std::string> seen;
  double r = 0.37;
  for (size_t i = 0; i < deck.cards.size(); ++i) {
    if (i == 7) {  // save and load in the middle
      DecksState back;
      DecksFromJson(json::parse(DecksToJson(s).dump()), back);
      s = back;
    }
    const Card* c = DrawCard(s, deck, -1, r);
    REQUIRE(c);
    CHECK(seen.insert(c->id).second);
    CHECK(CurrentCard(s, deck) == c);
    r = std::fmod(r * 7.31 + 0.123, 1.0);
  }
  CHECK(CardsLeft(s, deck, -1) == 0);
  CHECK(DrawCard(s, deck, -1, 0.5) == nullptr);
  CHECK(CurrentCard(s, deck) == nullptr);
  StartOver(s, deck);
  CHECK(CardsLeft(s, deck, -1) == static_cast<int>(deck.cards.size()));
  // the extremes of r stay in range
  CHECK(DrawCard(s, deck, -1, 0.999999999));
  CHECK(DrawCard(s, deck, -1, 0.0));
  CHECK(DrawCard(s, deck, -1, std::nan("")));
  CHECK(DrawCard(s, deck, -1, 5.0));
}

TEST_CASE("a level draws only its cards; other decks are not touched", "[ex][decks]") {
  const Deck& deck = *FindDeck("dreams");
  DecksState s;
  int deep = CardsLeft(s, deck, static_cast<int>(CardLevel::Deep));
  for (int i = 0; i < deep; ++i) {
    const Card* c = DrawCard(s, deck, static_cast<int>(CardLevel::Deep), 0.5);
    REQUIRE(c);
    CHECK(c->level == CardLevel::Deep);
  }
  CHECK(DrawCard(s, deck, static_cast<int>(CardLevel::Deep), 0.5) == nullptr);
  CHECK(CardsLeft(s, deck, static_cast<int>(CardLevel::Light)) > 0);
  CHECK(CardsLeft(s, *FindDeck("fun"), -1) == static_cast<int>(FindDeck("fun")->cards.size()));
}

TEST_CASE("favourites and talked-about marks toggle and survive a save", "[ex][decks]") {
  DecksState s;
  CHECK(ToggleMark(s.favourites, "fun/f01"));
  CHECK(ToggleMark(s.talked, "stories/s11"));
  CHECK(ToggleMark(s.favourites, "dreams/v02"));
  CHECK_FALSE(ToggleMark(s.favourites, "fun/f01"));
  DecksState back;
  DecksFromJson(json::parse(DecksToJson(s).dump()), back);
  CHECK(back.favourites == std::vector<std::string>{"dreams/v02"});
  CHECK(back.talked == std::vector<std::string>{"stories/s11"});
}

TEST_CASE("damaged deck data keeps what is valid", "[ex][decks]") {
  json j = {{"decks", {{"stories", {{"drawn", {"s01", "s01", "nope", 5, "s02"}}, {"current", "s02"}}},
                       {"ghost", {{"drawn", {"x"}}}},
                       {"fun", {{"drawn", "oops"}, {"current", "f09"}}}}},
            {"favourites", {"fun/f01", "fun/zzz", "bad", 3, "fun/f01"}},
            {"talked", "no"},
            {"open", "ghost"},
            {"level", 9}};
  DecksState s;
  DecksFromJson(j, s);
  CHECK(s.decks["stories"].drawn == std::vector<std::string>{"s01", "s02"});
  CHECK(s.decks["stories"].current == "s02");
  CHECK(s.decks.count("ghost") == 0);
  CHECK(s.decks["fun"].current.empty());  // not among the drawn
  CHECK(s.favourites == std::vector<std::string>{"fun/f01"});
  CHECK(s.talked.empty());
  CHECK(s.open_deck.empty());
  CHECK(s.level == -1);
  DecksFromJson(json("not an object"), s);
  CHECK(s.decks.empty());
}

