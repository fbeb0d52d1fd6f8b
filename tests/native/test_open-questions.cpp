// Open-ended questions: the rule-based check on labeled examples, the list, the saved rewrites,
// and loaded questions. The screen is in test_ui_open-questions.cpp.
#include <catch2/catch.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "core/exercises/open-questions.h"
#include "core/guide/content.h"
#include "support.h"

using namespace core;
using nlohmann::json;

TEST_CASE("open and closed questions are told apart by rule", "[ex][openq]") {
  const std::pair<const char*, QuestionKind> cases[] = {
      {"What was the best part?", QuestionKind::Open},
      {"what was the hardest moment today", QuestionKind::Open},
      {"How did the meeting leave you feeling?", QuestionKind::Open},
      {"Tell me about your day.", QuestionKind::Open},
      {"tell us what happened at the party", QuestionKind::Open},
      {"Describe the place you grew up in.", QuestionKind::Open},
      {"Walk me through what went wrong.", QuestionKind::Open},
      {"Why did that matter so much to you?", QuestionKind::Open},
      {"  What’s on your mind?", QuestionKind::Open},
      {"How’s the new job treating you?", QuestionKind::Open},
      {"In what ways could I help more?", QuestionKind::Open},
      {"WHAT WOULD MAKE TONIGHT NICE?", QuestionKind::Open},
      {"Do you want to tell me about it?", QuestionKind::Closed},
      {"Did you have a good day?", QuestionKind::Closed},
      {"Are you upset?", QuestionKind::Closed},
      {"Is everything okay?", QuestionKind::Closed},
      {"Can I help?", QuestionKind::Closed},
      {"Would you like to go out?", QuestionKind::Closed},
      {"Don't you think so?", QuestionKind::Closed},
      {"Didn’t you like it?", QuestionKind::Closed},
      {"Have you eaten?", QuestionKind::Closed},
      {"Should we leave early?", QuestionKind::Closed},
      {"Were you scared?", QuestionKind::Closed},
      {"Will you call your mum?", QuestionKind::Closed},
      {"When did you get home?", QuestionKind::Narrow},
      {"Where did you go?", QuestionKind::Narrow},
      {"Who was there?", QuestionKind::Narrow},
      {"Which one do you want?", QuestionKind::Narrow},
      {"What?", QuestionKind::Narrow},
      {"You good?", QuestionKind::Narrow},
      {"", QuestionKind::Empty},
      {"   ?! ", QuestionKind::Empty},
  };
  for (const auto& [text, kind] : cases) {
    INFO(text);
    QuestionCheck c = CheckQuestion(text);
    CHECK(c.kind == kind);
    CHECK(!c.hint.empty());
  }
  CHECK(CheckQuestion("Why did you do that?").hint.find("what made you") != std::string::npos);
}

// ---- loaded questions ------------------------------------------------------------------------------
// A question can be open in form and still be a charge: "Why are you always so late?" has its answer
// built in. The check calls those Loaded. Three labeled lists, written for this test: the first
// before the rules; the second after them (held out, until its misses led to wider patterns); the third
// after that, held out for real. None is copied from the rules' own word lists or from ex_openq.cpp.

