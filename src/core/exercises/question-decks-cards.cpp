// The four question decks: each card's id and level, in the order drawn from. Their words are in
// content/exercises.json ("decks"), which the build puts in the guide's file (core/exercises/ex_text.h).
// Card ids are stable: saved progress refers to them, so a card may be reworded there but its id keeps
// its place here. A new card needs its id here and its words there; the build stops, naming the card,
// when the two disagree (a card's level included).
#include "core/exercises/question-decks.h"

namespace core {

namespace {
constexpr CardLevel L = CardLevel::Light, M = CardLevel::Medium, D = CardLevel::Deep;
}

const std::vector<Deck>& Decks() {
  static const std::vector<Deck> decks = {
      {"stories",
       {{"s01", L}, {"s02", L}, {"s03", L}, {"s04", L}, {"s05", L},
        {"s06", L}, {"s07", L}, {"s08", L}, {"s09", L}, {"s10", L},
        {"s11", M}, {"s12", M}, {"s13", M}, {"s14", M}, {"s15", M},
        {"s16", M}, {"s17", M}, {"s18", M}, {"s19", M}, {"s20", M},
        {"s21", D}, {"s22", D}, {"s23", D}, {"s24", D}, {"s25", D},
        {"s26", D}, {"s27", D}, {"s28", D}, {"s29", D}, {"s30", D}}},
      {"discover",
       {{"d01", L}, {"d02", L}, {"d03", L}, {"d04", L}, {"d05", L},
        {"d06", L}, {"d07", L}, {"d08", L}, {"d09", L}, {"d10", L},
        {"d11", M}, {"d12", M}, {"d13", M}, {"d14", M}, {"d15", M},
        {"d16", M}, {"d17", M}, {"d18", M}, {"d19", M}, {"d20", M},
        {"d21", D}, {"d22", D}, {"d23", D}, {"d24", D}, {"d25", D},
        {"d26", D}, {"d27", D}, {"d28", D}, {"d29", D}, {"d30", D}}},
      {"dreams",
       {{"v01", L}, {"v02", L}, {"v03", L}, {"v04", L}, {"v05", L},
        {"v06", L}, {"v07", L}, {"v08", L}, {"v09", L}, {"v10", L},
        {"v11", M}, {"v12", M}, {"v13", M}, {"v14", M}, {"v15", M},
        {"v16", M}, {"v17", M}, {"v18", M}, {"v19", M}, {"v20", M},
        {"v21", D}, {"v22", D}, {"v23", D}, {"v24", D}, {"v25", D},
        {"v26", D}, {"v27", D}, {"v28", D}, {"v29", D}, {"v30", D}}},
      {"fun",
       {{"f01", L}, {"f02", L}, {"f03", L}, {"f04", L}, {"f05", L},
        {"f06", L}, {"f07", L}, {"f08", L}, {"f09", L}, {"f10", L},
        {"f11", M}, {"f12", M}, {"f13", M}, {"f14", M}, {"f15", M},
        {"f16", M}, {"f17", M}, {"f18", M}, {"f19", M}, {"f20", M},
        {"f21", D}, {"f22", D}, {"f23", D}, {"f24", D}, {"f25", D},
        {"f26", D}, {"f27", D}, {"f28", D}, {"f29", D}, {"f30", D}}},
  };
  return decks;
}

}  // namespace core
