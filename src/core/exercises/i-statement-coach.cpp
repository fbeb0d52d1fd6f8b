// I-statement coach: the analyser (word patterns over folded text), the sentence builder, the saved
// list and the JSON.
#include "core/exercises/i-statement-coach.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/base/order.h"
#include "core/base/text.h"
#include "core/exercises/i-statement-coach-words.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

namespace {

// ---- analyser -------------------------------------------------------------------------------------

struct Tok {
  std::string key;  // folded word, apostrophes kept inside ("you're"), typed short forms expanded
  size_t fb = 0, fe = 0;  // bytes in the folded text
  int clause = 0;   // clause number (split at , ; : . ! ? and line breaks)
  int sentence = 0; // sentence number (split at . ! ? and line breaks)
  bool quoted = false;
};

// Short forms people type without the apostrophe, and "u" for "you".
std::string Expand(const std::string& w) {
  static const char* const kPairs[][2] = {
      {"youre", "you're"}, {"dont", "don't"},   {"whats", "what's"},     {"cant", "can't"},
      {"im", "i'm"},       {"ive", "i've"},     {"youve", "you've"},     {"youll", "you'll"},
      {"youd", "you'd"},   {"shouldnt", "shouldn't"}, {"shouldve", "should've"}, {"wont", "won't"},
      {"u", "you"},        {"ur", "you're"},    {"2", "to"},    {"theyre", "they're"},   {"its", "it's"}};
  for (const auto& p : kPairs)
    if (w == p[0]) return p[1];
  return w;
}

std::vector<Tok> Tokenise(const std::string& f) {
  std::vector<Tok> out;
  int clause = 0, sentence = 0;
  bool in_quote = false;
  size_t i = 0;
  while (i < f.size()) {
    char c = f[i];
    if (!IsWordByte(c)) {
      if (c == '"') in_quote = !in_quote;
      if (c == '.' || c == '!' || c == '?' || c == '\n') ++sentence, ++clause;
      else if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') ++clause;
      ++i;
      continue;
    }
    size_t b = i;
    while (i < f.size() && IsWordByte(f[i])) ++i;
    size_t e = i;
    size_t lead = 0, trail = 0;
    while (b + lead < e && f[b + lead] == '\'') ++lead;
    while (e - trail > b + lead && f[e - trail - 1] == '\'') ++trail;
    if (b + lead >= e - trail) continue;  // only apostrophes
    Tok t;
    t.fb = b + lead;
    t.fe = e - trail;
    t.key = Expand(f.substr(t.fb, t.fe - t.fb));
    t.clause = clause;
    t.sentence = sentence;
    t.quoted = in_quote || (lead > 0 && trail > 0);  // "word" or 'word'
    out.push_back(std::move(t));
  }
  return out;
}

bool In(const std::string& w, std::initializer_list<const char*> set) {
  for (const char* s : set)
    if (w == s) return true;
  return false;
}

namespace cw = coachwords;
using Toks = std::vector<Tok>;

bool IsYou(const std::string& w) { return In(w, {"you", "you're", "you've", "you'll", "you'd"}); }
bool IsThird(const std::string& w) {
  return In(w, {"he", "she", "they", "he's", "she's", "they're", "they've", "he'll", "she'll", "they'll"});
}
bool IsOtherSubject(const std::string& w) {
  return In(w, {"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "it", "it's", "there", "me", "my", "our"});
}
// A "you" right after one of these is the object, not the one acting ("I think about you all the time").
bool ObjectBefore(const std::string& w) {
  return In(w, {"about", "with", "for", "to", "at", "of", "without", "thank", "love", "miss", "see", "tell", "told",
                "ask", "asked", "call", "called", "need", "want", "from", "by", "than", "help", "helped", "on",
                "beside", "behind", "around", "hug", "kiss", "met", "meet", "trust", "choose", "chose", "catch",
                "caught", "found", "saw", "heard", "watched"});
}
// Warm words that open a sentence and make what follows praise ("I love that you always…").
bool Positive(const std::string& w) {
  return In(w, {"love", "loved", "thank", "thanks", "appreciate", "grateful", "glad", "adore", "admire"});
}
bool Kind(const std::string& w) { return cw::PositiveWord(w); }
// Demands that are really care ("you must be tired", "you should be proud", "you need to rest").
bool Caring(const std::string& w) {
  return Kind(w) || In(w, {"tired", "exhausted", "hungry", "worn", "busy", "stressed", "sore", "cold", "worried",
                           "rest", "sleep", "nap", "yourself", "freezing", "starving", "thrilled", "relieved", "knackered",
                           "shattered", "wiped", "drained", "beat", "spent", "frazzled", "jetlagged", "famished", "terrified",
                           "scared", "frightened", "shaken", "devastated", "heartbroken", "gutted", "upset", "sad",
                           "overwhelmed", "anxious", "nervous", "lonely", "hurting", "grieving"});
}
// "you have to try this": excitement, not an order.
bool Excited(const std::string& w) {
  // Not every warm word: "you need to calm down" is still an order.
  return w == "sorry" ||
         In(w, {"see", "try", "taste", "hear", "watch", "meet", "read", "visit", "check", "come", "nail", "ace", "rock",
                "crush", "smash", "kill", "do", "win", "shine", "make", "rest", "sleep", "nap", "eat", "love", "enjoy",
                "like", "fine", "okay", "ok", "great", "amazing", "proud", "brilliant", "wonderful", "tired", "exhausted",
                "hungry", "know", "laugh", "smile"});
}
bool Filler(const std::string& w) {
  return In(w, {"oh", "just", "well", "so", "god", "ugh", "and", "but", "honestly", "please", "yeah", "ok", "okay",
                "look", "seriously", "wow", "man", "dude", "listen", "now", "right", "hey", "then", "like", "lol",
                "lmao", "haha", "ha", "omg", "jeez", "geez", "gosh", "um", "uh", "er", "ugh"});
}

bool OnlyFillersBefore(const Toks& t, size_t i) {
  for (size_t k = i; k-- > 0 && t[k].clause == t[i].clause;)
    if (!Filler(t[k].key)) return false;
  return true;
}
bool ClauseEndsAt(const Toks& t, size_t j) { return j >= t.size() || t[j].clause != t[j - 1].clause; }

// "you" is the subject within the four words before t[i] (same clause, no other subject between).
bool YouBefore(const Toks& t, size_t i) {
  for (size_t k = i, n = 0; k-- > 0 && t[k].clause == t[i].clause && n < 4; ++n) {
    if (IsYou(t[k].key)) return !(k > 0 && t[k - 1].clause == t[k].clause && ObjectBefore(t[k - 1].key));
    if (IsOtherSubject(t[k].key) || IsThird(t[k].key)) return false;
  }
  return false;
}
// The clause is led by "you" (after fillers) somewhere before t[i]: "you leave your towels on the bed 24/7".
bool ClauseLedByYouBefore(const Toks& t, size_t i) {
  for (size_t k = i; k-- > 0 && t[k].clause == t[i].clause;) {
    if (IsYou(t[k].key)) return OnlyFillersBefore(t, k);
    if (IsOtherSubject(t[k].key) || IsThird(t[k].key)) return false;  // "you know I'd never…": I is the subject
  }
  return false;
}
// A third person is the subject within the four words before: "he", "they", "your brother", "my mom".
bool ThirdBefore(const Toks& t, size_t i) {
  for (size_t k = i, n = 0; k-- > 0 && t[k].clause == t[i].clause && n < 4; ++n) {
    const std::string& w = t[k].key;
    if (IsThird(w)) return !(k > 0 && t[k - 1].clause == t[k].clause && ObjectBefore(t[k - 1].key));
    bool owner = k > 0 && In(t[k - 1].key, {"your", "his", "her", "their"});  // "their dog", "your phone"
    if ((cw::PersonNoun(w) && k > 0 && In(t[k - 1].key, {"your", "his", "her", "their", "my", "our", "the"})) || owner)
      return !(k > 1 && t[k - 2].clause == t[k].clause && ObjectBefore(t[k - 2].key));
    if (IsYou(w) || IsOtherSubject(w)) return false;
  }
  return false;
}

// The clause opens with a third person: "your flatmate leaves dishes in the sink every single day".
bool ClauseLedByThirdBefore(const Toks& t, size_t i) {
  size_t k = i;
  while (k > 0 && t[k - 1].clause == t[i].clause) --k;
  while (k < i && Filler(t[k].key)) ++k;
  if (k >= i) return false;
  if (IsThird(t[k].key)) return true;
  return k + 1 < i && In(t[k].key, {"your", "his", "her", "their", "my", "our", "the"}) &&
         (cw::PersonNoun(t[k + 1].key) || (k + 2 < i && cw::PersonNoun(t[k + 2].key)) ||
          In(t[k].key, {"your", "his", "her", "their"}));
}

bool PositiveBefore(const Toks& t, size_t i) {
  for (size_t k = i; k-- > 0 && t[k].sentence == t[i].sentence;)
    if (Positive(t[k].key)) return true;
  if (i > 0 && In(t[i - 1].key, {"can", "could"})) return true;  // "you can always tell me": an open door
  for (size_t k = i + 1; k < t.size() && t[k].sentence == t[i].sentence; ++k)  // "…and I don't say thank you enough"
    if (In(t[k].key, {"thank", "thanks", "grateful", "adore", "appreciate"})) return true;
  return false;
}

// The rest of the clause from t[j] praises: a warm word and no complaint ("you always brighten my day").
bool PraiseFrom(const Toks& t, size_t j, int clause) {
  bool warm = false;
  for (; j < t.size() && t[j].clause == clause && !In(t[j].key, {"when", "while", "whenever", "until", "unless"}); ++j) {
    if (cw::FaultWord(t[j].key)) return false;
    warm |= Kind(t[j].key) || cw::PraiseVerb(t[j].key);
  }
  return warm;
}
// "you never complain", "you're never boring", "you never fail to…": never + a fault word is praise.
bool NeverPraiseFrom(const Toks& t, size_t j, int clause) {
  for (size_t n = 0; j < t.size() && t[j].clause == clause && n < 3; ++j, ++n) {
    const std::string& w = t[j].key;
    if (In(w, {"even", "once", "ever", "really", "so", "a", "an", "been", "be", "seem", "seems", "get", "gets"})) continue;
    if (In(w, {"have", "need", "needs", "has"}) && j + 1 < t.size() && t[j + 1].key == "to") return true;  // reassurance
    if (In(w, {"stop", "stops", "cease", "ceases"})) return PraiseFrom(t, j + 1, clause);  // "never stop being kind"
    if (In(w, {"let", "lets"}) && j + 2 < t.size() && t[j + 2].key == "down") return true;  // "never let me down"
    return cw::PraiseAfterNever(w);
  }
  return false;
}

enum class Where {
  Anywhere,   // wherever the words are
  Start,      // only fillers before them in their clause
  Alone,      // the whole clause (after optional fillers)
  AfterYou,   // "you" is the subject within the four words before, in the same clause
  NearYou,    // AfterYou, or "you" right after ("every time you…")
  Subject,    // AfterYou, or a third person is the subject ("your brother is forever…")
  Whenever,   // "whenever / every time …": "you" right after, or another clause of the sentence led by "you"
};
// A following word that makes it kind (no flag): the next meaningful word (Kind, Caring, Excited), or
// the rest of the clause (Praise for always-words, NeverPraise for never-words).
enum class After { None, Kind, Caring, Excited, Praise, NeverPraise, NotPlayful };

struct Pattern {
  FlagKind kind;
  const char* words;
  Where where;
  After after = After::None;
};

const std::vector<Pattern>& Patterns() {
  using K = FlagKind;
  using W = Where;
  using A = After;
  // "Stop" alone is not flagged: it is also how people set a fair limit ("stop, I need a minute").
  // Longer patterns of a kind come before shorter ones with the same first word (the first match wins).
  // Threats that need their shape checked (intent + harm + target) are in FindThreats, not here.
  static const std::vector<Pattern> p = {
      // Threats and intimidation said in set words.
      {K::Threat, "or else", W::Anywhere},
      {K::Threat, "you'll be sorry", W::Anywhere},        {K::Threat, "you will be sorry", W::Anywhere},
      {K::Threat, "you're going to be sorry", W::Anywhere}, {K::Threat, "you're gonna be sorry", W::Anywhere},
      {K::Threat, "you'll regret", W::Anywhere, A::NotPlayful}, {K::Threat, "you will regret", W::Anywhere, A::NotPlayful},
      {K::Threat, "you're going to regret", W::Anywhere}, {K::Threat, "you're gonna regret", W::Anywhere},
      {K::Threat, "you'll pay", W::Anywhere, A::NotPlayful}, {K::Threat, "you will pay", W::Anywhere, A::NotPlayful},
      {K::Threat, "you're going to pay", W::Anywhere},    {K::Threat, "you're gonna pay", W::Anywhere},
      {K::Threat, "you'll get what's coming", W::Anywhere}, {K::Threat, "what's coming to you", W::Anywhere},
      {K::Threat, "you'll wish you", W::Anywhere},        {K::Threat, "you will wish you", W::Anywhere},
      {K::Threat, "you'll get hurt", W::Anywhere},        {K::Threat, "going to get hurt", W::Anywhere},
      {K::Threat, "gonna get hurt", W::Anywhere},         {K::Threat, "will get hurt", W::Anywhere},
      {K::Threat, "you won't like what", W::Anywhere},    {K::Threat, "you will not like what", W::Anywhere},
      {K::Threat, "you don't want to see me", W::Anywhere}, {K::Threat, "you don't want to know what", W::Anywhere},
      {K::Threat, "what i'm capable of", W::Anywhere},
      {K::Threat, "what i am capable of", W::Anywhere},   {K::Threat, "don't test me", W::Anywhere},
      {K::Threat, "do not test me", W::Anywhere},         {K::Threat, "don't push me", W::Anywhere},
      {K::Threat, "do not push me", W::Anywhere},         {K::Threat, "don't cross me", W::Anywhere},
      {K::Threat, "try me", W::Alone},                    {K::Threat, "i dare you", W::Alone},
      {K::Threat, "you've been warned", W::Anywhere},     {K::Threat, "you have been warned", W::Anywhere},
      {K::Threat, "i'm warning you", W::Anywhere},        {K::Threat, "i am warning you", W::Anywhere},
      {K::Threat, "last warning", W::Anywhere},           {K::Threat, "final warning", W::Anywhere},
      {K::Threat, "watch your back", W::Anywhere},        {K::Threat, "watch yourself", W::Anywhere},
      {K::Threat, "watch your mouth", W::Anywhere},       {K::Threat, "watch it", W::Alone},
      {K::Threat, "and see what happens", W::Anywhere},   {K::Threat, "you'll see what happens", W::Anywhere},
      {K::Threat, "then see what happens", W::Anywhere},  {K::Threat, "you'll see", W::Alone},
      {K::Threat, "find out what happens", W::Anywhere},  {K::Threat, "what happens when i", W::Anywhere},
      {K::Threat, "see how far you get", W::Anywhere},    {K::Threat, "push your luck", W::Anywhere},
      {K::Threat, "push me too far", W::Anywhere},        {K::Threat, "cross me", W::Start},
      {K::Threat, "mess with me", W::Start},              {K::Threat, "watch me", W::Alone},
      {K::Threat, "live to regret", W::Anywhere},         {K::Threat, "something to cry about", W::Anywhere},
      {K::Threat, "who you're talking to", W::Anywhere},  {K::Threat, "you'll be hearing from", W::Anywhere},
      {K::Threat, "time i'm done with you", W::Anywhere}, {K::Threat, "when i'm done with you", W::Anywhere},
      {K::Threat, "in an ambulance", W::Anywhere},        {K::Threat, "in a body bag", W::Anywhere},
      {K::Threat, "in a wheelchair", W::Anywhere},        {K::Threat, "off the floor", W::Anywhere},
      {K::Threat, "people get hurt", W::Anywhere},        {K::Threat, "someone gets hurt", W::Anywhere},
      {K::Threat, "somebody gets hurt", W::Anywhere},     {K::Threat, "be a shame if", W::Anywhere},
      {K::Threat, "anything to happen to", W::Anywhere},  {K::Threat, "something to happen to", W::Anywhere},
      {K::Threat, "something happens to", W::Anywhere},   {K::Threat, "something will happen to", W::Anywhere},
      {K::Threat, "something could happen to", W::Anywhere}, {K::Threat, "something might happen to", W::Anywhere},
      {K::Threat, "something bad will happen", W::Anywhere}, {K::Threat, "accidents happen", W::Anywhere},   {K::Threat, "something happened to", W::Anywhere},
      {K::Threat, "i'm not above", W::Anywhere},          {K::Threat, "i am not above", W::Anywhere},
      {K::Threat, "you'll get nothing", W::Anywhere},     {K::Threat, "you'll be left with nothing", W::Anywhere},
      {K::Threat, "something we'll both regret", W::Anywhere}, {K::Threat, "something you'll regret", W::Anywhere},
      {K::Threat, "you'll be sorry", W::Anywhere},        {K::Threat, "no idea what i'll", W::Anywhere},
      {K::Threat, "no idea what i", W::Anywhere},         {K::Threat, "still be alive", W::Anywhere},
      {K::Threat, "if you catch my drift", W::Anywhere},  {K::Threat, "shame if", W::Anywhere},
      {K::Threat, "safer for you", W::Anywhere},          {K::Threat, "won't be responsible for", W::Anywhere},
      {K::Threat, "not be responsible for", W::Anywhere}, {K::Threat, "goodbye", W::AfterYou},
      {K::Threat, "i'll see to it", W::Anywhere},         {K::Threat, "see to it that", W::Anywhere},
      {K::Threat, "don't think i won't", W::Anywhere},    {K::Threat, "think i won't", W::Anywhere},
      {K::Threat, "would look a lot worse", W::Anywhere}, {K::Threat, "look a lot worse", W::Anywhere},
      {K::Threat, "ones who suffer", W::Anywhere},        {K::Threat, "of your life a misery", W::Anywhere},
      {K::Threat, "your life a misery", W::Anywhere},     {K::Threat, "your life hell", W::Anywhere},        {K::Threat, "one who suffers", W::Anywhere},
      {K::Threat, "watch what happens", W::Anywhere},     {K::Threat, "you'd want turning up", W::Anywhere},
      {K::Threat, "won't last the night", W::Anywhere},   {K::Threat, "might not make it", W::Anywhere},
      {K::Threat, "won't make it", W::Anywhere},          {K::Threat, "have gone missing", W::Anywhere},
      {K::Threat, "has gone missing", W::Anywhere},       {K::Threat, "go missing", W::Anywhere},
      {K::Threat, "in ashes", W::Anywhere},               {K::Threat, "end up in your", W::Anywhere},
      {K::Threat, "ugly stories", W::Anywhere},           {K::Threat, "make a scene", W::Anywhere},
      {K::Threat, "hate for your", W::Anywhere},          {K::Threat, "hears about your", W::Anywhere},
      {K::Threat, "hear about your", W::Anywhere},        {K::Threat, "can't have you", W::Anywhere},
      {K::Threat, "need a new face", W::Anywhere},        {K::Threat, "put you through", W::Anywhere},
      {K::Threat, "do to myself", W::Anywhere},           {K::Threat, "won't be around", W::Anywhere},
      {K::Threat, "have to live with that", W::Anywhere}, {K::Threat, "live with yourself", W::Anywhere},
      {K::Threat, "sad to lose", W::Anywhere},            {K::Threat, "shame to lose", W::Anywhere},
      {K::Threat, "lose it all", W::Anywhere},            {K::Threat, "end up very sorry", W::Anywhere},
      {K::Threat, "end up sorry", W::Anywhere},           {K::Threat, "tend to regret", W::Anywhere},
      {K::Threat, "tend to end up", W::Anywhere},         {K::Threat, "and find out", W::Alone},
      {K::Threat, "try it and find out", W::Anywhere},    {K::Threat, "dangerous for people who", W::Anywhere},
      {K::Threat, "can be dangerous for", W::Anywhere},   {K::Threat, "wouldn't take much for", W::Anywhere},
      {K::Threat, "think very carefully about", W::Anywhere}, {K::Threat, "your next move", W::Anywhere},
      {K::Threat, "fight me for them", W::Anywhere},      {K::Threat, "not another penny", W::Anywhere},
      {K::Threat, "not another cent", W::Anywhere},       {K::Threat, "not another dollar", W::Anywhere},
      {K::Threat, "not another rupee", W::Anywhere},      {K::Threat, "not another pound", W::Anywhere},
      {K::Threat, "ring immigration", W::Anywhere},       {K::Threat, "call immigration", W::Anywhere},
      {K::Threat, "what i'll do", W::Anywhere},           {K::Threat, "own two feet", W::AfterYou},
      {K::Threat, "see how long", W::Anywhere},           {K::Threat, "lies about you", W::Anywhere},
      {K::Threat, "tend to have a", W::Anywhere},         {K::Threat, "what happened to the last", W::Anywhere},
      {K::Threat, "turn up wherever you", W::Anywhere},   {K::Threat, "show up wherever you", W::Anywhere},
      {K::Threat, "see a single", W::AfterYou},           {K::Threat, "in pieces", W::Anywhere},
      {K::Threat, "forty pieces", W::Anywhere},           {K::Threat, "at the bottom of the", W::Anywhere},
      {K::Threat, "i know things about you", W::Anywhere}, {K::Threat, "i know which", W::Anywhere},
      {K::Threat, "be waiting when you", W::Anywhere},        {K::Threat, "careful about who you", W::Anywhere},
      {K::Threat, "careful who you", W::Anywhere},        {K::Threat, "i'd hate for", W::Anywhere},
      {K::Threat, "keep seeing the kids", W::Anywhere},   {K::Threat, "still got a key", W::Anywhere},
      {K::Threat, "still have a key", W::Anywhere},       {K::Threat, "won't be here when you", W::Anywhere},
      {K::Threat, "whatever happens to your", W::Anywhere}, {K::Threat, "never far away", W::Anywhere},
      {K::Threat, "check your brakes", W::Anywhere},      {K::Threat, "you wouldn't want your", W::Anywhere},
      {K::Threat, "anything could happen", W::Anywhere},  {K::Threat, "being declined", W::Anywhere},
      {K::Threat, "especially for people who", W::Anywhere}, {K::Threat, "get frozen", W::Anywhere},
      {K::Threat, "what you deserve", W::Anywhere},       {K::Threat, "dragged through", W::Anywhere},
      {K::Threat, "can't promise the same", W::Anywhere}, {K::Threat, "don't be surprised if you come", W::Anywhere},
      {K::Threat, "interested to hear", W::Anywhere},     {K::Threat, "interested to know", W::Anywhere},        {K::Threat, "be very sorry", W::AfterYou},
      {K::Threat, "be so sorry", W::AfterYou},            {K::Threat, "be really sorry", W::AfterYou},
      {K::Threat, "remember what happened last time", W::Anywhere},
      {K::Threat, "remember what happened the last time", W::Anywhere},
      {K::Threat, "remember what happened when you", W::Anywhere}, {K::Threat, "remember last time", W::Anywhere},
      {K::Threat, "i know where your", W::Anywhere},      {K::Threat, "i know your routine", W::Anywhere},
      {K::Threat, "i know your passwords", W::Anywhere},  {K::Threat, "i know your password", W::Anywhere},
      {K::Threat, "i know your schedule", W::Anywhere},   {K::Threat, "i know where you", W::Anywhere},       {K::Threat, "no one will believe you", W::Anywhere},
      {K::Threat, "nobody will believe you", W::Anywhere}, {K::Threat, "no one would believe you", W::Anywhere},
      {K::Threat, "nobody would believe you", W::Anywhere}, {K::Threat, "no one will find", W::Anywhere},
      {K::Threat, "nobody will find", W::Anywhere},       {K::Threat, "make your life", W::Anywhere},
      {K::Threat, "your days are numbered", W::Anywhere}, {K::Threat, "one eye open", W::Anywhere},
      {K::Threat, "you're dead", W::Anywhere, A::Kind},   {K::Threat, "you are dead", W::Anywhere, A::Kind},
      {K::Threat, "you're so dead", W::Anywhere},         {K::Threat, "you're going down", W::Alone},
      {K::Threat, "end well for you", W::Anywhere},       {K::Threat, "things will get ugly", W::Anywhere},
      {K::Threat, "this will get ugly", W::Anywhere},     {K::Threat, "get ugly", W::Alone},
      {K::Threat, "don't make me", W::Start, A::Kind},    {K::Threat, "get even", W::Anywhere},
      {K::Threat, "get back at you", W::Anywhere},        {K::Threat, "get you back", W::Anywhere},
      {K::Threat, "get you for this", W::Anywhere},       {K::Threat, "leave you with nothing", W::Anywhere},
      {K::Threat, "take everything you", W::Anywhere},    {K::Threat, "hunt you down", W::Anywhere},
      // Always and never.
      {K::Universal, "every single time", W::Whenever},
      {K::Universal, "every time", W::Whenever},
      {K::Universal, "each time", W::Whenever},
      {K::Universal, "whenever", W::Whenever},
      {K::Universal, "all the time", W::Subject, A::Praise},
      {K::Universal, "always", W::Subject, A::Praise},
      {K::Universal, "never", W::Subject, A::NeverPraise},
      {K::Universal, "constantly", W::Subject, A::Praise},
      {K::Universal, "forever", W::Subject, A::Praise},
      {K::Universal, "nonstop", W::Subject, A::Praise},
      {K::Universal, "non stop", W::Subject, A::Praise},
      {K::Universal, "24 7", W::Subject, A::Praise},
      {K::Universal, "continually", W::Subject, A::Praise},
      {K::Universal, "continuously", W::Subject, A::Praise},
      {K::Universal, "perpetually", W::Subject, A::Praise},
      {K::Universal, "every single day", W::Subject, A::Praise},
      {K::Universal, "every day", W::AfterYou, A::Praise},
      {K::Universal, "day in day out", W::Anywhere},
      {K::Universal, "without fail", W::Subject, A::Praise},
      {K::Universal, "not once", W::Whenever},
      {K::Universal, "not even once", W::Whenever},
      {K::Universal, "yet again", W::Subject},
      {K::Universal, "as usual", W::Alone},
      {K::Universal, "as per usual", W::Alone},
      {K::Universal, "day in", W::Start},
      {K::Universal, "around the clock", W::Subject, A::Praise},
      {K::Universal, "round the clock", W::Subject, A::Praise},
      {K::Universal, "every day of the week", W::Subject, A::Praise},
      {K::Universal, "every other", W::Anywhere},
      {K::Universal, "to everything", W::Subject},
      {K::Universal, "to literally everything", W::Subject},
      {K::Universal, "to absolutely everything", W::Subject},
      {K::Universal, "at all hours", W::Subject, A::Praise},
      {K::Universal, "year after year", W::Subject, A::Praise},
      {K::Universal, "day after day", W::Subject, A::Praise},
      {K::Universal, "week after week", W::Subject, A::Praise},
      {K::Universal, "time after time", W::Subject, A::Praise},
      {K::Universal, "time and again", W::Subject, A::Praise},
      {K::Universal, "again and again", W::Subject, A::Praise},
      {K::Universal, "over and over", W::Subject, A::Praise},
      {K::Universal, "every night", W::Subject, A::Praise},
      {K::Universal, "every weekend", W::Subject, A::Praise},
      {K::Universal, "every morning", W::Subject, A::Praise},
      {K::Universal, "every evening", W::Subject, A::Praise},
      {K::Universal, "every year", W::Subject, A::Praise},
      {K::Universal, "every week", W::Subject, A::Praise},
      {K::Universal, "every single week", W::Subject, A::Praise},
      {K::Universal, "every single night", W::Subject, A::Praise},
      {K::Universal, "won't you ever", W::Anywhere},
      {K::Universal, "can't you ever", W::Anywhere},
      {K::Universal, "don't you ever", W::Anywhere},
      {K::Universal, "didn't you ever", W::Anywhere},
      {K::Universal, "like always", W::Alone},
      {K::Universal, "like usual", W::Alone},
      // Charges led by "you".
      {K::Blame, "you make me", W::Anywhere, A::Praise},
      {K::Blame, "you made me", W::Anywhere, A::Praise},
      {K::Blame, "you do nothing", W::Anywhere},
      {K::Blame, "you did nothing", W::Anywhere},
      {K::Blame, "look what you've", W::Anywhere},
      {K::Blame, "you drive me", W::Anywhere, A::Kind},
      {K::Blame, "you never even", W::Anywhere},
      {K::Blame, "you never", W::Anywhere, A::NeverPraise},
      {K::Blame, "you always", W::Anywhere, A::Praise},
      {K::Blame, "you're so", W::Anywhere, A::Kind},
      {K::Blame, "you are so", W::Anywhere, A::Kind},
      {K::Blame, "you're always", W::Anywhere, A::Praise},
      {K::Blame, "you are always", W::Anywhere, A::Praise},
      {K::Blame, "you're never", W::Anywhere, A::NeverPraise},
      {K::Blame, "you are never", W::Anywhere, A::NeverPraise},
      {K::Blame, "you don't care", W::Anywhere},
      {K::Blame, "you don't even", W::Anywhere},
      {K::Blame, "you don't ever", W::Anywhere},
      {K::Blame, "you just don't", W::Anywhere},
      {K::Blame, "you didn't even", W::Anywhere},
      {K::Blame, "you can't even", W::Anywhere},
      {K::Blame, "you won't even", W::Anywhere},
      {K::Blame, "you couldn't care less", W::Anywhere},
      {K::Blame, "you only care about", W::Anywhere},
      {K::Blame, "you only think about", W::Anywhere},
      {K::Blame, "you only ever", W::Anywhere},
      {K::Blame, "all you do is", W::Anywhere},
      {K::Blame, "all you ever", W::Anywhere},
      {K::Blame, "all you care about", W::Anywhere},
      {K::Blame, "you ruin", W::Anywhere},
      {K::Blame, "you ruined", W::Anywhere},
      {K::Blame, "you wrecked", W::Anywhere},
      {K::Blame, "you messed", W::Anywhere},
      {K::Blame, "you screwed", W::Anywhere},
      {K::Blame, "you blew it", W::Anywhere},
      {K::Blame, "you're the reason", W::Anywhere},
      {K::Blame, "you started it", W::Anywhere},
      {K::Blame, "you did this", W::Anywhere},
      {K::Blame, "look what you", W::Anywhere},
      {K::Blame, "your fault", W::Anywhere},
      {K::Blame, "because of you", W::Anywhere},
      {K::Blame, "thanks to you", W::Start, A::Kind},
      {K::Blame, "that's on you", W::Anywhere},
      {K::Blame, "is on you", W::Anywhere},
      {K::Blame, "entirely on you", W::Anywhere},
      {K::Blame, "it's on you", W::Start},
      {K::Blame, "you're being so", W::Anywhere, A::Kind},
      {K::Blame, "because you didn't", W::Anywhere},
      {K::Blame, "because you never", W::Anywhere},
      {K::Blame, "because you wouldn't", W::Anywhere},
      {K::Blame, "because you couldn't", W::Anywhere},
      {K::Blame, "totally on you", W::Anywhere},
      {K::Blame, "whose fault", W::Anywhere},
      {K::Blame, "because of how you", W::Anywhere},
      {K::Blame, "because of what you", W::Anywhere},
      {K::Blame, "you turn me into", W::Anywhere},
      {K::Blame, "you turned me into", W::Anywhere},
      {K::Blame, "thanks to your", W::Start},
      {K::Blame, "all on you", W::Anywhere},
      {K::Blame, "down to you", W::Anywhere},
      {K::Blame, "your doing", W::Anywhere},
      {K::Blame, "make everything about", W::Anywhere},
      {K::Blame, "won't you ever", W::Anywhere},
      {K::Blame, "can't you ever", W::Anywhere},
      {K::Blame, "why won't you", W::Anywhere},
      {K::Blame, "why can't you", W::Anywhere},
      {K::Blame, "why do you always", W::Anywhere, A::Praise},
      {K::Blame, "why are you always", W::Anywhere, A::Praise},
      {K::Blame, "why do you never", W::Anywhere},
      {K::Blame, "why are you so", W::Anywhere, A::Kind},
      // Scorn and sarcasm.
      {K::Contempt, "what's wrong with you", W::Anywhere},
      {K::Contempt, "what is wrong with you", W::Anywhere},
      {K::Contempt, "what's your problem", W::Anywhere},
      {K::Contempt, "what is your problem", W::Anywhere},
      {K::Contempt, "who do you think you are", W::Anywhere},
      {K::Contempt, "shut up", W::Anywhere},
      {K::Contempt, "roll my eyes", W::Anywhere},
      {K::Contempt, "rolls eyes", W::Anywhere},
      {K::Contempt, "eye roll", W::Anywhere},
      {K::Contempt, "not rocket science", W::Anywhere},
      {K::Contempt, "how hard can it be", W::Anywhere},
      {K::Contempt, "how hard is it", W::Anywhere},
      {K::Contempt, "like talking to a wall", W::Anywhere},
      {K::Contempt, "like talking to a brick wall", W::Anywhere},
      {K::Contempt, "why do i even bother", W::Anywhere},
      {K::Contempt, "why do i bother", W::Anywhere},
      {K::Contempt, "real mature", W::Anywhere},
      {K::Contempt, "very mature", W::Alone},
      {K::Contempt, "how mature", W::Alone},
      {K::Contempt, "give me a break", W::Start},
      {K::Contempt, "grow up", W::Start},
      {K::Contempt, "get a life", W::Start},
      {K::Contempt, "get real", W::Start},
      {K::Contempt, "who cares", W::Start},
      {K::Contempt, "here we go again", W::Start},
      {K::Contempt, "of course you", W::Start},
      {K::Contempt, "typical of you", W::Start},
      {K::Contempt, "classic you", W::Anywhere},
      {K::Contempt, "typical you", W::Anywhere},
      {K::Contempt, "so typical", W::Alone},
      {K::Contempt, "how typical", W::Alone},
      {K::Contempt, "typical", W::Alone},
      {K::Contempt, "figures", W::Alone},
      {K::Contempt, "go figure", W::Alone},
      {K::Contempt, "big surprise", W::Alone},
      {K::Contempt, "what a surprise", W::Alone},
      {K::Contempt, "surprise surprise", W::Alone},
      {K::Contempt, "shocker", W::Alone},
      {K::Contempt, "no surprise there", W::Alone},
      {K::Contempt, "oh great", W::Alone},
      {K::Contempt, "oh wonderful", W::Alone},
      {K::Contempt, "oh perfect", W::Alone},
      {K::Contempt, "oh brilliant", W::Alone},
      {K::Contempt, "oh fantastic", W::Alone},
      {K::Contempt, "oh lovely", W::Alone},
      {K::Contempt, "oh terrific", W::Alone},
      {K::Contempt, "oh marvelous", W::Alone},
      {K::Contempt, "oh super", W::Alone},
      {K::Contempt, "just great", W::Alone},
      {K::Contempt, "just perfect", W::Alone},
      {K::Contempt, "just wonderful", W::Alone},
      {K::Contempt, "nice going", W::Alone},
      {K::Contempt, "nice one", W::Alone},
      {K::Contempt, "thanks for nothing", W::Anywhere},
      {K::Contempt, "whatever", W::Alone},
      {K::Contempt, "yeah right", W::Alone},
      {K::Contempt, "as if", W::Alone},
      {K::Contempt, "big deal", W::Alone},
      {K::Contempt, "so what", W::Alone},
      {K::Contempt, "spare me", W::Start},
      {K::Contempt, "boo hoo", W::Anywhere},
      {K::Contempt, "cry me a river", W::Anywhere},
      {K::Contempt, "oh please", W::Alone},
      {K::Contempt, "are you kidding me", W::Anywhere},
      {K::Contempt, "do you even", W::Anywhere},
      {K::Contempt, "are you even", W::Anywhere},
      {K::Contempt, "yeah sure", W::Start},
      {K::Contempt, "sure you will", W::Anywhere},
      {K::Contempt, "sure you did", W::Anywhere},
      {K::Contempt, "all by yourself", W::Anywhere},
      {K::Contempt, "slow clap", W::Anywhere},
      {K::Contempt, "want a medal", W::Anywhere},
      {K::Contempt, "gold star", W::Anywhere},
      {K::Contempt, "a child could", W::Anywhere},
      {K::Contempt, "a toddler could", W::Anywhere},
      {K::Contempt, "even a child", W::Anywhere},
      {K::Contempt, "grown adult", W::Anywhere},
      {K::Contempt, "here comes the", W::Start},
      {K::Contempt, "sob story", W::Anywhere},
      {K::Contempt, "poor you", W::Start},
      {K::Contempt, "pfft", W::Anywhere},
      {K::Contempt, "pff", W::Anywhere},
      {K::Contempt, "as if you", W::Start},
      {K::Contempt, "talking to a wall", W::Anywhere},
      {K::Contempt, "talking to a brick wall", W::Anywhere},
      {K::Contempt, "grown up of you", W::Anywhere},
      {K::Contempt, "mature of you", W::Anywhere},
      {K::Contempt, "adult of you", W::Anywhere},
      {K::Contempt, "bless", W::Alone},
      {K::Contempt, "who raised you", W::Anywhere},
      {K::Contempt, "who even raised you", W::Anywhere},
      {K::Contempt, "must be nice", W::Start},
      {K::Contempt, "nobody cares", W::Start},
      {K::Contempt, "no one cares", W::Start},
      {K::Contempt, "that'll be the day", W::Anywhere},
      {K::Contempt, "whatever you say", W::Start},
      {K::Contempt, "what would we do without your", W::Anywhere},
      {K::Contempt, "what would i do without your", W::Anywhere},
      {K::Contempt, "you call that", W::Start},
      {K::Contempt, "have to explain this to", W::Anywhere},
      {K::NameCalling, "out of proportion", W::AfterYou},
      {K::NameCalling, "genius", W::Alone},
      {K::NameCalling, "einstein", W::Alone},
      {K::NameCalling, "sherlock", W::Alone},
      {K::Contempt, "what on earth is the matter with you", W::Anywhere},
      {K::Contempt, "the matter with you", W::Anywhere},
      {K::Contempt, "your highness", W::Anywhere},
      {K::Contempt, "round of applause", W::Anywhere},
      {K::Contempt, "grace us with", W::Anywhere},
      {K::Contempt, "why am i not surprised", W::Anywhere},
      {K::Contempt, "cool story", W::Start},
      {K::Contempt, "did anyone ask", W::Anywhere},
      {K::Contempt, "you know everything", W::Anywhere},
      {K::Contempt, "counts for anything", W::Anywhere},
      {K::Contempt, "sure jan", W::Anywhere},
      {K::Contempt, "whole minutes", W::Anywhere},
      {K::Contempt, "whole hours", W::Anywhere},
      {K::Contempt, "whole seconds", W::Anywhere},
      {K::Contempt, "call the newspapers", W::Anywhere},
      {K::Contempt, "so even you", W::Anywhere},
      {K::Contempt, "bare minimum", W::Anywhere},
      {K::Contempt, "whatever helps you sleep", W::Anywhere},
      {K::Contempt, "another one of your", W::Anywhere},
      {K::Contempt, "you really think you", W::Anywhere},
      {K::Contempt, "worked out so well", W::Anywhere},
      {K::Contempt, "expected much from you", W::Anywhere},
      {K::Contempt, "expect much from you", W::Anywhere},
      {K::Contempt, "enlighten me", W::Anywhere},
      {K::Contempt, "queen of england", W::Anywhere},
      {K::Contempt, "did someone have a", W::Start},
      {K::Contempt, "a medal", W::Anywhere},
      {K::Contempt, "conveniently", W::AfterYou},
      {K::Contempt, "your majesty", W::Anywhere},
      {K::Contempt, "throw you a parade", W::Anywhere},
      {K::Contempt, "a parade", W::AfterYou},
      {K::Contempt, "crayons", W::Anywhere},
      {K::Contempt, "nice try", W::Alone},
      {K::Contempt, "what a shock", W::Alone},
      {K::Contempt, "expected nothing", W::Anywhere},
      {K::Contempt, "expect nothing", W::Anywhere},
      {K::Contempt, "how fascinating", W::Start},
      {K::Contempt, "the best you've got", W::Anywhere},
      {K::Contempt, "oh sure", W::Start},
      {K::Contempt, "ok sure", W::Start},
      {K::Contempt, "sure buddy", W::Anywhere},
      {K::Contempt, "drop everything for", W::Anywhere},
      {K::Contempt, "genius ideas", W::Anywhere},
      {K::Contempt, "genius idea", W::Anywhere},
      {K::Contempt, "clearly the expert", W::Anywhere},
      {K::Contempt, "grow a spine", W::Anywhere},
      {K::Contempt, "grow a backbone", W::Anywhere},
      {K::Contempt, "grow a pair", W::Anywhere},
      {K::Contempt, "are you serious", W::Alone},
      {K::Contempt, "you can't be serious", W::Anywhere},
      // Orders.
      {K::Demand, "you should've", W::Anywhere},
      {K::Demand, "you shouldn't", W::Anywhere},
      {K::Demand, "you should", W::Anywhere, A::Caring},
      {K::Demand, "you need to", W::Anywhere, A::Excited},
      {K::Demand, "you have to", W::Anywhere, A::Excited},
      {K::Demand, "you've got to", W::Anywhere, A::Excited},
      {K::Demand, "you gotta", W::Anywhere, A::Excited},
      {K::Demand, "you must", W::Anywhere, A::Caring},
      {K::Demand, "you'd better", W::Anywhere},
      {K::Demand, "you had better", W::Anywhere},
      {K::Demand, "you will", W::Start, A::Kind},
      {K::Demand, "grow a spine", W::Anywhere},
      {K::Demand, "get a grip", W::Anywhere},
      {K::Demand, "get over it", W::Start},
      {K::Demand, "settle down", W::Start},
      {K::Demand, "pull your head in", W::Anywhere},
      {K::Demand, "that tone", W::Anywhere},
      {K::Demand, "you're going to", W::Start, A::Excited},
      {K::Demand, "you are going to", W::Start, A::Excited},
      {K::Demand, "i expect you", W::Anywhere},
      {K::Demand, "you're required to", W::Anywhere},
      {K::Demand, "you are required to", W::Anywhere},
      {K::Demand, "from now on you", W::Start},
      {K::Demand, "get off your phone", W::Anywhere},
      {K::Demand, "hand me your", W::Start},
      {K::Demand, "get a job", W::Anywhere},
      {K::Demand, "answer the question", W::Start},
      {K::Demand, "shut up", W::Start},
      {K::Demand, "stop talking and", W::Start},
      {K::Demand, "put the phone down", W::Start},
      {K::Demand, "put your phone down", W::Start},
      {K::Demand, "get off the couch", W::Start},
      {K::Demand, "i must insist", W::Anywhere},
      {K::Demand, "i insist that you", W::Anywhere},
      {K::Demand, "grow a backbone", W::Anywhere},
      {K::Demand, "grow a pair", W::Anywhere},
      {K::Demand, "calm yourself", W::Start},
      {K::Demand, "chill out", W::Start},
      {K::Demand, "pipe down", W::Start},
      {K::Demand, "sort your life out", W::Anywhere},
      {K::Demand, "sort yourself out", W::Anywhere},
      {K::Demand, "hand over", W::Start},
      {K::Demand, "give me your password", W::Anywhere},
      {K::Demand, "give me your phone", W::Anywhere},
      {K::Demand, "show me your phone", W::Anywhere},
      {K::Demand, "or else", W::Anywhere},
      {K::Demand, "you better", W::Start},
      {K::Demand, "you ought to", W::Anywhere, A::Caring},
      {K::Demand, "don't you dare", W::Anywhere},
      {K::Demand, "do as i say", W::Anywhere},
      {K::Demand, "do what i say", W::Anywhere},
      {K::Demand, "do what you're told", W::Anywhere},
      {K::Demand, "because i said so", W::Anywhere},
      {K::Demand, "end of discussion", W::Anywhere},
      {K::Demand, "end of story", W::Alone},
      {K::Demand, "calm down", W::Start},
      {K::Demand, "deal with it", W::Start},
      {K::Demand, "snap out of it", W::Anywhere},
      {K::Demand, "get it together", W::Anywhere},
      {K::Demand, "get your act together", W::Anywhere},
      {K::Demand, "pull yourself together", W::Anywhere},
      {K::Demand, "get over yourself", W::Anywhere},
      {K::Demand, "man up", W::Start},
      {K::Demand, "toughen up", W::Start},
      {K::Demand, "suck it up", W::Start},
      {K::Demand, "knock it off", W::Start},
      {K::Demand, "cut it out", W::Start},
      {K::Demand, "shape up", W::Start},
      {K::Demand, "lose the attitude", W::Anywhere},
      {K::Demand, "drop the attitude", W::Anywhere},
      {K::Demand, "watch your tone", W::Anywhere},
  };
  return p;
}

std::vector<std::string> Split(const char* words) {
  std::vector<std::string> out;
  std::string cur;
  for (const char* c = words; *c; ++c) {
    if (*c == ' ') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += *c;
    }
  }
  out.push_back(cur);
  return out;
}

// The first meaningful word after the match (skipping "feel", "so", "really"…) makes it kind; or, for
// always/never words, the rest of the clause does.
bool KindAfter(const Toks& t, size_t j, After a) {
  if (a == After::None || j == 0) return false;
  int clause = t[j - 1].clause;
  if (a == After::Praise) return PraiseFrom(t, j, clause);
  if (a == After::NeverPraise) return NeverPraiseFrom(t, j, clause);
  if (a == After::NotPlayful) {  // "you'll pay less if we book early", "you'll regret skipping dessert"
    for (size_t n = 0; j < t.size() && t[j].clause == clause && n < 4; ++j, ++n) {
      const std::string& w = t[j].key;
      if (In(w, {"less", "more", "extra", "double", "half", "twice", "nothing", "much", "full", "price", "fee"}) ||
          (n == 0 && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && w != "nothing" &&
           !(j + 1 < t.size() && In(t[j + 1].key, {"me", "us", "my", "him", "her"}))))
        return true;
      if (!In(w, {"a", "lot", "way", "so", "far"})) break;
    }
    return false;
  }
  for (size_t n = 0; j < t.size() && t[j].clause == clause && n < 4; ++j, ++n) {
    const std::string& w = t[j].key;
    if (In(w, {"feel", "so", "really", "very", "such", "a", "an", "be", "feeling", "truly", "go", "and", "get", "some",
               "take", "have", "more", "plenty", "of", "proper", "been"}))
      continue;
    if (a == After::Kind) return Kind(w) || In(w, {"sorry", "right"});  // "you're going to be sorry" is a threat
    return a == After::Caring ? Caring(w) : Excited(w);
  }
  return false;
}

// A "you" after one of these is most likely the object ("every time I see you…"); narrower than
// ObjectBefore, which also holds "help" and "need" as nouns.
bool ObjectVerbBefore(const std::string& w) {
  return In(w, {"about", "with", "for", "to", "at", "of", "from", "by", "than", "on", "see", "love", "miss", "tell",
                "ask", "need", "call", "hug", "kiss", "meet", "text", "thank", "watch", "hear"});
}

// "whenever / every time …": "you" does it (not "whenever you're ready"), or another clause of the
// sentence is led by "you" ("whenever I need you, you vanish") and does not praise.
bool WheneverPlaced(const Toks& t, size_t i, size_t j) {
  bool fond = false;  // "every time you sing in the shower I fall for you a little more"
  for (size_t k = j; k < t.size() && t[k].sentence == t[i].sentence; ++k)
    fond |= Positive(t[k].key) || (t[k].key == "fall" && k + 1 < t.size() && t[k + 1].key == "for") ||
            In(t[k].key, {"smile", "grin", "melt", "swoon"});
  if (fond) return false;
  if (j < t.size() && t[j].clause == t[i].clause && IsYou(t[j].key)) {
    size_t v = j + 1;
    return !(v < t.size() && In(t[v].key, {"want", "wanna", "like", "can", "could", "need", "feel", "have", "get",
                                           "ready", "free", "wish", "choose", "decide", "prefer", "fancy", "please",
                                           "smile", "laugh", "hold", "hug", "kiss", "say", "are"}));
  }
  if (YouBefore(t, i) || ThirdBefore(t, i) || ClauseLedByThirdBefore(t, i)) return true;
  for (size_t k = j; k < t.size() && t[k].sentence == t[i].sentence; ++k) {  // "…your dad starts on about politics"
    if (t[k].key == "your" && k + 1 < t.size() && cw::PersonNoun(t[k + 1].key) && k > j && OnlyFillersBefore(t, k))
      return true;
  }
  for (size_t k = j; k < t.size() && t[k].clause == t[i].clause; ++k) {  // "every time we visit, you sulk"
    if (!IsYou(t[k].key) || ObjectVerbBefore(t[k - 1].key)) continue;
    return !PraiseFrom(t, k + 1, t[k].clause);
  }
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].sentence != t[i].sentence || t[k].clause == t[i].clause || !IsYou(t[k].key)) continue;
    if (!OnlyFillersBefore(t, k)) continue;
    return !PraiseFrom(t, k + 1, t[k].clause);
  }
  return false;
}

