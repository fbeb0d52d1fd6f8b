// The open-questions screen (ui/ex_openq) driven through the mirror.
#include <catch2/catch.hpp>
#include <string>

#include "core/exercises/open-questions.h"
#include "support.h"

using namespace core;

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
  CHECK(app.state.doc.ex.openq.rewrites["good-day"] == "What made you smile today?");
  CHECK(TimesDone(app.state.doc.ex, "open-questions") == 1);
  REQUIRE(app.Activate(Role::Button, "Next question"));
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Is work going okay?"));
  CHECK(app.state.doc.ex.openq.draft.empty());
  REQUIRE(app.Activate(Role::Button, "Previous question"));
  app.Frames(2);
  CHECK(app.state.doc.ex.openq.draft == "What made you smile today?");  // the kept version comes back
}

TEST_CASE("the open-questions screen shows a loaded question kindly, and never as kept", "[ui][ex][openq][loaded]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    app.state.doc.ex.openq.rewrites["work-ok"] = "How could you forget the meeting?";  // kept by an older check
    app.state.doc.ex.openq.rewrites["trip"] = "What moment from the trip stays with you?";
    Go(app.state.nav, {Screen::Exercise, "open-questions", ""});
    app.Frames(2);
    CHECK(app.Find(Role::Heading, "Your open questions"));
    bool counted_one = false, lists_loaded = false;
    for (const auto& m : app.host().last_mirror) {
      counted_one |= m.name == "1 of " + std::to_string(ClosedQuestions().size()) + " rewritten.";
      lists_loaded |= m.name.find("How could you forget") != std::string::npos;
    }
    CHECK(counted_one);
    CHECK_FALSE(lists_loaded);
    const MirrorItem* f = app.Find(Role::TextBox, "My open version");
    REQUIRE(f);
    const uint32_t field = f->id;
    app.host().next.text_edits.push_back({field, "Why do you never plan anything fun?", 0, 0});
    app.Frames(2);
    CHECK(app.Find(Role::Heading, "This may land as blame"));
    CHECK_FALSE(app.Find(Role::Heading, "Open"));
    CHECK_FALSE(app.Find(Role::Button, "Keep my open question"));
    CHECK(app.state.doc.ex.openq.rewrites.count("good-day") == 0);
    CHECK(TimesDone(app.state.doc.ex, "open-questions") == 0);
    // The question whose kept version is loaded: it comes back as the draft, with the verdict, not "Kept".
    REQUIRE(app.Activate(Role::Button, "Next question"));
    app.Frames(2);
    CHECK(app.state.doc.ex.openq.draft == "How could you forget the meeting?");
    CHECK(app.Find(Role::Heading, "This may land as blame"));
    bool says_kept = false;
    for (const auto& m : app.host().last_mirror) says_kept |= m.name.rfind("Kept.", 0) == 0;
    CHECK_FALSE(says_kept);
    CHECK_FALSE(app.Find(Role::Button, "Keep my open question"));
  }
}
