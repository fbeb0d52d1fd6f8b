// The I-statement coach's word lists (lexicons), kept apart from its rules in ex_coach.cpp.
// Every word is folded (lower case, straight apostrophes), as the analyser's tokens are.
// The lists are not inside the app: they come in the guide's file ("coach_words", written in
// content/exercises.json), checked by core/ex_text and installed here when the file arrives
// (ReceiveGuide). Until then every list is empty, so the coach's screen waits (CoachWordsReady)
// and never judges a sentence without them.
#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace core::coachwords {

bool NegativeTrait(const std::string& w);  // a label for who someone is: lazy, selfish, idiot, brat, the worst…
bool PositiveWord(const std::string& w);   // praise or warmth: kind, thoughtful, brighten, laugh, safe…
bool PraiseVerb(const std::string& w);     // praise when it is a habit: "you always listen / know / remember"
bool FaultWord(const std::string& w);      // a complaint word: late, forget, ignore, mess, worse, ruin…
bool PraiseAfterNever(const std::string& w);  // "you never complain / fail / judge": praise, not a charge
bool Intensifier(const std::string& w);    // so, such, really, a, total, complete, utter, being, like…
bool Negator(const std::string& w);        // not, never, aren't, isn't…
bool BeVerb(const std::string& w);         // are, 're forms, were, be, been, being, sound, act, seem…
bool HarmVerb(const std::string& w);       // hurt, hit, smash, burn, kill, wreck…
bool Vulnerable(const std::string& w);     // what a threat can be aimed at besides a person: kids, dog, car, stuff…
bool PersonNoun(const std::string& w);     // mom, brother, friends, boss… (a third person)
bool DismissedAct(const std::string& w);   // what "stop/quit …" orders dismiss: overreacting, whining, sulking…
bool ScornGerund(const std::string& w);    // talking, arguing, dealing… as in "talking to you is pointless"
bool Futility(const std::string& w);       // pointless, useless, hopeless, impossible, exhausting…
bool Adverb(const std::string& w);         // just, really, seriously, literally… (skipped between words)

}  // namespace core::coachwords

namespace core {

// The lists, in this order, by their names in the guide's file.
enum class WordList {
  Traits, Positive, Faults, PraiseVerbs, PraiseAfterNever, Intensifiers, Negators, BeVerbs, HarmVerbs,
  Vulnerable, PersonNouns, DismissedActs, ScornGerunds, Futility, Adverbs
};
inline constexpr size_t kWordLists = 15;
const char* WordListKey(size_t list);  // "traits", "positive", … ("" past the end)
inline constexpr size_t kCoachWordMax = 40;  // bytes in one word

struct CoachWords {
  std::array<std::vector<std::string>, kWordLists> lists;
  bool Ready() const;  // every list has words
};

// The analyser's lists from now on (sorted here). Installed by ReceiveGuide when the guide's file is
// checked; the native tests install the embedded copy before they run.
void InstallCoachWords(CoachWords words);
const CoachWords& InstalledCoachWords();
bool CoachWordsReady();

}  // namespace core
