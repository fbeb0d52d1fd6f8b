// Search's word lists. Everything a person might type for the guide's themes, in one place.
// Rules for editing:
// - Write words in lower case without accents, one form is enough: search compares stems, so
//   "apologize" also covers "apologizing", "apologized" and "apologise".
// - A phrase ("make up", "calm down") matches those words next to each other, in any of their forms
//   ("making up"). Hyphens count as spaces ("time-out" is "time out").
// - A word may sit in more than one group. A group is used only when a search finds nothing with
//   the words as typed, so a broad group does not crowd out exact results.
// - Keep the groups to the guide's themes: each should help someone find a chapter they need.
#include "core/guide/search_lexicon.h"

#include <algorithm>

namespace core {

namespace {

// Small English words that carry little meaning in a query. They still count when found.
const char* const kStopEnglish[] = {
    "a",     "about", "am",   "an",   "and",  "are",   "as",    "at",    "be",    "but",   "by",   "can",
    "could", "did",   "do",   "does", "for",  "from",  "get",   "had",   "has",   "have",  "how",  "i",
    "i'm",   "if",    "in",   "into", "is",   "it",    "it's",  "its",   "me",    "my",    "of",   "on",
    "or",    "our",   "should", "so", "that", "the",   "their", "them",  "then",  "there", "they", "this",
    "to",    "was",   "we",   "were", "what", "when",  "where", "which", "who",   "why",   "will", "with",
    "would", "you",   "your",
};

// Groups of words that mean nearly the same thing here. Comments say what each group is for.
// A null ends each group. (A table of plain C strings, turned into the groups on first use: written as
// vectors of std::string, it cost the wasm 3 KB of start-up code.)
const char* const kGroupsEnglish[] = {
    // Saying sorry and mending things after hurt (chapters on conflict and repair).
    "sorry", "apology", "apologize", "repair", "make up", "forgive", "forgiveness", "reconcile", "mend",
    "make amends", nullptr,
    // Arguments.
    "fight", "argument", "argue", "conflict", "quarrel", "disagree", "disagreement", "clash", "bicker", nullptr,
    // Sex and physical closeness.
    "sex", "sexual", "intimacy", "desire", "physical", "libido", "sex drive", "passion", nullptr,
    // Touch and affection.
    "touch", "hug", "cuddle", "kiss", "affection", "affectionate", "hold hands", nullptr,
    // Feeling alone in the relationship.
    "lonely", "loneliness", "alone", "distant", "distance", "disconnected", "disconnect", "drift apart",
    "isolated", nullptr,
    // Stopping a fight for a while (the time-out).
    "time-out", "break", "pause", "flooded", "overwhelmed", "calm down", "cool down", "step away", nullptr,
    // Trust and honesty.
    "trust", "honesty", "honest", "truth", "reliable", nullptr,
    // When trust is broken.
    "betrayal", "betray", "cheat", "affair", "infidelity", "unfaithful", "trust", nullptr,
    // Listening and being understood.
    "listen", "listening", "hear", "understood", "understand", nullptr,
    // Talking.
    "talk", "communicate", "communication", "conversation", "discuss", "speak", nullptr,
    // Opening up.
    "vulnerable", "vulnerability", "open up", "share", nullptr,
    // Closeness.
    "closeness", "close", "connection", "connect", "bond", "intimacy", nullptr,
    // A relationship gone flat, and warming it up again.
    "bored", "boredom", "flat", "stale", "rut", "spark", "rekindle", "romance", nullptr,
    // Thanks.
    "appreciation", "appreciate", "gratitude", "grateful", "thank", "thanks", nullptr,
    // The other person, however a couple names each other.
    "partner", "spouse", "husband", "wife", "boyfriend", "girlfriend", nullptr,
    // Professional help.
    "therapist", "therapy", "counselor", "counseling", "counsellor", "counselling", "couples therapy", nullptr,
    // Fear and danger at home: the help lines.
    "abuse", "abusive", "violence", "violent", "threat", "threaten", "unsafe", "danger", "dangerous", "afraid",
    "scared", "frightened", "controlling", nullptr,
    // A crisis: the help lines.
    "suicide", "suicidal", "kill myself", "end my life", "self-harm", "crisis", "hopeless", nullptr,
    // Stress and worry.
    "stress", "stressed", "anxiety", "anxious", "worry", "worried", nullptr,
    // Fear of closeness.
    "fear", "scary", "afraid", "avoid", "avoidant", "pull away", nullptr,
    // Feelings.
    "feeling", "emotion", "emotional", nullptr,
    // Little time together.
    "busy", "no time", "schedule", "hectic", nullptr,
};

// The groups of a table of words, each ended by a null.
template <size_t N>
std::vector<std::vector<std::string>> Groups(const char* const (&table)[N]) {
  std::vector<std::vector<std::string>> groups(1);
  for (const char* w : table) {
    if (w) groups.back().emplace_back(w);
    else groups.emplace_back();
  }
  groups.pop_back();  // the empty group after the last null
  return groups;
}

}  // namespace

bool IsStopWord(Lang lang, std::string_view folded_word) {
  switch (lang) {
    case Lang::English:
      return std::any_of(std::begin(kStopEnglish), std::end(kStopEnglish),
                         [&](const char* w) { return folded_word == w; });
  }
  return false;
}

const std::vector<std::vector<std::string>>& SynonymGroups(Lang lang) {
  static const std::vector<std::vector<std::string>> english = Groups(kGroupsEnglish);
  switch (lang) {
    case Lang::English: return english;
  }
  return english;
}

}  // namespace core
