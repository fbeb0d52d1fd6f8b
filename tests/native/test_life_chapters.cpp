// Issue 17's "guides for real lives": the chapters after "Why it matters" and before "Getting help".
// They are ordinary chapters, so everything that lists, searches, bookmarks, remembers or counts
// chapters must include them: the contents page, search, bookmarks, the reading position and the
// Progress screen. These tests drive the real guide (content/) through the app.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/guide/reader.h"
#include "core/guide/search.h"
#include "core/progress/progress.h"
#include "support.h"

using namespace core;

namespace {

struct LifeChapter {
  const char* id;
  const char* title;
  int number;          // its place on the contents page
  const char* query;   // a search that should find this chapter first
  const char* section; // one of its headings (id) ...
  const char* heading; // ... and that heading's words
};

const std::vector<LifeChapter>& LifeChapters() {
  static const std::vector<LifeChapter> list = {
      {"long-distance", "Close from far away", 13, "goodbyes visit", "visits", "Visits and goodbyes"},
      {"new-parents", "When a baby arrives", 14, "baby sleep", "touch", "Touch and sex after a baby"},
      {"money-and-chores", "Money and the work of home", 15, "money chores", "money-talk", "A calm money talk"},
      {"blended-families", "Stepfamilies and in-laws", 16, "stepfamily", "in-laws", "In-laws and the wider family"},
      {"illness-and-caregiving", "Illness, disability and care", 17, "caregiver support group", "caregiver", "Care for the caregiver"},
      {"after-betrayal", "After a betrayal", 18, "affair betrayal", "counselor", "When to see a counselor"},
  };
  return list;
}

// Every chapter of the guide, in order. A chapter added, dropped or moved changes this list.
const std::vector<std::string> kAllIds = {
    "what-intimacy-is", "kinds-of-intimacy", "building-blocks", "emotional-intimacy", "talking-close",
    "shared-world", "conflict", "emotional-and-physical", "fear-of-closeness", "rekindling", "questions",
    "why-it-matters", "long-distance", "new-parents", "money-and-chores", "blended-families",
    "illness-and-caregiving", "after-betrayal", "getting-help"};

}  // namespace

TEST_CASE("the guide holds the new chapters in their place, with getting help last", "[content][real][life]") {
  TestApp app(390, 844, 3.0f);
  const Guide& g = app.state.guide;
  REQUIRE(g.chapters.size() == kAllIds.size());
  for (size_t i = 0; i < kAllIds.size(); ++i) CHECK(g.chapters[i].id == kAllIds[i]);
  for (const auto& c : LifeChapters()) {
    INFO(c.id);
    int at = g.Find(c.id);
    REQUIRE(at == c.number - 1);
    CHECK(g.chapters[at].title == c.title);
    CHECK_FALSE(g.chapters[at].sources.empty());
    CHECK_FALSE(g.chapters[at].try_this.empty());
    CHECK(g.chapters[at].words > 500);
    CHECK(g.chapters[at].words < 1000);  // short, as the issue asks
  }
}

TEST_CASE("the contents page lists the new chapters, and each opens", "[ui][guide][life]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    for (const auto& c : LifeChapters()) {
      INFO(c.id);
      Go(app.state.nav, {Screen::Guide, "", ""});
      app.Frames(3);
      std::string link = std::to_string(c.number) + ". " + c.title;
      REQUIRE(app.Activate(Role::Link, link));
      app.Frames(3);
      CHECK(app.state.nav.route.screen == Screen::Chapter);
      CHECK(app.state.nav.route.id == c.id);
      CHECK(app.Find(Role::Heading, c.heading));
    }
    // Getting help is still there, now last.
    Go(app.state.nav, {Screen::Guide, "", ""});
    app.Frames(3);
    CHECK(app.Find(Role::Link, std::to_string(kAllIds.size()) + ". Getting help and staying safe"));
  }
}

TEST_CASE("search finds each new chapter by its own words", "[search][life]") {
  TestApp app(390, 844, 3.0f);
  SearchIndex idx = BuildSearchIndex(app.state.guide);
  for (const auto& c : LifeChapters()) {
    INFO(c.id << ": " << c.query);
    auto hits = Search(idx, c.query);
    CHECK_FALSE(hits.empty());
    if (!hits.empty()) CHECK(app.state.guide.chapters[hits[0].chapter].id == c.id);
  }
}

TEST_CASE("a section of a new chapter can be bookmarked and opened from the contents", "[ui][bookmark][life]") {
  TestApp app(1280, 800, 1);
  for (const auto& c : LifeChapters()) {
    INFO(c.id);
    Go(app.state.nav, {Screen::Chapter, c.id, ""});
    app.Frames(4);
    REQUIRE(app.Activate(Role::Button, std::string("Bookmark section: ") + c.heading));
    app.Frames(2);
    CHECK(IsBookmarked(app.state.doc.reader, c.id, c.section));
    Go(app.state.nav, {Screen::Guide});
    app.Frames(3);
    std::string link = std::string(c.title) + " \xE2\x80\x94 " + c.heading;
    REQUIRE(app.Activate(Role::Link, link));
    app.Frames(6);
    CHECK(app.state.nav.route.id == c.id);
    const MirrorItem* h = app.Find(Role::Heading, c.heading);
    REQUIRE(h);
    CHECK(h->y >= 0);
    CHECK(h->y < 300);
  }
  CHECK(app.state.doc.reader.bookmarks.size() == LifeChapters().size());
}

TEST_CASE("a new chapter remembers where it was left, and opens there again", "[ui][reader][life]") {
  TestApp app(390, 844, 3.0f);
  for (const auto& c : LifeChapters()) {
    INFO(c.id);
    Go(app.state.nav, {Screen::Chapter, c.id, c.section});  // a deep link scrolls down to the section
    app.Frames(8);
    REQUIRE(app.state.doc.reader.chapters.count(c.id) == 1);
    int block = app.state.doc.reader.chapters[c.id].block;
    CHECK(block > 0);
    CHECK(StatusOf(app.state.doc.reader, c.id) == ChapterStatus::InProgress);
    Go(app.state.nav, {Screen::Home, "", ""});
    app.Frames(3);
    Go(app.state.nav, {Screen::Chapter, c.id, ""});  // no section: back where it was left
    app.Frames(8);
    CHECK(app.state.doc.reader.chapters[c.id].block == block);
    const MirrorItem* h = app.Find(Role::Heading, c.heading);
    REQUIRE(h);
    CHECK(h->y >= 0);
    CHECK(h->y < 844);
  }
}

TEST_CASE("the Progress screen counts the new chapters", "[ui][progress][life]") {
  TestApp app(390, 844, 3.0f);
  const std::string total = std::to_string(kAllIds.size());
  Go(app.state.nav, {Screen::Progress, "", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Text, "Chapters read: 0 of " + total + "."));
  CHECK(Summarise(app.state.guide, app.state.doc.reader, app.state.doc.ex, app.state.doc.timeout, 0).chapters_total ==
        static_cast<int>(kAllIds.size()));
  int read = 0;
  for (const auto& c : LifeChapters()) {
    UpdatePosition(app.state.doc.reader, c.id, 0, 0, true);
    ++read;
  }
  app.Frames(2);
  CHECK(app.Find(Role::Text, "Chapters read: " + std::to_string(read) + " of " + total + "."));
}
