// The guide's chapters come in a file fetched after the first frame (core/guide_load): asked for
// once and again only after "Try again", checked as the build checks it, and every way it can fail
// named plainly. The screens that need it say "Loading the guide…" or why it failed, with Try again;
// the rest of Hearth (and the help lines) works without it.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "core/guide/guide_load.h"
#include "support.h"

using namespace core;

namespace {

const std::string kChapter =
    R"({"file":"content/chapters/01-a.json","id":"a","title":"A","summary":"About A.",)"
    R"("blocks":[{"type":"heading","id":"start","text":"Start"},{"type":"paragraph","text":"Words."}],)"
    R"("try_this":[{"text":"Try it","target":"exercise:daily-check-in"}],"sources":["Someone (2020). A book."]})";

// The exercises' words as the build writes them (every file carries them; see test_ex_text.cpp).
std::string Exercises() { return nlohmann::json::parse(platform::NativeGuideFile())["exercises"].dump(); }

GuideArrival Answer(int status, const std::string& text = "", bool offline = false) {
  return {true, status, offline, text};
}

Guide WithHelp() {
  Guide g;
  HelpResource r;
  r.country = "US";
  r.name = "A line";
  r.phone = "1";
  g.help.resources.push_back(r);
  return g;
}

const char* kLoading = "Loading the guide\xE2\x80\xA6";

}  // namespace

TEST_CASE("the guide's file is asked for once, and again only after Try again", "[guide_load]") {
  GuideLoad load;
  CHECK(NextGuideFetch(load) == 1);
  CHECK(load.status == GuideStatus::Waiting);
  CHECK(NextGuideFetch(load) == 0);  // waiting: not asked twice
  RetryGuide(load);                  // nothing failed: nothing to retry
  CHECK(NextGuideFetch(load) == 0);
  Guide g;
  REQUIRE(ReceiveGuide(load, g, Answer(503)));
  CHECK(load.status == GuideStatus::Failed);
  CHECK(NextGuideFetch(load) == 0);  // failed: no loop of requests behind the person's back
  RetryGuide(load);
  CHECK(load.status == GuideStatus::NotAsked);
  CHECK(NextGuideFetch(load) == 2);
  CHECK(GuideStatusText(load) == kLoading);
}

TEST_CASE("a good file replaces the chapters and keeps the help lines", "[guide_load]") {
  GuideLoad load;
  Guide g = WithHelp();
  CHECK_FALSE(ReceiveGuide(load, g, Answer(200, R"({"chapters":[)" + kChapter + "]}")));  // not asked: ignored
  CHECK(g.chapters.empty());
  NextGuideFetch(load);
  CHECK_FALSE(ReceiveGuide(load, g, GuideArrival{}));  // nothing arrived this frame
  CHECK(load.status == GuideStatus::Waiting);
  REQUIRE(ReceiveGuide(load, g, Answer(200, R"({"chapters":[)" + kChapter + R"(],"exercises":)" + Exercises() + "}")));
  INFO(load.detail);
  CHECK(load.status == GuideStatus::Ready);
  REQUIRE(g.chapters.size() == 1);
  CHECK(g.chapters[0].id == "a");
  CHECK(g.chapters[0].file == "content/chapters/01-a.json");
  CHECK(g.exercises.Ready());
  REQUIRE(g.help.resources.size() == 1);
  CHECK(g.help.resources[0].name == "A line");
  CHECK(GuideStatusText(load).empty());
  CHECK_FALSE(ReceiveGuide(load, g, Answer(200, "{}")));  // a stray answer after Ready changes nothing
  CHECK(g.chapters.size() == 1);
}

