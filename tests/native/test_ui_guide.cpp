// The guide's contents page and reader (ui/guide), driven like the browser does: search results that
// matched related words, chapter suggestions when nothing or little matched, the note a bookmark toggle leaves,
// and lists published as list items.
#include <catch2/catch.hpp>
#include <string>

#include "core/guide/reader.h"
#include "support.h"

using namespace core;

TEST_CASE("guide search: related words, then suggestions instead of a dead end", "[ui][search]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    Go(app.state.nav, {Screen::Guide, "", ""});
    app.Frames(2);

    // "apology" is not in the guide: passages with related words, the repair chapter's title first.
    Type(app, "Search the guide", "apology", 2, Caret::End);
    const MirrorItem* count = nullptr;
    for (const auto& m : app.host().last_mirror)
      if (m.role == Role::Text && m.name.find("match \xE2\x80\x9C" "apology\xE2\x80\x9D or words like it.") != std::string::npos)
        count = &m;
    REQUIRE(count);
    const MirrorItem* first = FindStarting(app, Role::Link, "Rekindling and repair");
    REQUIRE(first);
    CHECK_FALSE(app.Find(Role::Text, "No exact matches for \xE2\x80\x9C" "apology\xE2\x80\x9D. These chapters may help:"));
    REQUIRE(app.Activate(Role::Link, first->name));
    app.Frames(3);
    CHECK(app.state.nav.route.screen == Screen::Chapter);
    CHECK(app.state.nav.route.id == "rekindling");
    CHECK(app.state.views.reader.highlight == "apology");
    CHECK(app.state.views.reader.highlight_level == static_cast<int>(MatchLevel::Related));

    // Nonsense: no passages, but chapters to go to, as links.
    Go(app.state.nav, {Screen::Guide, "", ""});
    app.Frames(2);
    Type(app, "Search the guide", "xqzvw", 2, Caret::End);
    CHECK(app.Find(Role::Text, "No exact matches for \xE2\x80\x9Cxqzvw\xE2\x80\x9D. These chapters may help:"));
    const MirrorItem* start = app.Find(Role::Link, "1. What intimacy is");
    REQUIRE(start);
    REQUIRE(app.Activate(Role::Link, "1. What intimacy is"));
    app.Frames(2);
    CHECK(app.state.nav.route == Route{Screen::Chapter, "what-intimacy-is", ""});

    // A misspelling suggests its chapter first.
    Go(app.state.nav, {Screen::Guide, "", ""});
    app.Frames(2);
    Type(app, "Search the guide", "conflcit", 2, Caret::End);
    CHECK(app.Find(Role::Text, "No exact matches for \xE2\x80\x9C" "conflcit\xE2\x80\x9D. These chapters may help:"));
    CHECK(app.Find(Role::Link, "7. Conflict as a way to grow closer"));

    // A few passages, all in the conflict chapter: the repair chapter is named below them, and opens.
    Go(app.state.nav, {Screen::Guide, "", ""});
    app.Frames(2);
    Type(app, "Search the guide", "repair after a fight", 2, Caret::End);
    REQUIRE(FindStarting(app, Role::Link, "Conflict as a way to grow closer"));
    const MirrorItem* also = app.Find(Role::Text, "Chapters that may also help:");
    REQUIRE(also);
    const MirrorItem* repair = app.Find(Role::Link, "10. Rekindling and repair");
    REQUIRE(repair);
    CHECK(repair->y > also->y);
    REQUIRE(app.Activate(Role::Link, "10. Rekindling and repair"));
    app.Frames(2);
    CHECK(app.state.nav.route == Route{Screen::Chapter, "rekindling", ""});
    // Plenty of passages: no more chapters.
    Go(app.state.nav, {Screen::Guide, "", ""});
    app.Frames(2);
    Type(app, "Search the guide", "apology", 2, Caret::End);
    REQUIRE(FindStarting(app, Role::Link, "Rekindling and repair"));
    CHECK_FALSE(app.Find(Role::Text, "Chapters that may also help:"));
  }
}