bool Placed(const Toks& t, size_t i, size_t j, const Pattern& p) {
  switch (p.where) {
    case Where::Anywhere: return true;
    case Where::Start: return OnlyFillersBefore(t, i);
    case Where::Alone: return OnlyFillersBefore(t, i) && ClauseEndsAt(t, j);
    case Where::AfterYou: return YouBefore(t, i) || ClauseLedByYouBefore(t, i);
    case Where::NearYou: return YouBefore(t, i) || ClauseLedByYouBefore(t, i) || (!ClauseEndsAt(t, j) && IsYou(t[j].key));
    case Where::Subject:
      return YouBefore(t, i) || ClauseLedByYouBefore(t, i) || ThirdBefore(t, i) || ClauseLedByThirdBefore(t, i);
    case Where::Whenever: return WheneverPlaced(t, i, j);
  }
  return false;
}

struct Hit {
  FlagKind kind;
  size_t i, j;  // tokens [i, j)
};

// ---- labels: "you" + to-be / "act like" + intensifiers + a trait, or "you" + trait ("you idiot") ----

// A trait at t[i], alone or as a two- or three-word compound ("drama queen", "waste of space"); returns
// how many tokens it takes (0: none).
size_t TraitAt(const Toks& t, size_t i) {
  auto same = [&](size_t k) { return k < t.size() && t[k].clause == t[i].clause && !t[k].quoted; };
  if (same(i + 2) && cw::NegativeTrait(t[i].key + "-" + t[i + 1].key + "-" + t[i + 2].key)) return 3;
  if (same(i + 1) && cw::NegativeTrait(t[i].key + "-" + t[i + 1].key)) return 2;
  return cw::NegativeTrait(t[i].key) ? 1 : 0;
}

