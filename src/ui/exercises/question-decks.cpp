// The Question decks screen: choose a deck, or draw across all of them, draw cards (no repeats until
// the deck is used up), skip, keep favourites, and mark "we talked about this". The deck about sex and
// desire appears only after "This deck is about sex and desire. Show it?", and never when the
// embedding site leaves the `desire` part out. The decks' and cards' words come in the
// guide's file: until it is here the screen says "Loading this exercise…" (or why it failed, with Try
// again); what was drawn, favourites and "talked about" are kept meanwhile.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/app/embed.h"
#include "core/exercises/ex_text.h"
#include "core/exercises/question-decks.h"
#include "ui/app/ui.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/richtext.h"

namespace ui {

namespace {
const char* kId = "question-decks";

// A number in [0, 1) from the clock: a fresh card each press, while core stays free of clocks.
double RandomFrom(double now_ms) {
  double x = std::sin(now_ms * 0.001 * 12.9898 + 78.233) * 43758.5453;
  return x - std::floor(x);
}

void DrawIntro(core::AppState& s) {
  Paragraph(s, core::kDecksIntro);
}

bool DesireAllowed(const core::AppState& s) { return core::PartShown(s.embed, core::Part::Desire); }

std::vector<const core::Deck*> Shown(const core::AppState& s) {
  return core::ShownDecks(s.doc.ex.decks, DesireAllowed(s));
}

void DrawDeckList(core::AppState& s, const core::ExerciseText& words) {
  core::DecksState& d = s.doc.ex.decks;
  std::vector<const core::Deck*> shown = Shown(s);
  float w = Narrow(s) ? ColumnWidth() : 0;
  Paragraph(s, "Pick a deck below, or let chance choose from all of them.");
  if (Button(s, "Draw from all decks", Kind::Secondary, w)) {
    d.open_deck = core::kAllDecks;
    Changed(s);
  }
  Gap(s, 8);
  for (const core::Deck* dp : shown) {
    const core::Deck& deck = *dp;
    const core::DeckText& text = *core::WordsOf(words, deck);
    ImGui::PushID(deck.id);
    Box card = BeginCard(s);
    Heading(s, text.title, 2);
    Paragraph(s, text.line);
    int left = core::CardsLeft(d, deck, -1);
    Paragraph(s, std::to_string(left) + " of " + std::to_string(deck.cards.size()) + " cards left to draw.", true);
    std::string open = "Open " + text.title;
    if (Button(s, open.c_str(), Kind::Primary, w)) {
      d.open_deck = deck.id;
      Changed(s);
    }
    EndCard(s, card);
    Gap(s, 8);
    ImGui::PopID();
  }
  if (core::OfferDesire(d, DesireAllowed(s))) {  // the one-time choice; the deck's name stays unsaid
    Box card = BeginCard(s);
    Heading(s, "One more deck", 2);
    Paragraph(s, "This deck is about sex and desire. Show it?");
    Paragraph(s, "It is frank but never graphic. You can hide it again at any time.", true);
    if (Button(s, "Show it", Kind::Secondary, w)) {
      d.desire_on = true;
      Changed(s);
    }
    EndCard(s, card);
    Gap(s, 8);
  }
  if (d.favourites.empty()) return;
  bool heading = false;
  for (const auto& key : d.favourites) {
    size_t slash = key.find('/');
    const core::Deck* deck = core::FindDeck(key.substr(0, slash));
    if (deck && std::find(shown.begin(), shown.end(), deck) == shown.end()) continue;  // a hidden deck's
    const core::Card* c = deck ? core::FindCard(*deck, key.substr(slash + 1)) : nullptr;
    if (c && !heading) {
      Heading(s, "Your favorite cards", 2);
      heading = true;
    }
    if (c) Paragraph(s, *core::WordsOf(words, *deck, *c) + " (" + core::WordsOf(words, *deck)->title + ")");
  }
}

void DrawMarks(core::AppState& s, const core::Deck& deck, const core::Card& c) {
  core::DecksState& d = s.doc.ex.decks;
  std::string key = core::CardKey(deck, c);
  bool fav = core::HasMark(d.favourites, key);
  if (Checkbox(s, core::kDecksFavorite, &fav)) {
    core::ToggleMark(d.favourites, key);
    Changed(s);
  }
  bool talked = core::HasMark(d.talked, key);
  if (Checkbox(s, core::kDecksTalked, &talked)) {
    if (core::ToggleMark(d.talked, key)) Done(s, kId);
    else Changed(s);
  }
}

// The card on the table, large enough to read out across a table, with its level (and its deck).
void DrawCardFace(core::AppState& s, const std::string& label, const std::string& text) {
  Box card = BeginCard(s);
  Paragraph(s, label, true);
  RichOptions big;
  big.plain = true;
  big.font = GetFonts().h2;
  RichText(s, text, big);
  EndCard(s, card);
}

// Drawing across every shown deck: the same rules as one deck (no repeats, the level filter).
void DrawAllDecks(core::AppState& s, const core::ExerciseText& words) {
  core::DecksState& d = s.doc.ex.decks;
  if (Link(s, "< All decks")) {
    d.open_deck.clear();
    Changed(s);
    return;
  }
  std::vector<const core::Deck*> shown = Shown(s);
  Heading(s, "Cards from all decks", 2);
  Paragraph(s, "A card from any deck, at random. Each card counts as drawn in its own deck too.", true);
  if (Chips(s, "Level", &d.level, {"Light", "Deeper", "Deep"})) Changed(s);
  Gap(s, 6);
  const core::Deck* from = nullptr;
  const core::Card* c = core::MixedCard(d, shown, &from);
  int left = core::CardsLeftIn(d, shown, d.level);
  float w = Narrow(s) ? ColumnWidth() : 0;
  if (c) {
    DrawCardFace(s, std::string(core::LevelName(c->level)) + " card from " + core::WordsOf(words, *from)->title,
                 *core::WordsOf(words, *from, *c));
    Gap(s, 4);
    DrawMarks(s, *from, *c);
    Gap(s, 4);
  }
  if (left > 0) {
    if (Button(s, c ? "Next card" : "Draw a card", Kind::Primary, w)) {
      const core::Card* now = core::DrawAcross(d, shown, d.level, RandomFrom(s.frame.in.now_ms));
      Changed(s);
      if (now && core::MixedCard(d, shown, &from)) s.frame.out.alerts.announce = *core::WordsOf(words, *from, *now);
    }
    Paragraph(s, std::to_string(left) + (left == 1 ? " card" : " cards") + " left to draw.", true);
  } else {
    Paragraph(s, d.level < 0 ? "You have been through every card in every deck. Well done taking the time."
                             : "You have been through every card at this level. Try another level, or start over.");
    if (Button(s, "Start all decks over", Kind::Secondary, w)) {
      core::StartOverAll(d, shown);
      Changed(s);
    }
  }
}

void DrawOpenDeck(core::AppState& s, const core::Deck& deck, const core::ExerciseText& words) {
  core::DecksState& d = s.doc.ex.decks;
  if (Link(s, "< All decks")) {
    d.open_deck.clear();
    Changed(s);
    return;
  }
  const core::DeckText& text = *core::WordsOf(words, deck);
  Heading(s, text.title, 2);
  Paragraph(s, text.line, true);
  if (Chips(s, "Level", &d.level, {"Light", "Deeper", "Deep"})) Changed(s);
  Gap(s, 6);
  const core::Card* c = core::CurrentCard(d, deck);
  int left = core::CardsLeft(d, deck, d.level);
  float w = Narrow(s) ? ColumnWidth() : 0;
  if (c) {
    DrawCardFace(s, std::string(core::LevelName(c->level)) + " card", *core::WordsOf(words, deck, *c));
    Gap(s, 4);
    DrawMarks(s, deck, *c);
    Gap(s, 4);
  }
  if (left > 0) {
    if (Button(s, c ? "Next card" : "Draw a card", Kind::Primary, w)) {
      core::DrawCard(d, deck, d.level, RandomFrom(s.frame.in.now_ms));
      Changed(s);
      const core::Card* now = core::CurrentCard(d, deck);
      if (now) s.frame.out.alerts.announce = *core::WordsOf(words, deck, *now);
    }
    Paragraph(s, std::to_string(left) + (left == 1 ? " card" : " cards") + " left to draw.", true);
  } else {
    Paragraph(s, d.level < 0 ? "You have been through every card in this deck. Well done taking the time."
                             : "You have been through every card at this level. Try another level, or start over.");
    if (Button(s, "Start this deck over", Kind::Secondary, w)) {
      core::StartOver(d, deck);
      Changed(s);
    }
  }
  if (deck.desire) {
    Gap(s, 8);
    if (Link(s, "Hide this deck")) {  // back to the one-time question
      d.desire_on = false;
      d.open_deck.clear();
      Changed(s);
    }
  }
}
}  // namespace

void DrawExDecks(core::AppState& s) {
  ExerciseHeader(s, kId);
  const core::DecksState& d = s.doc.ex.decks;
  const core::Deck* open = core::FindDeck(d.open_deck);
  if (open && open->desire && !(d.desire_on && DesireAllowed(s))) open = nullptr;  // hidden: the list
  bool all = d.open_deck == core::kAllDecks;
  const core::ExerciseText& words = s.guide.exercises;
  if (!open && !all) {
    DrawIntro(s);
    Gap(s, 6);
  }
  // The decks' words come in the guide's file; drawn cards and marks are kept while it comes.
  if (!GuideArrived(s, "this exercise") || words.decks.size() != core::Decks().size()) return;
  if (open) DrawOpenDeck(s, *open, words);
  else if (all) DrawAllDecks(s, words);
  else DrawDeckList(s, words);
}

}  // namespace ui
