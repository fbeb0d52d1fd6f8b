// Full-text search over the guide. The text is folded once (core::Fold: lower case, accents and
// quote styles removed) and each query word is looked for at the start of a word; the byte map of
// the folding (Folded::origin) turns every hit back into a range of the plain text for the snippet.
#include "core/search.h"

#include <algorithm>

#include "core/markup.h"

namespace core {

namespace {

constexpr size_t kSnippetBytes = 160;  // the snippet's text, without the "…" marks
constexpr size_t kContextBefore = 50;  // how much comes before the first hit when the passage is cut
constexpr const char* kEllipsis = "\xE2\x80\xA6";  // …
constexpr size_t kEllipsisBytes = 3;

// A code point that belongs to a word: letters and digits of any script, not punctuation,
// symbols, spaces or emoji. (Folded text has no upper case and no accented Latin letters left.)
bool IsWordCp(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp <= 0xBF) return false;                   // Latin-1 punctuation and symbols, no-break space
  if (cp == 0xD7 || cp == 0xF7) return false;     // × ÷
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // general punctuation, currency, arrows, symbols
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE00 && cp <= 0xFE0F) return false;  // variation selectors
  if (cp == 0xFEFF || cp == 0xFFFD) return false;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji and pictographs
  return true;
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The code point that ends just before byte `p` of valid UTF-8 `t` (p > 0); `start` gets its offset.
uint32_t CpBefore(std::string_view t, size_t p, size_t& start) {
  size_t q = p - 1;
  while (q > 0 && IsContinuation(t[q])) --q;
  start = q;
  size_t i = q;
  return DecodeUtf8(t, i);
}

uint32_t CpAt(std::string_view t, size_t p) {
  size_t i = p;
  return DecodeUtf8(t, i);
}

// True when a word starts at byte `p` of folded text: nothing word-like right before it. An
// apostrophe between letters is inside a word ("you'll": no word starts at "ll").
bool IsWordStart(std::string_view t, size_t p) {
  if (p == 0) return true;
  size_t q = 0;
  uint32_t before = CpBefore(t, p, q);
  if (IsWordCp(before)) return false;
  if (before == '\'' && q > 0) {
    size_t r = 0;
    if (IsWordCp(CpBefore(t, q, r))) return false;
  }
  return true;
}

// True when no word continues at byte `p` (the match before it was a whole word).
bool IsWordEnd(std::string_view t, size_t p) {
  if (p >= t.size()) return true;
  uint32_t cp = CpAt(t, p);
  if (IsWordCp(cp)) return false;
  if (cp == '\'' && p + 1 < t.size() && IsWordCp(CpAt(t, p + 1))) return false;  // "trust's"
  return true;
}

size_t SkipWord(std::string_view t, size_t p) {
  while (p < t.size() && !IsWordEnd(t, p)) {
    size_t i = p;
    DecodeUtf8(t, i);
    p = i;
  }
  return p;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Every position where `w` starts a word in `t`.
void FindWord(std::string_view t, const std::string& w, std::vector<uint32_t>& out) {
  out.clear();
  size_t pos = 0;
  while ((pos = t.find(w, pos)) != std::string_view::npos) {
    if (IsWordStart(t, pos)) {
      out.push_back(static_cast<uint32_t>(pos));
      pos += w.size();
    } else {
      ++pos;
    }
  }
}

// True when the words follow one another (each may run on: "trust build" matches "trusting builds").
bool HasPhrase(std::string_view t, const std::vector<std::string>& words, const std::vector<uint32_t>& first_hits) {
  for (uint32_t start : first_hits) {
    size_t p = start + words[0].size();
    bool ok = true;
    for (size_t k = 1; k < words.size() && ok; ++k) {
      p = SkipWord(t, p);
      size_t gap = 0;
      while (p < t.size() && gap <= 4) {
        uint32_t cp = CpAt(t, p);
        if (IsWordCp(cp)) break;
        size_t i = p;
        DecodeUtf8(t, i);
        gap += i - p;
        p = i;
      }
      ok = gap > 0 && gap <= 4 && t.compare(p, words[k].size(), words[k]) == 0;
      p += words[k].size();
    }
    if (ok) return true;
  }
  return false;
}

struct Candidate {
  size_t passage = 0;
  int score = 0;
  std::vector<std::pair<uint32_t, uint32_t>> hits;  // folded byte ranges of every word's hits
};

// Byte range in `plain` of the folded range [fs, fe): whole code points of the source.
std::pair<size_t, size_t> ToSource(const SearchPassage& p, uint32_t fs, uint32_t fe) {
  size_t a = p.folded.origin[fs];
  size_t last = p.folded.origin[fe - 1];
  size_t b = last;
  DecodeUtf8(p.plain, b);
  return {a, b};
}

// Cuts `s` to about kSnippetBytes around the first hit, on spaces when there are any, never inside a
// UTF-8 sequence. Returns [start, end).
std::pair<size_t, size_t> SnippetWindow(std::string_view s, size_t hs, size_t he) {
  const size_t n = s.size();
  if (n <= kSnippetBytes) return {0, n};
  size_t start = hs > kContextBefore ? hs - kContextBefore : 0;
  size_t end = std::min(n, start + kSnippetBytes);
  if (end == n) start = std::min(hs, n - kSnippetBytes);
  if (end < he) end = he;

  // Start: drop the partial word at the cut, then any spaces (never past the hit).
  if (start > 0 && !IsSpace(s[start - 1])) {
    size_t q = start;
    while (q < hs && !IsSpace(s[q])) ++q;
    if (q < hs) start = q;
    else while (start < hs && IsContinuation(s[start])) ++start;  // no space: cut between code points
  }
  while (start < hs && IsSpace(s[start])) ++start;

  // End: back to the last space after the hit; no space there: cut between code points.
  if (end < n && !IsSpace(s[end])) {
    size_t q = end;
    while (q > he && !IsSpace(s[q - 1])) --q;
    if (q > he) end = q - 1;
    else while (end > he && end < n && IsContinuation(s[end])) --end;
  }
  while (end > he && IsSpace(s[end - 1])) --end;
  // A cut after a comma or colon reads better without it.
  if (end < n)
    while (end > he && (s[end - 1] == ',' || s[end - 1] == ';' || s[end - 1] == ':')) --end;
  return {start, end};
}

SearchHit MakeHit(const SearchPassage& p, const Candidate& c) {
  SearchHit h;
  h.chapter = p.chapter;
  h.block = p.block;
  h.item = p.item;
  h.section = p.section;
  h.score = c.score;

  std::vector<std::pair<size_t, size_t>> src;
  src.reserve(c.hits.size());
  for (const auto& r : c.hits) src.push_back(ToSource(p, r.first, r.second));
  std::sort(src.begin(), src.end());
  // Overlapping hits ("trust" and "trusting" at the same place) become one mark.
  std::vector<std::pair<size_t, size_t>> merged;
  for (const auto& r : src) {
    if (!merged.empty() && r.first < merged.back().second) merged.back().second = std::max(merged.back().second, r.second);
    else merged.push_back(r);
  }

  const std::string& s = p.plain;
  size_t hs = merged.empty() ? 0 : merged.front().first, he = merged.empty() ? 0 : merged.front().second;
  auto [start, end] = SnippetWindow(s, hs, he);
  size_t lead = 0;
  if (start > 0) {
    h.snippet = kEllipsis;
    lead = kEllipsisBytes;
  }
  h.snippet.append(s, start, end - start);
  if (end < s.size()) h.snippet += kEllipsis;
  for (const auto& r : merged)
    if (r.first >= start && r.second <= end)
      h.marks.emplace_back(static_cast<int>(r.first - start + lead), static_cast<int>(r.second - start + lead));
  return h;
}

void AddPassage(SearchIndex& idx, SearchPassage::Kind kind, int chapter, int block, int item,
                const std::string& section, std::string plain) {
  if (plain.empty()) return;
  SearchPassage p;
  p.kind = kind;
  p.chapter = chapter;
  p.block = block;
  p.item = item;
  p.section = section;
  p.folded = Fold(plain);
  p.plain = std::move(plain);
  idx.passages.push_back(std::move(p));
}

}  // namespace

SearchIndex BuildSearchIndex(const Guide& g) {
  SearchIndex idx;
  for (size_t ci = 0; ci < g.chapters.size(); ++ci) {
    const Chapter& ch = g.chapters[ci];
    const int c = static_cast<int>(ci);
    AddPassage(idx, SearchPassage::Title, c, -1, -1, "", ch.title);  // titles and headings are plain text
    std::string section;
    for (size_t bi = 0; bi < ch.blocks.size(); ++bi) {
      const Block& b = ch.blocks[bi];
      const int bk = static_cast<int>(bi);
      switch (b.type) {
        case BlockType::Heading:
          section = b.id;
          AddPassage(idx, SearchPassage::Heading, c, bk, -1, section, b.text);
          break;
        case BlockType::Paragraph:
          AddPassage(idx, SearchPassage::Body, c, bk, -1, section, PlainText(b.text));
          break;
        case BlockType::Callout: {
          std::string text = PlainText(b.text);
          if (!b.title.empty()) {
            char last = b.title.back();
            bool punct = last == '.' || last == '?' || last == '!' || last == ':';
            text = b.title + (punct ? " " : ". ") + text;
          }
          AddPassage(idx, SearchPassage::Body, c, bk, -1, section, std::move(text));
          break;
        }
        case BlockType::List:
          for (size_t k = 0; k < b.items.size(); ++k)
            AddPassage(idx, SearchPassage::Body, c, bk, static_cast<int>(k), section, PlainText(b.items[k]));
          break;
        case BlockType::Table:
          for (size_t r = 0; r < b.rows.size(); ++r) {
            size_t cols = b.columns.empty() ? b.rows[r].size() : b.columns.size();
            for (size_t col = 0; col < b.rows[r].size(); ++col)
              AddPassage(idx, SearchPassage::Body, c, bk, static_cast<int>(r * cols + col), section,
                         PlainText(b.rows[r][col]));
          }
          break;
        case BlockType::Help:
          break;
      }
    }
  }
  return idx;
}

std::vector<std::string> SearchWords(std::string_view query) {
  std::vector<std::string> words;
  size_t a = 0, b = query.size();
  while (a < b && IsSpace(query[a])) ++a;
  while (b > a && IsSpace(query[b - 1])) --b;
  std::string_view trimmed = query.substr(a, b - a);
  size_t chars = 0;
  for (size_t i = 0; i < trimmed.size() && chars < 2;) {
    DecodeUtf8(trimmed, i);
    ++chars;
  }
  if (chars < 2) return words;

  const std::string folded = FoldSimple(trimmed);
  std::string cur;
  size_t cur_chars = 0, longest = 0;
  auto flush = [&] {
    if (!cur.empty() && std::find(words.begin(), words.end(), cur) == words.end()) {
      words.push_back(cur);
      longest = std::max(longest, cur_chars);
    }
    cur.clear();
    cur_chars = 0;
  };
  for (size_t i = 0; i < folded.size();) {
    size_t at = i;
    uint32_t cp = DecodeUtf8(folded, i);
    if (IsWordCp(cp)) {
      cur.append(folded, at, i - at);
      ++cur_chars;
    } else if (cp == '\'' && !cur.empty() && i < folded.size() && IsWordCp(CpAt(folded, i))) {
      cur += '\'';
    } else {
      flush();
    }
  }
  flush();
  if (longest > 1) {
    words.erase(std::remove_if(words.begin(), words.end(),
                               [](const std::string& w) {
                                 size_t i = 0;
                                 DecodeUtf8(w, i);
                                 return i == w.size();  // one character
                               }),
                words.end());
  }
  return words;
}

std::vector<SearchHit> Search(const SearchIndex& index, std::string_view query, size_t max_results) {
  std::vector<SearchHit> out;
  const std::vector<std::string> words = SearchWords(query);
  if (words.empty() || max_results == 0) return out;

  std::vector<Candidate> found;
  std::vector<std::vector<uint32_t>> at(words.size());
  for (size_t pi = 0; pi < index.passages.size(); ++pi) {
    const SearchPassage& p = index.passages[pi];
    std::string_view t = p.folded.text;
    bool all = true;
    for (size_t k = 0; k < words.size() && all; ++k) {
      FindWord(t, words[k], at[k]);
      all = !at[k].empty();
    }
    if (!all) continue;

    Candidate c;
    c.passage = pi;
    int hits = 0, whole = 0;
    for (size_t k = 0; k < words.size(); ++k) {
      bool any_whole = false;
      for (uint32_t pos : at[k]) {
        c.hits.emplace_back(pos, static_cast<uint32_t>(pos + words[k].size()));
        any_whole = any_whole || IsWordEnd(t, pos + words[k].size());
        ++hits;
      }
      whole += any_whole ? 1 : 0;
    }
    bool phrase = words.size() > 1 && HasPhrase(t, words, at[0]);
    // Titles above headings above body text; then the words together, more hits, whole words.
    c.score = (3 - static_cast<int>(p.kind)) * 100000 + (phrase ? 5000 : 0) + std::min(hits, 50) * 40 + whole * 20;
    found.push_back(std::move(c));
  }

  // Stable: equal scores keep reading order, so earlier chapters come first.
  std::stable_sort(found.begin(), found.end(), [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
  if (found.size() > max_results) found.resize(max_results);
  out.reserve(found.size());
  for (const Candidate& c : found) out.push_back(MakeHit(index.passages[c.passage], c));
  return out;
}

std::vector<SearchHit> SearchGuide(const Guide& g, std::string_view query, size_t max_results) {
  if (SearchWords(query).empty() || max_results == 0) return {};
  return Search(BuildSearchIndex(g), query, max_results);
}

}  // namespace core
