// I-statement coach: the analyser (word patterns over folded text), the sentence builder, the saved
// list and the JSON.
#include "core/ex_coach.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/jsonread.h"
#include "core/text.h"

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
      {"u", "you"},        {"ur", "you're"},    {"theyre", "they're"},   {"its", "it's"}};
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

bool IsYou(const std::string& w) { return In(w, {"you", "you're", "you've", "you'll", "you'd"}); }
bool IsOtherSubject(const std::string& w) {
  return In(w, {"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "they", "they're", "he", "she", "it",
                "it's", "there", "me", "my", "our"});
}
// A "you" right after one of these is the object, not the one acting ("I think about you all the time").
bool ObjectBefore(const std::string& w) {
  return In(w, {"about", "with", "for", "to", "at", "of", "without", "thank", "love", "miss", "see", "tell", "told",
                "ask", "asked", "call", "called", "need", "want", "from", "by", "than", "help", "helped", "on"});
}
bool Positive(const std::string& w) {
  return In(w, {"love", "loved", "thank", "thanks", "appreciate", "grateful", "glad", "adore", "admire"});
}
// Words that turn "you make me …" / "you're so …" into a compliment.
bool Kind(const std::string& w) {
  return In(w, {"laugh", "smile", "happy", "proud", "glad", "kind", "sweet", "thoughtful", "good", "funny", "lovely",
                "caring", "patient", "generous", "beautiful", "smart", "helpful", "wonderful", "brave", "strong",
                "great", "amazing", "special", "safe", "loved", "calm", "gentle", "fun", "warm", "talented",
                "clever", "cute", "handsome", "pretty", "gorgeous", "loving", "seen", "heard", "better", "whole"});
}
// Demands that are really care ("you must be tired", "you should be proud").
bool Caring(const std::string& w) {
  return Kind(w) || In(w, {"tired", "exhausted", "hungry", "worn", "busy", "stressed", "sore", "cold", "worried"});
}
bool Filler(const std::string& w) {
  return In(w, {"oh", "just", "well", "so", "god", "ugh", "and", "but", "honestly", "please", "yeah", "ok", "okay", "look"});
}

enum class Where {
  Anywhere,   // wherever the words are
  Start,      // only fillers before them in their clause
  Alone,      // the whole clause (after optional fillers)
  AfterYou,   // "you" is the subject within the four words before, in the same clause
  NearYou,    // AfterYou, or "you" right after ("every time you…")
};
enum class After { None, Kind, Caring };  // a following word that makes it kind: no flag

struct Pattern {
  FlagKind kind;
  const char* words;
  Where where;
  After after = After::None;
};

