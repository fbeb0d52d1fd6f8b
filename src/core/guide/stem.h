// Word stems for search: "apologising", "apologized" and "apologize" all become "apolog", so a
// search finds a word in any of its forms. One stemmer per language behind Stem(lang, word); English
// is the only one so far (a Spanish one is a new case in Stem and a new table in search_lexicon.cpp).
#pragma once
#include <string>
#include <string_view>

namespace core {

enum class Lang { English };

// The stem of one folded word (lower case, accents removed: core::FoldSimple). Words the stemmer
// does not know how to handle (digits, other scripts, apostrophes inside: "don't") come back as they are.
std::string Stem(Lang lang, std::string_view folded_word);

// English: the Porter suffix-stripping steps (M. F. Porter, 1980), written for Hearth, after British
// spellings are brought to American ones ("apologise" -> "apologize", "behaviour" -> "behavior",
// "counselling" -> "counseling") and a final "'s" is dropped.
std::string StemEnglish(std::string_view folded_word);

}  // namespace core