bool IsModal(const std::string& w) {
  return In(w, {"can", "could", "will", "would", "might", "must", "may", "ll"});
}
// Labels that also sneer ("you're pathetic"): scorn as well as a label.
bool ScornTrait(const std::string& w) {
  return In(w, {"pathetic", "pitiful", "laughable", "joke", "disgusting", "worthless", "embarrassing", "clown",
                "loser", "disgrace", "embarrassment", "sad", "lame"});
}

void FindLabels(const Toks& t, std::vector<Hit>& out) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].quoted) continue;
    size_t len = TraitAt(t, i);
    if (len == 0) continue;
    // Walk back over intensifiers, other traits, to-be and "act like" words to whoever it is said of.
    size_t k = i;
    bool negated = false, chain = false;
    for (int steps = 0; k > 0 && t[k - 1].clause == t[i].clause && steps < 7; ++steps) {
      const std::string& w = t[k - 1].key;
      if (cw::Negator(w)) negated = true;
      else if (!cw::BeVerb(w) && !IsModal(w) && !cw::Intensifier(w) && !In(w, {"this", "that"}) &&
               !cw::NegativeTrait(w))
        break;
      chain = true;
      --k;
    }
    // "you idiot", "you lazy slob": right after "you" only as a name, not a verb ("you broke my trust").
    bool vocative = chain || (k > 0 && t[k - 1].key == "you're") || ClauseEndsAt(t, i + len) || TraitAt(t, i + len) > 0;
    bool said_of_you = k > 0 && t[k - 1].clause == t[i].clause && IsYou(t[k - 1].key) && vocative &&
                       !(!chain && In(t[k - 1].key, {"you've", "you'd", "you'll"})) &&
                       !(k > 1 && t[k - 2].clause == t[i].clause && ObjectBefore(t[k - 2].key));
    // "Don't be such a baby", "stop being so dramatic", "quit acting like a toddler": a label as an order.
    auto opens = [&](size_t at) { return at < i && In(t[at].key, {"be", "being", "acting", "act", "behaving"}); };
    bool imperative = (k < i && t[k].key == "don't" && opens(k + 1)) ||
                      (k > 0 && In(t[k - 1].key, {"stop", "quit"}) && opens(k));
    if (imperative) negated = false;
    bool fond = false;  // "you're a total dork and I adore you for it": teasing, said with love
    for (size_t q = 0; q < t.size(); ++q)
      fond |= t[q].sentence == t[i].sentence && q > i &&
              (Positive(t[q].key) || t[q].key == "adore" || (t[q].key == "wouldn't" && q + 1 < t.size() && t[q + 1].key == "change"));
    if ((said_of_you || imperative) && !negated && !fond) {
      if (!out.empty() && out.back().kind == FlagKind::NameCalling && out.back().j == i) out.back().j = i + len;
      else out.push_back({FlagKind::NameCalling, i, i + len});
      bool asked = k > 1 && t[k - 2].key == "are" && IsYou(t[k - 1].key);  // "are you seriously this clueless?"
      if (asked || ScornTrait(t[i].key)) out.push_back({FlagKind::Contempt, asked ? k - 2 : i, i + len});
    }
    i += len - 1;
  }
}

