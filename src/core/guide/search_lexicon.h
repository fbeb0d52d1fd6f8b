// The words search knows about, per language: small words a query may leave unmatched ("how to
// say sorry" needs only "say" and "sorry"), and groups of words that mean nearly the same thing for
// the guide's themes ("sorry" also finds "repair" and "making up"). The data is in search_lexicon.cpp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/guide/stem.h"

namespace core {

// True for a small word of `lang` ("the", "how", "to") given folded.
bool IsStopWord(Lang lang, std::string_view folded_word);

// The groups of related words and phrases, folded, as written in the table ("make up", "time-out").
const std::vector<std::vector<std::string>>& SynonymGroups(Lang lang);

}  // namespace core