namespace {
using K = QuestionKind;
struct Labeled {
  const char* text;
  QuestionKind kind;
};

const Labeled kFirstSet[] = {
    // loaded: a put-down, a verdict or a rhetorical jab in question form
    {"Why do you never clean up after yourself?", K::Loaded},
    {"Why are you always so late?", K::Loaded},
    {"How can you be so selfish?", K::Loaded},
    {"What's the matter with you?", K::Loaded},
    {"Do you even care about this family?", K::Loaded},
    {"Can you not be lazy for one day?", K::Loaded},
    {"Why would you say something so stupid?", K::Loaded},
    {"What kind of partner forgets an anniversary?", K::Loaded},
    {"Is it really that hard to text me back?", K::Loaded},
    {"Why must you make everything about you?", K::Loaded},
    {"How many times do I have to tell you?", K::Loaded},
    {"Seriously, what were you even doing all day?", K::Loaded},
    {"Why can't you just be normal for once?", K::Loaded},
    {"Don't you ever get tired of complaining?", K::Loaded},
    {"Why do you keep ruining everything?", K::Loaded},
    {"Who asked for your opinion?", K::Loaded},
    {"What makes you think you can talk to me like that?", K::Loaded},
    {"Are you really that clueless?", K::Loaded},
    {"Why is it so impossible for you to say sorry?", K::Loaded},
    {"Have you ever once thought about how I feel?", K::Loaded},
    {"Oh great, so what's your excuse this time?", K::Loaded},
    {"Why are you such a slob?", K::Loaded},
    {"How hard is it to close a cupboard?", K::Loaded},
    {"Can't you do anything right?", K::Loaded},
    // open, including curious "why" questions
    {"What was the best part of your week?", K::Open},
    {"How are you feeling about your sister's visit?", K::Open},
    {"What would a perfect Sunday look like for you?", K::Open},
    {"Tell me about the book you're reading.", K::Open},
    {"How did you get into climbing?", K::Open},
    {"What do you wish I understood about your job?", K::Open},
    {"What's been on your mind since the call?", K::Open},
    {"How can I support you this week?", K::Open},
    {"What could we do differently the next time we argue?", K::Open},
    {"Why do you love the ocean so much?", K::Open},
    {"Why did that song make you cry?", K::Open},
    {"Why is that memory so special to you?", K::Open},
    {"Why do you think your dad worked so much?", K::Open},
    {"Why does baking calm you down?", K::Open},
    {"Why do you always hum when you cook?", K::Open},
    // closed
    {"Did the dentist appointment go okay?", K::Closed},
    {"Are you free on Thursday night?", K::Closed},
    {"Would you like some tea?", K::Closed},
    {"Is your back still sore?", K::Closed},
    {"Do you ever think about moving abroad?", K::Closed},
    {"Have you ever been to a jazz club?", K::Closed},
    {"Are you listening to the new album?", K::Closed},
    // narrow
    {"When does your flight land?", K::Narrow},
    {"Who was at the party?", K::Narrow},
    {"Where should we eat tonight?", K::Narrow},
    {"Which film do you want to see?", K::Narrow},
};

// The first held-out list, written after the first rules were done. They caught only 4 of its 8
// loaded questions, which showed four general gaps ("are you seriously…", "do you ever stop…", "what
// will it take for you to…", "my fault"); the rules were widened for those patterns, so this list is
// now development data, kept and reported but no longer held out.
const Labeled kSecondSet[] = {
    {"Why do you never answer when I call?", K::Loaded},
    {"How could you forget about my surgery?", K::Loaded},
    {"Are you seriously going to wear that?", K::Loaded},
    {"Why are you being so dramatic?", K::Loaded},
    {"Do you ever stop whining?", K::Loaded},
    {"What is it going to take for you to grow up?", K::Loaded},
    {"Why is everything always my fault with you?", K::Loaded},
    {"Can you stop being so rude to my friends?", K::Loaded},
    {"What made you want to become a nurse?", K::Open},
    {"Why do you always light a candle on Fridays?", K::Open},
    {"How can you tell when the bread is ready?", K::Open},
    {"What were you thinking about on the drive home?", K::Open},
    {"Do you ever miss living by the sea?", K::Closed},
    {"When is your sister's birthday?", K::Narrow},
    {"Why did you choose that name for the cat?", K::Open},
    {"How hard was the exam?", K::Open},
};

// Held out: written after the rules were widened, and not used to change them (its misses are left).
const Labeled kHeldOut[] = {
    {"Why do you have to be so difficult about everything?", K::Loaded},
    {"How could you tell my parents before me?", K::Loaded},
    {"Do you even know what day it is?", K::Loaded},
    {"Why can't you ever be on time?", K::Loaded},
    {"Is it so hard to say thank you?", K::Loaded},
    {"Why are you always on your phone?", K::Loaded},
    {"Are you trying to make me angry?", K::Loaded},
    {"Who even says something like that?", K::Loaded},
    {"Why do you think the meeting went badly?", K::Open},
    {"How could we make mornings less rushed?", K::Open},
    {"What was the hardest part of today for you?", K::Open},
    {"Why do you keep your grandma's letters?", K::Open},
    {"Are you okay with pasta tonight?", K::Closed},
    {"Where did you learn to dance like that?", K::Narrow},
    {"Is it hard for you to talk about your dad?", K::Closed},
    {"What do you love most about your job?", K::Open},
};

struct Tally {
  int tp = 0, fp = 0, fn = 0, right = 0, total = 0, loaded = 0, not_loaded = 0;
  double Precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0; }
  double Recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0; }
  double Accuracy() const { return total ? static_cast<double>(right) / total : 1.0; }
};