// ---- threats: intent + harm + who or what it is aimed at --------------------------------------------

// An "if you want / if you're cold" offer, not a condition set on the partner.
bool OfferAfterIf(const Toks& t, size_t you) {
  size_t v = you + 1;
  return t[you].key == "you're" ||
         (v < t.size() && In(t[v].key, {"want", "wanna", "like", "need", "prefer", "are", "can", "could", "feel",
                                        "fancy", "wish", "would", "get", "have", "ever", "don't"}) &&
          !(t[v].key == "ever" || t[v].key == "don't")) ;
}

// The sentence sets a condition on the partner, which turns "I'll take the kids" or "your car gets keyed"
// into a threat: "if you leave…", "unless you…", "touch my guitar again and…", "keep it up and…",
// "one more word and…", "… or I'll", "not home by midnight? …".
bool Conditional(const Toks& t, size_t i) {
  int sentence = t[i].sentence;
  size_t first = i;
  while (first > 0 && t[first - 1].sentence == sentence) --first;
  for (size_t k = first; k < t.size() && t[k].sentence <= sentence + 1; ++k) {
    const std::string& w = t[k].key;
    bool here = t[k].sentence == sentence;
    if (here && In(w, {"if", "unless"}) && k + 1 < t.size() && (IsYou(t[k + 1].key) || In(t[k + 1].key, {"your", "the"})) &&
        !(IsYou(t[k + 1].key) && OfferAfterIf(t, k + 1)))
      return true;
    if (here && k < i && In(w, {"again", "anymore"})) return true;
    if (here && w == "next" && k + 2 < t.size() && t[k + 1].key == "time" && IsYou(t[k + 2].key)) return true;
    if (here && w == "day" && k > 0 && t[k - 1].key == "one" && k + 1 < t.size() && t[k + 1].key == "you'll") return true;
    if (here && w == "should" && k + 1 < t.size() && IsYou(t[k + 1].key) && k == first) return true;
    if (here && w == "or" && k < i) return true;
    if (here && w == "and" && k < i && k > first) {  // an order, then "and": "mess with me and…"
      size_t lead = first;
      while (lead < k && Filler(t[lead].key)) ++lead;
      if (In(t[lead].key, {"keep", "touch", "try", "do", "say", "tell", "cross", "mess", "call", "go", "leave",
                           "text", "talk", "speak", "push", "test", "lie", "cheat", "walk", "ignore", "block",
                           "see", "one", "just", "come", "take", "open", "put", "make", "show", "skip", "miss"}))
        return true;
    }
  }
  // "Not home by midnight? Your stuff goes in the skip": a question, then what follows.
  if (first == 0) return false;
  size_t prev = first - 1;
  while (prev > 0 && t[prev - 1].sentence == t[first - 1].sentence) --prev;
  return In(t[prev].key, {"not", "late", "again", "one"});
}

