// English stemming: British spellings first, then Porter's five steps of suffix stripping. The
// stem is only ever compared with other stems, so it need not be a real word ("happi").
#include "core/guide/stem.h"

#include <initializer_list>

namespace core {

namespace {

bool EndsWith(const std::string& w, std::string_view suf) {
  return w.size() >= suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
}

// Porter's consonant: not a, e, i, o, u, and y only when it follows a vowel (or starts the word).
bool IsConsonant(const std::string& w, size_t i) {
  switch (w[i]) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return false;
    case 'y': return i == 0 || !IsConsonant(w, i - 1);
    default: return true;
  }
}

// m, the number of vowel-consonant sequences in w[0, len): [C](VC){m}[V].
int Measure(const std::string& w, size_t len) {
  int m = 0;
  size_t i = 0;
  while (i < len && IsConsonant(w, i)) ++i;
  while (i < len) {
    while (i < len && !IsConsonant(w, i)) ++i;
    if (i >= len) break;
    while (i < len && IsConsonant(w, i)) ++i;
    ++m;
  }
  return m;
}

bool HasVowel(const std::string& w, size_t len) {
  for (size_t i = 0; i < len; ++i)
    if (!IsConsonant(w, i)) return true;
  return false;
}

bool DoubleConsonant(const std::string& w, size_t len) {
  return len >= 2 && w[len - 1] == w[len - 2] && IsConsonant(w, len - 1);
}

// Consonant-vowel-consonant at the end of w[0, len), the last not w, x or y ("hop", not "snow").
bool Cvc(const std::string& w, size_t len) {
  if (len < 3) return false;
  if (!IsConsonant(w, len - 1) || IsConsonant(w, len - 2) || !IsConsonant(w, len - 3)) return false;
  char c = w[len - 1];
  return c != 'w' && c != 'x' && c != 'y';
}

struct Rule {
  const char* from;
  const char* to;
};

// The first rule whose suffix ends the word decides: it applies when the rest has measure > min_m.
void ApplyRules(std::string& w, std::initializer_list<Rule> rules, int min_m) {
  for (const Rule& r : rules) {
    std::string_view from(r.from);
    if (!EndsWith(w, from)) continue;
    size_t stem = w.size() - from.size();
    if (Measure(w, stem) > min_m) w = w.substr(0, stem) + r.to;
    return;
  }
}

// British spellings become American ones, so both find the same text.
void Americanize(std::string& w) {
  // -ise, -ised, -ising, -isation ... -> -ize ... ("apologise", "prioritising"); not short words ("rise", "wise").
  for (std::string_view suf : {"isations", "isation", "isers", "ising", "ised", "ises", "iser", "ise"}) {
    if (EndsWith(w, suf) && w.size() - suf.size() >= 3) {
      w[w.size() - suf.size() + 1] = 'z';
      return;
    }
  }
  // -our -> -or before an ending or at the end ("behaviour", "colours", "favourite"); not "your", "four".
  for (std::string_view end : {"", "s", "ed", "ing", "ite", "ites", "able", "less", "ful"}) {
    std::string suf = "our" + std::string(end);
    if (EndsWith(w, suf) && w.size() - suf.size() >= 3) {
      w.erase(w.size() - suf.size() + 1, 1);  // drop the u
      return;
    }
  }
  // A doubled l before an ending, in longer words: "counselling", "cancelled" (not "telling").
  for (std::string_view suf : {"elling", "elled", "ellers", "eller", "ellors", "ellor"}) {
    if (EndsWith(w, suf)) {
      size_t before = w.size() - suf.size() + 1;  // up to and including the e
      if (Measure(w, before) >= 1) w.erase(before, 1);
      return;
    }
  }
}

void Step1(std::string& w) {
  // 1a: plurals.
  if (EndsWith(w, "sses") || EndsWith(w, "ies")) w.erase(w.size() - 2);
  else if (EndsWith(w, "ss")) {}
  else if (EndsWith(w, "s")) w.pop_back();
  // 1b: -eed, -ed, -ing.
  bool tidy = false;
  if (EndsWith(w, "eed")) {
    if (Measure(w, w.size() - 3) > 0) w.pop_back();
  } else if (EndsWith(w, "ed") && HasVowel(w, w.size() - 2)) {
    w.erase(w.size() - 2);
    tidy = true;
  } else if (EndsWith(w, "ing") && HasVowel(w, w.size() - 3)) {
    w.erase(w.size() - 3);
    tidy = true;
  }
  if (tidy) {
    if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) w += 'e';
    else if (DoubleConsonant(w, w.size()) && w.back() != 'l' && w.back() != 's' && w.back() != 'z') w.pop_back();
    else if (Measure(w, w.size()) == 1 && Cvc(w, w.size())) w += 'e';
  }
  // 1c: y -> i after a vowel somewhere before it ("happy" -> "happi", as in "happiness").
  if (EndsWith(w, "y") && HasVowel(w, w.size() - 1)) w.back() = 'i';
}

void Step2(std::string& w) {
  ApplyRules(w, {{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
                 {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
                 {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
                 {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
                 {"logi", "log"}},
             0);
}

void Step3(std::string& w) {
  ApplyRules(w, {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
                 {"ness", ""}},
             0);
}

void Step4(std::string& w) {
  // -ion goes only after s or t ("adoption" -> "adopt", not "onion").
  if (EndsWith(w, "ion") && w.size() > 3) {
    size_t stem = w.size() - 3;
    char before = w[stem - 1];
    if ((before == 's' || before == 't') && Measure(w, stem) > 1) w.erase(stem);
    if (before == 's' || before == 't') return;
  }
  ApplyRules(w, {{"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""}, {"ible", ""},
                 {"ant", ""}, {"ement", ""}, {"ment", ""}, {"ent", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""},
                 {"iti", ""}, {"ous", ""}, {"ive", ""}, {"ize", ""}},
             1);
}

void Step5(std::string& w) {
  if (EndsWith(w, "e")) {
    int m = Measure(w, w.size() - 1);
    if (m > 1 || (m == 1 && !Cvc(w, w.size() - 1))) w.pop_back();
  }
  if (Measure(w, w.size()) > 1 && DoubleConsonant(w, w.size()) && w.back() == 'l') w.pop_back();
}

}  // namespace

std::string StemEnglish(std::string_view folded_word) {
  std::string w(folded_word);
  if (EndsWith(w, "'s")) w.erase(w.size() - 2);  // possessive: "partner's"
  else if (EndsWith(w, "'")) w.pop_back();     // "partners'"
  for (char c : w)
    if (c < 'a' || c > 'z') return w;  // digits, other scripts, "don't": left as they are
  if (w.size() <= 2) return w;
  Americanize(w);
  Step1(w);
  Step2(w);
  Step3(w);
  Step4(w);
  Step5(w);
  return w;
}

std::string Stem(Lang lang, std::string_view folded_word) {
  switch (lang) {
    case Lang::English: return StemEnglish(folded_word);
  }
  return std::string(folded_word);
}

}  // namespace core
