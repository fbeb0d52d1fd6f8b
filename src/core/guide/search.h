// Full-text search across the whole guide: case- and accent-insensitive, every query word must
// start a word in the passage, results ranked (titles, then headings, then body text) with a short
// plain-text snippet and the byte ranges to highlight in it.
//
// When the words as typed are found nowhere, search widens in two steps: first other forms of the
// words (stems: "apologizing" finds "apologize"), then related words from core/guide/search_lexicon.cpp
// ("sorry" finds "repair" and "making up"). Small words ("how", "to") need not be found when the
// query has other words. When even that finds nothing, SuggestChapters names the closest chapters;
// when it finds only a few passages, MoreChapters names chapters about it that hold none of them.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/text.h"
#include "core/guide/content.h"
#include "core/guide/stem.h"

namespace core {

// How a hit matched the query: the words as typed, other forms of them, or related words.
enum class MatchLevel { Exact = 0, WordForm = 1, Related = 2 };

struct SearchHit {
  int chapter = -1;        // index into Guide::chapters
  int block = -1;          // block index in the chapter (-1 = the chapter title)
  int item = -1;           // list item, or table cell (row * columns + column); -1 = the block's main text
  std::string section;     // id of the nearest heading at or above the block ("" = chapter start)
  std::string snippet;     // the passage as plain text, cut to about 160 bytes around the first hit ("…" where cut)
  std::vector<std::pair<int, int>> marks;  // byte ranges [start, end) of every hit inside `snippet`, sorted
  int score = 0;           // higher ranks first
  MatchLevel level = MatchLevel::Exact;  // the widest match the search needed (the same for every hit)
};

// One word of a query (or a phrase of a few, when the query holds a phrase from the lexicon: "make up").
struct QueryTerm {
  std::vector<std::string> words;               // folded, as typed
  std::vector<std::string> stems;               // their stems
  std::vector<std::vector<std::string>> related;  // the stems of each related word or phrase
  bool stop = false;                            // a small word: need not be found, matched whole only
};

struct Query {
  Lang lang = Lang::English;
  std::vector<QueryTerm> terms;
};

// The query's words (SearchWords) with their stems and related words. No terms for a too-short query.
Query ParseQuery(std::string_view query, Lang lang = Lang::English);

// Byte ranges [start, end) in `plain` of every word the query matches up to `level`, sorted and not
// overlapping (the reader marks these in a chapter opened from a search).
std::vector<std::pair<size_t, size_t>> QueryMarks(const Query& q, MatchLevel level, std::string_view plain);

// A one-token piece of a passage: its folded byte range and its stem.
struct SearchToken {
  uint32_t start = 0, end = 0;
  std::string stem;
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
  std::vector<SearchToken> tokens;  // the words of `folded`
};

// A word of a chapter for suggestions: folded, its stem, and 3 for the title, summary and headings
// (1 for body text).
struct ChapterWord {
  std::string word, stem;
  int weight = 1;
};

// The guide's text prepared once (plain and folded); searching it only scans. Build it again when
// the guide changes. Keep it around while the person types: a search then costs tens of microseconds.
struct SearchIndex {
  std::vector<SearchPassage> passages;  // in reading order: chapter, then block, then item
  std::vector<std::vector<ChapterWord>> chapter_words;  // per chapter, each word once (highest weight)
  Lang lang = Lang::English;
};

SearchIndex BuildSearchIndex(const Guide& g);

// The folded words of a query: runs of letters and digits (an apostrophe between letters stays in
// the word: "don't"). One-letter words are dropped when the query has a longer one. Empty when the
// trimmed query is shorter than 2 characters.
std::vector<std::string> SearchWords(std::string_view query);

// Every passage holding all the query words (each at the start of a word), best first; ties keep
// reading order. At most `max_results` hits. When none holds them, the same with other forms of the
// words, then with related words (see the top of this file); hits say which in `level`.
std::vector<SearchHit> Search(const SearchIndex& index, std::string_view query, size_t max_results = 50);

// When a search finds nothing: up to `max` chapters (indexes) closest to the query, best first, by
// how well its words (as typed, in other forms, related, or spelled nearly the same) meet each
// chapter's words; title, summary and headings count more than body text. A query that meets no
// chapter at all gets the first chapters, so the person always has somewhere to go.
std::vector<int> SuggestChapters(const SearchIndex& index, std::string_view query, size_t max = 3);

// Beside a search's hits, when there are few (fewer than kFewHits): up to `max` more chapters the
// query's words meet (as SuggestChapters ranks them, with at least one word's worth in common) that
// hold none of the hits. A narrow match then still points to the chapter about it: "repair after a
// fight" finds one passage, in the conflict chapter, and names the repair chapter too. Empty when
// there are no hits (SuggestChapters is for that) or enough of them.
inline constexpr size_t kFewHits = 3;
std::vector<int> MoreChapters(const SearchIndex& index, std::string_view query, const std::vector<SearchHit>& hits,
                              size_t max = 2);

// The same without keeping an index (builds one for this call).
std::vector<SearchHit> SearchGuide(const Guide& g, std::string_view query, size_t max_results = 50);

}  // namespace core