// The condition comes first ("if you take the kids…, I'll slash the tyres"), not after ("I'll cut the grass
// if you do the shopping", which is a trade).
bool ConditionBefore(const Toks& t, size_t i) {
  if (!Conditional(t, i)) return false;
  for (size_t k = 0; k < i; ++k)
    if (t[k].sentence == t[i].sentence && In(t[k].key, {"if", "unless", "and", "or", "again", "time", "one"})) return true;
  return t[i].sentence > 0;  // a condition in the sentence before
}

// Where an intent ("I'll", "I'm going to", "I swear I'll"…) starts at t[i], the index after it; else 0.
size_t IntentEnd(const Toks& t, size_t i) {
  const std::string& w = t[i].key;
  auto is = [&](size_t k, std::initializer_list<const char*> set) {
    return k < t.size() && t[k].clause == t[i].clause && In(t[k].key, set);
  };
  if (In(w, {"i'll", "i'd"})) return i + 1;
  if (w == "ill" && (OnlyFillersBefore(t, i) || (i > 0 && In(t[i - 1].key, {"or", "and", "then", "swear"})) ||
                     (i + 1 < t.size() && (cw::HarmVerb(t[i + 1].key) || In(t[i + 1].key, {"make", "come", "show", "turn"})))))
    return i + 1;  // "ill" typed for "I'll"
  if (w == "i" && is(i + 1, {"will", "would", "could", "might", "shall"})) return i + 2;
  if (w == "i" && is(i + 1, {"am"}) && is(i + 2, {"going", "about"}) && is(i + 3, {"to"})) return i + 4;
  if (w == "i" && is(i + 1, {"want", "wanna"})) return is(i + 2, {"to"}) ? i + 3 : i + 2;
  if (w == "i'm" && is(i + 1, {"gonna"})) return i + 2;
  if (w == "i'm" && is(i + 1, {"going", "about"}) && is(i + 2, {"to"})) return i + 3;
  if (w == "i'm" && is(i + 1, {"coming", "showing", "telling", "calling", "sending", "posting", "taking", "keeping", "going",
                                "leaking", "sharing", "selling", "burning", "smashing", "throwing"}))
    return i + 1;  // "or I'm coming to your work", "I'm showing everyone"
  if (In(w, {"gonna", "will"}) && i > 0 && In(t[i - 1].key, {"i", "im"})) return i + 1;
  if (w == "i'm" && i + 1 < t.size() && t[i + 1].key.size() > 5 &&
      t[i + 1].key.compare(t[i + 1].key.size() - 3, 3, "ing") == 0) {  // "I'm cutting off your card"
    std::string stem = t[i + 1].key.substr(0, t[i + 1].key.size() - 3);
    if (cw::HarmVerb(stem) || cw::HarmVerb(stem + "e") ||
        (stem.size() > 3 && stem[stem.size() - 1] == stem[stem.size() - 2] && cw::HarmVerb(stem.substr(0, stem.size() - 1))))
      return i + 1;
  }
  if (w == "i" && Conditional(t, i) && i + 1 < t.size() && cw::HarmVerb(t[i + 1].key)) return i + 1;  // "…and I smash it"
  return 0;
}

bool Audience(const Toks& t, size_t from) {  // who an exposure threat is aimed at
  for (size_t k = from; k < t.size() && t[k].sentence == t[from].sentence; ++k)
    if (In(t[k].key, {"everyone", "everybody", "online", "internet", "world", "boss", "work", "job", "family",
                      "parents", "friends", "immigration", "church", "kids", "mom", "mum", "dad", "court",
                      "husband", "wife", "partner", "street", "chat", "group", "instagram", "facebook", "manager",
                      "colleagues", "coworkers", "congregation", "landlord", "judge", "lawyer", "teacher", "school"}))
      return true;
  return false;
}

// Self-harm said to make the partner do something: "if you leave I'll swallow every pill".
bool SelfHarmAt(const Toks& t, size_t v) {
  const std::string& w = t[v].key;
  std::string next = v + 1 < t.size() && t[v + 1].clause == t[v].clause ? t[v + 1].key : "";
  return (In(w, {"kill", "hurt", "cut", "harm", "starve"}) && next == "myself") ||
         (w == "swallow" || w == "overdose" || w == "jump") || (w == "end" && In(next, {"it", "my"})) ||
         (w == "be" && next == "dead") || (w == "stop" && next == "eating") || (w == "take" && next == "my") ||
         (w == "do" && next == "something" && v + 3 < t.size() && t[v + 3].key == "myself") ||
         (w == "drive" && v + 3 < t.size() && (t[v + 3].key == "into" || (v + 4 < t.size() && t[v + 4].key == "into")));
}

// Destroying or giving away what belongs to the partner: "smash your laptop", "slash the tyres".
bool Destroys(const std::string& v) {
  return In(v, {"smash", "break", "burn", "slash", "key", "wreck", "trash", "destroy", "torch", "shred", "rip",
                "sell", "dump", "throw", "chuck", "bin", "drown", "poison", "empty", "drain", "snap", "kick", "cut",
                "freeze", "cancel", "block"});
}

