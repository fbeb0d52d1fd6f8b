// Full-text search over the guide. The text is folded once (core::Fold: lower case, accents and
// quote styles removed) and each query word is looked for at the start of a word; the byte map of
// the folding (Folded::origin) turns every hit back into a range of the plain text for the snippet.
// Every passage is also split into words with their stems once, for the wider searches (other forms
// of a word, related words) and for the chapter suggestions.
#include "core/guide/search.h"

#include <algorithm>
#include <map>

#include "core/base/order.h"
#include "core/guide/markup.h"
#include "core/guide/search_lexicon.h"

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

uint32_t CpAt(std::string_view t, size_t p) {
  size_t i = p;
  return DecodeUtf8(t, i);
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

struct Candidate {
  size_t passage = 0;
  int score = 0;
  std::vector<std::pair<uint32_t, uint32_t>> hits;  // folded byte ranges of every word's hits
};

// Byte range in `plain` of the folded range [fs, fe): whole code points of the source.
std::pair<size_t, size_t> ToSource(const Folded& f, std::string_view plain, uint32_t fs, uint32_t fe) {
  size_t a = f.origin[fs];
  size_t last = f.origin[fe - 1];
  size_t b = last;
  DecodeUtf8(plain, b);
  return {a, b};
}

// The words of folded text, with their stems.
std::vector<SearchToken> Tokenize(std::string_view t, Lang lang) {
  std::vector<SearchToken> out;
  for (size_t i = 0; i < t.size();) {
    size_t at = i;
    uint32_t cp = DecodeUtf8(t, i);
    if (!IsWordCp(cp)) continue;
    size_t end = SkipWord(t, at);
    SearchToken tok;
    tok.start = static_cast<uint32_t>(at);
    tok.end = static_cast<uint32_t>(end);
    tok.stem = Stem(lang, t.substr(at, end - at));
    out.push_back(std::move(tok));
    i = end;
  }
  return out;
}

// Two words follow one another: only a few bytes of spaces or punctuation between them.
bool Adjacent(const std::vector<SearchToken>& toks, size_t a, size_t b) {
  return b == a + 1 && toks[b].start - toks[a].end <= 4;
}

struct TermMatch {
  uint32_t first = 0, last = 0;  // token indexes
  uint32_t start = 0, end = 0;   // folded byte range to mark
  int level = 0;                 // MatchLevel
  bool whole = true;             // the typed word is the whole word
};

bool SameStems(const std::vector<SearchToken>& toks, size_t i, const std::vector<std::string>& stems) {
  if (i + stems.size() > toks.size()) return false;
  for (size_t k = 0; k < stems.size(); ++k) {
    if (toks[i + k].stem != stems[k]) return false;
    if (k > 0 && !Adjacent(toks, i + k - 1, i + k)) return false;
  }
  return true;
}

// Every place the term matches in folded text `t`, at `upto` or closer (the closest way at each word).
void MatchTerm(const QueryTerm& term, MatchLevel upto, std::string_view t, const std::vector<SearchToken>& toks,
               std::vector<TermMatch>& out) {
  out.clear();
  const size_t n = term.words.size();
  for (size_t i = 0; i < toks.size(); ++i) {
    TermMatch m;
    m.first = static_cast<uint32_t>(i);
    bool ok = i + n <= toks.size();
    // As typed: each word starts a word, one after another (a small word must be the whole word).
    for (size_t k = 0; k < n && ok; ++k) {
      const SearchToken& tk = toks[i + k];
      const std::string& w = term.words[k];
      ok = tk.end - tk.start >= w.size() && t.compare(tk.start, w.size(), w) == 0 &&
           (!term.stop || tk.end - tk.start == w.size()) && (k == 0 || Adjacent(toks, i + k - 1, i + k));
    }
    if (ok) {
      m.last = static_cast<uint32_t>(i + n - 1);
      m.start = toks[i].start;
      m.end = toks[m.last].start + static_cast<uint32_t>(term.words.back().size());
      m.whole = m.end == toks[m.last].end;
      m.level = 0;
      out.push_back(m);
      continue;
    }
    if (term.stop || upto == MatchLevel::Exact) continue;
    size_t len = 0;
    int level = 0;
    if (SameStems(toks, i, term.stems)) {
      len = term.stems.size();
      level = 1;
    } else if (upto == MatchLevel::Related) {
      for (const auto& r : term.related)
        if (SameStems(toks, i, r)) {
          len = r.size();
          level = 2;
          break;
        }
    }
    if (len == 0) continue;
    m.last = static_cast<uint32_t>(i + len - 1);
    m.start = toks[i].start;
    m.end = toks[m.last].end;
    m.level = level;
    out.push_back(m);
  }
}

// True when the terms from `k` on follow one another, the first of them right after token `after`.
bool ChainFrom(const std::vector<std::vector<TermMatch>>& at, size_t k, uint32_t after,
               const std::vector<SearchToken>& toks) {
  if (k == at.size()) return true;
  for (const TermMatch& m : at[k])
    if (Adjacent(toks, after, m.first) && ChainFrom(at, k + 1, m.last, toks)) return true;
  return false;
}

// All the terms, in the query's order, one right after another ("calm talk" in "Calm talk works").
bool HasPhrase(const std::vector<std::vector<TermMatch>>& at, const std::vector<SearchToken>& toks) {
  if (at.size() < 2) return false;
  for (const TermMatch& m : at[0])
    if (ChainFrom(at, 1, m.last, toks)) return true;
  return false;
}

// Matches every term in the text. Returns false when a term that must be found is missing.
bool MatchAll(const Query& q, MatchLevel upto, std::string_view t, const std::vector<SearchToken>& toks,
              std::vector<std::vector<TermMatch>>& at) {
  at.resize(q.terms.size());
  for (size_t k = 0; k < q.terms.size(); ++k) {
    MatchTerm(q.terms[k], upto, t, toks, at[k]);
    if (at[k].empty() && !q.terms[k].stop) return false;
  }
  return true;
}

// Ranking. The terms that must be found, by how closely (as typed, then other forms, then related
// words), count first; then titles above headings above body text; then all the words together,
// the small words found, more hits and whole words.
int Score(const Query& q, const std::vector<std::vector<TermMatch>>& at, const std::vector<SearchToken>& toks,
          SearchPassage::Kind kind) {
  int quality = 0, stops = 0, hits = 0, whole = 0;
  for (size_t k = 0; k < at.size(); ++k) {
    if (at[k].empty()) continue;
    int best = 2;
    bool any_whole = false;
    for (const TermMatch& m : at[k]) {
      best = std::min(best, m.level);
      any_whole = any_whole || m.whole;
    }
    if (q.terms[k].stop) ++stops;
    else quality += 3 - best;
    hits += static_cast<int>(at[k].size());
    whole += any_whole ? 1 : 0;
  }
  bool phrase = HasPhrase(at, toks);
  return quality * 1000000 + (3 - static_cast<int>(kind)) * 100000 + (phrase ? 5000 : 0) + stops * 1000 +
         std::min(hits, 50) * 40 + whole * 20;
}

// The stems of every word and phrase of each synonym group, worked out once per language.
const std::vector<std::vector<std::vector<std::string>>>& GroupStems(Lang lang) {
  static std::map<Lang, std::vector<std::vector<std::vector<std::string>>>> cache;
  auto it = cache.find(lang);
  if (it != cache.end()) return it->second;
  std::vector<std::vector<std::vector<std::string>>> groups;
  for (const auto& g : SynonymGroups(lang)) {
    std::vector<std::vector<std::string>> members;
    for (const std::string& phrase : g) {
      std::vector<std::string> stems;
      for (const std::string& w : SearchWords(phrase)) stems.push_back(Stem(lang, w));
      if (!stems.empty()) members.push_back(std::move(stems));
    }
    groups.push_back(std::move(members));
  }
  return cache.emplace(lang, std::move(groups)).first->second;
}

// Similarity of two words by the pairs of letters they share (Dice's coefficient), 0..1.
double PairSimilarity(std::string_view a, std::string_view b) {
  if (a.size() < 2 || b.size() < 2) return 0;
  auto pairs = [](std::string_view w) {
    std::vector<uint16_t> v;
    for (size_t i = 0; i + 1 < w.size(); ++i)
      v.push_back(static_cast<uint16_t>((static_cast<unsigned char>(w[i]) << 8) | static_cast<unsigned char>(w[i + 1])));
    std::sort(v.begin(), v.end());
    return v;
  };
  std::vector<uint16_t> x = pairs(a), y = pairs(b);
  size_t i = 0, j = 0, common = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i] == y[j]) {
      ++common;
      ++i;
      ++j;
    } else if (x[i] < y[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(x.size() + y.size());
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
  for (const auto& r : c.hits) src.push_back(ToSource(p.folded, p.plain, r.first, r.second));
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
  p.tokens = Tokenize(p.folded.text, idx.lang);
  p.plain = std::move(plain);
  idx.passages.push_back(std::move(p));
}

// Adds the words of folded text to a chapter's word list, keeping each word's highest weight.
void AddWords(std::vector<ChapterWord>& list, std::map<std::string, size_t>& seen, const std::string& folded,
              const std::vector<SearchToken>& toks, int weight) {
  for (const SearchToken& t : toks) {
    std::string w = folded.substr(t.start, t.end - t.start);
    auto it = seen.find(w);
    if (it != seen.end()) {
      list[it->second].weight = std::max(list[it->second].weight, weight);
      continue;
    }
    seen.emplace(w, list.size());
    list.push_back({w, t.stem, weight});
  }
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
  // Each chapter's words for suggestions: title, summary and headings weigh more than body text.
  idx.chapter_words.resize(g.chapters.size());
  std::vector<std::map<std::string, size_t>> seen(g.chapters.size());
  for (const SearchPassage& p : idx.passages)
    AddWords(idx.chapter_words[p.chapter], seen[p.chapter], p.folded.text, p.tokens,
             p.kind == SearchPassage::Body ? 1 : 3);
  for (size_t ci = 0; ci < g.chapters.size(); ++ci) {
    std::string summary = FoldSimple(g.chapters[ci].summary);
    AddWords(idx.chapter_words[ci], seen[ci], summary, Tokenize(summary, idx.lang), 3);
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

Query ParseQuery(std::string_view query, Lang lang) {
  Query q;
  q.lang = lang;
  const std::vector<std::string> words = SearchWords(query);
  std::vector<std::string> stems;
  for (const std::string& w : words) stems.push_back(Stem(lang, w));
  const auto& groups = GroupStems(lang);
  auto is_member = [&](const std::vector<std::string>& seq) {
    for (const auto& g : groups)
      for (const auto& m : g)
        if (m == seq) return true;
    return false;
  };
  for (size_t i = 0; i < words.size();) {
    // A phrase from the lexicon ("make up", "calm down") is one term.
    size_t len = 1;
    for (size_t n = 3; n >= 2; --n)
      if (i + n <= words.size() &&
          is_member(std::vector<std::string>(stems.begin() + static_cast<long>(i), stems.begin() + static_cast<long>(i + n)))) {
        len = n;
        break;
      }
    QueryTerm t;
    t.words.assign(words.begin() + static_cast<long>(i), words.begin() + static_cast<long>(i + len));
    t.stems.assign(stems.begin() + static_cast<long>(i), stems.begin() + static_cast<long>(i + len));
    t.stop = len == 1 && IsStopWord(lang, words[i]);
    if (!t.stop)
      for (const auto& g : groups) {
        if (std::find(g.begin(), g.end(), t.stems) == g.end()) continue;
        for (const auto& m : g)
          if (m != t.stems && std::find(t.related.begin(), t.related.end(), m) == t.related.end()) t.related.push_back(m);
      }
    q.terms.push_back(std::move(t));
    i += len;
  }
  // A query of small words only ("what is"): every word counts.
  if (std::all_of(q.terms.begin(), q.terms.end(), [](const QueryTerm& t) { return t.stop; }))
    for (QueryTerm& t : q.terms) t.stop = false;
  return q;
}

std::vector<std::pair<size_t, size_t>> QueryMarks(const Query& q, MatchLevel level, std::string_view plain) {
  std::vector<std::pair<size_t, size_t>> out;
  if (q.terms.empty() || plain.empty()) return out;
  Folded f = Fold(plain);
  std::vector<SearchToken> toks = Tokenize(f.text, q.lang);
  std::vector<TermMatch> at;
  for (const QueryTerm& t : q.terms) {
    MatchTerm(t, level, f.text, toks, at);
    for (const TermMatch& m : at) out.push_back(ToSource(f, plain, m.start, m.end));
  }
  std::sort(out.begin(), out.end());
  std::vector<std::pair<size_t, size_t>> merged;
  for (const auto& r : out) {
    if (!merged.empty() && r.first < merged.back().second) merged.back().second = std::max(merged.back().second, r.second);
    else merged.push_back(r);
  }
  return merged;
}

std::vector<SearchHit> Search(const SearchIndex& index, std::string_view query, size_t max_results) {
  std::vector<SearchHit> out;
  const Query q = ParseQuery(query, index.lang);
  if (q.terms.empty() || max_results == 0) return out;

  std::vector<Candidate> found;
  std::vector<std::vector<TermMatch>> at;
  MatchLevel level = MatchLevel::Exact;
  // As typed first; only when that finds nothing, other forms of the words, then related words.
  for (MatchLevel l : {MatchLevel::Exact, MatchLevel::WordForm, MatchLevel::Related}) {
    level = l;
    for (size_t pi = 0; pi < index.passages.size(); ++pi) {
      const SearchPassage& p = index.passages[pi];
      if (!MatchAll(q, l, p.folded.text, p.tokens, at)) continue;
      Candidate c;
      c.passage = pi;
      for (const auto& matches : at)
        for (const TermMatch& m : matches) c.hits.emplace_back(m.start, m.end);
      c.score = Score(q, at, p.tokens, p.kind);
      found.push_back(std::move(c));
    }
    if (!found.empty()) break;
  }

  // Stable: equal scores keep reading order, so earlier chapters come first.
  StableSortByKey(found, [](const Candidate& c) { return c.score; }, true);
  if (found.size() > max_results) found.resize(max_results);
  out.reserve(found.size());
  for (const Candidate& c : found) {
    out.push_back(MakeHit(index.passages[c.passage], c));
    out.back().level = level;
  }
  return out;
}

// Each chapter the query's words meet, with how well (see SuggestChapters), best first.
static std::vector<std::pair<double, int>> ScoreChapters(const SearchIndex& index, const Query& q) {
  const size_t n = index.chapter_words.size();
  std::vector<std::pair<double, int>> scored;
  for (size_t c = 0; c < n; ++c) {
    double score = 0;
    for (const QueryTerm& t : q.terms) {
      if (t.stop) continue;
      for (size_t k = 0; k < t.words.size(); ++k) {
        const std::string& w = t.words[k];
        const std::string& stem = t.stems[k];
        double best = 0;
        for (const ChapterWord& cw : index.chapter_words[c]) {
          double v = 0;
          if (cw.word.rfind(w, 0) == 0) v = 1.0;  // as typed (the start of the word)
          else if (cw.stem == stem) v = 0.8;      // another form
          else {
            for (const auto& r : t.related)
              if (r.size() == 1 && r[0] == cw.stem) v = 0.6;  // a related word
            if (v == 0 && w.size() >= 4) {                    // spelled nearly the same ("conflcit")
              double sim = PairSimilarity(w, cw.word);
              if (sim >= 0.5) v = 0.5 * sim;
            }
          }
          best = std::max(best, v * cw.weight);
        }
        score += best;
      }
    }
    if (score > 0) scored.emplace_back(score, static_cast<int>(c));
  }
  StableSortByKey(scored, [](const std::pair<double, int>& s) { return s.first; }, true);
  return scored;
}

std::vector<int> SuggestChapters(const SearchIndex& index, std::string_view query, size_t max) {
  std::vector<int> out;
  const Query q = ParseQuery(query, index.lang);
  if (q.terms.empty() || max == 0) return out;
  const std::vector<std::pair<double, int>> scored = ScoreChapters(index, q);
  for (size_t i = 0; i < scored.size() && out.size() < max; ++i) out.push_back(scored[i].second);
  // Nothing in common with any chapter: the guide's first chapters, where it starts.
  if (scored.empty())
    for (size_t c = 0; c < index.chapter_words.size() && c < max; ++c) out.push_back(static_cast<int>(c));
  return out;
}

std::vector<int> MoreChapters(const SearchIndex& index, std::string_view query, const std::vector<SearchHit>& hits,
                              size_t max) {
  std::vector<int> out;
  if (hits.empty() || hits.size() >= kFewHits || max == 0) return out;
  const Query q = ParseQuery(query, index.lang);
  if (q.terms.empty()) return out;
  for (const auto& [score, c] : ScoreChapters(index, q)) {
    if (out.size() >= max) break;
    if (score < 1.0) break;  // less than one word's worth (one as typed, in body text): a guess
    bool hit = false;
    for (const SearchHit& h : hits) hit = hit || h.chapter == c;
    if (!hit) out.push_back(c);
  }
  return out;
}

std::vector<SearchHit> SearchGuide(const Guide& g, std::string_view query, size_t max_results) {
  if (SearchWords(query).empty() || max_results == 0) return {};
  return Search(BuildSearchIndex(g), query, max_results);
}

}  // namespace core
