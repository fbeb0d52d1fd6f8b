// Rich text layout: two passes. The first breaks the spans into words and places them on lines
// (breaking only at spaces, so "link." never splits); the second draws them and adds the links.
#include "ui/widgets/richtext.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#define IMGUI_DEFINE_MATH_OPERATORS
#include "core/app/nav.h"
#include "core/base/text.h"
#include "core/guide/markup.h"
#include "core/guide/search.h"
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
  return regular ? regular : f.body;  // italic: the same face, slanted as it is drawn (SlantSince)
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// A piece's words at `a` (its top-left); italic ones slanted about their baseline.
void DrawWords(ImDrawList* dl, ImFont* face, ImVec2 a, ImU32 col, const char* b, const char* e, bool italic) {
  int start = dl->VtxBuffer.Size;
  dl->AddText(face, face->FontSize, a, col, b, e);
  if (italic) SlantSince(dl, start, a.y + face->Ascent);
}

float TextW(ImFont* face, const char* b, const char* e) { return face->CalcTextSizeA(face->FontSize, FLT_MAX, 0, b, e).x; }

// Where the pointer is in a laid-out block, as a byte offset of its plain text: `under` is the
// character under the pointer (for picking a word), else the nearest place between two characters
// (for a drag). Above the block is its start, below it its end.
size_t OffsetAt(const std::vector<Piece>& pieces, const std::vector<core::Span>& spans, const std::vector<size_t>& at,
                ImFont* regular, float line_h, float height, size_t size, ImVec2 rel, bool under) {
  if (pieces.empty() || rel.y < 0) return 0;
  if (rel.y >= height) return size;
  float line_y = std::floor(rel.y / line_h) * line_h;
  size_t first = pieces.size(), last = 0;
  for (size_t k = 0; k < pieces.size(); ++k)
    if (std::fabs(pieces[k].pos.y - line_y) < 0.5f) {
      first = std::min(first, k);
      last = k;
    }
  if (first == pieces.size()) return size;
  for (size_t k = first; k <= last; ++k) {
    const Piece& pc = pieces[k];
    size_t base = at[pc.span];
    if (rel.x < pc.pos.x) {  // before this word: the start of the line, or the space before the word
      if (k == first) return base + pc.begin;
      const Piece& prev = pieces[k - 1];
      size_t prev_end = at[prev.span] + prev.end;
      if (under) return prev_end;
      return rel.x - (prev.pos.x + prev.w) < pc.pos.x - rel.x ? prev_end : base + pc.begin;
    }
    if (rel.x > pc.pos.x + pc.w) continue;
    ImFont* face = FaceFor(spans[pc.span], regular);
    const std::string& t = spans[pc.span].text;
    float x = pc.pos.x;
    size_t i = pc.begin;
    while (i < pc.end) {
      unsigned int c = 0;
      int n = ImTextCharFromUtf8(&c, t.data() + i, t.data() + pc.end);
      if (n <= 0) n = 1;
      float adv = face->GetCharAdvance(static_cast<ImWchar>(c));
      if (rel.x < x + adv) return base + ((under || rel.x < x + adv * 0.5f) ? i : i + n);
      x += adv;
      i += n;
    }
    return base + pc.end;
  }
  const Piece& pc = pieces[last];
  return at[pc.span] + pc.end;
}

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

  // The text as the reader sees it (the spans one after another; the mirror holds the same), and
  // where each span starts in it.
  std::string text;
  std::vector<size_t> at(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    at[i] = text.size();
    text += spans[i].text;
  }

  // Highlights: the pieces that hold a word the search matched, found in that text, so "making up"
  // is marked as a phrase.
  if (o.highlight && !o.highlight->terms.empty()) {
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
    text_id = Publish(s, core::Role::Text, text, ti);  // core::PlainText(markup), already joined above
  }

  // ---- selection (core/app/text_select.h): this paragraph's selected bytes ----
  core::TextSelect& sel = s.views.select;
  const int para = core::SelectAddParagraph(sel, text);
  const auto chosen = core::SelectedRange(sel, para);
  const ImU32 sel_col = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);  // the theme's selection colour (focus, 35%)
  const ImVec2 mouse = ImGui::GetIO().MousePos;

  // ---- pass 2: draw and interact ----
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float pad_y = (line_h - regular->FontSize) * 0.5f;
  // The selected part of piece k (and the space after it when the selection runs on to the next
  // word of the line), drawn behind the glyphs over the whole line's height.
  auto draw_selected = [&](size_t k) {
    if (!visible || chosen.second <= chosen.first) return;
    const Piece& pc = pieces[k];
    const core::Span& sp = spans[pc.span];
    ImFont* face = FaceFor(sp, regular);
    size_t base = at[pc.span];
    size_t a = std::max(chosen.first, base + pc.begin), b = std::min(chosen.second, base + pc.end);
    float x0 = 0, x1 = 0;
    bool any = a < b;
    if (any) {
      x0 = pc.pos.x + TextW(face, sp.text.data() + pc.begin, sp.text.data() + (a - base));
      x1 = pc.pos.x + TextW(face, sp.text.data() + pc.begin, sp.text.data() + (b - base));
    }
    if (k + 1 < pieces.size() && pieces[k + 1].pos.y == pc.pos.y) {
      size_t next = at[pieces[k + 1].span] + pieces[k + 1].begin;
      if (chosen.first <= base + pc.end && chosen.second >= next && next > base + pc.end) {
        if (!any) x0 = pc.pos.x + pc.w;
        x1 = pieces[k + 1].pos.x;
        any = true;
      }
    }
    if (!any || x1 <= x0) return;
    ImRect r(origin + ImVec2(x0, pc.pos.y), origin + ImVec2(x1, pc.pos.y + line_h));
    dl->AddRectFilled(r.Min, r.Max, sel_col);
    if (r.Contains(mouse)) s.frame.out.over_selection = true;
  };
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
        draw_selected(k);
        DrawWords(dl, face, a, Col(o.error ? p.error : o.muted ? p.muted : p.text), tb, te, sp.italic);
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
      draw_selected(k);
      DrawWords(dl, face, a, Col(p.link), tb, te, sp.italic);
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

  // ---- selecting: a press on the text (not on a link or a control) places the start; two select the
  // word, three the paragraph; a drag with the button held runs it on, even into the paragraphs
  // below or above in the same scroll area. A long press on a touch screen selects the word. (A touch
  // drag is no mouse drag: it reaches the app as scrolling, so it still scrolls.)
  ImGuiContext& g = *GImGui;
  const uint32_t win_id = win->ID;
  auto offset = [&](bool under) {
    return OffsetAt(pieces, spans, at, regular, line_h, height, text.size(), mouse - origin, under);
  };
  bool over_text = ImGui::IsMouseHoveringRect(bb.Min, bb.Max, false) && ImGui::IsWindowHovered() &&
                   g.HoveredId == 0 && g.HoveredIdPreviousFrame == 0 && g.ActiveId == 0;
  int clicks = ImGui::GetMouseClickedCount(ImGuiMouseButton_Left);
  if (over_text && clicks > 0) core::SelectPress(sel, {para, offset(clicks >= 2)}, clicks, win_id);
  else if (over_text && s.frame.in.long_press) core::SelectWordAt(sel, {para, offset(true)}, win_id);
  else if (sel.dragging && sel.window == win_id && ImGui::IsMouseDown(ImGuiMouseButton_Left) && mouse.y >= bb.Min.y)
    core::SelectDragTo(sel, {para, offset(sel.unit != core::SelectUnit::Char)});  // the lowest paragraph at or above the pointer wins
  return activated;
}

void BeginTextSelection(core::AppState& s) { core::SelectNewFrame(s.views.select); }

void EndTextSelection(core::AppState& s) {
  core::TextSelect& sel = s.views.select;
  std::string here = core::RouteToHash(s.nav.route);
  // A press anywhere else, another screen, or paragraphs that came or went (the indices would point
  // at other text) drop the selection. A right-click keeps it, for the page's menu and its Copy.
  if (!sel.started && (ImGui::IsMouseClicked(ImGuiMouseButton_Left) || here != sel.screen || sel.paras.size() != sel.drawn))
    core::SelectClear(sel);
  sel.screen = here;
  sel.drawn = sel.paras.size();
  if (sel.dragging && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) sel.dragging = false;
  s.frame.out.selection = core::SelectedText(sel);
  if (s.frame.out.selection.empty()) s.frame.out.over_selection = false;
}

}  // namespace ui