void FindThreats(const Toks& t, std::vector<Hit>& out) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].quoted) continue;
    size_t v0 = IntentEnd(t, i);
    if (v0 == 0) continue;
    int clause = t[i].clause;
    size_t end = 0;  // one past the last token of the threat
    // The first few verbs after the intent ("I'm going to snap and hurt you", "come over there and drag you out").
    for (size_t v = v0; end == 0 && v < t.size() && t[v].clause == clause && v < v0 + 7; ++v) {
      std::string verb = t[v].key;
      if (v == v0 && verb.size() > 5 && verb.compare(verb.size() - 3, 3, "ing") == 0) {  // "I'm showing" -> show
        std::string stem = verb.substr(0, verb.size() - 3);
        if (cw::HarmVerb(stem)) verb = stem;                  // telling -> tell
        else if (cw::HarmVerb(stem + "e")) verb = stem + "e";  // taking -> take
        else if (stem.size() > 3 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
                 cw::HarmVerb(stem.substr(0, stem.size() - 1)))
          verb = stem.substr(0, stem.size() - 1);              // cutting -> cut
      }
      if (cw::Adverb(verb) || In(verb, {"and", "then", "go", "come", "just"})) continue;
      if (v > v0 && !In(t[v - 1].key, {"and", "then", "go", "just", "to"}) && !cw::Adverb(t[v - 1].key)) {
        if (!(v == v0)) continue;
      }
      // "I'll make you pay / regret it / suffer / listen"; "I'll make sure you lose your job"
      if (verb == "make" && v + 2 < t.size() && IsYou(t[v + 1].key) &&
          In(t[v + 2].key, {"pay", "regret", "sorry", "suffer", "bleed", "cry", "beg", "disappear", "wish", "listen"}))
        end = v + 3;
      if ((verb == "make" && v + 1 < t.size() && t[v + 1].key == "sure") || verb == "ensure") {
        for (size_t k = v + 2; k < t.size() && t[k].sentence == t[v].sentence && k < v + 9; ++k)
          if (In(t[k].key, {"lose", "never", "hate", "regret", "pay", "suffer", "hurt", "nothing", "fired", "alone",
                            "sorry", "cry", "broke", "homeless", "bankrupt", "don't", "dont", "won't", "ruined", "knows",
                            "know", "finds", "hears", "doesn't", "cancelled", "canceled", "deported", "revoked",
                            "away", "believe", "gone", "kept"}))
            end = k + 1;
      }
      if (end) break;
      if (SelfHarmAt(t, v)) {  // pressure only when it is tied to the partner
        bool tied = Conditional(t, i);
        for (size_t k = 0; k < t.size(); ++k)
          tied |= t[k].sentence == t[v].sentence && k != v && IsYou(t[k].key);
        if (tied) end = std::min(v + 2, t.size());
        break;
      }
      // Showing up: "I'll turn up at your mum's house", "I'm coming to your work" — when it is a condition.
      if (In(verb, {"turn", "show", "coming", "come", "drive", "go", "turning", "showing", "going"}) && Conditional(t, i)) {
        for (size_t k = v + 1; k < t.size() && t[k].clause == clause && k < v + 5; ++k)
          if (In(t[k].key, {"your", "ur", "you're", "there", "round"})) { end = k + 1; break; }
        if (end) break;
      }
      if (!cw::HarmVerb(verb)) continue;
      // What it is aimed at: the next words after the verb (skipping a few small ones).
      size_t g = v + 1;
      while (g < t.size() && t[g].clause == clause && g < v + 3 && In(t[g].key, {"up", "all", "of", "out", "off", "down"}))
        ++g;
      if (g >= t.size() || t[g].clause != clause) {
        if (In(verb, {"snap", "kill", "hurt"}) || !Conditional(t, i)) continue;
        end = v + 1;  // "do it again and I'll smash it"
        break;
      }
      const std::string& a = t[g].key;
      std::string next = g + 1 < t.size() && t[g + 1].clause == clause ? t[g + 1].key : "";
      bool person = In(a, {"you", "him", "her", "them", "yourself", "u"});
      bool yours = In(a, {"your", "ur", "you're"}) && !next.empty();  // "ur" is typed for both
      bool owned = yours || (In(a, {"his", "their", "our", "my", "the", "this", "that", "those", "these", "her", "every"}) &&
                             !next.empty() && cw::Vulnerable(next));
      bool anyone = In(a, {"everyone", "everybody", "someone", "somebody", "everything", "something"});
      if (person && In(next, {"a", "an", "some", "one", "up", "with", "at", "to", "away", "fall", "another", "know"}) &&
          !In(verb, {"throw", "lock", "take", "keep"}))
        continue;  // "get you a coffee", "hit you up", "beat you at chess", "blow you away"
      if (person && next == "in" && In(verb, {"beat", "get", "hit", "lock"})) continue;
      if (In(verb, {"take", "keep"})) {
        bool leave = false;
        for (size_t k = g + 1; k < t.size() && t[k].sentence == t[g].sentence && k < g + 6; ++k)
          leave |= In(t[k].key, {"away", "from", "leave", "go", "run", "forever", "good", "disappear", "move", "somewhere"});
        bool dear = !next.empty() && In(a, {"the", "our", "my", "your"}) &&
                    In(next, {"kids", "kid", "children", "child", "baby", "son", "daughter", "boys", "girls", "twins",
                              "dog", "cat", "puppy", "kitten", "pets", "car", "house", "money", "savings"});
        if (dear && (leave || Conditional(t, i))) end = g + 2;
      } else if (verb == "tell" && [&] {  // telling on someone needs something to tell: "what you did", "everything"
                   for (size_t k = g + 1; k < t.size() && t[k].clause == clause && k < g + 5; ++k) {
                     if (In(t[k].key, {"how", "no", "yes", "that's", "thanks", "hi", "hello", "happy"})) return true;
                     if (In(t[k].key, {"about", "everything", "truth", "secret", "secrets", "what", "all", "where"}))
                       return false;
                   }
                   return !Conditional(t, i);
                 }()) {
        continue;
      } else if (In(verb, {"tell", "post", "send", "leak", "share", "show", "spread", "expose", "report", "deport"})) {
        if (((person || owned || anyone || In(a, {"the", "those", "these", "all"})) &&
             (Audience(t, g) || Conditional(t, i) || (In(verb, {"expose", "deport"}) && person))) ||
            (Audience(t, g) && Conditional(t, i)))
          end = std::min(g + 2, t.size());
      } else if (verb == "get") {
        if (person && In(next, {"for", "back", "deported", "fired", "arrested", "locked", "killed", "hurt"})) end = g + 2;
      } else if (In(verb, {"find", "hunt", "follow"})) {
        if (person && (next.empty() || In(next, {"down", "wherever", "and", "if"}))) end = g + 1;
      } else if (In(verb, {"lock", "finish", "end", "bust", "knock"})) {
        if (person && !(verb == "knock" && next == "up")) end = g + 1;
      } else if (Destroys(verb)) {
        if (person && verb != "dump" && verb != "cut") end = g + 1;
        else if (person && verb == "cut") end = g + 1;
        else if (owned || (anyone && a != "someone")) end = std::min(g + 2, t.size());
        else if (ConditionBefore(t, i) && In(a, {"the", "this", "that", "every", "all", "my", "our"}) &&
                 !In(next, {"news", "ice", "silence", "record", "habit", "cycle", "tension", "mood", "bank", "toast",
                            "cake", "bread", "ball", "rules"}))
          end = std::min(g + 2, t.size());
      } else if (person || anyone) {
        end = g + 1;
      } else if (owned) {
        end = std::min(g + 2, t.size());
      }
    }
    if (end == 0) continue;
    out.push_back({FlagKind::Threat, i, std::min(end, t.size())});
    i = end - 1;
  }
  // "you'll never see the kids again", "somewhere you'll never find them"
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (!In(t[i].key, {"never", "won't"}) || t[i].quoted || !In(t[i + 1].key, {"see", "find"})) continue;
    size_t g = i + 2;
    bool them = t[g].key == "them";
    bool target = them || (g + 1 < t.size() && In(t[g].key, {"the", "your", "our", "my"}) && cw::Vulnerable(t[g + 1].key));
    bool again = t[i + 1].key == "find";
    for (size_t k = g; k < t.size() && k < g + 5 && t[k].sentence == t[i].sentence; ++k) again |= t[k].key == "again";
    if (target && again) out.push_back({FlagKind::Threat, i, std::min(g + (them ? 1 : 2), t.size())});
  }
  // What happens to the partner's things under a condition: "keep it up and your car gets keyed",
  // "mess with me and the cat goes to the pound", "your record collection is going on eBay".
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].quoted || !In(t[i].key, {"your", "ur", "you're", "the", "those", "these"}) || !Conditional(t, i)) continue;
    if (In(t[i].key, {"the", "those", "these"}) && !cw::Vulnerable(t[i + 1].key)) continue;
    for (size_t k = i + 1; k < t.size() && t[k].clause == t[i].clause && k < i + 5; ++k) {
      if (In(t[k].key, {"goes", "go", "gets", "stops", "going", "ends", "will", "is"}) &&
          k + 1 < t.size() && t[k + 1].clause == t[i].clause &&
          In(t[k + 1].key, {"in", "out", "to", "on", "keyed", "smashed", "broken", "burned", "burnt", "sold", "being",
                            "up", "missing", "binned", "dumped", "gone", "know", "find", "hear", "going", "off",
                            "down", "into", "through", "working", "straight", "away"})) {
        out.push_back({FlagKind::Threat, i, k + 2});
        break;
      }
    }
  }
  // "you'll lose / wake up with no car / be in tears" under a condition; "you lose a hand".
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].quoted || !IsYou(t[i].key) || !Conditional(t, i)) continue;
    size_t v = i + 1;
    bool wont = v < t.size() && t[v].key == "won't";
    if (v < t.size() && In(t[v].key, {"will", "won't"})) ++v;
    if (v < t.size() && t[v].key == "have" && !wont) continue;  // "you'll have" is not a loss
    if (v < t.size() && t[v].key == "be") ++v;
    if (v < t.size() && t[v].clause == t[i].clause &&
        In(t[v].key, {"lose", "wake", "in", "picking", "regret", "pay", "know", "find", "hear", "get", "have"}) &&
        !(t[v].key == "get" && !(v + 1 < t.size() && In(t[v + 1].key, {"nothing", "hurt", "it"})))) {
      bool after_or_and = false;  // the consequence comes after the condition
      for (size_t k = 0; k < i; ++k) after_or_and |= t[k].sentence == t[i].sentence && In(t[k].key, {"and", "or", "then"});
      if (after_or_and && t[i].key != "you") out.push_back({FlagKind::Threat, i, v + 1});
      else if (after_or_and && In(t[v].key, {"lose"})) out.push_back({FlagKind::Threat, i, v + 1});
    }
  }
  // Telling on the partner: "your whole family will know about the affair", "your mum to find out".
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i].quoted || !In(t[i].key, {"your", "ur"})) continue;
    for (size_t k = i + 1; k < t.size() && t[k].clause == t[i].clause && k < i + 5; ++k) {
      bool knows = In(t[k].key, {"find", "found", "finds"}) && k + 1 < t.size() && t[k + 1].key == "out";
      bool will_know = t[k].key == "know" && k > 0 && t[k - 1].key == "will" && Conditional(t, i);
      if ((knows && (cw::PersonNoun(t[i + 1].key) || In(t[i + 1].key, {"whole", "boss"})) &&
           (Conditional(t, i) || (i > 1 && In(t[i - 1].key, {"for", "if"})))) ||
          will_know) {
        out.push_back({FlagKind::Threat, i, k + 1});
        break;
      }
    }
  }
}

// ---- the rest that needs a shape: "talking to you is pointless", "quit overreacting" ----------------

// A charge in the past: "you embarrassed me", "you've turned my friends against me", "because you wound me up".
bool FaultVerb(const std::string& w) {
  return In(w, {"embarrassed", "humiliated", "broke", "pushed", "turned", "blew", "spoiled", "spoilt", "ruined",
                "wrecked", "ignored", "betrayed", "lied", "cheated", "abandoned", "wasted", "dragged", "insulted",
                "disrespected", "neglected", "manipulated", "ditched", "ghosted", "sabotaged", "undermined",
                "tricked", "used", "stole", "screwed", "messed", "wound", "forced", "guilted", "embarrass",
                "humiliate", "ignore", "betray", "ruin", "wreck", "spoil", "sabotage", "undermine", "belittle",
                "belittled", "mocked", "mock", "snapped", "yelled", "shouted", "interrupt", "interrupted",
                "criticize", "criticized", "criticise", "criticised", "nag", "nagged", "got", "made", "let", "left",
                "dented", "scratched", "lost", "crashed", "burned", "burnt", "spilled", "spilt", "smashed", "maxed",
                "kept", "upset", "hurt", "scared", "cost",
                "stood", "shut", "cost", "drove", "put", "dumped", "flaked", "bailed", "forgot"});
}

