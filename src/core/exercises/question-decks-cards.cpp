// The question decks: each deck's id and each card's level, in the order drawn from and shown. Their
// words are in content/exercises.json ("decks"), which the build puts in the guide's file, loaded after
// the first frame (core/exercises/ex_text.h). To keep the first visit small, the app holds no table of
// card ids: a deck's cards are named by its letter and their place ("s01", "s02" ...), and one letter per
// card gives its level (l = light, m = medium, shown as "Deeper", d = deep). Card ids are stable: saved
// progress refers to them, so a card may be reworded there (or its level corrected here and there) but
// it keeps its place; a new card goes at the end of its deck. The build stops, naming the card, when
// this table and the file disagree (a card's level included).
#include "core/exercises/question-decks.h"

#include <cstdio>
#include <cstring>

namespace core {

namespace {
struct Spec {
  const char* id;
  char letter;         // the first letter of its card ids
  const char* levels;  // one of l, m, d per card, in card order
};

// The last deck is about sex and desire (kDesireDeck): hidden until chosen, and when a site leaves it out.
constexpr Spec kSpecs[] = {
      {"stories", 's', "llllllllllmmmmmmmmmmdddddddddd"},
      {"discover", 'd', "llllllllllmmmmmmmmmmddddddddddlmd"},
      {"dreams", 'v', "llllllllllmmmmmmmmmmdddddddddd"},
      {"fun", 'f', "llllllllllmmmmmmlmlmdmdddmdddd"},
      {"kin", 'k', "llllllllllllllllllmmmmmmmmmmmmmmmmmmddddddddddddddddddd"},
      {"repair", 'r', "llllllllllllllllllmmmmmmmmmmmmmmmmmmddddddddddddddddddd"},
      {"money", 'm', "llllllllllllllllllmmmmmmmmmmmmmmmmmmddddddddddddddddddd"},
      {"family", 'p', "llllllllllllllllllmmmmmmmmmmmmmmmmmmddddddddddddddddddd"},
      {"distance", 'l', "llllllllllllllllllmmmmmmmmmmmmmmmmmmddddddddddddddddddd"},
      {"desire", 'a', "llllllllllllllllllmmmmmmmmmmmmmmmmmmmddddddddddddddddddd"},
};

Deck Build(const Spec& s) {
  Deck d{s.id, {}, std::strcmp(s.id, kDesireDeck) == 0};
  size_t n = std::strlen(s.levels);
  d.cards.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    char id[8];
    std::snprintf(id, sizeof id, "%c%02d", s.letter, static_cast<int>(i + 1));
    char l = s.levels[i];
    d.cards.push_back({id, l == 'd' ? CardLevel::Deep : l == 'm' ? CardLevel::Medium : CardLevel::Light});
  }
  return d;
}
}  // namespace

const std::vector<Deck>& Decks() {
  static const std::vector<Deck> decks = [] {
    std::vector<Deck> out;
    for (const Spec& s : kSpecs) out.push_back(Build(s));
    return out;
  }();
  return decks;
}

}  // namespace core
