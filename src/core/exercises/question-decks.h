// Question decks (exercise "question-decks"): decks of conversation cards in three levels, drawn at
// random without repeats until a deck is used up (remembered across visits), from one deck or across
// all the shown decks, with skip, favourites and "we talked about this". The deck about sex and desire
// is shown only after a one-time choice (DecksState::desire_on) and never when the embedding site
// leaves it out (the `desire` part, core/app/embed.h). Pure C++17: the random number is passed in. The words (each
// deck's title and line, each card's text) come in the guide's file (core/exercises/ex_text.h,
// ExerciseText::decks): the app keeps only ids and levels, which is all that saved progress and drawing
// by level need, so both work before the file has come.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

enum class CardLevel { Light, Medium, Deep };
const char* LevelName(CardLevel l);  // "Light", "Deeper", "Deep" (the light / deeper / deep)
const char* LevelKey(CardLevel l);   // its name in content/exercises.json: "light", "medium", "deep"

struct Card {
  std::string id;  // stable within its deck ("s01"): saved progress refers to it
  CardLevel level;
};

struct Deck {
  const char* id;  // "stories"
  std::vector<Card> cards;
  bool desire = false;  // the deck about sex and desire: shown only when chosen and allowed
};

inline constexpr const char* kDesireDeck = "desire";
inline constexpr const char* kAllDecks = "all";  // DecksState::open_deck for drawing across all decks

// The screen's words, shared with the printed worksheet.
inline constexpr const char* kDecksIntro =
    "Take turns: one of you draws a card and reads it out, the other answers, then swap. There are no right "
    "answers. Skip any card you like; it will not come back until you start the deck over.";
inline constexpr const char* kDecksFavorite = "Favorite";
inline constexpr const char* kDecksTalked = "We talked about this";

const std::vector<Deck>& Decks();  // every deck, in the order shown (question-decks-cards.cpp)
const Deck* FindDeck(const std::string& id);
const Card* FindCard(const Deck& d, const std::string& card_id);

struct DeckProgress {
  std::vector<std::string> drawn;  // card ids in the order drawn (no repeats)
  std::string current;             // the card on the table ("" = none)
};

inline constexpr size_t kMarksMax = 1000;

struct DecksState {
  std::map<std::string, DeckProgress> decks;  // by deck id
  std::vector<std::string> favourites;        // "deck/card"
  std::vector<std::string> talked;            // "deck/card": we talked about this
  std::string open_deck;                      // the deck on screen ("" = the list of decks)
  int level = -1;                             // draw only this level (-1 = any)
  bool desire_on = false;                     // the person chose to see the deck about sex and desire
  std::string mixed;                          // "deck/card" on the table when drawing across all decks
};

// The decks to list and draw from: all but the desire deck, which joins when `desire_allowed` (the
// embedding site did not leave it out) and the person chose to see it.
std::vector<const Deck*> ShownDecks(const DecksState& s, bool desire_allowed);
// Whether to ask "This deck is about sex and desire. Show it?" (allowed, and not chosen yet).
bool OfferDesire(const DecksState& s, bool desire_allowed);

std::string CardKey(const Deck& d, const Card& c);  // "deck/card"
// Cards of the deck not drawn yet, at the level (-1 = any).
int CardsLeft(const DecksState& s, const Deck& d, int level);
// Puts a new card on the table: uniformly among those not drawn yet (at the level), using `r` in
// [0, 1). Returns nullptr (and leaves the table empty) when none is left. Skipping is drawing again:
// the skipped card is not shown again until the deck starts over.
const Card* DrawCard(DecksState& s, const Deck& d, int level, double r);
void StartOver(DecksState& s, const Deck& d);  // every card can come up again
// Across several decks: cards not drawn yet (at the level), a draw uniformly among all of them (the
// card counts as drawn in its own deck, so it will not come up there either, and it is put on the
// table of the all-decks view), the card on that table, and starting all of them over.
int CardsLeftIn(const DecksState& s, const std::vector<const Deck*>& decks, int level);
const Card* DrawAcross(DecksState& s, const std::vector<const Deck*>& decks, int level, double r);
const Card* MixedCard(const DecksState& s, const std::vector<const Deck*>& decks, const Deck** deck);
void StartOverAll(DecksState& s, const std::vector<const Deck*>& decks);
const Card* CurrentCard(const DecksState& s, const Deck& d);
bool ToggleMark(std::vector<std::string>& marks, const std::string& key);  // returns whether it is now marked
bool HasMark(const std::vector<std::string>& marks, const std::string& key);

nlohmann::json DecksToJson(const DecksState& s);
// Never throws: unknown decks and cards are dropped, repeats removed; a bad field keeps its default.
void DecksFromJson(const nlohmann::json& j, DecksState& out);

}  // namespace core
