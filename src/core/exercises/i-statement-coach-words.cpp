// The I-statement coach's lexicons, as installed from the guide's file. Lists, not rules: the rules
// that use them are in ex_coach.cpp; the words are in content/exercises.json ("coach_words"). The
// trait list is broad on purpose (several hundred words people throw at a partner), so the
// "you" + to-be + label pattern catches labels it was never shown.
#include "core/exercises/i-statement-coach-words.h"

#include <algorithm>

namespace core {

namespace {

CoachWords& Installed() {
  static CoachWords words;
  return words;
}

bool Has(WordList list, const std::string& w) {
  const auto& words = Installed().lists[static_cast<size_t>(list)];
  return std::binary_search(words.begin(), words.end(), w);
}

}  // namespace

const char* WordListKey(size_t list) {
  static const char* const keys[kWordLists] = {
      "traits",     "positive",     "faults",         "praise_verbs",  "praise_after_never",
      "intensifiers", "negators",   "be_verbs",       "harm_verbs",    "vulnerable",
      "person_nouns", "dismissed_acts", "scorn_gerunds", "futility",   "adverbs"};
  return list < kWordLists ? keys[list] : "";
}

bool CoachWords::Ready() const {
  for (const auto& l : lists)
    if (l.empty()) return false;
  return true;
}

void InstallCoachWords(CoachWords words) {
  for (auto& l : words.lists) std::sort(l.begin(), l.end());
  Installed() = std::move(words);
}

const CoachWords& InstalledCoachWords() { return Installed(); }
bool CoachWordsReady() { return Installed().Ready(); }

namespace coachwords {

bool NegativeTrait(const std::string& w) { return Has(WordList::Traits, w); }
bool PositiveWord(const std::string& w) { return Has(WordList::Positive, w); }
bool PraiseVerb(const std::string& w) { return Has(WordList::PraiseVerbs, w); }
bool FaultWord(const std::string& w) { return Has(WordList::Faults, w) || NegativeTrait(w); }
bool PraiseAfterNever(const std::string& w) { return Has(WordList::PraiseAfterNever, w) || NegativeTrait(w); }
bool Intensifier(const std::string& w) { return Has(WordList::Intensifiers, w); }
bool Negator(const std::string& w) { return Has(WordList::Negators, w); }
bool BeVerb(const std::string& w) { return Has(WordList::BeVerbs, w); }
bool HarmVerb(const std::string& w) { return Has(WordList::HarmVerbs, w); }
bool Vulnerable(const std::string& w) { return Has(WordList::Vulnerable, w); }
bool PersonNoun(const std::string& w) { return Has(WordList::PersonNouns, w); }
bool DismissedAct(const std::string& w) { return Has(WordList::DismissedActs, w); }
bool ScornGerund(const std::string& w) { return Has(WordList::ScornGerunds, w); }
bool Futility(const std::string& w) { return Has(WordList::Futility, w); }
bool Adverb(const std::string& w) { return Has(WordList::Adverbs, w); }

}  // namespace coachwords

}  // namespace core