TEST_CASE("every way the file can fail leaves the guide as it was and says why", "[guide_load]") {
  struct Case {
    GuideArrival in;
    GuideProblem problem;
    const char* says;
  };
  const std::string broken_link =
      R"({"chapters":[)" + std::string(kChapter).replace(kChapter.find("exercise:daily-check-in"), 23, "exercise:nope") + "]}";
  const Case cases[] = {
      {Answer(0, "", true), GuideProblem::Offline, "The guide could not be loaded because this device is offline."},
      {Answer(0), GuideProblem::NoAnswer, "The guide could not be loaded. Check your connection"},
      {Answer(500), GuideProblem::Server, "The guide could not be loaded: the server answered with an error (500)."},
      {Answer(404), GuideProblem::Server, "The guide could not be loaded: the server answered with an error (404)."},
      {Answer(200, R"({"chapters":[)" + kChapter), GuideProblem::Damaged, "The guide arrived damaged"},
      {Answer(200, "<html>not found</html>"), GuideProblem::Damaged, "The guide arrived damaged"},
      {Answer(200, R"({"chapters":[]})"), GuideProblem::Damaged, "The guide arrived damaged"},
      {Answer(200, broken_link), GuideProblem::Damaged, "The guide arrived damaged"},
  };
  for (const Case& c : cases) {
    GuideLoad load;
    Guide g = WithHelp();
    NextGuideFetch(load);
    REQUIRE(ReceiveGuide(load, g, c.in));
    INFO(GuideStatusText(load));
    CHECK(load.status == GuideStatus::Failed);
    CHECK(load.problem == c.problem);
    CHECK(GuideStatusText(load).rfind(c.says, 0) == 0);
    CHECK(GuideStatusText(load).find("Everything else in Hearth works without it.") != std::string::npos);
    CHECK(g.chapters.empty());
    CHECK(g.help.resources.size() == 1);
    CHECK(load.detail.empty() == (c.problem != GuideProblem::Damaged));
  }
  // A damaged file's detail names where the check stopped (a chapter's own file, for a bad link).
  GuideLoad load;
  Guide g;
  NextGuideFetch(load);
  ReceiveGuide(load, g, Answer(200, broken_link));
  CHECK(load.detail.find("content/chapters/01-a.json") != std::string::npos);
  CHECK(load.detail.find("exercise:nope") != std::string::npos);
}

TEST_CASE("the built guide file passes the app's own check", "[guide_load]") {
  GuideLoad load;
  Guide g;
  NextGuideFetch(load);
  REQUIRE(ReceiveGuide(load, g, Answer(200, std::string(platform::NativeGuideFile()))));
  INFO(load.detail);
  CHECK(load.status == GuideStatus::Ready);
  // Every chapter file in content/chapters is in the built file, whatever their number.
  size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(std::string(HEARTH_SOURCE_DIR) + "/content/chapters"))
    files += e.path().extension() == ".json";
  CHECK(files >= 13);
  CHECK(g.chapters.size() == files);
  CHECK(g.Find("getting-help") == static_cast<int>(files) - 1);
}

TEST_CASE("the help lines are inside the app: there before the guide's file", "[guide_load][ui]") {
  TestApp app(390, 844, 3.0f, "", GuideAtStart::NotYet);
  CHECK(app.state.guide.chapters.empty());
  CHECK_FALSE(app.state.guide.help.resources.empty());
  CHECK_FALSE(app.state.guide.help.emergency.empty());
}

