// Open-ended questions: the rule-based check on labelled examples, the list, the saved rewrites,
// and the screen driven through the mirror.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "core/ex_openq.h"
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

TEST_CASE("at least 15 closed questions, each with an open version that passes the check", "[ex][openq]") {
  const auto& list = ClosedQuestions();
  REQUIRE(list.size() >= 15);
  std::set<std::string> ids;
  for (const auto& q : list) {
    INFO(q.id);
    CHECK(ids.insert(q.id).second);
    CHECK(CheckQuestion(q.closed).kind == QuestionKind::Closed);
    CHECK(CheckQuestion(q.open).kind == QuestionKind::Open);
    CHECK(std::string(q.answer).size() > 10);
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

TEST_CASE("the open-questions screen checks a rewrite and keeps it", "[ui][ex][openq]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Exercise, "open-questions", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Did you have a good day?"));
  const MirrorItem* f = app.Find(Role::TextBox, "My open version");
  REQUIRE(f);
  const uint32_t field = f->id;  // the mirror is rebuilt each frame: keep the id, not the pointer
  app.host().next.text_edits.push_back({field, "Did you like it?", 0, 0});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Closed"));
  CHECK_FALSE(app.Find(Role::Button, "Keep my open question"));
  app.host().next.text_edits.push_back({field, "What made you smile today?", 0, 0});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Open"));
  REQUIRE(app.Activate(Role::Button, "Keep my open question"));
  app.Frames(2);
  CHECK(app.state.ex.openq.rewrites["good-day"] == "What made you smile today?");
  CHECK(TimesDone(app.state.ex, "open-questions") == 1);
  REQUIRE(app.Activate(Role::Button, "Next question"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Is work going okay?"));
  CHECK(app.state.ex.openq.draft.empty());
  REQUIRE(app.Activate(Role::Button, "Previous question"));
  app.Frames(2);
  CHECK(app.state.ex.openq.draft == "What made you smile today?");  // the kept version comes back
}
