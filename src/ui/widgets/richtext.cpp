// Rich text layout: two passes. The first breaks the spans into words and places them on lines
// (breaking only at spaces, so "link." never splits); the second draws them and adds the links.
#include "ui/widgets/richtext.h"

#include <algorithm>
#include <cfloat>

#define IMGUI_DEFINE_MATH_OPERATORS
#include "core/guide/markup.h"
#include "core/guide/search.h"
#include "core/base/text.h"
#include "imgui_internal.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace ui {

namespace {

struct Piece {  // one run of one span's text on one line
  int span = 0;
  size_t begin = 0, end = 0;  // bytes in the span's text
  ImVec2 pos;                 // relative to the block's top-left
  float w = 0;
  bool marked = false;
};

ImFont* FaceFor(const core::Span& sp, ImFont* regular) {
  const Fonts& f = GetFonts();
  if (regular != f.body && regular) return regular;  // headings keep their face
  if (sp.bold) return f.bold;
  if (sp.italic) return f.italic;
  return regular ? regular : f.body;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

}  // namespace

std::string RichText(core::AppState& s, std::string_view markup, const RichOptions& o) {
  std::vector<core::Span> spans;
  if (o.plain) spans.push_back({std::string(markup)});
  else core::ParseInline(markup, spans);
  ImFont* regular = o.font ? o.font : GetFonts().body;
  const core::Palette& p = Pal(s);
  ImGuiWindow* win = ImGui::GetCurrentWindow();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float wrap = ImGui::GetContentRegionAvail().x;
  if (win->DC.TextWrapPos > 0) wrap = std::min(wrap, win->DC.TextWrapPos - ImGui::GetCursorPos().x);
  wrap = std::max(wrap, regular->FontSize * 4);
  const float line_h = regular->FontSize / GetFonts().height_per_em * 1.5f;  // 1.5 em, as a reader expects
  const float left = o.indent;

  // ---- pass 1: words -> pieces on lines ----
  std::vector<Piece> pieces;
  float x = left, y = 0;
  bool space_pending = false;
  // A word may run across spans ("**bold**," or "[link]."): gather its pieces, then place them together.
  std::vector<Piece> word;
  float word_w = 0;
  auto place_word = [&]() {
    if (word.empty()) return;
    float space = space_pending ? ImGui::CalcTextSize(" ").x : 0;
    if (x > left && x + space + word_w > wrap) {
      x = left;
      y += line_h;
      space = 0;
    }
    x += space;
    for (Piece& pc : word) {
      pc.pos = ImVec2(x, y);
      x += pc.w;
      pieces.push_back(pc);
    }
    word.clear();
    word_w = 0;
    space_pending = false;
  };
  for (int si = 0; si < static_cast<int>(spans.size()); ++si) {
    const std::string& t = spans[si].text;
    ImFont* face = FaceFor(spans[si], regular);
    size_t i = 0;
    while (i < t.size()) {
      if (IsSpace(t[i])) {
        place_word();
        space_pending = true;
        while (i < t.size() && IsSpace(t[i])) ++i;
        continue;
      }
      size_t j = i;
      while (j < t.size() && !IsSpace(t[j])) ++j;
      Piece pc;
      pc.span = si;
      pc.begin = i;
      pc.end = j;
      pc.w = face->CalcTextSizeA(face->FontSize, FLT_MAX, 0, t.data() + i, t.data() + j).x;
      word.push_back(pc);
      word_w += pc.w;
      i = j;
    }
  }
  place_word();
  float height = y + line_h;

  // Highlights: the pieces that hold a word the search matched, found in the text as the reader
  // sees it (the spans one after another), so "making up" is marked as a phrase.
  if (o.highlight && !o.highlight->terms.empty()) {
    std::string text;
    std::vector<size_t> at(spans.size());
    for (size_t i = 0; i < spans.size(); ++i) {
      at[i] = text.size();
      text += spans[i].text;
    }
    auto marks = core::QueryMarks(*o.highlight, o.highlight_level, text);
    for (Piece& pc : pieces) {
      size_t a = at[pc.span] + pc.begin, b = at[pc.span] + pc.end;
      for (const auto& m : marks)
        if (m.first < b && m.second > a) pc.marked = true;
    }
  }

  // ---- the block as one item: the mirror's text, and the layout's size ----
  ImRect bb(origin, origin + ImVec2(wrap, height));
  ImGui::ItemSize(bb);
  bool visible = ImGui::ItemAdd(bb, 0);
  ImGuiID text_id = 0;
  if (o.publish) {
    core::MirrorItem ti;
    ti.list = o.list;
    ti.ordered = o.ordered;
    text_id = Publish(s, core::Role::Text, o.plain ? std::string(markup) : core::PlainText(markup), ti);
  }

  // ---- pass 2: draw and interact ----
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float pad_y = (line_h - regular->FontSize) * 0.5f;
  if (!o.prefix.empty() && visible)
    dl->AddText(regular, regular->FontSize, origin + ImVec2(0, pad_y), Col(o.error ? p.error : o.muted ? p.muted : p.text), o.prefix.c_str());
  std::string activated;
  int link_no = 0;
  for (size_t k = 0; k < pieces.size(); ++k) {
    const Piece& pc = pieces[k];
    const core::Span& sp = spans[pc.span];
    ImFont* face = FaceFor(sp, regular);
    ImVec2 a = origin + pc.pos + ImVec2(0, pad_y);
    const char* tb = sp.text.data() + pc.begin;
    const char* te = sp.text.data() + pc.end;
    if (sp.link.empty()) {
      if (visible) {
        if (pc.marked) dl->AddRectFilled(a - ImVec2(1, 0), a + ImVec2(pc.w + 1, face->FontSize), Col(p.highlight), 3.0f);
        dl->AddText(face, face->FontSize, a, Col(o.error ? p.error : o.muted ? p.muted : p.text), tb, te);
      }
      continue;
    }
    // A link: every piece of it is clickable; the first one carries the mirror element.
    bool first = k == 0 || spans[pieces[k - 1].span].link != sp.link;
    if (first) ++link_no;
    float gap = (k + 1 < pieces.size() && spans[pieces[k + 1].span].link == sp.link &&
                 pieces[k + 1].pos.y == pc.pos.y)
                    ? pieces[k + 1].pos.x - pc.pos.x - pc.w
                    : 0;  // cover the space to the next word so the underline is continuous
    ImRect r(a, a + ImVec2(pc.w + gap, face->FontSize));
    // The first piece's id is the link's (the mirror activates it); later pieces get their own.
    std::string key = "link#" + std::to_string(link_no) + sp.link;
    if (!first) key += "#" + std::to_string(k);
    ImGuiID id = ImGui::GetID(key.c_str());
    ImGui::ItemAdd(r, id);
    bool hovered = false, held = false;
    bool pressed = PointerPress(s, ImGui::ButtonBehavior(r, id, &hovered, &held));
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (visible) {
      if (pc.marked) dl->AddRectFilled(a - ImVec2(1, 0), a + ImVec2(pc.w + 1, face->FontSize), Col(p.highlight), 3.0f);
      dl->AddText(face, face->FontSize, a, Col(p.link), tb, te);
      float t = std::max(1.0f, Dpr(s));
      dl->AddLine(ImVec2(r.Min.x, r.Max.y - t * 0.5f), ImVec2(r.Max.x, r.Max.y - t * 0.5f), Col(p.link, hovered ? 1.0f : 0.6f), t);
    }
    if (first) {
      std::string words;  // the whole link text, for its accessible name
      for (size_t m = k; m < pieces.size() && spans[pieces[m].span].link == sp.link; ++m) {
        if (m > k && (pieces[m].span != pieces[m - 1].span || pieces[m].begin != pieces[m - 1].end)) words += ' ';
        words.append(spans[pieces[m].span].text, pieces[m].begin, pieces[m].end - pieces[m].begin);
      }
      core::MirrorItem mi;
      mi.href = core::TargetToHref(sp.link);  // an https address, or the app's own "#/..."
      if (o.list) mi.inside = text_id;  // a list holds only items: the link goes inside its item
      ImGuiID pid = Publish(s, core::Role::Link, words, mi);
      if (Activated(s, pid)) pressed = true;
    }
    if (pressed && sp.link.rfind("https://", 0) != 0) activated = sp.link;
  }
  return activated;
}

}  // namespace ui
