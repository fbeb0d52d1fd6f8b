// Homework from a counselor (core/progress/homework.h): reading a link's steps (good, bad, truncated,
// hostile), keeping it when it arrives, what counts as done, and its JSON.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/progress/homework.h"
#include "core/store/persist.h"

using namespace core;

TEST_CASE("a homework link's steps are read in order", "[homework]") {
  std::vector<HomeworkStep> steps;
  std::string why = "x";
  REQUIRE(ParseHomeworkSteps("chapter:conflict,chapter:conflict.cooling-down,exercise:after-argument,timeout", steps, why));
  CHECK(why.empty());
  REQUIRE(steps.size() == 4);
  CHECK(steps[0] == HomeworkStep{StepKind::Chapter, "conflict", ""});
  CHECK(steps[1] == HomeworkStep{StepKind::Chapter, "conflict", "cooling-down"});
  CHECK(steps[2] == HomeworkStep{StepKind::Exercise, "after-argument", ""});
  CHECK(steps[3] == HomeworkStep{StepKind::Timeout, "", ""});
  // Written back the same way, and the section as a content link's target.
  CHECK(HomeworkStepTarget(steps[1]) == "chapter:conflict.cooling-down");
  CHECK(HomeworkStepLink(steps[1]) == "chapter:conflict#cooling-down");
  CHECK(HomeworkStepLink(steps[2]) == "exercise:after-argument");
}

TEST_CASE("bad, truncated and hostile homework links give a message and no steps", "[homework]") {
  const char* bad[] = {
      "",                                             // nothing after #/homework/
      "exercise:",                                    // cut short
      "exercise:after-argu",                          // truncated id: no such exercise
      "exercise:not-an-exercise",                     // unknown exercise
      "chapter:",                                     // no chapter id
      "chapter:conflict.",                            // empty section
      "chapter:Conflict",                             // ids are lower case
      "chapter:../../etc",                            // path tricks
      "chapter:conflict<script>",                     // markup
      "timeout,",                                     // a trailing empty step
      ",timeout",                                     // a leading one
      "timeout,,timeout",                             // an empty step between
      "timeouts",                                     // near miss
      "video:intro",                                  // a kind Hearth does not have
      "https://evil.example",                         // an address
      "exercise:after-argument%2Ctimeout",            // still encoded
      "timeout,timeout,timeout,timeout,timeout,timeout",  // six steps: at most five
  };
  for (const char* spec : bad) {
    INFO(spec);
    std::vector<HomeworkStep> steps{HomeworkStep{}};
    std::string why;
    CHECK_FALSE(ParseHomeworkSteps(spec, steps, why));
    CHECK(steps.empty());
    CHECK(why.find("nothing was added") != std::string::npos);
  }
  std::vector<HomeworkStep> steps;
  std::string why;
  CHECK_FALSE(ParseHomeworkSteps(std::string(kHomeworkMaxSpec + 1, 'a'), steps, why));  // absurdly long
  CHECK(ParseHomeworkSteps("timeout,timeout,timeout,timeout,timeout", steps, why));     // five is fine
}

TEST_CASE("homework is kept when it arrives; the same link again changes nothing", "[homework]") {
  HomeworkState h;
  std::vector<HomeworkStep> steps;
  std::string why;
  REQUIRE(ParseHomeworkSteps("exercise:appreciation,timeout", steps, why));
  CHECK(ReceiveHomework(h, steps, "Riverside Counseling", 1000));
  CHECK(h.received_ms == 1000);
  CHECK(h.from == "Riverside Counseling");
  TickHomeworkStep(h, 1, true, 2000);
  CHECK_FALSE(ReceiveHomework(h, steps, "Riverside Counseling", 5000));  // a reload, or the link opened again
  CHECK(h.received_ms == 1000);
  CHECK(h.ticked_ms[1] == 2000);
  CHECK_FALSE(ReceiveHomework(h, {}, "", 6000));  // nothing to keep
  REQUIRE(ParseHomeworkSteps("chapter:conflict", steps, why));
  CHECK(ReceiveHomework(h, steps, "", 7000));  // new homework replaces the old
  CHECK(h.steps.size() == 1);
  CHECK(h.received_ms == 7000);
  CHECK(h.ticked_ms == std::vector<double>{0});
}