void FindShapes(const Toks& t, std::vector<Hit>& out) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].quoted) continue;
    int clause = t[i].clause;
    auto in_clause = [&](size_t k) { return k < t.size() && t[k].clause == clause; };
    // Futility: "talking to you is pointless", "there's no point talking to you".
    if (cw::ScornGerund(t[i].key) && in_clause(i + 2) && In(t[i + 1].key, {"to", "with", "on", "for"}) &&
        IsYou(t[i + 2].key)) {
      size_t k = i + 3;
      if (in_clause(k) && In(t[k].key, {"is", "was", "it's", "feels", "gets"})) {
        ++k;
        while (in_clause(k) && (cw::Intensifier(t[k].key) || In(t[k].key, {"like", "total", "complete"}))) ++k;
        if (in_clause(k) && cw::Futility(t[k].key)) out.push_back({FlagKind::Contempt, i, k + 1});
      }
    }
    if (In(t[i].key, {"no"}) && in_clause(i + 1) && In(t[i + 1].key, {"point", "use"})) {
      for (size_t k = i + 2; in_clause(k) && k < i + 6; ++k)
        if (IsYou(t[k].key)) {
          out.push_back({FlagKind::Contempt, i, k + 1});
          break;
        }
    }
    // "stop / quit" + something dismissed, at the start of a clause: "quit overreacting", "stop whining".
    if (In(t[i].key, {"stop", "quit"}) && (OnlyFillersBefore(t, i) || (i > 0 && t[i - 1].key == "and")) && in_clause(i + 1) &&
        cw::DismissedAct(t[i + 1].key)) {
      bool care = false;
      for (size_t k = i + 1; in_clause(k); ++k) care |= In(t[k].key, {"yourself", "sorry", "apologizing"});
      if (!care) out.push_back({FlagKind::Demand, i, i + 2});
    }
    // An order with pressure on it: "take the bins out tonight, no excuses", "answer me when I'm talking to you".
    if (OnlyFillersBefore(t, i) && In(t[i].key, {"get", "take", "hand", "give", "tell", "cancel", "answer", "go",
                                                 "put", "clean", "fix", "call", "text", "come", "turn", "pick",
                                                 "wash", "pay", "apologize", "apologise", "move", "delete", "leave",
                                                 "sit", "look", "do", "finish", "sort", "say", "stay", "drop",
                                                 "lower", "unfollow", "block", "be"})) {
      bool pressure = false, soft = false;
      for (size_t k = i + 1; k < t.size() && t[k].sentence == t[i].sentence; ++k) {
        const std::string& w = t[k].key;
        pressure |= In(w, {"now", "immediately", "excuses", "mean", "instant", "else", "talking", "arguments"}) ||
                    (In(w, {"said", "told"}) && In(t[k - 1].key, {"i", "i've"}));
        soft |= In(w, {"please", "maybe", "if", "whenever", "love", "thanks", "could", "let's", "when", "hug", "want"});
        if (w == "talking" && k > 0 && t[k - 1].key == "i'm") soft = false;
      }
      size_t nx = i;  // "Take the bins out. Now."
      while (nx < t.size() && t[nx].sentence == t[i].sentence) ++nx;
      if (nx < t.size() && In(t[nx].key, {"now", "today", "immediately"}) &&
          (nx + 1 >= t.size() || t[nx + 1].sentence != t[nx].sentence))
        pressure = true;
      if (Conditional(t, i)) soft = true;  // "block me again and I'll…": the threat is the point, not an order
      bool pressure_end = pressure && !soft;
      bool controlling = In(t[i].key, {"apologize", "apologise", "unfollow", "block", "delete", "cancel"}) && !soft;
      if (pressure_end || controlling || (pressure && In(t[i].key, {"answer", "hand", "give"})))
        out.push_back({FlagKind::Demand, i, i + 1});
    }
    // A past charge led by "you": "you embarrassed me in front of everyone", "because you wound me up".
    if (IsYou(t[i].key) && in_clause(i + 1) &&
        (OnlyFillersBefore(t, i) || (i > 0 && In(t[i - 1].key, {"because", "cause", "coz", "cos", "since"})))) {
      size_t v = i + 1;
      if (t[i].key == "you've" || (in_clause(v) && In(t[v].key, {"just", "totally", "completely", "really"}))) v += 0;
      while (in_clause(v) && In(t[v].key, {"just", "totally", "completely", "really", "have", "basically"})) ++v;
      bool strong = in_clause(v) && In(t[v].key, {"ruined", "wrecked", "spoiled", "spoilt", "betrayed", "humiliated",
                                                  "embarrassed", "sabotaged", "abandoned", "ditched", "dented",
                                                  "smashed", "crashed", "lied", "cheated", "blew", "wasted"});
      bool weak_ok = in_clause(v + 1) && (In(t[v].key, {"got", "made", "let", "left", "put", "kept", "cost"})
                                              ? In(t[v + 1].key, {"me", "us", "my", "our", "everyone"})
                                              : In(t[v + 1].key, {"me", "us", "my", "our", "everything", "it", "this",
                                                                  "the", "everyone", "into", "up", "down", "against",
                                                                  "out", "on", "off", "all", "what", "your", "them",
                                                                  "to", "any"}));
      if (in_clause(v) && FaultVerb(t[v].key) && (strong || weak_ok)) out.push_back({FlagKind::Blame, i, v + 1});
    }
    // "If you'd listened to me we wouldn't be in this mess": a charge about the past.
    if (OnlyFillersBefore(t, i) && t[i].key == "if" && in_clause(i + 1) && In(t[i + 1].key, {"you'd", "you"})) {
      for (size_t k = i + 2; k < t.size() && t[k].sentence == t[i].sentence; ++k)
        if (In(t[k].key, {"wouldn't", "would've", "couldn't"}) || (t[k].key == "would" && k + 1 < t.size() && t[k + 1].key == "have")) {
          out.push_back({FlagKind::Blame, i, i + 2});
          break;
        }
    }
    // "thanks to you" after a complaint: "we missed the flight thanks to you".
    if (t[i].key == "thanks" && i + 2 < t.size() && t[i + 1].key == "to" && IsYou(t[i + 2].key) && !OnlyFillersBefore(t, i)) {
      bool fault = false;
      for (size_t k = 0; k < t.size(); ++k)
        fault |= t[k].sentence == t[i].sentence && (cw::FaultWord(t[k].key) || In(t[k].key, {"missed", "lost"}));
      if (fault) out.push_back({FlagKind::Blame, i, i + 3});
    }
    // "Your drinking ruined Christmas": a charge through what the partner does.
    if (t[i].key == "your" && in_clause(i + 2) && In(t[i + 2].key, {"ruined", "wrecked", "spoiled", "spoilt",
                                                                    "embarrassed", "humiliated", "cost", "destroyed",
                                                                    "messed", "screwed", "killed"}))
      out.push_back({FlagKind::Blame, i, i + 3});
    // "I'll stop your allowance", "I'll cut off your card": money used as a threat.
    if (IntentEnd(t, i) > 0) {
      size_t v = IntentEnd(t, i);
      while (in_clause(v) && cw::Adverb(t[v].key)) ++v;
      if (in_clause(v + 1) && In(t[v].key, {"stop", "cut", "freeze", "cancel", "close", "block"})) {
        size_t g = v + 1 + (in_clause(v + 1) && In(t[v + 1].key, {"off", "paying", "covering"}) ? 1 : 0);
        if (in_clause(g + 1) && In(t[g].key, {"your", "ur", "you're", "the", "our"}) &&
            In(t[g + 1].key, {"allowance", "card", "cards", "money", "account", "accounts", "credit", "phone",
                              "access", "pocket", "benefits", "visa", "wages", "rent", "bills", "fees", "tuition"}))
          out.push_back({FlagKind::Threat, i, g + 2});
      }
      // "I'm going round there to sort them out"
      for (size_t k = v; in_clause(k + 2) && k < v + 6; ++k)
        if (t[k].key == "sort" && In(t[k + 1].key, {"them", "him", "her", "you"}) && t[k + 2].key == "out")
          out.push_back({FlagKind::Threat, i, k + 3});
      // "Leave and I'll let the dog off the lead on the highway"
      if (in_clause(v + 2) && t[v].key == "let" && In(t[v + 1].key, {"the", "your"}) &&
          In(t[v + 2].key, {"dog", "cat", "puppy", "kitten", "bird", "budgie", "horse", "rabbit"}) && Conditional(t, i))
        out.push_back({FlagKind::Threat, i, v + 3});
    }
    // "What kind of parent are you?": a label asked as a question.
    if (t[i].key == "what" && i + 4 < t.size() && In(t[i + 1].key, {"kind", "sort", "type"}) && t[i + 2].key == "of") {
      for (size_t k = i + 3; in_clause(k + 1) && k < i + 6; ++k)
        if (t[k].key == "are" && IsYou(t[k + 1].key)) {
          out.push_back({FlagKind::NameCalling, i, k + 2});
          break;
        }
    }
    // "Peak Morgan behavior": scorn for who someone is.
    if (t[i].key == "peak" && in_clause(i + 2) && In(t[i + 2].key, {"behaviour", "behavior", "move"}))
      out.push_back({FlagKind::Contempt, i, i + 3});
    // "You can kiss your dog goodbye".
    if (t[i].key == "kiss" && in_clause(i + 1) && In(t[i + 1].key, {"your", "the"})) {
      for (size_t k = i + 2; in_clause(k) && k < i + 6; ++k)
        if (t[k].key == "goodbye") {
          out.push_back({FlagKind::Threat, i, k + 1});
          break;
        }
    }
    // Refusing to eat to make the partner stay: "if you move out I'm not eating again".
    if (In(t[i].key, {"not", "stop", "stopped", "quit"}) && in_clause(i + 1) && In(t[i + 1].key, {"eating", "sleeping"}) &&
        Conditional(t, i))
      out.push_back({FlagKind::Threat, i, i + 2});
    // Under a condition, a body part or a weapon: "…and I'll put your head through that wall".
    if (In(t[i].key, {"your", "you're", "ur"}) && in_clause(i + 1) &&
        In(t[i + 1].key, {"head", "face", "teeth", "neck", "nose", "jaw", "legs", "arm", "arms", "ribs", "fingers",
                          "skull", "throat", "hand", "hands", "knees"}) &&
        Conditional(t, i)) {
      bool intent = false;
      for (size_t k = 0; k < i; ++k) intent |= t[k].sentence == t[i].sentence && IntentEnd(t, k) > 0;
      if (intent) out.push_back({FlagKind::Threat, i, i + 2});
    }
    if (In(t[i].key, {"knife", "gun", "hammer", "brick", "bat", "axe", "crowbar", "machete", "rifle", "shotgun",
                      "pistol", "blade", "lighter", "petrol", "gasoline", "acid"}) &&
        i > 0 && In(t[i - 1].key, {"a", "the", "this", "that", "my", "his", "her", "their", "with"}) &&
        !(i + 1 < t.size() && In(t[i + 1].key, {"wall", "walls", "house", "building", "cake"}))) {
      bool yours = false, asked = false;
      for (size_t k = 0; k < t.size(); ++k) {
        if (t[k].sentence != t[i].sentence) continue;
        yours |= In(t[k].key, {"your", "you", "you're", "ur", "yourself"});
        asked |= In(t[k].key, {"pass", "borrow", "lend", "buy", "bought", "need", "where's", "where", "sharpen", "kitchen"});
      }
      if (yours && !asked && (Conditional(t, i) || In(t[i].key, {"knife", "gun", "hammer", "brick", "axe", "acid", "petrol"})))
        out.push_back({FlagKind::Threat, i, i + 1});
    }
    // Keeping something to hold over the partner: "I've kept the messages, and your ex would find them…".
    bool still_have = t[i].key == "have" && i > 0 && t[i - 1].key == "still";
    if ((still_have || In(t[i].key, {"kept", "saved", "screenshotted", "recorded"})) && in_clause(i + 2) &&
        In(t[i + 1].key, {"the", "all", "those", "your", "every"}) &&
        In(t[i + 2].key, {"messages", "texts", "screenshots", "photos", "pictures", "videos", "recordings", "emails",
                          "copies", "letters"})) {
      for (size_t k = i + 3; k < t.size() && t[k].sentence == t[i].sentence; ++k)
        if (In(t[k].key, {"your", "ur", "you"}) || Audience(t, k)) {
          out.push_back({FlagKind::Threat, i, i + 3});
          break;
        }
    }
    // A pet or child that "won't be there" under a condition: "one day you'll come home and the budgie won't be…".
    if (In(t[i].key, {"the", "your"}) && in_clause(i + 2) && cw::Vulnerable(t[i + 1].key) &&
        (In(t[i + 2].key, {"won't", "wouldn't"}) || (t[i + 2].key == "might" && in_clause(i + 3) && t[i + 3].key == "not")) &&
        (Conditional(t, i) || [&] {
          for (size_t k = 0; k < t.size(); ++k)
            if (t[k].sentence == t[i].sentence && In(t[k].key, {"you", "your", "you're", "believe"})) return true;
          return false;
        }()) &&
        In(t[i + 1].key, {"dog", "cat", "kids", "children", "baby", "budgie", "bird", "puppy", "kitten", "pet", "pets",
                          "rabbit", "hamster", "fish", "goldfish", "parrot", "horse"}))
      out.push_back({FlagKind::Threat, i, i + 3});
    // Orders with a threat behind them: "call it off, or I'll…", "you'll be home by nine, or else".
    if (t[i].key == "or" && i + 1 < t.size() &&
        (IntentEnd(t, i + 1) > 0 || t[i + 1].key == "else" || In(t[i + 1].key, {"your", "you're", "ur", "the", "you'll"}))) {
      size_t first = i;
      while (first > 0 && t[first - 1].sentence == t[i].sentence) --first;
      while (first < i && Filler(t[first].key)) ++first;
      bool you_order = t[first].key == "you'll" ||
                       (IsYou(t[first].key) && first + 1 < i && In(t[first + 1].key, {"will", "better", "had", "'d"}));
      if (first < i && !IsOtherSubject(t[first].key) && !IsThird(t[first].key) && t[first].key != "if" &&
          (!IsYou(t[first].key) || you_order))
        out.push_back({FlagKind::Demand, first, first + 1});
    }
  }
}

}  // namespace