template <size_t N>
Tally Score(const Labeled (&set)[N], const char* name) {
  Tally t;
  for (const Labeled& l : set) {
    QuestionKind got = CheckQuestion(l.text).kind;
    bool want = l.kind == K::Loaded, said = got == K::Loaded;
    t.tp += want && said;
    t.fp += !want && said;
    t.fn += want && !said;
    t.right += got == l.kind;
    ++t.total;
    (want ? t.loaded : t.not_loaded)++;
    if (got != l.kind) std::cout << "  " << name << " miss: \"" << l.text << "\" -> kind " << static_cast<int>(got)
                                 << ", want " << static_cast<int>(l.kind) << "\n";
  }
  std::cout << name << ": " << t.total << " questions (" << t.loaded << " loaded). Loaded precision "
            << t.Precision() << ", recall " << t.Recall() << "; every kind right: " << t.Accuracy() << "\n";
  return t;
}
}  // namespace

TEST_CASE("loaded questions are told from open, closed and narrow ones", "[ex][openq][loaded]") {
  Tally first = Score(kFirstSet, "labeled set");
  CHECK(first.loaded >= 20);
  CHECK(first.not_loaded >= 20);
  CHECK(first.Precision() >= 0.9);
  CHECK(first.Recall() >= 0.85);
  Tally second = Score(kSecondSet, "second set (was held out, then used)");
  CHECK(second.Precision() >= 0.9);
  CHECK(second.Recall() >= 0.85);
  Tally held = Score(kHeldOut, "held-out set");
  CHECK(held.total >= 10);
  // What it showed when first run: precision 1, recall 0.625 (5 of 8). The misses carry no marker the
  // rules know: "always" with no blamed act ("…always on your phone?", kept Open on purpose so a
  // fond "why do you always…" is not called loaded), a charge in a closed form ("are you trying to
  // make me angry?") and "who even says…". The bars below were set after that run, to guard what it
  // showed (no curious question called loaded; most loaded ones caught), not to claim more.
  CHECK(held.Precision() >= 0.9);
  CHECK(held.Recall() >= 0.6);
}

TEST_CASE("a loaded question gets a kind hint with a curious way to ask", "[ex][openq][loaded]") {
  for (const char* q : {"Why are you always so late?", "How can you be so selfish?", "Who asked for your opinion?",
                        "Do you even care about this family?"}) {
    INFO(q);
    QuestionCheck c = CheckQuestion(q);
    REQUIRE(c.kind == K::Loaded);
    CHECK(c.hint.size() > 60);
    CHECK(c.hint.find('?') != std::string::npos);  // offers a question to ask instead
  }
}

