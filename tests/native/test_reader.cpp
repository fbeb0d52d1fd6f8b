// The reading state (core/reader): position, chapters read, bookmarks and their note.
#include <catch2/catch.hpp>
#include <string>

#include "core/guide/reader.h"
#include "core/store/persist.h"

using namespace core;

TEST_CASE("UpdatePosition records the position and reports changes", "[reader]") {
  ReaderState r;
  CHECK(StatusOf(r, "a") == ChapterStatus::Unread);
  CHECK(UpdatePosition(r, "a", 3, 0.5f, false));
  CHECK(r.chapters.at("a").block == 3);
  CHECK(r.chapters.at("a").offset == Approx(0.5f));
  CHECK_FALSE(r.chapters.at("a").read);
  CHECK(StatusOf(r, "a") == ChapterStatus::InProgress);

  CHECK_FALSE(UpdatePosition(r, "a", 3, 0.5f, false));    // nothing moved
  CHECK_FALSE(UpdatePosition(r, "a", 3, 0.505f, false));  // a jitter smaller than 1% is not a change
  CHECK(UpdatePosition(r, "a", 3, 0.6f, false));
  CHECK(UpdatePosition(r, "a", 4, 0.6f, false));

  // Out-of-range input is clamped.
  UpdatePosition(r, "b", -5, 7.0f, false);
  CHECK(r.chapters.at("b").block == 0);
  CHECK(r.chapters.at("b").offset == 1.0f);
  UpdatePosition(r, "b", 2, -1.0f, false);
  CHECK(r.chapters.at("b").offset == 0.0f);
  UpdatePosition(r, "b", 2, std::numeric_limits<float>::quiet_NaN(), false);
  CHECK(r.chapters.at("b").offset == 0.0f);
  UpdatePosition(r, "b", 2, std::numeric_limits<float>::infinity(), false);
  CHECK(r.chapters.at("b").offset >= 0.0f);
  CHECK(r.chapters.at("b").offset <= 1.0f);
}

TEST_CASE("reaching the end marks a chapter read, for good", "[reader]") {
  ReaderState r;
  CHECK(UpdatePosition(r, "a", 9, 1.0f, true));
  CHECK(r.chapters.at("a").read);
  CHECK(StatusOf(r, "a") == ChapterStatus::Read);
  CHECK(ChaptersRead(r) == 1);
  CHECK_FALSE(UpdatePosition(r, "a", 9, 1.0f, true));  // already read, same place

  // Scrolling back up to the start later keeps it read.
  CHECK(UpdatePosition(r, "a", 0, 0.0f, false));
  CHECK(r.chapters.at("a").read);
  CHECK(StatusOf(r, "a") == ChapterStatus::Read);

  // At the end of a chapter without moving: still a change, because it becomes read.
  UpdatePosition(r, "b", 2, 0.0f, false);
  CHECK(UpdatePosition(r, "b", 2, 0.0f, true));
  CHECK(ChaptersRead(r) == 2);
}

TEST_CASE("StatusOf: unread, in progress, read", "[reader]") {
  ReaderState r;
  CHECK(StatusOf(r, "x") == ChapterStatus::Unread);
  UpdatePosition(r, "top", 0, 0.0f, false);  // at the very top and never opened
  CHECK(StatusOf(r, "top") == ChapterStatus::Unread);
  MarkOpened(r, "opened", 123);
  CHECK(StatusOf(r, "opened") == ChapterStatus::InProgress);
  CHECK(r.chapters.at("opened").opened_ms == 123);
  UpdatePosition(r, "partly", 0, 0.3f, false);
  CHECK(StatusOf(r, "partly") == ChapterStatus::InProgress);
  UpdatePosition(r, "done", 5, 0.0f, true);
  CHECK(StatusOf(r, "done") == ChapterStatus::Read);
  // Reading one chapter says nothing about another.
  CHECK(StatusOf(r, "x") == ChapterStatus::Unread);
}