TEST_CASE("a step is done when done in the app after the homework came, or ticked", "[homework]") {
  HomeworkState h;
  std::vector<HomeworkStep> steps;
  std::string why;
  REQUIRE(ParseHomeworkSteps("exercise:appreciation,chapter:conflict,chapter:conflict.cooling-down,timeout", steps, why));
  ReceiveHomework(h, steps, "", 10000);
  ReaderState r;
  ExercisesState e;
  TimeoutState t;
  // Done before the homework came: does not count.
  MarkDone(e, "appreciation", 9000, 0);
  r.chapters["conflict"] = {0, 0, true, 9000};
  t.log.push_back({9000, 20, {}, 60000, TimeoutEnd::Deadline});
  CHECK(HomeworkDoneCount(h, r, e, t) == 0);
  // Done since.
  MarkDone(e, "appreciation", 11000, 0);
  CHECK(HomeworkStepDone(h, 0, r, e, t));
  r.chapters["conflict"].opened_ms = 12000;  // read to its end, opened again since
  CHECK(HomeworkStepDone(h, 1, r, e, t));
  CHECK_FALSE(HomeworkStepDone(h, 2, r, e, t));  // a part of a chapter: ticked by the person
  t.log.push_back({13000, 20, {}, 60000, TimeoutEnd::Early});
  CHECK(HomeworkStepDone(h, 3, r, e, t));
  TickHomeworkStep(h, 2, true, 14000);
  CHECK(HomeworkDoneCount(h, r, e, t) == 4);
  TickHomeworkStep(h, 2, false, 15000);
  CHECK(HomeworkDoneCount(h, r, e, t) == 3);
  CHECK_FALSE(HomeworkStepDone(h, 9, r, e, t));  // no such step
}

TEST_CASE("homework is saved with the document and read back; damaged parts are dropped", "[homework][store]") {
  SavedDoc d;
  std::vector<HomeworkStep> steps;
  std::string why;
  REQUIRE(ParseHomeworkSteps("chapter:conflict.cooling-down,exercise:after-argument", steps, why));
  ReceiveHomework(d.homework, steps, "Café Juntos", 1.7e12);
  TickHomeworkStep(d.homework, 0, true, 1.7e12 + 5);
  SavedDoc back;
  REQUIRE(DocFromJson(DocToJson(d), back).status == LoadStatus::Ok);
  CHECK(back.homework.steps == d.homework.steps);
  CHECK(back.homework.from == "Café Juntos");
  CHECK(back.homework.received_ms == 1.7e12);
  CHECK(back.homework.ticked_ms == d.homework.ticked_ms);
  CHECK(DocSections(d).count("homework") == 1);

  HomeworkState h;
  HomeworkFromJson(nlohmann::json::parse(R"({"steps":["timeout","exercise:nope",7,"chapter:a.b"],"from":"X","received":-5,"ticked":[1e300,"x"]})"), h);
  REQUIRE(h.steps.size() == 2);  // the unknown exercise and the number are dropped
  CHECK(h.steps[1] == HomeworkStep{StepKind::Chapter, "a", "b"});
  CHECK(h.received_ms == 0);
  CHECK(h.ticked_ms == std::vector<double>{0, 0});
  HomeworkFromJson(nlohmann::json::parse(R"({"steps":"timeout"})"), h);
  CHECK(h.steps.empty());
  // A document without homework (every earlier version) has none.
  SavedDoc none;
  REQUIRE(DocFromJson(R"({"app":"hearth","version":3})", none).status == LoadStatus::Ok);
  CHECK(none.homework.steps.empty());
}
