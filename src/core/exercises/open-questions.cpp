// Open-ended questions: the list, the rule-based check, and the saved rewrites.
#include "core/exercises/open-questions.h"

#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/base/text.h"
#include "core/exercises/ex_text.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

const std::vector<ClosedQuestion>& ClosedQuestions() {
  // In the order shown; the words are in content/exercises.json.
  static const std::vector<ClosedQuestion> list = {
      {"good-day"}, {"work-ok"}, {"upset"}, {"trip"}, {"sleep"}, {"friend"}, {"film"}, {"stress"}, {"weekend"},
      {"help"}, {"family-call"}, {"miss"}, {"new-job"}, {"hobby"}, {"future"}, {"feel-close"},
  };
  return list;
}

const ClosedQuestion* FindClosedQuestion(const std::string& id) {
  for (const auto& q : ClosedQuestions())
    if (id == q.id) return &q;
  return nullptr;
}

// The first `n` words of folded text (letters and digits only; apostrophes dropped: "don't" -> "dont").
static std::vector<std::string> Words(std::string_view text, size_t n) {
  std::string f = FoldSimple(text);
  std::vector<std::string> out;
  std::string w;
  for (char c : f) {
    if (c == '\'') continue;  // "don't" -> "dont" (Fold already turned curly ones straight)
    if (IsWordByte(c)) w += c;
    else if (!w.empty()) {
      out.push_back(w);
      w.clear();
      if (out.size() >= n) return out;
    }
  }
  if (!w.empty() && out.size() < n) out.push_back(w);
  return out;
}

static bool In(const std::string& w, std::initializer_list<const char*> set) {
  for (const char* s : set)
    if (w == s) return true;
  return false;
}

// ---- loaded questions ---------------------------------------------------------------------------------
// A loaded question is open or closed in form, but under the words it is a charge ("you are doing
// something wrong"), so it invites a defense rather than a story. It is found by general patterns over
// folded words, not by whole sentences:
// - rhetorical stems whose answer is built in ("how could you", "who asked", "what kind of person"…);
// - sarcasm: "even" or "seriously" right after "you" ("do you even…"), openers like "oh great";
// - a put-down aimed at "you" (a small lexicon of insults and blaming traits);
// - "why" + "you" with a verdict: "never", or "always/keep/constantly" with a blamed act or trait.
// How "why" is treated: a curious "why" stays Open ("Why do you love the sea?", and even "Why do you
// always hum when you cook?", where "always" blames nothing); it only turns Loaded with one of the
// markers above. Open "why" questions still get a note that "what made you…" can land softer.

