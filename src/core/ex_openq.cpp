// Open-ended questions: the list, the rule-based check, and the saved rewrites.
#include "core/ex_openq.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"
#include "core/text.h"

namespace core {

using nlohmann::json;

const std::vector<ClosedQuestion>& ClosedQuestions() {
  static const std::vector<ClosedQuestion> list = {
      {"good-day", "Did you have a good day?", "What moment of today would you happily live again?",
       "\"Honestly, lunch. I sat outside for twenty minutes and nobody needed anything from me.\""},
      {"work-ok", "Is work going okay?", "How are things at work feeling these days?",
       "\"Busy, but I like the new project. The hard part is the meetings that run late.\""},
      {"upset", "Are you upset with me?", "How are you feeling about us right now?",
       "\"A bit distant, to be honest. We have both been so tired that we barely talk.\""},
      {"trip", "Did you enjoy the trip?", "What moment from the trip do you keep thinking about?",
       "\"The morning by the lake. It was so quiet, and you made that terrible coffee.\""},
      {"sleep", "Did you sleep well?", "How did you sleep, and what was on your mind?",
       "\"On and off. I kept going over the call with my sister.\""},
      {"friend", "Was it nice to see your friend?", "What did you and your friend talk about?",
       "\"Mostly her move. She is excited and scared at the same time, and so am I for her.\""},
      {"film", "Did you like the film?", "What did the film make you think about?",
       "\"How the brothers never said sorry. It reminded me of my family.\""},
      {"stress", "Are you stressed?", "What is weighing on you most this week?",
       "\"The deadline on Friday, and feeling like I am letting people down.\""},
      {"weekend", "Do you want to go out this weekend?", "What would make this weekend feel good for you?",
       "\"A slow morning first. Then maybe a walk somewhere new, just the two of us.\""},
      {"help", "Can I help?", "What would help most right now?",
       "\"Could you just sit with me for a bit? I do not need it fixed yet.\""},
      {"family-call", "Was the call with your family okay?", "How did the call with your family leave you feeling?",
       "\"Drained. They mean well, but I always end up explaining my choices.\""},
      {"miss", "Did you miss me?", "What did you miss while we were apart?",
       "\"Our evenings. Cooking alone is not the same without someone stealing bites.\""},
      {"new-job", "Are you happy with the new job?", "What has surprised you about the new job so far?",
       "\"How kind the team is. I expected it to feel more like a race.\""},
      {"hobby", "Do you still like painting?", "What do you get out of painting these days?",
       "\"It is the one hour where my head goes quiet.\""},
      {"future", "Do you want to move one day?", "How do you picture where we live in a few years?",
       "\"Somewhere with a bit of garden. Close enough to the city that we still see friends.\""},
      {"feel-close", "Do you feel close to me?", "What moments lately made you feel closest to me?",
       "\"Last Sunday, when we laughed about the broken umbrella. It felt like old times.\""},
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

QuestionCheck CheckQuestion(std::string_view text) {
  std::vector<std::string> w = Words(text, 40);
  if (w.empty()) return {QuestionKind::Empty, "Type your open version of the question."};
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

}  // namespace core