std::vector<Flag> AnalyseStatement(std::string_view text_in) {
  std::string text = jr::CutUtf8(std::string(text_in), jr::kTextMax);
  Folded f = Fold(text);
  Toks t = Tokenise(f.text);
  auto src = [&](size_t folded) -> size_t { return folded < f.origin.size() ? f.origin[folded] : text.size(); };
  static const std::vector<std::vector<std::string>> words = [] {
    std::vector<std::vector<std::string>> w;
    for (const Pattern& p : Patterns()) w.push_back(Split(p.words));
    return w;
  }();
  std::vector<Hit> hits;
  for (size_t i = 0; i < t.size(); ++i) {
    bool kind_done[kFlagKinds] = {};
    for (size_t pi = 0; pi < Patterns().size(); ++pi) {
      const Pattern& p = Patterns()[pi];
      const std::vector<std::string>& w = words[pi];
      int k = static_cast<int>(p.kind);
      if (kind_done[k] || i + w.size() > t.size()) continue;
      bool ok = true;
      for (size_t n = 0; n < w.size() && ok; ++n) {
        const Tok& tk = t[i + n];
        ok = tk.key == w[n] && !tk.quoted && tk.clause == t[i].clause;
      }
      if (!ok) continue;
      size_t j = i + w.size();
      if (!Placed(t, i, j, p) || KindAfter(t, j, p.after)) continue;
      if ((p.kind == FlagKind::Universal || p.kind == FlagKind::Blame) && PositiveBefore(t, i)) continue;
      kind_done[k] = true;
      hits.push_back({p.kind, i, j});
    }
  }
  FindLabels(t, hits);
  FindThreats(t, hits);
  FindShapes(t, hits);
  // A rule about the partner is a charge too: "you constantly interrupt me" is always-words and blame.
  size_t n_hits = hits.size();
  for (size_t h = 0; h < n_hits; ++h) {
    if (hits[h].kind != FlagKind::Universal) continue;
    if (ThirdBefore(t, hits[h].i) || ClauseLedByThirdBefore(t, hits[h].i)) continue;  // about someone else
    size_t you = hits[h].i;
    bool found = false;
    for (size_t k = hits[h].i; k-- > 0 && t[k].sentence == t[hits[h].i].sentence;)
      if (IsYou(t[k].key) && t[k].clause == t[hits[h].i].clause) { you = k; found = true; break; }
    if (!found) {  // "whenever I need you, you vanish": the clause led by "you"
      for (size_t k = hits[h].j + 1; k < t.size() && t[k].sentence == t[hits[h].i].sentence; ++k)  // not "every time you…"
        if (IsYou(t[k].key) && (OnlyFillersBefore(t, k) || t[k].clause == t[hits[h].i].clause) &&
            !ObjectVerbBefore(t[k - 1].key)) { you = k; found = true; break; }
      if (found) {
        hits.push_back({FlagKind::Blame, you, std::min(you + 2, t.size())});
        continue;
      }
    }
    if (found && !(you > 0 && ObjectBefore(t[you - 1].key)) && !In(t[you].key, {"you'll", "you'd"}))
      hits.push_back({FlagKind::Blame, you, hits[h].j});
  }
  // Inside a threat, the threat is what matters ("…and you'll never see them again" is not an always-word).
  std::vector<Hit> kept;
  for (const Hit& h : hits) {
    bool inside = false;
    for (const Hit& x : hits)
      inside |= x.kind == FlagKind::Threat && h.kind != FlagKind::Threat && h.i >= x.i && h.j <= x.j;
    if (!inside) kept.push_back(h);
  }
  hits.swap(kept);
  // One flag per stretch of words and kind: overlapping hits of the same kind merge.
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.kind != b.kind ? static_cast<int>(a.kind) < static_cast<int>(b.kind) : a.i < b.i;
  });
  std::vector<Hit> merged;
  for (const Hit& h : hits) {
    if (!merged.empty() && merged.back().kind == h.kind && h.i < merged.back().j) {
      merged.back().j = std::max(merged.back().j, h.j);
      continue;
    }
    merged.push_back(h);
  }
  std::vector<Flag> out;
  for (const Hit& h : merged) out.push_back({h.kind, src(t[h.i].fb), src(t[h.j - 1].fe), FlagExplain(h.kind)});
  // By where the words start, then by kind (fewer than 32 kinds, so one number holds both).
  StableSortByKey(out, [](const Flag& f) { return static_cast<double>(f.begin) * 32 + static_cast<int>(f.kind); }, false);
  return out;
}

bool HasThreat(const std::vector<Flag>& flags) {
  for (const Flag& f : flags)
    if (f.kind == FlagKind::Threat) return true;
  return false;
}

const char* FlagTitle(FlagKind k) {
  switch (k) {
    case FlagKind::Threat: return "This sounds like a threat";
    case FlagKind::Universal: return "Always and never words";
    case FlagKind::Blame: return "Starting with \"you\"";
    case FlagKind::NameCalling: return "Labels and names";
    case FlagKind::Contempt: return "Scorn and sarcasm";
    case FlagKind::Demand: return "Orders";
  }
  return "";
}

const char* FlagExplain(FlagKind k) {
  switch (k) {
    case FlagKind::Threat:
      return "This is not a wording problem, and Hearth will not help make it sound nicer. Threats hurt and "
             "frighten, even when they come out in anger or as a joke, and they break the safety that "
             "closeness needs. If you feel this close to hurting someone, take a break now and talk to "
             "someone who can help. If these words were said to you, help is there for you too.";
    case FlagKind::Universal:
      return "Words like \"always\" and \"never\" turn one moment into a rule about your partner. They will "
             "likely think of the times it was not true, and argue about that instead of hearing you.";
    case FlagKind::Blame:
      return "A sentence that starts with \"you\" and points at a fault can sound like a charge. Most of us "
             "defend ourselves when we feel charged, so the real point gets lost.";
    case FlagKind::NameCalling:
      return "A label is about who your partner is, not what they did. It stings for a long time and gives "
             "them nothing they can change.";
    case FlagKind::Contempt:
      return "Scorn, eye-rolling and sarcasm say \"I look down on you\". In John Gottman's studies of couples, scorn "
             "like this was one of the clearest signs of a relationship in trouble.";
    case FlagKind::Demand:
      return "Telling someone what they must do can feel like an order, and orders tend to meet push-back, "
             "even when the wish behind them is fair.";
  }
  return "";
}

const char* FlagHint(FlagKind k) {
  switch (k) {
    case FlagKind::Threat: return "";  // no rewording: the screen points to help instead
    case FlagKind::Universal: return "Try naming one time it happened, like \"last night\" or \"on Sunday\".";
    case FlagKind::Blame: return "Try starting with \"I\": what you felt, then what happened.";
    case FlagKind::NameCalling: return "Try describing what they did, not who they are.";
    case FlagKind::Contempt:
      return "Try taking a slow breath, then saying the hurt or the wish under the sarcasm.";
    case FlagKind::Demand: return "Try a request: \"Would you be willing to…?\" or \"I'd like…\".";
  }
  return "";
}

const std::vector<FeelingGroup>& FeelingGroups() {
  static const std::vector<FeelingGroup> g = {
      {"Hurt", {"hurt", "sad", "lonely", "left out", "let down", "unseen"}},
      {"Worried", {"worried", "anxious", "scared", "unsure", "overwhelmed"}},
      {"Angry", {"frustrated", "annoyed", "angry", "resentful", "fed up"}},
      {"Tired", {"tired", "drained", "stretched thin", "stressed"}},
      {"Apart", {"unimportant", "taken for granted", "far apart", "ignored"}},
      {"Warm", {"grateful", "happy", "loved", "relieved", "hopeful"}},
  };
  return g;
}

// ---- builder --------------------------------------------------------------------------------------

namespace {

bool Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Trims, collapses inner white space, and drops end punctuation.
std::string Clean(const std::string& in) {
  std::string s;
  for (char c : jr::CutUtf8(in, jr::kTextMax)) {
    if (Space(c)) {
      if (!s.empty() && s.back() != ' ') s += ' ';
    } else {
      s += c;
    }
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ',' ||
                        s.back() == ';' || s.back() == ':'))
    s.pop_back();
  return s;
}

// Removes a lead-in the person typed themselves ("when you…" in the "when" box), in any case or quote style.
std::string DropLead(const std::string& s, std::initializer_list<const char*> leads) {
  Folded f = Fold(s);
  for (const char* lead : leads) {
    std::string l = std::string(lead) + " ";
    if (f.text.compare(0, l.size(), l) == 0) {
      size_t cut = l.size() < f.origin.size() ? f.origin[l.size()] : s.size();
      return s.substr(cut);
    }
  }
  return s;
}

// "You came home" -> "you came home" (mid-sentence); names and "I" keep their capitals.
std::string LowerFirst(std::string s, bool any_word) {
  if (s.size() < 2 || s[0] < 'A' || s[0] > 'Z') return s;
  size_t sp = s.find(' ');
  std::string first = FoldSimple(s.substr(0, sp));
  bool common = In(first, {"you", "we", "the", "my", "our", "it", "they", "he", "she", "this", "that", "there", "a",
                           "an", "your", "after", "before", "at", "on", "in", "last", "yesterday", "today", "tonight",
                           "us", "to", "if", "more", "some", "time", "help", "when", "because"});
  if ((any_word && s[1] >= 'a' && s[1] <= 'z') || common) s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

std::string Part(const std::string& raw, std::initializer_list<const char*> leads, bool any_word) {
  std::string s = Clean(raw);
  for (int pass = 0; pass < 2; ++pass) s = Clean(DropLead(s, leads));  // "and I'd like" needs two
  return LowerFirst(s, any_word);
}

}  // namespace

std::string BuildStatement(const StatementParts& p) {
  std::string feel = Part(p.feeling, {"i feel", "i'm feeling", "i am feeling", "i felt", "feeling", "i'm", "i am"}, true);
  std::string when = Part(p.when, {"when", "whenever"}, false);
  std::string because = Part(p.because, {"because", "since", "as"}, false);
  std::string like = Part(p.request, {"and", "i'd like", "i would like", "i'd love", "i want"}, false);
  std::string out;
  auto add = [&](const char* lead, const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += ' ';
    out += lead;
    out += part;
  };
  add("I feel ", feel);
  add("when ", when);
  add("because ", because);
  if (!like.empty()) out += out.empty() ? "I'd like " + like : ", and I'd like " + like;
  if (out.empty()) return out;
  if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out + ".";
}

bool StatementReady(const StatementParts& p) { return !Clean(p.feeling).empty() && !Clean(p.when).empty(); }

bool SaveStatement(CoachState& s, double now_ms) {
  if (!StatementReady(s.parts)) return false;
  std::string text = BuildStatement(s.parts);
  for (const SavedStatement& e : s.saved)
    if (e.text == text) return false;
  s.saved.push_back({text, now_ms});
  if (s.saved.size() > kSavedStatementsMax) s.saved.erase(s.saved.begin());
  s.just_saved = true;
  return true;
}

bool RemoveStatement(CoachState& s, size_t index) {
  if (index >= s.saved.size()) return false;
  s.saved.erase(s.saved.begin() + static_cast<std::ptrdiff_t>(index));
  return true;
}

// ---- JSON -----------------------------------------------------------------------------------------

json CoachToJson(const CoachState& s) {
  json saved = json::array();
  for (const SavedStatement& e : s.saved) saved.push_back({{"text", e.text}, {"at", e.at_ms}});
  return {{"draft", s.draft},
          {"parts",
           {{"feeling", s.parts.feeling}, {"when", s.parts.when}, {"because", s.parts.because},
            {"request", s.parts.request}}},
          {"saved", saved}};
}

void CoachFromJson(const json& j, CoachState& out) {
  out = CoachState{};
  jr::String(j, "draft", out.draft);
  if (const json* p = jr::Field(j, "parts")) {
    jr::String(*p, "feeling", out.parts.feeling, 200);
    jr::String(*p, "when", out.parts.when);
    jr::String(*p, "because", out.parts.because);
    jr::String(*p, "request", out.parts.request);
  }
  const json* a = jr::Field(j, "saved");
  if (!a || !a->is_array()) return;
  for (const json& item : *a) {
    SavedStatement e;
    if (!jr::String(item, "text", e.text) || Clean(e.text).empty()) continue;
    jr::Time(item, "at", e.at_ms);
    out.saved.push_back(std::move(e));
  }
  if (out.saved.size() > kSavedStatementsMax)
    out.saved.erase(out.saved.begin(), out.saved.end() - static_cast<std::ptrdiff_t>(kSavedStatementsMax));
}

void CoachWorksheet(const CoachState& s, const ExerciseText&, bool filled, PrintDoc& doc) {
  // Filled: what is typed to check, the builder's parts and its sentence, and the newest saved
  // sentences (at most kSaved). The words to look for are ticked where the app's check found them
  // (once its word lists are here); on paper, the person ticks them.
  constexpr size_t kSaved = 10;
  constexpr const char* kKeep = "A sentence to keep";
  doc.Heading(kCoachCheckHeading);
  doc.Paragraph("Write it the way it comes out, even if it is sharp.");
  doc.Answer(kCoachAskDraft, s.draft, 4);
  doc.Paragraph("Now read it as if you were your partner. Do any of these show up?");
  std::vector<Flag> flags;
  if (filled && CoachWordsReady()) flags = AnalyseStatement(s.draft);
  for (int k = 0; k < kFlagKinds; ++k) {
    FlagKind kind = static_cast<FlagKind>(k);
    if (kind == FlagKind::Threat) continue;
    bool found = std::any_of(flags.begin(), flags.end(), [&](const Flag& f) { return f.kind == kind; });
    doc.Check(FlagTitle(kind), found);
    doc.Note(FlagHint(kind));
  }
  doc.Note("Do your words threaten, even as a joke? That is not a wording problem. Take a break, and talk to "
           "someone who can help.");
  doc.Heading(kCoachBuildHeading);
  doc.Paragraph(kCoachBuildLine);
  doc.Paragraph("Feeling words to choose from:");
  for (const FeelingGroup& g : FeelingGroups()) {
    std::string words;
    for (const char* w : g.words) words += (words.empty() ? "" : ", ") + std::string(w);
    doc.Item(std::string(g.name) + ": " + words);
  }
  doc.Answer(kCoachAskFeeling, s.parts.feeling, 1);
  doc.Answer(kCoachAskWhen, s.parts.when, 2);
  doc.Answer(kCoachAskBecause, s.parts.because, 2);
  doc.Answer(kCoachAskRequest, s.parts.request, 2);
  doc.Answer(kCoachSentence, BuildStatement(s.parts), 3);
  doc.Note("I feel ... when ... because ..., and I'd like ...");
  doc.Heading(kCoachSavedHeading);
  doc.Paragraph("Sentences to keep until the moment is right.");
  size_t shown = 0;
  if (filled)
    for (auto it = s.saved.rbegin(); it != s.saved.rend() && shown < kSaved; ++it, ++shown)
      doc.Answer(kKeep, it->text, 2);
  for (; shown < 3; ++shown) doc.Answer(kKeep, "", 2);
}

}  // namespace core
