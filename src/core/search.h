// Full-text search across the whole guide: case- and accent-insensitive, every query word must
// start a word in the passage, results ranked (titles, then headings, then body text) with a short
// plain-text snippet and the byte ranges to highlight in it.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/content.h"
#include "core/text.h"

namespace core {

struct SearchHit {
  int chapter = -1;        // index into Guide::chapters
  int block = -1;          // block index in the chapter (-1 = the chapter title)
  int item = -1;           // list item, or table cell (row * columns + column); -1 = the block's main text
  std::string section;     // id of the nearest heading at or above the block ("" = chapter start)
  std::string snippet;     // the passage as plain text, cut to about 160 bytes around the first hit ("…" where cut)
  std::vector<std::pair<int, int>> marks;  // byte ranges [start, end) of every hit inside `snippet`, sorted
  int score = 0;           // higher ranks first
};

// One searchable piece of text: a chapter title, a heading, a paragraph, a callout (title + text),
// one list item or one table cell.
struct SearchPassage {
  enum Kind { Title = 0, Heading = 1, Body = 2 };
  Kind kind = Body;
  int chapter = -1, block = -1, item = -1;
  std::string section;  // nearest heading id at or above ("" = chapter start)
  std::string plain;    // the text a reader sees (markup removed)
  Folded folded;        // `plain` folded for matching, with its byte map back into `plain`
};

// The guide's text prepared once (plain and folded); searching it only scans. Build it again when
// the guide changes. Keep it around while the person types: a search then costs tens of microseconds.
struct SearchIndex {
  std::vector<SearchPassage> passages;  // in reading order: chapter, then block, then item
};

SearchIndex BuildSearchIndex(const Guide& g);

// The folded words of a query: runs of letters and digits (an apostrophe between letters stays in
// the word: "don't"). One-letter words are dropped when the query has a longer one. Empty when the
// trimmed query is shorter than 2 characters.
std::vector<std::string> SearchWords(std::string_view query);

// Every passage holding all the query words (each at the start of a word), best first; ties keep
// reading order. At most `max_results` hits.
std::vector<SearchHit> Search(const SearchIndex& index, std::string_view query, size_t max_results = 50);

// The same without keeping an index (builds one for this call).
std::vector<SearchHit> SearchGuide(const Guide& g, std::string_view query, size_t max_results = 50);

}  // namespace core