TEST_CASE("screens wait calmly for the guide and open the deep link's passage when it comes", "[guide_load][ui]") {
  TestApp app(390, 844, 3.0f, "", GuideAtStart::NotYet);
  app.host().address = "#/guide/conflict/ground-rules";
  app.Frame();
  CHECK(app.state.nav.route == Route{Screen::Chapter, "conflict", "ground-rules"});
  CHECK(app.Find(Role::Heading, "The guide"));
  CHECK(FindStarting(app, Role::Text, kLoading));
  CHECK_FALSE(app.Find(Role::Heading, "Chapter not found"));
  REQUIRE(app.host().guide_fetches == std::vector<int>{1});  // asked for by the first frame
  app.Frames(3);
  CHECK(app.host().guide_fetches.size() == 1);  // and only once while waiting
  CHECK(FindStarting(app, Role::Text, kLoading));

  // The rest of Hearth works meanwhile.
  Go(app.state.nav, {Screen::Exercise, "daily-check-in"});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Daily check-in"));
  Go(app.state.nav, {Screen::Progress});
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Progress"));
  CHECK(FindStarting(app, Role::Text, kLoading));
  CHECK(app.Find(Role::Heading, "Exercises"));
  Go(app.state.nav, {Screen::Guide});
  app.Frames(2);
  CHECK(FindStarting(app, Role::Text, kLoading));
  CHECK_FALSE(app.Find(Role::TextBox, "Search the guide"));

  // The deep link again; then the file arrives and the chapter opens at its section.
  app.host().address = "#/guide/conflict/ground-rules";
  app.Frame();
  CHECK(FindStarting(app, Role::Text, kLoading));
  app.host().next.guide = {true, 200, false, std::string(platform::NativeGuideFile())};
  app.Frame();
  CHECK(app.state.guide_load.status == GuideStatus::Ready);
  CHECK(app.Find(Role::Heading, "Conflict as a way to grow closer"));
  CHECK_FALSE(FindStarting(app, Role::Text, kLoading));
  int ci = app.state.guide.Find("conflict");
  REQUIRE(ci >= 0);
  CHECK(app.state.views.reader.scroll_to_block == app.state.guide.FindSection(ci, "ground-rules"));
  CHECK(app.state.views.reader.scroll_to_block > 0);
  app.Frames(4);
  CHECK(app.state.views.reader.scroll_to_block == -1);  // scrolled there
}

TEST_CASE("a failed guide says why, and Try again fetches it again", "[guide_load][ui]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr, "", GuideAtStart::NotYet);
    Go(app.state.nav, {Screen::Guide});
    app.Frame();
    REQUIRE(app.host().guide_fetches == std::vector<int>{1});
    app.host().next.guide = {true, 200, false, R"({"chapters":[)"};  // cut short
    app.Frames(2);
    CHECK(FindStarting(app, Role::Text, "The guide arrived damaged, so Hearth did not open it."));
    CHECK(FindStarting(app, Role::Text, "Details: bundle"));
    CHECK_FALSE(app.host().announcements.empty());
    CHECK(app.host().announcements.back().rfind("The guide arrived damaged", 0) == 0);
    CHECK(app.host().guide_fetches.size() == 1);  // no retry without the person
    REQUIRE(app.Activate(Role::Button, "Try again"));
    app.Frame();
    CHECK(app.host().guide_fetches == std::vector<int>{1, 2});
    app.Frame();
    CHECK(FindStarting(app, Role::Text, kLoading));
    CHECK_FALSE(app.Find(Role::Button, "Try again"));
    app.host().next.guide = {true, 503, false, ""};
    app.Frames(2);
    CHECK(FindStarting(app, Role::Text, "The guide could not be loaded: the server answered with an error (503)."));
    REQUIRE(app.Activate(Role::Button, "Try again"));
    app.Frames(2);
    CHECK(app.host().guide_fetches == std::vector<int>{1, 2, 3});
    app.host().next.guide = {true, 200, false, std::string(platform::NativeGuideFile())};
    app.Frames(2);
    CHECK(app.Find(Role::Link, "1. What intimacy is"));
    CHECK(app.Find(Role::TextBox, "Search the guide"));
    CHECK_FALSE(app.Find(Role::Button, "Try again"));
  }
}

TEST_CASE("the time-out works without the guide; its sources wait for it", "[guide_load][ui]") {
  TestApp app(390, 844, 3.0f, "", GuideAtStart::NotYet);
  Go(app.state.nav, {Screen::Timeout});
  app.Frame();
  app.host().next.guide = {true, 0, true, ""};  // offline
  app.Frames(2);
  CHECK(app.state.guide_load.status == GuideStatus::Failed);
  CHECK(app.Find(Role::Heading, "Time-out"));
  app.state.doc.timeout.safety_seen = true;
  app.state.views.timeout.show_sources = true;
  app.Frames(2);
  CHECK(app.Find(Role::Button, "Let's pause \xE2\x80\x94 start a time-out of 20 minutes"));
  CHECK(FindStarting(app, Role::Text, "The guide could not be loaded because this device is offline."));
  CHECK(app.Find(Role::Button, "Try again"));
}
