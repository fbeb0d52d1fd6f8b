// Reading state: where the person is in each chapter, what is read, and bookmarks.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace core {

struct ChapterProgress {
  int block = 0;           // first block visible at the top of the view
  float offset = 0;        // how far into that block, 0..1
  bool read = false;       // the end was reached at least once
  double opened_ms = 0;    // last time opened (wall clock), 0 = never
};

struct Bookmark {
  std::string chapter;     // chapter id
  std::string section;     // section id ("" = chapter start)
  double created_ms = 0;
};

struct ReaderState {
  std::map<std::string, ChapterProgress> chapters;  // by chapter id
  std::vector<Bookmark> bookmarks;                 // newest last
  std::string search_query;                        // what is typed in the guide's search box
};

// What the reader screen keeps between frames (not saved): where to scroll once the chapter is laid
// out, which words to highlight, and the layout of the last frame.
struct ReaderView {
  std::string chapter;             // the chapter the layout below belongs to
  int scroll_to_block = -1;        // scroll there once the layout is known (-1 = nothing pending)
  float scroll_to_offset = 0;      // 0..1 into that block
  int settle = 0;                  // frames since the chapter opened (layout settles in two)
  std::string highlight;           // the search words to mark in this chapter
  int highlight_level = 0;         // how widely they matched (core::MatchLevel)
  std::string highlight_chapter;   // the chapter a search is opening (its words stay marked there)
  std::string note_chapter, note_section;  // the bookmark that just changed ...
  bool note_marked = false;                // ... whether it is now set ...
  double note_until_ms = 0;                // ... and until when its note shows
  std::vector<float> block_top;    // top of every block in the page (device px, page coordinates)
  std::vector<float> block_h;      // and its height
};

// The block at the top of a view scrolled to `scroll_y`, and how far into it (0..1).
void BlockAt(const ReaderView& v, float scroll_y, int& block, float& offset);

enum class ChapterStatus { Unread, InProgress, Read };

ChapterStatus StatusOf(const ReaderState& r, const std::string& chapter);
// Records the reading position. Marks the chapter read when `at_end` is true. Returns true if anything changed.
bool UpdatePosition(ReaderState& r, const std::string& chapter, int block, float offset, bool at_end);
void MarkOpened(ReaderState& r, const std::string& chapter, double now_ms);
bool IsBookmarked(const ReaderState& r, const std::string& chapter, const std::string& section);
void ToggleBookmark(ReaderState& r, const std::string& chapter, const std::string& section, double now_ms);
int ChaptersRead(const ReaderState& r);

// Feedback when a bookmark is set or removed: a short note beside its button for a few seconds.
constexpr double kBookmarkNoteMs = 4000;
// Toggles the bookmark, starts its note, and returns what to announce to screen readers.
std::string ToggleBookmarkWithNote(ReaderState& r, ReaderView& v, const std::string& chapter,
                                   const std::string& section, const std::string& title, double now_ms);
// The note to show beside this section's bookmark button now ("" = none).
std::string BookmarkNote(const ReaderView& v, const std::string& chapter, const std::string& section, double now_ms);

}  // namespace core
