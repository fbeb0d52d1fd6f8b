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

size_t Clamp(const std::vector<std::string>& paras, const TextPos& p) {
  if (p.para < 0 || p.para >= static_cast<int>(paras.size())) return 0;
  return CharBoundary(paras[p.para], p.at);
}

}  // namespace

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