namespace {

using Words_t = std::vector<std::string>;

// Put-downs and blaming traits: things said *about* a person.
bool IsPutDown(const std::string& w) {
  return In(w, {"stupid",  "dumb",      "idiot",      "idiotic",    "moron",       "selfish",   "lazy",
                "useless", "pathetic",  "ridiculous", "clueless",   "careless",    "thoughtless", "inconsiderate",
                "rude",    "immature",  "childish",   "slob",       "hopeless",    "incompetent", "spoiled",
                "mean",    "cruel",     "jerk",       "annoying",   "dramatic",    "needy",     "ungrateful",
                "sloppy",  "irresponsible", "insensitive", "stubborn", "unreasonable", "hypocrite", "liar",
                "crazy",   "psycho",    "heartless",  "clingy",     "controlling", "paranoid",  "petty",
                "worthless", "hysterical", "brat",    "coward",     "grumpy",      "moody",     "cranky",
                "messy",   "negative",  "defensive",  "difficult",  "impossible",  "unbearable", "cheap",
                "nasty",   "weak",      "pushy",      "bossy",      "lame",        "dense",     "snob",
                "martyr",  "nag"});
}
// Acts a partner gets blamed for (with "always", "keep"… they become a verdict).
bool IsBlamedAct(const std::string& w) {
  return In(w, {"ruin",      "ruins",       "ruining",     "ruined",    "complain",    "complaining", "whine",
                "whining",   "nag",         "nagging",     "forget",    "forgets",     "forgetting",  "ignore",
                "ignoring",  "interrupt",   "interrupting", "lie",      "lying",       "mess",        "messing",
                "waste",     "wasting",     "blame",       "blaming",   "yell",        "yelling",     "shout",
                "shouting",  "sulk",        "sulking",     "criticize", "criticizing", "exaggerate",  "exaggerating",
                "overreact", "overreacting", "late",       "argue",     "arguing",     "moan",        "moaning",
                "embarrass", "embarrassing", "twist",      "twisting",  "angry",       "mad",         "upset",
                "fault"}) ||
         IsPutDown(w);
}
bool IsYou(const std::string& w) { return In(w, {"you", "youre", "your", "yourself", "u", "ya"}); }
bool IsPersonNoun(const std::string& w) {
  return In(w, {"person", "people", "partner", "parent", "friend", "adult", "human", "grownup", "idiot",
                "monster", "spouse", "lover", "roommate", "mother", "father", "mom", "dad"});
}

// Does the word sequence `p` (space-separated) occur in `w` starting at `at`?
bool At(const Words_t& w, size_t at, std::string_view p) {
  size_t i = at;
  while (!p.empty()) {
    size_t sp = p.find(' ');
    std::string_view word = p.substr(0, sp);
    if (i >= w.size() || w[i] != word) return false;
    ++i;
    p = sp == std::string_view::npos ? std::string_view() : p.substr(sp + 1);
  }
  return true;
}
bool Has(const Words_t& w, std::string_view p) {
  for (size_t i = 0; i < w.size(); ++i)
    if (At(w, i, p)) return true;
  return false;
}
bool HasWord(const Words_t& w, std::initializer_list<const char*> set) {
  for (const std::string& x : w)
    if (In(x, set)) return true;
  return false;
}
bool HasYou(const Words_t& w) {
  for (const std::string& x : w)
    if (IsYou(x)) return true;
  return false;
}

enum class Charge { None, Verdict, PutDown, Rhetorical };

Charge LoadedCharge(const Words_t& w) {
  if (w.empty()) return Charge::None;
  // Rhetorical stems: the answer is built in.
  for (std::string_view p : {"how could you", "how dare you", "how many times do i", "how many times have i",
                             "how many times must i", "how often do i have to", "would it kill you", "is it too much to ask",
                             "who asked you", "who asked for", "who do you think", "what makes you think you",
                             "what gives you the right", "who gave you the right", "wrong with you", "the matter with you",
                             "whats your problem", "what is your problem", "whats your excuse", "what is your excuse",
                             "your excuse", "what is it with you", "whats with you", "how hard can it be",
                             "how hard is it to", "is it that hard", "is it so hard", "is it really that hard",
                             "is it really so hard", "so hard for you", "that hard for you", "so impossible for you",
                             "so difficult for you", "dont you think youre", "dont you think you", "arent you ashamed",
                             "isnt it time you", "what is your deal", "whats your deal", "take for you to",
                             "ever shut up"})
    if (Has(w, p)) return Charge::Rhetorical;
  // "Do you ever stop complaining?" (but not "ever stop to look at…").
  for (size_t i = 0; i + 2 < w.size(); ++i)
    if (w[i] == "ever" && In(w[i + 1], {"stop", "quit"}) && w[i + 2] != "to") return Charge::Rhetorical;
  // "What were you thinking?" as the whole question (not "what were you thinking about…").
  if (w.size() <= 5 && w.back() == "thinking" && Has(w, "were you thinking")) return Charge::Rhetorical;
  // "What kind of person…", "what sort of partner…".
  for (size_t i = 0; i + 3 < w.size(); ++i)
    if (w[i] == "what" && (w[i + 1] == "kind" || w[i + 1] == "sort") && w[i + 2] == "of" && IsPersonNoun(w[i + 3]))
      return Charge::Rhetorical;
  // Sarcasm: "do you even…", "are you even…"; and sarcastic openers.
  for (size_t i = 0; i + 1 < w.size(); ++i)
    if (IsYou(w[i]) && In(w[i + 1], {"even", "seriously", "honestly"})) return Charge::Rhetorical;
  if (HasYou(w) && (At(w, 0, "oh great") || At(w, 0, "oh sure") || At(w, 0, "oh really") || At(w, 0, "yeah right") ||
                    At(w, 0, "nice going") || At(w, 0, "real mature") || At(w, 0, "thanks a lot") ||
                    At(w, 0, "seriously") || At(w, 0, "great job")))
    return Charge::Rhetorical;
  // Verdict words: "for once", "ever once", "anything right", "anyone but yourself", "can't you just…".
  for (std::string_view p : {"for once", "ever once", "even once", "just once", "for one day", "for a change",
                             "once in your life", "anything right", "anyone but yourself", "anybody but yourself",
                             "anyone else but", "everything about you", "cant you just", "cant you ever",
                             "wont you ever", "why must you", "why cant you ever", "why wont you ever",
                             "dont you ever get tired", "arent you tired of"})
    if (Has(w, p)) return Charge::Verdict;
  // A put-down aimed at "you": within four words after a "you" word, or after "such a", "so", "that".
  for (size_t i = 0; i < w.size(); ++i) {
    if (!IsPutDown(w[i])) continue;
    bool aimed = false;
    for (size_t k = i >= 4 ? i - 4 : 0; k < i; ++k) aimed |= IsYou(w[k]);
    bool such_a = i >= 2 && w[i - 2] == "such" && w[i - 1] == "a";
    if ((such_a || (i >= 1 && In(w[i - 1], {"so", "that", "really"}))) && HasYou(w)) aimed = true;
    if (aimed) return Charge::PutDown;
  }
  // "Why" + "you" with a verdict: never; or always/keep/constantly with a blamed act or trait.
  bool why = w[0] == "why" || (w.size() > 1 && In(w[0], {"so", "and", "but", "seriously", "honestly"}) && w[1] == "why");
  if (why && HasYou(w)) {
    if (HasWord(w, {"never"}) || Has(w, "not ever") || Has(w, "cant ever")) return Charge::Verdict;
    bool always = HasWord(w, {"always", "constantly", "forever", "keep", "keeps", "continually"}) || Has(w, "every time");
    bool blamed = false;
    for (const std::string& x : w) blamed |= IsBlamedAct(x);
    if (always && blamed) return Charge::Verdict;
  }
  // "Don't you ever…" with a blamed act ("Do you ever…" alone is a curious closed question).
  if (At(w, 0, "dont you ever") || At(w, 0, "arent you always") || At(w, 0, "dont you always")) {
    for (const std::string& x : w)
      if (IsBlamedAct(x)) return Charge::Verdict;
  }
  return Charge::None;
}

const char* LoadedHint(Charge c) {
  switch (c) {
    case Charge::Verdict:
      return "Words like \"always\", \"never\" and \"for once\" turn a question into a verdict. It is hard to "
             "answer without defending. Ask about one moment instead: \"What was going on for you last night?\"";
    case Charge::PutDown:
      return "There is a put-down inside this question, so the answer will likely be a defense, not a story. Say "
             "what you noticed, then get curious: \"I noticed you seemed far away. What was on your mind?\"";
    default:
      return "This sounds like a question, but under the words it says \"you did something wrong\". It will "
             "likely be heard as blame. Try asking with real curiosity: \"What was going on for you when that "
             "happened?\"";
  }
}

}  // namespace

