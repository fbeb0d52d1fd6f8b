// The homework screen (ui/progress/homework.cpp): a counselor's link opens "<practice> suggested" with
// the steps as links, the address loses the steps, Home shows how much is done, a step done in the
// app ticks itself, a tick of one's own is saved, and a damaged link changes nothing.
#include <catch2/catch.hpp>

#include "core/exercises/exercises.h"
#include "helpers.h"
#include "support.h"

using namespace core;

TEST_CASE("a homework link: the steps, their links, the address, and Home's line", "[ui][homework]") {
  TestApp app(390, 2000, 2.0f, "?org=Riverside%20Counseling");
  app.host().now_ms = kTestNow;
  app.host().address = "#/homework/chapter:conflict,exercise:after-argument,timeout";
  app.Frames(3);
  CHECK(app.state.nav.route.screen == Screen::Homework);
  CHECK(app.host().address == "#/homework");  // the steps do not stay in the address bar ...
  CHECK(app.host().address_replaced == 1);     // ... nor in history
  CHECK(app.Find(Role::Heading, "Riverside Counseling suggested"));
  CHECK(MirrorHas(app, "0 of 3 done"));
  const MirrorItem* read = FindStarting(app, Role::Link, "1. Read the chapter \u201c");
  REQUIRE(read);
  CHECK(read->href == "#/guide/conflict");
  const MirrorItem* ex = app.Find(Role::Link, "2. Do the exercise \u201cAfter an argument\u201d");
  REQUIRE(ex);
  CHECK(ex->href == "#/exercise/after-argument");
  CHECK(FindStarting(app, Role::Link, "3. Try the time-out once"));
  CHECK(app.Find(Role::Checkbox, "I did step 1"));
  CHECK(app.state.doc.homework.received_ms == kTestNow);
  CHECK(app.state.save.dirty);

  // Done in the app: the exercise's completion, after the homework came.
  MarkDone(app.state.doc.ex, "after-argument", kTestNow + 1000, 0);
  app.Frames(2);
  CHECK(MirrorHas(app, "1 of 3 done"));
  CHECK(MirrorHas(app, "Done in Hearth."));
  CHECK_FALSE(app.Find(Role::Checkbox, "I did step 2"));

  // A step opens where it is done.
  REQUIRE(app.Activate(Role::Link, "2. Do the exercise \u201cAfter an argument\u201d"));
  app.Frames(2);
  CHECK(app.state.nav.route == Route{Screen::Exercise, "after-argument", ""});

  // Home says how much is done, and leads back.
  Go(app.state.nav, {Screen::Home, "", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Link, "Your homework: 1 of 3 done"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Homework);
}

TEST_CASE("a tick of one's own is saved and still there after a reload", "[ui][homework][store]") {
  std::map<std::string, std::string> storage;
  double now = kTestNow;
  {
    TestApp app(390, 2000, 2.0f);
    app.host().now_ms = now;
    app.host().address = "#/homework/chapter:conflict.cooling-down,timeout";
    app.Frames(2);
    REQUIRE(app.Activate(Role::Checkbox, "I did step 1"));
    app.Frames(2);
    CHECK(MirrorHas(app, "1 of 2 done"));
    app.host().now_ms += 3000;
    app.Frames(2);
    storage = app.host().storage;
    now = app.host().now_ms;
  }
  TestApp app(390, 2000, 2.0f);
  app.host().storage = storage;
  app.host().now_ms = now;
  LoadSaved(app.state, platform::Storage());
  app.host().address = "#/homework";
  app.Frames(2);
  CHECK(MirrorHas(app, "1 of 2 done"));
  const MirrorItem* box = app.Find(Role::Checkbox, "I did step 1");
  REQUIRE(box);
  CHECK(box->checked == 1);
  // Opening the same link again keeps the tick.
  app.host().address = "#/homework/chapter:conflict.cooling-down,timeout";
  app.Frames(2);
  CHECK(MirrorHas(app, "1 of 2 done"));
}

TEST_CASE("a damaged homework link says so and changes nothing", "[ui][homework]") {
  TestApp app(390, 2000, 2.0f);
  app.host().address = "#/homework/exercise:after-argument,timeout";
  app.Frames(2);
  const auto before = app.state.doc.homework.steps;
  REQUIRE(before.size() == 2);
  app.host().address = "#/homework/exercise:after-argu";  // cut short in a message
  app.Frames(2);
  CHECK(MirrorHas(app, "This homework link is not complete or has been changed, so nothing was added."));
  CHECK(app.state.doc.homework.steps == before);
  CHECK(app.host().address == "#/homework");
}

TEST_CASE("no homework yet: the screen says how it comes", "[ui][homework]") {
  TestApp app(1280, 800, 1.0f);
  app.host().address = "#/homework";
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Your counselor suggested"));
  CHECK(MirrorHas(app, "There is no homework here yet."));
  Go(app.state.nav, {Screen::Home, "", ""});
  app.Frames(2);
  CHECK_FALSE(FindStarting(app, Role::Link, "Your homework"));
}

TEST_CASE("an embedding site's start can be homework", "[ui][homework][embed]") {
  TestApp app(1280, 1600, 1.0f, "?org=Riverside&start=%23%2Fhomework%2Fexercise%3Aappreciation%2Ctimeout");
  app.Frames(3);
  CHECK(app.state.nav.route.screen == Screen::Homework);
  CHECK(app.state.doc.homework.steps.size() == 2);
  CHECK(app.Find(Role::Heading, "Riverside suggested"));
}

TEST_CASE("with the lock closed, homework waits for the passphrase and is then kept", "[ui][homework][lock]") {
  TestApp app(390, 2000, 2.0f);
  SetLock(app, "a long passphrase here");
  app.host().now_ms += 5000;
  app.Frames(2);  // stored locked
  Reopen(app);  // opened again on this device: locked; then the homework link arrives
  REQUIRE(app.state.save.locked);
  app.host().address = "#/homework/exercise:appreciation";
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Hearth is locked"));
  CHECK(app.state.doc.homework.steps.empty());  // nothing is taken into what is not open
  Type(app, "Passphrase", "a long passphrase here");
  REQUIRE(app.Activate(Role::Button, "Unlock"));
  app.Frames(4);
  CHECK_FALSE(app.state.save.locked);
  CHECK(app.state.doc.homework.steps.size() == 1);
  CHECK(app.Find(Role::Heading, "Your counselor suggested"));
}

TEST_CASE("a homework link whose ':' and ',' were encoded on the way is read the same", "[ui][homework]") {
  TestApp app(390, 2000, 2.0f);
  app.host().address = "#/homework/exercise%3Aappreciation%2Ctimeout";
  app.Frames(2);
  REQUIRE(app.state.doc.homework.steps.size() == 2);
  CHECK(app.state.doc.homework.steps[0] == HomeworkStep{StepKind::Exercise, "appreciation", ""});
  CHECK(app.host().address == "#/homework");
}