TEST_CASE("ToggleBookmark adds, keeps order and removes", "[reader]") {
  ReaderState r;
  CHECK_FALSE(IsBookmarked(r, "a", ""));
  ToggleBookmark(r, "a", "", 10);
  CHECK(IsBookmarked(r, "a", ""));
  CHECK_FALSE(IsBookmarked(r, "a", "s"));  // the chapter start is not a section
  CHECK_FALSE(IsBookmarked(r, "b", ""));
  ToggleBookmark(r, "a", "s", 20);
  ToggleBookmark(r, "b", "s", 30);
  REQUIRE(r.bookmarks.size() == 3);
  CHECK(r.bookmarks.back().chapter == "b");  // newest last
  CHECK(r.bookmarks.back().created_ms == 30);

  ToggleBookmark(r, "a", "s", 40);  // toggling again removes just that one
  CHECK_FALSE(IsBookmarked(r, "a", "s"));
  CHECK(IsBookmarked(r, "a", ""));
  CHECK(IsBookmarked(r, "b", "s"));
  REQUIRE(r.bookmarks.size() == 2);
  CHECK(r.bookmarks[0].chapter == "a");
  CHECK(r.bookmarks[1].chapter == "b");

  // Bookmarks survive a save and load.
  SavedDoc d, back;
  d.reader = r;
  REQUIRE(DocFromJson(DocToJson(d), back).status == LoadStatus::Ok);
  CHECK(IsBookmarked(back.reader, "a", ""));
  CHECK(IsBookmarked(back.reader, "b", "s"));
  CHECK_FALSE(IsBookmarked(back.reader, "a", "s"));
}

TEST_CASE("ChaptersRead counts read chapters only", "[reader]") {
  ReaderState r;
  CHECK(ChaptersRead(r) == 0);
  UpdatePosition(r, "a", 1, 0, false);
  MarkOpened(r, "b", 5);
  CHECK(ChaptersRead(r) == 0);
  UpdatePosition(r, "a", 9, 1, true);
  UpdatePosition(r, "c", 9, 1, true);
  CHECK(ChaptersRead(r) == 2);
  UpdatePosition(r, "a", 0, 0, false);
  CHECK(ChaptersRead(r) == 2);
}

TEST_CASE("BlockAt finds the block at the top of the view", "[reader]") {
  ReaderView v;
  int block = -1;
  float offset = -1;
  BlockAt(v, 500, block, offset);  // no layout yet
  CHECK(block == 0);
  CHECK(offset == 0);

  v.block_top = {0, 100, 300};
  v.block_h = {100, 200, 50};
  BlockAt(v, 0, block, offset);
  CHECK(block == 0);
  CHECK(offset == 0);
  BlockAt(v, 150, block, offset);
  CHECK(block == 1);
  CHECK(offset == Approx(0.25f));
  BlockAt(v, 325, block, offset);
  CHECK(block == 2);
  CHECK(offset == Approx(0.5f));
  BlockAt(v, 10000, block, offset);  // past the end
  CHECK(block == 2);
  CHECK(offset == 1.0f);
}

TEST_CASE("BookmarkNote is for its own section and only for a while", "[reader][bookmark]") {
  ReaderState r;
  ReaderView v;
  std::string said = ToggleBookmarkWithNote(r, v, "ch", "sec", "A section", 1000);
  CHECK(said == "Bookmarked A section. You can find it on the contents page.");
  CHECK(IsBookmarked(r, "ch", "sec"));
  CHECK(BookmarkNote(v, "ch", "sec", 1000) == "Bookmarked. It is on the contents page.");
  CHECK(BookmarkNote(v, "ch", "sec", 1000 + kBookmarkNoteMs - 1) == "Bookmarked. It is on the contents page.");
  CHECK(BookmarkNote(v, "ch", "sec", 1000 + kBookmarkNoteMs) == "");
  CHECK(BookmarkNote(v, "ch", "other", 1000) == "");
  CHECK(BookmarkNote(v, "other", "sec", 1000) == "");
  said = ToggleBookmarkWithNote(r, v, "ch", "sec", "A section", 2000);
  CHECK(said == "Bookmark removed from A section.");
  CHECK_FALSE(IsBookmarked(r, "ch", "sec"));
  CHECK(BookmarkNote(v, "ch", "sec", 2000) == "Bookmark removed.");
}
