// Text selection model; see text_select.h.
#include "core/app/text_select.h"

#include <algorithm>

#include "core/base/text.h"

namespace core {

bool operator<(const TextPos& a, const TextPos& b) { return a.para != b.para ? a.para < b.para : a.at < b.at; }
bool operator==(const TextPos& a, const TextPos& b) { return a.para == b.para && a.at == b.at; }

void SelectNewFrame(TextSelect& s) {
  s.paras.clear();
  s.started = false;
}

int SelectAddParagraph(TextSelect& s, std::string text) {
  s.paras.push_back(std::move(text));
  return static_cast<int>(s.paras.size()) - 1;
}

namespace {

enum class Kind { Space, Word, Other };

Kind KindOf(uint32_t c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x3000)
    return Kind::Space;
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') ? Kind::Word : Kind::Other;
  // Punctuation and symbols outside ASCII: Latin-1's (but not its letters ª µ º), general punctuation
  // (dashes, quotes, the ellipsis), CJK punctuation, and pictographs (an emoji is a word of its own).
  if (c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA ? Kind::Word : Kind::Other;
  if (c == 0xD7 || c == 0xF7) return Kind::Other;
  if ((c >= 0x2010 && c <= 0x206F) || (c >= 0x3001 && c <= 0x303F) || c >= 0x1F000) return Kind::Other;
  return Kind::Word;  // letters of any script, and combining accents
}

bool IsApostrophe(uint32_t c) { return c == '\'' || c == 0x2019; }

struct Char {
  size_t at;
  uint32_t cp;
};

std::vector<Char> Decode(std::string_view t) {
  std::vector<Char> out;
  size_t i = 0;
  while (i < t.size()) {
    size_t at = i;
    uint32_t cp = DecodeUtf8(t, i);
    out.push_back({at, cp});
  }
  return out;
}

size_t Clamp(const std::vector<std::string>& paras, const TextPos& p) {
  if (p.para < 0 || p.para >= static_cast<int>(paras.size())) return 0;
  return CharBoundary(paras[p.para], p.at);
}

}  // namespace

size_t CharBoundary(std::string_view text, size_t at) {
  if (at >= text.size()) return text.size();
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

std::pair<size_t, size_t> WordAt(std::string_view text, size_t at) {
  std::vector<Char> cs = Decode(text);
  if (cs.empty()) return {0, 0};
  at = CharBoundary(text, at);
  size_t k = 0;
  while (k + 1 < cs.size() && cs[k + 1].at <= at) ++k;
  auto kind = [&](size_t i) {
    // An apostrophe between two letters is part of the word ("don't", "partner’s").
    if (IsApostrophe(cs[i].cp) && i > 0 && i + 1 < cs.size() && KindOf(cs[i - 1].cp) == Kind::Word &&
        KindOf(cs[i + 1].cp) == Kind::Word)
      return Kind::Word;
    return KindOf(cs[i].cp);
  };
  Kind want = kind(k);
  auto end_of = [&](size_t i) { return i + 1 < cs.size() ? cs[i + 1].at : text.size(); };
  if (want == Kind::Other) return {cs[k].at, end_of(k)};
  size_t a = k, b = k;
  while (a > 0 && kind(a - 1) == want) --a;
  while (b + 1 < cs.size() && kind(b + 1) == want) ++b;
  return {cs[a].at, end_of(b)};
}

void SelectClear(TextSelect& s) {
  s.anchor = s.focus = s.unit_begin = s.unit_end = TextPos{};
  s.unit = SelectUnit::Char;
  s.dragging = false;
}

void SelectPress(TextSelect& s, TextPos p, int clicks, uint32_t window) {
  if (p.para < 0 || p.para >= static_cast<int>(s.paras.size())) return;
  p.at = Clamp(s.paras, p);
  s.window = window;
  s.dragging = true;
  s.started = true;
  if (clicks <= 1) {
    s.unit = SelectUnit::Char;
    s.anchor = s.focus = s.unit_begin = s.unit_end = p;
    return;
  }
  if (clicks == 2) {
    auto w = WordAt(s.paras[p.para], p.at);
    s.unit = SelectUnit::Word;
    s.unit_begin = {p.para, w.first};
    s.unit_end = {p.para, w.second};
  } else {
    s.unit = SelectUnit::Paragraph;
    s.unit_begin = {p.para, 0};
    s.unit_end = {p.para, s.paras[p.para].size()};
  }
  s.anchor = s.unit_begin;
  s.focus = s.unit_end;
}

void SelectDragTo(TextSelect& s, TextPos p) {
  if (!s.dragging || p.para < 0 || p.para >= static_cast<int>(s.paras.size())) return;
  p.at = Clamp(s.paras, p);
  if (s.unit == SelectUnit::Char) {
    s.focus = p;
    return;
  }
  // By words or paragraphs: the first unit stays whole, and the unit under the pointer is taken whole.
  TextPos b, e;
  if (s.unit == SelectUnit::Word) {
    auto w = WordAt(s.paras[p.para], p.at);
    b = {p.para, w.first};
    e = {p.para, w.second};
  } else {
    b = {p.para, 0};
    e = {p.para, s.paras[p.para].size()};
  }
  if (b < s.unit_begin) {
    s.anchor = s.unit_end;
    s.focus = b;
  } else {
    s.anchor = s.unit_begin;
    s.focus = std::max(e, s.unit_end);
  }
}

void SelectWordAt(TextSelect& s, TextPos p, uint32_t window) {
  SelectPress(s, p, 2, window);
  s.dragging = false;  // a finger that lifts does not extend it
}

bool HasSelection(const TextSelect& s) {
  if (s.anchor.para < 0 || s.focus.para < 0) return false;
  return !SelectedText(s).empty();
}

std::pair<size_t, size_t> SelectedRange(const TextSelect& s, int para) {
  if (s.anchor.para < 0 || s.focus.para < 0 || para < 0 || para >= static_cast<int>(s.paras.size())) return {0, 0};
  TextPos a = std::min(s.anchor, s.focus), b = std::max(s.anchor, s.focus);
  if (para < a.para || para > b.para) return {0, 0};
  size_t from = para == a.para ? Clamp(s.paras, a) : 0;
  size_t to = para == b.para ? Clamp(s.paras, b) : s.paras[para].size();
  if (to <= from) return {0, 0};
  return {from, to};
}

std::string SelectedText(const TextSelect& s) {
  std::string out;
  if (s.anchor.para < 0 || s.focus.para < 0) return out;
  TextPos a = std::min(s.anchor, s.focus), b = std::max(s.anchor, s.focus);
  int last = std::min(b.para, static_cast<int>(s.paras.size()) - 1);
  bool first = true;
  for (int p = a.para; p <= last; ++p) {
    auto r = SelectedRange(s, p);
    if (r.second <= r.first) continue;
    if (!first) out += "\n\n";
    out.append(s.paras[p], r.first, r.second - r.first);
    first = false;
  }
  return out;
}

}  // namespace core
