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
const std::vector<std::vector<std::string>> kGroupsEnglish = {
    // Saying sorry and mending things after hurt (chapters on conflict and repair).
    {"sorry", "apology", "apologize", "repair", "make up", "forgive", "forgiveness", "reconcile", "mend",
     "make amends"},
    // Arguments.
    {"fight", "argument", "argue", "conflict", "quarrel", "disagree", "disagreement", "clash", "bicker"},
    // Sex and physical closeness.
    {"sex", "sexual", "intimacy", "desire", "physical", "libido", "sex drive", "passion"},
    // Touch and affection.
    {"touch", "hug", "cuddle", "kiss", "affection", "affectionate", "hold hands"},
    // Feeling alone in the relationship.
    {"lonely", "loneliness", "alone", "distant", "distance", "disconnected", "disconnect", "drift apart",
     "isolated"},
    // Stopping a fight for a while (the time-out).
    {"time-out", "break", "pause", "flooded", "overwhelmed", "calm down", "cool down", "step away"},
    // Trust and honesty.
    {"trust", "honesty", "honest", "truth", "reliable"},
    // When trust is broken.
    {"betrayal", "betray", "cheat", "affair", "infidelity", "unfaithful", "trust"},
    // Listening and being understood.
    {"listen", "listening", "hear", "understood", "understand"},
    // Talking.
    {"talk", "communicate", "communication", "conversation", "discuss", "speak"},
    // Opening up.
    {"vulnerable", "vulnerability", "open up", "share"},
    // Closeness.
    {"closeness", "close", "connection", "connect", "bond", "intimacy"},
    // A relationship gone flat, and warming it up again.
    {"bored", "boredom", "flat", "stale", "rut", "spark", "rekindle", "romance"},
    // Thanks.
    {"appreciation", "appreciate", "gratitude", "grateful", "thank", "thanks"},
    // The other person, however a couple names each other.
    {"partner", "spouse", "husband", "wife", "boyfriend", "girlfriend"},
    // Professional help.
    {"therapist", "therapy", "counselor", "counseling", "counsellor", "counselling", "couples therapy"},
    // Fear and danger at home: the help lines.
    {"abuse", "abusive", "violence", "violent", "threat", "threaten", "unsafe", "danger", "dangerous", "afraid",
     "scared", "frightened", "controlling"},
    // A crisis: the help lines.
    {"suicide", "suicidal", "kill myself", "end my life", "self-harm", "crisis", "hopeless"},
    // Stress and worry.
    {"stress", "stressed", "anxiety", "anxious", "worry", "worried"},
    // Fear of closeness.
    {"fear", "scary", "afraid", "avoid", "avoidant", "pull away"},
    // Feelings.
    {"feeling", "emotion", "emotional"},
    // Little time together.
    {"busy", "no time", "schedule", "hectic"},
};

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
  switch (lang) {
    case Lang::English: return kGroupsEnglish;
  }
  return kGroupsEnglish;
}

}  // namespace core
