// Question decks: drawing without repeats, marks, and the saved progress.
#include "core/exercises/question-decks.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/exercises/ex_text.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

const char* LevelName(CardLevel l) {
  switch (l) {
    case CardLevel::Light: return "Light";
    case CardLevel::Medium: return "Deeper";
    case CardLevel::Deep: return "Deep";
  }
  return "Light";
}

const char* LevelKey(CardLevel l) {
  switch (l) {
    case CardLevel::Light: return "light";
    case CardLevel::Medium: return "medium";
    case CardLevel::Deep: return "deep";
  }
  return "light";
}

const Deck* FindDeck(const std::string& id) {
  for (const auto& d : Decks())
    if (id == d.id) return &d;
  return nullptr;
}

const Card* FindCard(const Deck& d, const std::string& card_id) {
  for (const auto& c : d.cards)
    if (card_id == c.id) return &c;
  return nullptr;
}

std::string CardKey(const Deck& d, const Card& c) { return std::string(d.id) + "/" + c.id; }

static bool Drawn(const DeckProgress* p, const Card& c) {
  return p && std::find(p->drawn.begin(), p->drawn.end(), c.id) != p->drawn.end();
}

static bool Fits(const Card& c, int level) { return level < 0 || static_cast<int>(c.level) == level; }

int CardsLeft(const DecksState& s, const Deck& d, int level) {
  auto it = s.decks.find(d.id);
  const DeckProgress* p = it == s.decks.end() ? nullptr : &it->second;
  int n = 0;
  for (const auto& c : d.cards) n += Fits(c, level) && !Drawn(p, c);
  return n;
}

const Card* DrawCard(DecksState& s, const Deck& d, int level, double r) {
  DeckProgress& p = s.decks[d.id];
  std::vector<const Card*> left;
  for (const auto& c : d.cards)
    if (Fits(c, level) && !Drawn(&p, c)) left.push_back(&c);
  p.current.clear();
  if (left.empty()) return nullptr;
  if (!std::isfinite(r) || r < 0) r = 0;
  size_t i = std::min(left.size() - 1, static_cast<size_t>(r * static_cast<double>(left.size())));
  p.drawn.push_back(left[i]->id);
  p.current = left[i]->id;
  return left[i];
}

void StartOver(DecksState& s, const Deck& d) { s.decks.erase(d.id); }

std::vector<const Deck*> ShownDecks(const DecksState& s, bool desire_allowed) {
  std::vector<const Deck*> out;
  for (const auto& d : Decks())
    if (!d.desire || (desire_allowed && s.desire_on)) out.push_back(&d);
  return out;
}

bool OfferDesire(const DecksState& s, bool desire_allowed) { return desire_allowed && !s.desire_on; }

int CardsLeftIn(const DecksState& s, const std::vector<const Deck*>& decks, int level) {
  int n = 0;
  for (const Deck* d : decks) n += CardsLeft(s, *d, level);
  return n;
}

const Card* DrawAcross(DecksState& s, const std::vector<const Deck*>& decks, int level, double r) {
  s.mixed.clear();
  int total = CardsLeftIn(s, decks, level);
  if (total == 0) return nullptr;
  if (!std::isfinite(r) || r < 0) r = 0;
  int pick = std::min(total - 1, static_cast<int>(r * total));
  for (const Deck* d : decks) {
    int left = CardsLeft(s, *d, level);
    if (pick >= left) {
      pick -= left;
      continue;
    }
    // the pick-th card left in this deck: the same uniform draw DrawCard makes, at r' = pick / left
    const Card* c = DrawCard(s, *d, level, (pick + 0.5) / left);
    s.decks[d->id].current.clear();  // it is on the all-decks table, not this deck's
    if (c) s.mixed = CardKey(*d, *c);
    return c;
  }
  return nullptr;
}

const Card* MixedCard(const DecksState& s, const std::vector<const Deck*>& decks, const Deck** deck) {
  size_t slash = s.mixed.find('/');
  if (slash == std::string::npos) return nullptr;
  for (const Deck* d : decks) {
    if (s.mixed.compare(0, slash, d->id) != 0 || std::string(d->id).size() != slash) continue;
    const Card* c = FindCard(*d, s.mixed.substr(slash + 1));
    if (c && deck) *deck = d;
    return c;
  }
  return nullptr;
}

void StartOverAll(DecksState& s, const std::vector<const Deck*>& decks) {
  for (const Deck* d : decks) StartOver(s, *d);
  s.mixed.clear();
}

const Card* CurrentCard(const DecksState& s, const Deck& d) {
  auto it = s.decks.find(d.id);
  return it == s.decks.end() || it->second.current.empty() ? nullptr : FindCard(d, it->second.current);
}

bool HasMark(const std::vector<std::string>& marks, const std::string& key) {
  return std::find(marks.begin(), marks.end(), key) != marks.end();
}

bool ToggleMark(std::vector<std::string>& marks, const std::string& key) {
  auto it = std::find(marks.begin(), marks.end(), key);
  if (it != marks.end()) {
    marks.erase(it);
    return false;
  }
  if (marks.size() >= kMarksMax) marks.erase(marks.begin());
  marks.push_back(key);
  return true;
}