QuestionCheck CheckQuestion(std::string_view text) {
  std::vector<std::string> w = Words(text, 40);
  if (w.empty()) return {QuestionKind::Empty, "Type your open version of the question."};
  if (Charge c = LoadedCharge(w); c != Charge::None) return {QuestionKind::Loaded, LoadedHint(c)};
  const std::string& a = w[0];
  std::string b = w.size() > 1 ? w[1] : "";
  bool closed_start = In(a, {"do", "does", "did", "dont", "doesnt", "didnt", "are", "arent", "is", "isnt", "was",
                             "wasnt", "were", "werent", "am", "can", "cant", "could", "couldnt", "will", "wont",
                             "would", "wouldnt", "have", "havent", "has", "hasnt", "had", "hadnt", "should",
                             "shouldnt", "shall", "may", "might", "must"});
  if (closed_start)
    return {QuestionKind::Closed,
            "This can be answered with a simple yes or no. Try starting with \"what\" or \"how\", or with "
            "\"tell me about\"."};
  bool open_start = In(a, {"what", "whats", "how", "hows", "describe", "why"}) ||
                    (a == "tell" && (b == "me" || b == "us")) || (a == "walk" && b == "me") ||
                    (a == "talk" && b == "me") || (a == "share") || (a == "in" && b == "what");
  if (open_start) {
    if (w.size() < 3)
      return {QuestionKind::Narrow, "That is a good start. Add what you are curious about, so there is something to answer."};
    if (a == "why")
      return {QuestionKind::Open,
              "That is open. \"Why\" can sometimes sound like a challenge, so \"what made you...\" may land softer."};
    return {QuestionKind::Open, "That is an open question: it invites a story or a feeling, not just a yes or no."};
  }
  if (In(a, {"when", "where", "who", "whom", "whose", "which"}))
    return {QuestionKind::Narrow,
            "This asks for one fact, so the answer may be short. \"What\" or \"how\" invites more of the story."};
  return {QuestionKind::Narrow,
          "It is hard to tell what kind of answer this invites. Open questions often start with \"what\", "
          "\"how\" or \"tell me about\"."};
}