const std::vector<Pattern>& Patterns() {
  using K = FlagKind;
  using W = Where;
  // "Stop" is not flagged: it is also how people set a fair limit ("stop, I need a minute").
  // Longer patterns of a kind come before shorter ones with the same first word (the first match wins).
  static const std::vector<Pattern> p = {
      {K::Universal, "every single time", W::NearYou},
      {K::Universal, "every time", W::NearYou},
      {K::Universal, "all the time", W::NearYou},
      {K::Universal, "always", W::AfterYou},
      {K::Universal, "never", W::AfterYou},
      {K::Universal, "constantly", W::AfterYou},
      {K::Blame, "you make me", W::Anywhere, After::Kind},
      {K::Blame, "you made me", W::Anywhere, After::Kind},
      {K::Blame, "you never even", W::Anywhere},
      {K::Blame, "you never", W::Anywhere},
      {K::Blame, "you always", W::Anywhere},
      {K::Blame, "you're so", W::Anywhere, After::Kind},
      {K::Blame, "you are so", W::Anywhere, After::Kind},
      {K::Blame, "you're such a", W::Anywhere, After::Kind},
      {K::Blame, "you are such a", W::Anywhere, After::Kind},
      {K::Blame, "you're always", W::Anywhere},
      {K::Blame, "you are always", W::Anywhere},
      {K::Blame, "you're never", W::Anywhere},
      {K::Blame, "you are never", W::Anywhere},
      {K::Blame, "you don't care", W::Anywhere},
      {K::Blame, "you don't even", W::Anywhere},
      {K::Blame, "you don't ever", W::Anywhere},
      {K::Blame, "you just don't", W::Anywhere},
      {K::Blame, "you can't even", W::Anywhere},
      {K::Blame, "you won't even", W::Anywhere},
      {K::Blame, "you only care about", W::Anywhere},
      {K::Blame, "you only think about", W::Anywhere},
      {K::Blame, "you ruin", W::Anywhere},
      {K::Blame, "you ruined", W::Anywhere},
      {K::Blame, "you're the reason", W::Anywhere},
      {K::Blame, "you started it", W::Anywhere},
      {K::Blame, "your fault", W::Anywhere},
      {K::Blame, "because of you", W::Anywhere},
      {K::Blame, "why can't you", W::Anywhere},
      {K::NameCalling, "idiot", W::AfterYou},      {K::NameCalling, "stupid", W::AfterYou},
      {K::NameCalling, "lazy", W::AfterYou},       {K::NameCalling, "selfish", W::AfterYou},
      {K::NameCalling, "pathetic", W::AfterYou},   {K::NameCalling, "useless", W::AfterYou},
      {K::NameCalling, "crazy", W::AfterYou},      {K::NameCalling, "psycho", W::AfterYou},
      {K::NameCalling, "jerk", W::AfterYou},       {K::NameCalling, "loser", W::AfterYou},
      {K::NameCalling, "dumb", W::AfterYou},       {K::NameCalling, "moron", W::AfterYou},
      {K::NameCalling, "childish", W::AfterYou},   {K::NameCalling, "immature", W::AfterYou},
      {K::NameCalling, "worthless", W::AfterYou},  {K::NameCalling, "hopeless", W::AfterYou},
      {K::NameCalling, "ridiculous", W::AfterYou}, {K::NameCalling, "clueless", W::AfterYou},
      {K::NameCalling, "incompetent", W::AfterYou},{K::NameCalling, "slob", W::AfterYou},
      {K::NameCalling, "liar", W::AfterYou},       {K::NameCalling, "disgusting", W::AfterYou},
      {K::NameCalling, "insane", W::AfterYou},     {K::NameCalling, "nag", W::AfterYou},
      {K::Contempt, "what's wrong with you", W::Anywhere},
      {K::Contempt, "what is wrong with you", W::Anywhere},
      {K::Contempt, "shut up", W::Anywhere},
      {K::Contempt, "roll my eyes", W::Anywhere},
      {K::Contempt, "rolls eyes", W::Anywhere},
      {K::Contempt, "eye roll", W::Anywhere},
      {K::Contempt, "not rocket science", W::Anywhere},
      {K::Contempt, "how hard can it be", W::Anywhere},
      {K::Contempt, "how hard is it", W::Anywhere},
      {K::Contempt, "get a grip", W::Anywhere},
      {K::Contempt, "give me a break", W::Start},
      {K::Contempt, "grow up", W::Start},
      {K::Contempt, "get over it", W::Start},
      {K::Contempt, "get a life", W::Start},
      {K::Contempt, "who cares", W::Start},
      {K::Contempt, "here we go again", W::Start},
      {K::Contempt, "of course you", W::Start},
      {K::Contempt, "typical of you", W::Start},
      {K::Contempt, "typical", W::Alone},
      {K::Contempt, "whatever", W::Alone},
      {K::Contempt, "yeah right", W::Alone},
      {K::Contempt, "as if", W::Alone},
      {K::Contempt, "big deal", W::Alone},
      {K::Contempt, "so what", W::Alone},
      {K::Demand, "you should've", W::Anywhere},
      {K::Demand, "you shouldn't", W::Anywhere},
      {K::Demand, "you should", W::Anywhere, After::Caring},
      {K::Demand, "you need to", W::Anywhere},
      {K::Demand, "you have to", W::Anywhere},
      {K::Demand, "you must", W::Anywhere, After::Caring},
      {K::Demand, "you'd better", W::Anywhere},
      {K::Demand, "you better", W::Anywhere},
      {K::Demand, "you ought to", W::Anywhere},
      {K::Demand, "calm down", W::Start},
      {K::Demand, "deal with it", W::Start},
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

bool OnlyFillersBefore(const std::vector<Tok>& t, size_t i) {
  for (size_t k = i; k-- > 0 && t[k].clause == t[i].clause;)
    if (!Filler(t[k].key)) return false;
  return true;
}

bool YouBefore(const std::vector<Tok>& t, size_t i) {
  for (size_t k = i, n = 0; k-- > 0 && t[k].clause == t[i].clause && n < 4; ++n) {
    if (IsYou(t[k].key)) return !(k > 0 && t[k - 1].clause == t[k].clause && ObjectBefore(t[k - 1].key));
    if (IsOtherSubject(t[k].key)) return false;
  }
  return false;
}

bool PositiveBefore(const std::vector<Tok>& t, size_t i) {
  for (size_t k = i; k-- > 0 && t[k].sentence == t[i].sentence;)
    if (Positive(t[k].key)) return true;
  return false;
}

// The first meaningful word after the match (skipping "feel", "so", "really"…) makes it kind.
bool KindAfter(const std::vector<Tok>& t, size_t j, After a) {
  if (a == After::None || j == 0) return false;
  int clause = t[j - 1].clause;
  for (size_t n = 0; j < t.size() && t[j].clause == clause && n < 4; ++j, ++n) {
    const std::string& w = t[j].key;
    if (In(w, {"feel", "so", "really", "very", "such", "a", "an", "be", "feeling", "truly"})) continue;
    return a == After::Kind ? Kind(w) : Caring(w);
  }
  return false;
}

bool Placed(const std::vector<Tok>& t, size_t i, size_t j, const Pattern& p) {
  switch (p.where) {
    case Where::Anywhere: return true;
    case Where::Start: return OnlyFillersBefore(t, i);
    case Where::Alone: return OnlyFillersBefore(t, i) && (j >= t.size() || t[j].clause != t[j - 1].clause);
    case Where::AfterYou: return YouBefore(t, i);
    case Where::NearYou:
      return YouBefore(t, i) || (j < t.size() && t[j].clause == t[j - 1].clause && IsYou(t[j].key));
  }
  return false;
}

}  // namespace

std::vector<Flag> AnalyseStatement(std::string_view text_in) {
  std::string text = jr::CutUtf8(std::string(text_in), jr::kTextMax);
  Folded f = Fold(text);
  std::vector<Tok> t = Tokenise(f.text);
  auto src = [&](size_t folded) -> size_t { return folded < f.origin.size() ? f.origin[folded] : text.size(); };
  std::vector<Flag> out;
  static const std::vector<std::vector<std::string>> words = [] {
    std::vector<std::vector<std::string>> w;
    for (const Pattern& p : Patterns()) w.push_back(Split(p.words));
    return w;
  }();
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
      out.push_back({p.kind, src(t[i].fb), src(t[j - 1].fe), FlagExplain(p.kind)});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Flag& a, const Flag& b) {
    return a.begin != b.begin ? a.begin < b.begin : static_cast<int>(a.kind) < static_cast<int>(b.kind);
  });
  return out;
}

const char* FlagTitle(FlagKind k) {
  switch (k) {
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

}  // namespace core