json DecksToJson(const DecksState& s) {
  json decks = json::object();
  for (const auto& [id, p] : s.decks) decks[id] = {{"drawn", p.drawn}, {"current", p.current}};
  return {{"decks", decks}, {"favourites", s.favourites}, {"talked", s.talked}, {"open", s.open_deck}, {"level", s.level},
          {"desire", s.desire_on}, {"mixed", s.mixed}};
}

// Keeps "deck/card" keys that name a real card, once each.
static std::vector<std::string> CleanMarks(const std::vector<std::string>& in) {
  std::vector<std::string> out;
  for (const auto& k : in) {
    size_t slash = k.find('/');
    const Deck* d = slash == std::string::npos ? nullptr : FindDeck(k.substr(0, slash));
    if (d && FindCard(*d, k.substr(slash + 1)) && !HasMark(out, k)) out.push_back(k);
  }
  return out;
}

void DecksFromJson(const json& j, DecksState& out) {
  out = DecksState{};
  if (!j.is_object()) return;
  if (const json* decks = jr::Field(j, "decks"); decks && decks->is_object()) {
    for (auto it = decks->begin(); it != decks->end(); ++it) {
      const Deck* d = FindDeck(it.key());
      if (!d) continue;
      std::vector<std::string> ids;
      jr::Strings(*it, "drawn", ids, d->cards.size() * 2, 64);
      DeckProgress p;
      for (const auto& id : ids)
        if (FindCard(*d, id) && std::find(p.drawn.begin(), p.drawn.end(), id) == p.drawn.end()) p.drawn.push_back(id);
      std::string cur;
      if (jr::String(*it, "current", cur, 64) && FindCard(*d, cur) &&
          std::find(p.drawn.begin(), p.drawn.end(), cur) != p.drawn.end())
        p.current = cur;
      out.decks[d->id] = std::move(p);
    }
  }
  std::vector<std::string> marks;
  if (jr::Strings(j, "favourites", marks, kMarksMax, 128)) out.favourites = CleanMarks(marks);
  if (jr::Strings(j, "talked", marks, kMarksMax, 128)) out.talked = CleanMarks(marks);
  std::string open;
  if (jr::String(j, "open", open, 64) && (FindDeck(open) || open == kAllDecks)) out.open_deck = open;
  jr::Int(j, "level", -1, 2, out.level);
  jr::Bool(j, "desire", out.desire_on);  // documents from before the desire deck have none: off
  std::string mixed;
  if (jr::String(j, "mixed", mixed, 128) && !CleanMarks({mixed}).empty()) out.mixed = mixed;
}

void DecksWorksheet(const DecksState& s, const ExerciseText& text, bool filled, PrintDoc& doc) {
  // A taste of each deck, not all 400-odd cards: its first light, first deeper and first deep card.
  // Filled, the person's own cards come first in each deck (the card on the table, then favorites, at
  // most kOwn), and the taste fills the rest up to kTaste. The deck about sex and desire is printed only
  // when the person chose to see it.
  constexpr size_t kTaste = 3, kOwn = 5;
  doc.Paragraph(kDecksIntro);
  if (text.decks.size() != Decks().size()) {
    doc.Paragraph(kPrintWordsLoading);
    return;
  }
  doc.Paragraph(filled ? "From each deck: the card on the table and your favorites first, then a light, a deeper "
                         "and a deep card. Jot down a few words, and tick what you talked about."
                       : "From each deck: a light, a deeper and a deep card. Jot down a few words, and tick what "
                         "you talked about.");
  const std::vector<const Deck*> shown = ShownDecks(s, true);
  const Deck* mixed_deck = nullptr;
  const Card* mixed = MixedCard(s, shown, &mixed_deck);
  for (const Deck* dp : shown) {
    const Deck& deck = *dp;
    const DeckText* words = WordsOf(text, deck);
    if (!words) continue;
    std::vector<const Card*> cards;
    auto add = [&](const Card* c) {
      if (c && std::find(cards.begin(), cards.end(), c) == cards.end()) cards.push_back(c);
    };
    if (filled) {
      add(CurrentCard(s, deck));
      if (mixed_deck == &deck) add(mixed);
      for (const std::string& key : s.favourites) {
        if (cards.size() >= kOwn) break;
        size_t slash = key.find('/');
        if (slash != std::string::npos && key.compare(0, slash, deck.id) == 0 && std::string(deck.id).size() == slash)
          add(FindCard(deck, key.substr(slash + 1)));
      }
    }
    for (CardLevel level : {CardLevel::Light, CardLevel::Medium, CardLevel::Deep}) {
      if (cards.size() >= kTaste) break;
      for (const Card& c : deck.cards)
        if (c.level == level) {
          add(&c);
          break;
        }
    }
    doc.Heading(words->title);
    doc.Paragraph(words->line);
    for (const Card* c : cards) {
      const std::string* card = WordsOf(text, deck, *c);
      if (!card) continue;
      const std::string key = CardKey(deck, *c);
      doc.Answer(std::string(LevelName(c->level)) + ": " + *card, "", 2);
      doc.Check(kDecksTalked, HasMark(s.talked, key));
      doc.Check(kDecksFavorite, HasMark(s.favourites, key));
    }
  }
}

}  // namespace core