bool IsGoodRewrite(std::string_view text) { return CheckQuestion(text).kind == QuestionKind::Open; }

int CountGoodRewrites(const OpenQuestionsState& s) {
  int n = 0;
  for (const auto& [id, text] : s.rewrites) n += IsGoodRewrite(text) ? 1 : 0;
  return n;
}

json OpenQuestionsToJson(const OpenQuestionsState& s) {
  json r = json::object();
  for (const auto& [id, text] : s.rewrites) r[id] = text;
  return {{"index", s.index}, {"draft", s.draft}, {"rewrites", r}};
}

void OpenQuestionsFromJson(const json& j, OpenQuestionsState& out) {
  out = OpenQuestionsState{};
  if (!j.is_object()) return;
  jr::Int(j, "index", 0, static_cast<int>(ClosedQuestions().size()) - 1, out.index);
  jr::String(j, "draft", out.draft, 600);
  if (const json* r = jr::Field(j, "rewrites"); r && r->is_object()) {
    for (auto it = r->begin(); it != r->end(); ++it) {
      std::string text;
      if (FindClosedQuestion(it.key()) && jr::String(*r, it.key().c_str(), text, 600)) out.rewrites[it.key()] = text;
    }
  }
}

void OpenQuestionsWorksheet(const OpenQuestionsState& s, const ExerciseText& text, bool filled, PrintDoc& doc) {
  // Every closed question (there are 16) with room for an open version. Filled: the open versions
  // kept, and what is typed for the question on screen. Ways to ask them come last, for when stuck.
  const std::vector<ClosedQuestion>& list = ClosedQuestions();
  doc.Paragraph(kOpenqIntro);
  if (text.openq.size() != list.size()) {
    doc.Paragraph(kPrintWordsLoading);
    return;
  }
  doc.Paragraph("Open questions often start with \"what\" or \"how\", or with \"tell me about\".");
  for (size_t i = 0; i < list.size(); ++i) {
    std::string own;
    auto kept = s.rewrites.find(list[i].id);
    if (kept != s.rewrites.end() && IsGoodRewrite(kept->second)) own = kept->second;
    if (static_cast<size_t>(s.index) == i && s.draft.find_first_not_of(" \t\r\n") != std::string::npos) own = s.draft;
    doc.Heading(std::to_string(i + 1) + ". " + text.openq[i].closed, 3);
    doc.Answer(kOpenqAskOwn, own, 2);
  }
  doc.Heading("If you get stuck");
  for (size_t i = 0; i < list.size(); ++i) doc.Item(kOpenqExample + text.openq[i].open, true);  // numbered as above
}

}  // namespace core