TEST_CASE("at least 15 closed questions, each with an open version that passes the check", "[ex][openq]") {
  const auto& list = ClosedQuestions();
  REQUIRE(list.size() >= 15);
  // The words come in the guide's file: read them from the copy the native build embeds.
  Guide g;
  std::vector<ContentError> errors;
  REQUIRE(ParseBundle(platform::NativeGuideFile(), g, errors));
  REQUIRE(g.exercises.openq.size() == list.size());
  std::set<std::string> ids;
  for (size_t i = 0; i < list.size(); ++i) {
    const QuestionText& q = g.exercises.openq[i];
    INFO(list[i].id);
    CHECK(ids.insert(list[i].id).second);
    CHECK(CheckQuestion(q.closed).kind == QuestionKind::Closed);
    CHECK(CheckQuestion(q.open).kind == QuestionKind::Open);
    CHECK(q.answer.size() > 10);
  }
}

TEST_CASE("open-question rewrites survive a save; bad data keeps defaults", "[ex][openq]") {
  OpenQuestionsState s;
  s.index = 3;
  s.draft = "What moment stays with you?";
  s.rewrites["trip"] = "What moment stays with you?";
  OpenQuestionsState back;
  OpenQuestionsFromJson(json::parse(OpenQuestionsToJson(s).dump()), back);
  CHECK(back.index == 3);
  CHECK(back.draft == s.draft);
  CHECK(back.rewrites == s.rewrites);
  OpenQuestionsFromJson(json{{"index", 999}, {"draft", 5}, {"rewrites", {{"ghost", "x"}, {"trip", 7}, {"sleep", "How?"}}}},
                        back);
  CHECK(back.index == 0);
  CHECK(back.draft.empty());
  CHECK(back.rewrites.size() == 1);
  CHECK(back.rewrites["sleep"] == "How?");
  OpenQuestionsFromJson(json::array(), back);
  CHECK(back.rewrites.empty());
}

TEST_CASE("a loaded question is not a good rewrite, even one kept before", "[ex][openq][loaded]") {
  OpenQuestionsState s;
  s.rewrites["good-day"] = "What made you smile today?";
  s.rewrites["stress"] = "Why are you always so grumpy?";  // kept by an older version of the check
  CHECK(IsGoodRewrite("What made you smile today?"));
  CHECK_FALSE(IsGoodRewrite("Why are you always so grumpy?"));
  CHECK_FALSE(IsGoodRewrite("Did you sleep?"));
  CHECK(CountGoodRewrites(s) == 1);
  OpenQuestionsState back;  // the saved text itself is not thrown away
  OpenQuestionsFromJson(json::parse(OpenQuestionsToJson(s).dump()), back);
  CHECK(back.rewrites.size() == 2);
}


#include "worksheet_support.h"

TEST_CASE("open questions worksheet: every closed question with room for an open version; kept ones filled in",
          "[worksheet][openq]") {
  const ExerciseText& words = ShippedWords();
  ExercisesState ex;
  OpenQuestionsState& o = ex.openq;
  const std::string kept = "What was the best part of the lighthouse trip?";
  REQUIRE(IsGoodRewrite(kept));
  o.rewrites[ClosedQuestions()[3].id] = kept;
  o.index = 5;
  o.draft = "How did the marmalade friend";  // being typed for question 6

  PrintDoc filled = Sheet("open-questions", ex, true);
  CHECK(SheetHas(filled, kOpenqIntro));
  CHECK(SheetHas(filled, kept));
  CHECK(SheetHas(filled, o.draft));
  CHECK(SheetQuestions(filled) == static_cast<int>(ClosedQuestions().size()));

  PrintDoc blank = Sheet("open-questions", ex, false);
  for (size_t i = 0; i < ClosedQuestions().size(); ++i) CHECK(SheetHas(blank, words.openq[i].closed));
  CHECK(SheetHas(blank, kOpenqAskOwn));
  CHECK(SheetHas(blank, std::string(kOpenqExample) + words.openq[0].open));
  CHECK_FALSE(SheetHas(blank, "lighthouse"));
  CHECK_FALSE(SheetHas(blank, "marmalade"));

  PrintDoc loading = ExerciseWorksheet("open-questions", ex, ExerciseText{}, false, "");
  CHECK(SheetHas(loading, "still loading"));
}