TEST_CASE("a bookmark's note: set and removed, beside the button for a moment, and announced", "[ui][bookmark]") {
  TestApp app(390, 844, 3.0f);
  Go(app.state.nav, {Screen::Chapter, "talking-close", ""});
  app.Frames(3);
  const MirrorItem* mark = FindStarting(app, Role::Button, "Bookmark section: ");
  REQUIRE(mark);
  std::string section = mark->name.substr(std::string("Bookmark section: ").size());
  CHECK_FALSE(app.Find(Role::Text, "Bookmarked. It is on the contents page."));
  REQUIRE(app.Activate(Role::Button, mark->name));
  app.Frames(2);
  REQUIRE_FALSE(app.host().announcements.empty());
  CHECK(app.host().announcements.back() == "Bookmarked " + section + ". You can find it on the contents page.");
  const MirrorItem* note = app.Find(Role::Text, "Bookmarked. It is on the contents page.");
  REQUIRE(note);
  const MirrorItem* button = app.Find(Role::Button, "Remove bookmark: " + section);
  REQUIRE(button);
  // Near the button: just under it, on screen, and not covering it.
  CHECK(note->y >= button->y + button->h - 1.0f);
  CHECK(note->y < button->y + button->h + 40.0f);
  CHECK(note->x + note->w <= 390.0f);
  CHECK(app.state.frame.out.wake_at_ms > 0);  // a frame is asked for when the note should go

  // It goes after a few seconds.
  app.host().now_ms += kBookmarkNoteMs;
  app.Frames(2);
  CHECK_FALSE(app.Find(Role::Text, "Bookmarked. It is on the contents page."));

  // Removing says so too.
  REQUIRE(app.Activate(Role::Button, "Remove bookmark: " + section));
  app.Frames(2);
  CHECK(app.host().announcements.back() == "Bookmark removed from " + section + ".");
  CHECK(app.Find(Role::Text, "Bookmark removed."));
  CHECK(app.Find(Role::Button, "Bookmark section: " + section));
  CHECK(app.state.doc.reader.bookmarks.empty());
}

TEST_CASE("a bookmark on the contents opens its chapter at the section, also right after reading it", "[ui][bookmark]") {
  TestApp app(1280, 800, 1);
  Go(app.state.nav, {Screen::Chapter, "talking-close", ""});
  app.Frames(4);
  REQUIRE(app.Activate(Role::Button, "Bookmark section: Listening in three stages"));
  app.Frames(2);
  Go(app.state.nav, {Screen::Guide});
  app.Frames(3);
  REQUIRE(app.Activate(Role::Link, "Talking so you feel close \xE2\x80\x94 Listening in three stages"));
  app.Frames(6);
  const MirrorItem* h = app.Find(Role::Heading, "Listening in three stages");
  REQUIRE(h);
  CHECK(h->y >= 0);
  CHECK(h->y < 300);
}

TEST_CASE("a guide list is published as list items, with its links inside their item", "[ui][a11y]") {
  TestApp app(1280, 4000, 1.0f);  // tall: the whole chapter on screen
  Go(app.state.nav, {Screen::Chapter, "what-intimacy-is", ""});
  app.Frames(3);
  const auto& m = app.host().last_mirror;
  const MirrorItem* item = nullptr;
  for (const auto& it : m)
    if (it.role == Role::Text && it.list && it.name.rfind("What intimacy is made of:", 0) == 0) item = &it;
  REQUIRE(item);
  int in_same_list = 0;
  for (const auto& it : m) in_same_list += it.list == item->list;
  CHECK(in_same_list >= 2);
  const MirrorItem* link = app.Find(Role::Link, "What intimacy is made of");
  REQUIRE(link);
  CHECK(link->inside == item->id);
  CHECK(SerializeMirror({*item}).find("\"ls\":") != std::string::npos);
  const MirrorItem* para = nullptr;  // a paragraph is not a list item
  for (const auto& it : m)
    if (it.role == Role::Text && it.name.rfind("Most of us want", 0) == 0) para = &it;
  REQUIRE(para);
  CHECK(para->list == 0);
}
