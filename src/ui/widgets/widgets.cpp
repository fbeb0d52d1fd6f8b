// Widgets + mirror publishing. Every interactive or structural item goes through Publish(), so
// what is drawn and what assistive technology (and the browser tests) see cannot drift apart.
#include "ui/widgets/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

#include "core/app/step.h"
#include "core/app/text_caret.h"
#include "core/base/text.h"

#define IMGUI_DEFINE_MATH_OPERATORS
#include "imgui_internal.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/app/find.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/richtext.h"
#include "ui/widgets/theme.h"

namespace ui {

float Dpr(const core::AppState& s) { return s.frame.in.dpr > 0 ? s.frame.in.dpr : 1.0f; }
float Px(const core::AppState& s) { return Dpr(s) * core::TextScale(s.doc.settings); }
const core::Palette& Pal(const core::AppState& s) { return s.palette; }
bool Narrow(const core::AppState& s) { return s.frame.in.css_w < 640.0f; }
void WakeAt(core::AppState& s, double t) { core::WakeAt(s.frame.out, t); }

void Gap(core::AppState& s, float css) { ImGui::Dummy(ImVec2(0, css * Px(s))); }

void Box::Begin(core::AppState& s) {
  dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  top = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(0, 4.0f * Px(s)));
}

void Box::End(core::AppState& s, core::Rgb fill, core::Rgb stripe) {
  ImGui::Dummy(ImVec2(0, 2.0f * Px(s)));
  float pad = 12.0f * Px(s);
  ImVec2 bottom = ImGui::GetCursorScreenPos();
  ImVec2 a(top.x - pad, top.y - 4.0f * Px(s));
  ImVec2 b(top.x + ColumnWidth() + pad * 0.25f, bottom.y - ImGui::GetStyle().ItemSpacing.y + 4.0f * Px(s));
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(a, b, Col(fill), 8.0f * Px(s));
  dl->AddRectFilled(a, ImVec2(a.x + 4.0f * Px(s), b.y), Col(stripe), 8.0f * Px(s), ImDrawFlags_RoundCornersLeft);
  dl->ChannelsMerge();
}

ImGuiID Publish(core::AppState& s, core::Role role, const std::string& name, core::MirrorItem m) {
  ImGuiID id = ImGui::GetItemID();
  if (id == 0 || role == core::Role::Heading || role == core::Role::Text) {
    // Text has no ImGui id: derive one from role and words, kept unique within the frame.
    id = ImGui::GetID(name.c_str()) ^ (static_cast<ImGuiID>(role) * 0x9E3779B9u);
    auto used = [&](ImGuiID v) {
      for (const auto& it : s.frame.out.mirror)
        if (it.id == v) return true;
      return false;
    };
    while (id == 0 || used(id)) id = id * 31u + 7u;
  }
  ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
  ImRect vis = r;
  vis.ClipWithFull(clip);
  float d = Dpr(s);
  m.id = id;
  m.role = role;
  m.in_nav = s.frame.out.in_nav;
  if (s.frame.out.group) {  // controls, and any words between them, sit in the group's element
    m.group = s.frame.out.group;
    m.group_kind = s.frame.out.group_kind;
    m.group_name = s.frame.out.group_name;
  }
  m.name = name;
  if (role == core::Role::Link && m.href.empty()) m.href = core::RouteToHash(s.nav.route);  // acts on this screen
  m.offscreen = vis.GetWidth() < 2 || vis.GetHeight() < 2;
  m.x = vis.Min.x / d;
  m.y = vis.Min.y / d;
  m.w = vis.GetWidth() / d;
  m.h = vis.GetHeight() / d;
  s.frame.out.mirror.push_back(std::move(m));
  MarkFound(s, id, role, r.Min, r.Max);  // the find bar's match shown now
  // A control that gets keyboard focus is scrolled into view once (with room for its ring and a
  // little context), so Tab never moves to something the person cannot see. Later scrolling by the
  // person is left alone.
  if (s.frame.in.focus_visible && s.frame.in.focus_id == id && s.views.focus_in_view != id) {
    s.views.focus_in_view = id;
    float margin = 48.0f * d;
    ImRect want(r.Min - ImVec2(0, margin), r.Max + ImVec2(0, margin));
    if (vis.GetHeight() < r.GetHeight() - 1.0f || s.frame.out.mirror.back().offscreen) {
      ImGui::ScrollToRect(ImGui::GetCurrentWindow(), want, ImGuiScrollFlags_KeepVisibleEdgeY);
      s.frame.out.animate = true;  // the scroll takes effect in the next frame
    }
  }
  // Keyboard focus lives in the DOM mirror; draw a clear ring on the item that has it. A text field
  // shows it however focus got there (as browsers do).
  bool ring = s.frame.in.focus_visible || role == core::Role::TextBox;
  if (ring && s.frame.in.focus_id == id && !s.frame.out.mirror.back().offscreen) {
    float t = 2.5f * d;
    ImGui::GetWindowDrawList()->AddRect(r.Min - ImVec2(t * 1.5f, t * 1.5f), r.Max + ImVec2(t * 1.5f, t * 1.5f),
                                        Col(Pal(s).focus), ImGui::GetStyle().FrameRounding + t, 0, t);
  }
  return id;
}

bool Activated(core::AppState& s, ImGuiID id) {
  auto& a = s.frame.in.activations;
  auto it = std::find(a.begin(), a.end(), id);
  if (it == a.end()) return false;
  a.erase(it);
  return true;
}

bool PointerPress(core::AppState& s, bool pressed) {
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  core::TapRect r{a.x, a.y, b.x, b.y};
  ImGuiID id = ImGui::GetItemID();
  core::TapDrawn(s.tap, id, r);
  return pressed && core::TapAllowed(s.tap, id, r, s.frame.in.now_ms);
}

static std::string Visible(const char* label) {
  const char* end = ImGui::FindRenderedTextEnd(label);
  return std::string(label, end);
}

bool Button(core::AppState& s, const char* label, Kind kind, float width, bool disabled) {
  return Button(s, label, kind, width, disabled, std::string());
}

bool Button(core::AppState& s, const char* label, Kind kind, float width, bool disabled, const std::string& name) {
  const core::Palette& p = Pal(s);
  int pushed = 0;
  if (kind == Kind::Primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, Vec(p.accent));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, Vec(p.accent_hi));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, Vec(p.accent_hi));
    ImGui::PushStyleColor(ImGuiCol_Text, Vec(p.on_accent));
    ImGui::PushStyleColor(ImGuiCol_Border, Vec(p.accent));
    pushed = 5;
  } else if (kind == Kind::Quiet) {
    ImGui::PushStyleColor(ImGuiCol_Button, Vec(p.bg, 0));
    ImGui::PushStyleColor(ImGuiCol_Border, Vec(p.bg, 0));
    pushed = 2;
  }
  float min_h = 44.0f * Dpr(s);  // a finger-sized target at any text size
  ImVec2 size(width, std::max(min_h, ImGui::GetFrameHeight()));
  if (disabled) ImGui::BeginDisabled();
  bool pressed = PointerPress(s, ImGui::Button(label, size));
  if (disabled) ImGui::EndDisabled();
  ImGui::PopStyleColor(pushed);
  core::MirrorItem m;
  m.disabled = disabled;
  ImGuiID id = Publish(s, core::Role::Button, name.empty() ? Visible(label) : name, m);
  bool act = Activated(s, id);
  return !disabled && (pressed || act);
}

bool NavButton(core::AppState& s, const char* label, bool current, float width, const std::string& name,
               const std::string& href) {
  const core::Palette& p = Pal(s);
  ImGui::PushStyleColor(ImGuiCol_Button, current ? Vec(p.surface_hi) : Vec(p.bg, 0));
  ImGui::PushStyleColor(ImGuiCol_Border, Vec(p.bg, 0));
  if (current) ImGui::PushFont(GetFonts().bold);
  float min_h = 44.0f * Dpr(s);
  bool pressed = PointerPress(s, ImGui::Button(label, ImVec2(width, std::max(min_h, ImGui::GetFrameHeight()))));
  if (current) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    float t = 3.0f * Dpr(s);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x + t * 3, b.y - t), ImVec2(b.x - t * 3, b.y), Col(p.accent), t);
    ImGui::PopFont();
  }
  ImGui::PopStyleColor(2);
  core::MirrorItem m;
  m.current = current;
  m.href = href;
  ImGuiID id = Publish(s, core::Role::Link, name.empty() ? Visible(label) : name, m);
  return pressed || Activated(s, id);
}

// A link's text in lines that fit `wrap` (a word too long for a line is cut between characters).
static std::vector<std::pair<const char*, const char*>> LinkLines(const std::string& text, float wrap) {
  ImFont* f = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / f->FontSize;
  std::vector<std::pair<const char*, const char*>> lines;
  const char* b = text.c_str();
  const char* e = b + text.size();
  while (b < e) {
    const char* end = f->CalcWordWrapPositionA(scale, b, e, wrap);
    if (end <= b) {  // not even one word fits: at least one whole character
      end = b + 1;
      while (end < e && (static_cast<unsigned char>(*end) & 0xC0) == 0x80) ++end;
    }
    const char* last = end;
    while (last > b && last[-1] == ' ') --last;  // no underline under trailing spaces
    lines.emplace_back(b, last);
    b = end;
    while (b < e && *b == ' ') ++b;
  }
  if (lines.empty()) lines.emplace_back(b, b);
  return lines;
}

bool Link(core::AppState& s, const char* label) { return Link(s, label, std::string()); }

bool Link(core::AppState& s, const char* label, const std::string& href) {
  const core::Palette& p = Pal(s);
  std::string text = Visible(label);
  // Wrapped to the room left on the row: a long title on a phone goes on over several lines instead
  // of running off the screen's edge.
  const float wrap = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize());
  const auto lines = LinkLines(text, wrap);
  const float line_h = ImGui::GetFontSize();
  ImVec2 size(0, line_h * static_cast<float>(lines.size()));
  for (const auto& [b, e] : lines) size.x = std::max(size.x, ImGui::CalcTextSize(b, e).x);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool pressed = PointerPress(s, ImGui::InvisibleButton(label, ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f))));
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float t = std::max(1.0f, Dpr(s));
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto& [b, e] = lines[i];
    ImVec2 at(pos.x, pos.y + line_h * static_cast<float>(i));
    dl->AddText(at, Col(p.link), b, e);
    float w = ImGui::CalcTextSize(b, e).x;
    dl->AddLine(ImVec2(at.x, at.y + line_h - t), ImVec2(at.x + w, at.y + line_h - t), Col(p.link, hovered ? 1.0f : 0.6f), t);
  }
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  core::MirrorItem m;
  m.href = href;
  ImGuiID id = Publish(s, core::Role::Link, text, m);
  return pressed || Activated(s, id);
}

bool Checkbox(core::AppState& s, const char* label, bool* v) { return Checkbox(s, label, v, std::string()); }

bool Checkbox(core::AppState& s, const char* label, bool* v, const std::string& name) {
  bool before = *v;
  bool changed = PointerPress(s, ImGui::Checkbox(label, v));
  if (!changed) *v = before;  // ImGui flips it itself: undo a press the guard refused
  core::MirrorItem m;
  m.checked = *v ? 1 : 0;
  ImGuiID id = Publish(s, core::Role::Checkbox, name.empty() ? Visible(label) : name, m);
  if (Activated(s, id)) {
    *v = !*v;
    changed = true;
  }
  return changed;
}

bool Radio(core::AppState& s, const char* label, bool selected) {
  bool pressed = PointerPress(s, ImGui::RadioButton(label, selected));
  core::MirrorItem m;
  m.checked = selected ? 1 : 0;
  ImGuiID id = Publish(s, core::Role::Radio, Visible(label), m);
  return pressed || Activated(s, id);
}

bool SliderSteps(core::AppState& s, const char* label, int* v, int min, int max, const std::string& value_text,
                 const char* lead) {
  Paragraph(s, (lead ? std::string(lead) : Visible(label) + ":") + " " + value_text, true);
  ImGui::SetNextItemWidth(std::min(ColumnWidth(), 320.0f * Px(s)));
  std::string id = std::string("##") + label;  // the line above names it; the mirror still gets the name
  // Moved by pointer, arrow keys or the mirror; never typed into (Tab would turn ImGui's slider into an
  // empty text box). The web build's ImGui has the typed path taken out (cmake/imgui_patches.cmake).
  bool changed = ImGui::SliderInt(id.c_str(), v, min, max, "", ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput);
  core::MirrorItem m;
  m.value = static_cast<float>(*v);
  m.min = static_cast<float>(min);
  m.max = static_cast<float>(max);
  m.value_text = value_text;
  ImGuiID sid = Publish(s, core::Role::Slider, Visible(label), m);
  for (auto it = s.frame.in.slider_edits.begin(); it != s.frame.in.slider_edits.end(); ++it) {
    if (it->id != sid) continue;
    int nv = std::clamp(static_cast<int>(std::lround(it->value)), min, max);
    changed |= nv != *v;
    *v = nv;
    s.frame.in.slider_edits.erase(it);
    break;
  }
  return changed;
}

// The id of the text item RichText/Paragraph just published.
static uint32_t LastTextId(const core::AppState& s) {
  for (auto it = s.frame.out.mirror.rbegin(); it != s.frame.out.mirror.rend(); ++it)
    if (it->role == core::Role::Text) return it->id;
  return 0;
}

// The caret and selection of the focused field. The DOM field is the editor, so its selection is the
// truth; ImGui only draws it. We let ImGui's own InputText draw them (rather than drawing a caret by
// hand) because it already does the hard parts the same way it lays the text out: the horizontal
// scroll of a long single line, the vertical scroll that follows the caret in a multi-line field,
// the selection's rectangles across lines, and hit-testing a click or a drag to a character. ImGui
// keeps that state (ImGuiInputTextState) only for its active item, so the field with DOM focus is
// made ImGui's active item, and its cursor and selection (in characters) are set from the DOM's
// (in bytes) before it draws. The field stays read-only for ImGui: keys never reach it.
static void ShowDomCaret(core::AppState& s, ImGuiID id, const std::string& value, bool multiline, bool focused) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!focused) {
    if (g.ActiveId == id) ImGui::ClearActiveID();
    return;
  }
  ImGuiInputTextState* st = &g.InputTextState;
  if (st->ID != id || st->Stb.single_line != (multiline ? 0 : 1)) {
    // What stb_textedit_initialize_state does (it is private to imgui_widgets.cpp).
    st->ID = id;
    st->ScrollX = 0;
    st->Stb = ImStb::STB_TexteditState{};
    st->Stb.single_line = multiline ? 0 : 1;
    st->Stb.initialized = 1;
    st->Stb.undostate.redo_point = STB_TEXTEDIT_UNDOSTATECOUNT;
    st->Stb.undostate.redo_char_point = STB_TEXTEDIT_UNDOCHARCOUNT;
    st->CursorFollow = true;
  }
  if (g.ActiveId != id) ImGui::SetActiveID(id, ImGui::GetCurrentWindow());
  const core::TextCaret& dom = s.views.field_caret;
  if (dom.id != id) return;  // no selection reported yet: keep ImGui's
  int a = core::CharIndex(value, dom.anchor), c = core::CharIndex(value, dom.caret);
  if (st->Stb.cursor != c || st->Stb.select_end != c || (st->Stb.select_start != a && a != c)) st->CursorFollow = true;
  st->Stb.select_start = a;
  st->Stb.select_end = c;
  st->Stb.cursor = c;
  st->Stb.has_preferred_x = 0;
}

// Where character `at` of `value` is drawn in the field just drawn: the bottom of its line, and x.
static ImVec2 DrawnCharPos(const std::string& value, int at, bool multiline, const std::string& field_id,
                           const ImGuiInputTextState* st) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImVec2 origin;
  if (multiline) {  // the text sits in a child window (no padding of its own) that scrolls
    char name[512];
    ImFormatString(name, sizeof name, "%s/%s_%08X", ImGui::GetCurrentWindow()->Name, field_id.c_str(), st->ID);
    ImGuiWindow* child = ImGui::FindWindowByName(name);
    if (!child) return ImVec2(-FLT_MAX, -FLT_MAX);
    origin = child->Pos + g.Style.FramePadding - child->Scroll;
  } else {
    origin = ImGui::GetItemRectMin() + g.Style.FramePadding - ImVec2(st->ScrollX, 0);
  }
  int b = core::ByteIndex(value, at);
  size_t nl = b == 0 ? std::string::npos : value.rfind('\n', b - 1);
  int line_start = nl == std::string::npos ? 0 : static_cast<int>(nl) + 1;
  int line = 0;
  for (int i = 0; i < line_start; ++i) line += value[i] == '\n';
  const char* p = value.c_str();
  float x = g.Font->CalcTextSizeA(g.FontSize, FLT_MAX, 0.0f, p + line_start, p + b).x;
  return ImVec2(origin.x + x, origin.y + (line + 1) * g.FontSize);
}

// After the focused field is drawn: what the pointer did to its selection goes back to the DOM field
// (a click places the caret, a drag selects, a double click selects a word, a triple click a line),
// the composing text (IME) is underlined, and what was drawn is reported (s.frame.out.caret).
static void ReadDrawnCaret(core::AppState& s, ImGuiID id, const std::string& value, bool multiline, bool password,
                           const std::string& field_id) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiInputTextState* st = ImGui::GetInputTextState(id);
  if (g.ActiveId != id || !st) return;
  const ImGuiIO& io = ImGui::GetIO();
  ImRect frame(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  bool inside = frame.Contains(io.MousePos);
  if (io.MouseClicked[0] && inside && io.MouseClickedCount[0] >= 2 && !io.KeyShift) {
    // ImGui's own word and line choices differ from a browser's ("don't" is two words to it).
    core::ByteRange r;
    if (io.MouseClickedCount[0] % 2 == 0) {
      int at = core::ByteIndex(value, ImMin(st->Stb.select_start, st->Stb.select_end));
      auto w = core::WordAt(value, static_cast<size_t>(at));
      r = {static_cast<int>(w.first), static_cast<int>(w.second)};
    } else {
      r = core::LineAt(value, core::ByteIndex(value, st->Stb.cursor));
    }
    st->Stb.select_start = core::CharIndex(value, r.start);
    st->Stb.select_end = st->Stb.cursor = core::CharIndex(value, r.end);
  }
  core::TextCaret drawn;
  drawn.id = id;
  bool sel = st->Stb.select_start != st->Stb.select_end;
  drawn.caret = core::ByteIndex(value, st->Stb.cursor);
  drawn.anchor = sel ? core::ByteIndex(value, st->Stb.select_start) : drawn.caret;
  const core::TextCaret& dom = s.views.field_caret;
  bool pointer = io.MouseDown[0] || io.MouseReleased[0];
  if (pointer && (dom.id != id || dom.anchor != drawn.anchor || dom.caret != drawn.caret)) {
    s.frame.out.text_select = drawn;
    s.views.field_caret.id = id;  // taken as the DOM's until it reports back
    s.views.field_caret.anchor = drawn.anchor;
    s.views.field_caret.caret = drawn.caret;
  }
  if (dom.id == id && dom.comp_start >= 0) {
    drawn.comp_start = dom.comp_start;
    drawn.comp_end = dom.comp_end;
  }
  s.frame.out.caret = drawn;
  if (password) return;  // its dots are drawn in another font; ImGui's thin caret is shown
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float d = Dpr(s);
  dl->PushClipRect(frame.Min, frame.Max, true);
  // ImGui's caret is one device pixel wide: a second pixel (on high-density screens, a CSS pixel
  // and a half) keeps it easy to find. It does not blink: a steady caret needs no frames while idle.
  if (!sel) {
    ImVec2 c = DrawnCharPos(value, st->Stb.cursor, multiline, field_id, st);
    float t = std::max(2.0f, std::round(1.5f * d));
    dl->AddRectFilled(ImVec2(std::floor(c.x) - 0.5f * (t - 1.0f), c.y - g.FontSize + 0.5f),
                      ImVec2(std::floor(c.x) + 0.5f * (t + 1.0f), c.y - 1.5f), ImGui::GetColorU32(ImGuiCol_Text));
  }
  if (drawn.comp_start >= 0 && drawn.comp_end > drawn.comp_start) {  // the text being composed, underlined
    int a = core::CharIndex(value, drawn.comp_start), b = core::CharIndex(value, drawn.comp_end);
    float t = std::max(1.0f, std::round(d));
    for (int i = a; i < b;) {  // one stroke per line the composition spans
      ImVec2 p = DrawnCharPos(value, i, multiline, field_id, st);
      int j = i;
      int bj = core::ByteIndex(value, j);
      while (j < b && value[bj] != '\n') bj = core::ByteIndex(value, ++j);
      ImVec2 q = DrawnCharPos(value, j, multiline, field_id, st);
      dl->AddRectFilled(ImVec2(p.x, p.y - t), ImVec2(q.x, p.y), ImGui::GetColorU32(ImGuiCol_Text));
      i = j + 1;
    }
  }
  dl->PopClipRect();
}

static bool Field(core::AppState& s, const char* label, std::string& value, bool multiline, float height, bool password,
                  FieldOpts* o) {
  // The DOM field in the mirror is the real editor (soft keyboards, IME, paste, undo all work);
  // ImGui shows its value. Edits arrive in s.frame.in.text_edits.
  // The label is drawn above the field (a phone has no room beside it); the field itself is unnamed.
  std::string field_id = std::string("##") + label;
  ImGuiID id = ImGui::GetID(field_id.c_str());
  bool changed = false;
  // Several edits can arrive in one frame (typing fast, a selection change and an input): the last wins.
  for (auto it = s.frame.in.text_edits.begin(); it != s.frame.in.text_edits.end();) {
    if (it->id != id) {
      ++it;
      continue;
    }
    changed |= it->value != value;
    value = it->value;
    int n = static_cast<int>(value.size());
    auto clamp = [&](int b) { return core::CharBoundary(value, b); };
    bool comp = it->comp_start >= 0 && it->comp_end >= it->comp_start && it->comp_end <= n;
    s.views.field_caret = {id, clamp(it->sel_start), clamp(it->sel_end), comp ? clamp(it->comp_start) : -1,
                           comp ? clamp(it->comp_end) : -1};
    it = s.frame.in.text_edits.erase(it);
  }
  float w = std::min(ColumnWidth(), ImGui::GetContentRegionAvail().x);  // the column, never past it
  ImGui::PushStyleColor(ImGuiCol_Text, Vec(Pal(s).muted));
  ImGui::TextUnformatted(Visible(label).c_str());
  ImGui::PopStyleColor();
  core::MirrorItem m;
  if (o && !o->rule.empty()) {  // the rule, before anyone types
    Paragraph(s, o->rule, true);
    m.described_by.push_back(LastTextId(s));
  }
  bool invalid = o && !o->error.empty();
  ImGui::SetNextItemWidth(w);
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_ReadOnly | (password ? ImGuiInputTextFlags_Password : 0);
  if (invalid) {  // a wrong value is outlined in the error color, thicker
    ImGui::PushStyleColor(ImGuiCol_Border, Vec(Pal(s).error));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f * Dpr(s));
  }
  bool focused = s.frame.in.focus_id == id;
  ShowDomCaret(s, id, value, multiline, focused);
  if (multiline)
    ImGui::InputTextMultiline(field_id.c_str(), &value, ImVec2(w, height > 0 ? height : ImGui::GetTextLineHeight() * 5), flags);
  else
    ImGui::InputText(field_id.c_str(), &value, flags);
  ReadDrawnCaret(s, id, value, multiline, password, field_id);  // also the frame a tap makes it active
  if (invalid) {
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
  }
  // A clipped multi-line field ends in an empty group, which leaves no item id: keep the field's own
  // id so the mirror's edits still reach it while it is scrolled out of view.
  if (multiline) ImGui::GetCurrentContext()->LastItemData.ID = id;
  m.multiline = multiline;
  m.password = password;
  m.value_text = value;
  m.invalid = invalid;
  if (o && o->enter) m.enter_key = o->enter;
  ImGuiID mid = Publish(s, core::Role::TextBox, Visible(label), m);
  size_t at = s.frame.out.mirror.size() - 1;
  if (invalid) {
    RichOptions ro;
    ro.plain = true;
    ro.error = true;
    RichText(s, o->error, ro);
    s.frame.out.mirror[at].described_by.push_back(LastTextId(s));
  }
  auto& ent = s.frame.in.entered;
  auto hit = std::find(ent.begin(), ent.end(), mid);
  if (hit != ent.end()) {
    ent.erase(hit);
    if (o && o->enter) o->entered = true;
  }
  return changed;
}

bool TextField(core::AppState& s, const char* label, std::string& value, bool multiline, float height) {
  return Field(s, label, value, multiline, height, false, nullptr);
}

bool TextField(core::AppState& s, const char* label, std::string& value, FieldOpts* o) {
  return Field(s, label, value, false, 0, false, o);
}

bool PasswordField(core::AppState& s, const char* label, std::string& value, FieldOpts* o) {
  return Field(s, label, value, false, 0, true, o);
}

void Heading(core::AppState& s, const char* text, int level) { Heading(s, std::string(text), level); }

void Heading(core::AppState& s, const std::string& text, int level) {
  const Fonts& f = GetFonts();
  ImGui::PushFont(level <= 1 ? f.h1 : level == 2 ? f.h2 : f.bold);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopFont();
  core::MirrorItem m;
  m.level = level;
  Publish(s, core::Role::Heading, text, m);
}

float ChipWidth(core::AppState& s, const char* label) {
  return ImGui::CalcTextSize(Visible(label).c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + 8.0f * Dpr(s);
}

bool ChipButton(core::AppState& s, const char* label, bool on) {
  const core::Palette& p = Pal(s);
  ImGui::PushStyleColor(ImGuiCol_Button, on ? Vec(p.accent) : Vec(p.surface));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, on ? Vec(p.accent_hi) : Vec(p.surface_hi));
  ImGui::PushStyleColor(ImGuiCol_Text, on ? Vec(p.on_accent) : Vec(p.text));
  bool pressed = PointerPress(s, ImGui::Button(label, ImVec2(ChipWidth(s, label), std::max(44.0f * Dpr(s), ImGui::GetFrameHeight()))));
  ImGui::PopStyleColor(3);
  return pressed;
}

bool ToggleChip(core::AppState& s, const char* label, bool on, const std::string& name) {
  bool pressed = ChipButton(s, label, on);
  core::MirrorItem m;
  m.checked = on ? 1 : 0;
  m.toggle = true;
  ImGuiID id = Publish(s, core::Role::Button, name.empty() ? Visible(label) : name, m);
  return pressed || Activated(s, id);
}

void BeginGroup(core::AppState& s, const std::string& name, core::GroupKind kind) {
  s.frame.out.group = ImGui::GetID(("group:" + name).c_str());
  s.frame.out.group_kind = kind;
  s.frame.out.group_name = name;
}

void EndGroup(core::AppState& s) {
  s.frame.out.group = 0;
  s.frame.out.group_name.clear();
}

void RequestFocus(core::AppState& s, core::FocusRequest r) {
  r.skip = 1;  // asked for while drawing: look from the next frame, where the change shows
  s.views.focus_want = std::move(r);
}

void SkipLink(core::AppState& s) {
  const char* label = "Skip to content";
  ImGuiID id = ImGui::GetID("##skip-to-content");
  bool shown = s.frame.in.focus_visible && s.frame.in.focus_id == id;
  bool pressed = false;
  if (shown) {  // a pill at the top left, over the bar, while it has keyboard focus
    const core::Palette& p = Pal(s);
    float d = Dpr(s);
    ImVec2 keep = ImGui::GetCursorPos();
    ImVec2 ts = ImGui::CalcTextSize(label);
    ImVec2 size(ts.x + 32.0f * d, std::max(44.0f * d, ts.y + 16.0f * d));
    ImVec2 pos = ImGui::GetMainViewport()->Pos + ImVec2(8.0f * d, 8.0f * d);
    ImGui::SetCursorScreenPos(pos);
    pressed = PointerPress(s, ImGui::InvisibleButton("##skip-to-content", size));  // first: it wins over the bar
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    float r = ImGui::GetStyle().FrameRounding, t = 2.5f * d;
    fg->AddRectFilled(pos, pos + size, Col(p.bg), r);
    fg->AddRect(pos, pos + size, Col(p.link), r, 0, std::max(1.0f, d));
    fg->AddText(pos + (size - ts) * 0.5f, Col(p.link), label);
    fg->AddRect(pos - ImVec2(t * 1.5f, t * 1.5f), pos + size + ImVec2(t * 1.5f, t * 1.5f), Col(p.focus), r + t, 0, t);
    Publish(s, core::Role::Link, label);
    ImGui::SetCursorPos(keep);
  } else {  // kept for the keyboard and screen readers, not drawn
    core::MirrorItem m;
    m.id = id;
    m.role = core::Role::Link;
    m.name = label;
    m.href = core::RouteToHash(s.nav.route);
    m.offscreen = true;
    m.in_nav = s.frame.out.in_nav;
    s.frame.out.mirror.push_back(std::move(m));
  }
  if (pressed || Activated(s, id)) RequestFocus(s, core::FocusMainHeading());
}

void FinishFocus(core::AppState& s) {
  core::FocusRequest& w = s.views.focus_want;
  if (w.kind == core::FocusRequest::Kind::None) return;
  uint32_t at = s.frame.in.focus_id;
  if (!w.watching) {
    w.watching = true;
    w.from = at;
  } else if (at != 0 && at != w.from) {
    w = core::FocusRequest{};  // the person moved focus themselves: theirs wins (a11y.h)
    return;
  }
  if (w.skip > 0) {
    --w.skip;
    s.frame.out.animate = true;
    return;
  }
  uint32_t id = core::ResolveFocus(s.frame.out.mirror, w);
  if (id) {
    s.frame.out.focus = id;
    // A new page's heading stays where the page put it (a chapter opens where the person stopped);
    // a control that just opened is brought into view like any control reached by Tab.
    s.views.focus_in_view = w.reveal ? 0 : id;
    w = core::FocusRequest{};
    return;
  }
  if (--w.frames_left <= 0) w = core::FocusRequest{};
  else s.frame.out.animate = true;  // not drawn yet: look again next frame
}

static void ParagraphOf(core::AppState& s, const char* text, size_t size, bool muted) {
  RichOptions o;  // the same layout as the guide's text: one line height everywhere
  o.plain = true;
  o.muted = muted;
  RichText(s, std::string_view(text, size), o);
}

void Paragraph(core::AppState& s, const char* text, bool muted) { ParagraphOf(s, text, std::strlen(text), muted); }

void Paragraph(core::AppState& s, const std::string& text, bool muted) { ParagraphOf(s, text.data(), text.size(), muted); }

void BeginPage(core::AppState& s, const char* id) {
  ImGui::BeginChild(id, ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar);
  ImGui::Dummy(ImVec2(0, 8.0f * Dpr(s)));  // breathing room under the navigation bar
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  float line = ImGui::GetTextLineHeightWithSpacing();
  float page = std::max(line, w->InnerRect.GetHeight() - 2 * line);
  float dy = 0;
  // The wheel scrolls the page wherever the pointer is over Hearth, the navigation bar included.
  bool hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_RootAndChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
  if (hovered || s.frame.in.scroll_pixels != 0) {
    dy += s.frame.in.scroll_lines * 3.0f * line / 3.0f;  // lines from the platform: one notch = 3 lines
    dy += s.frame.in.scroll_pixels * Dpr(s);
  }
  switch (s.frame.in.scroll_key) {
    case core::ScrollKey::LineUp: dy -= 3 * line; break;
    case core::ScrollKey::LineDown: dy += 3 * line; break;
    case core::ScrollKey::PageUp: dy -= page; break;
    case core::ScrollKey::PageDown: dy += page; break;
    case core::ScrollKey::Home: dy = -1e9f; break;
    case core::ScrollKey::End: dy = 1e9f; break;
    case core::ScrollKey::None: break;
  }
  if (dy != 0) {
    float target = std::clamp(ImGui::GetScrollY() + dy, 0.0f, ImGui::GetScrollMaxY());
    ImGui::SetScrollY(target);
    s.frame.in.scroll_lines = s.frame.in.scroll_pixels = 0;
    s.frame.in.scroll_key = core::ScrollKey::None;
  }
}

void EndPage(core::AppState& s) {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  // The height the whole app would need with nothing scrolled (an embedding page sizes its frame to it).
  float top = w->Pos.y - ImGui::GetMainViewport()->Pos.y;
  s.frame.out.content_h = (top + w->ContentSize.y + w->WindowPadding.y * 2) / Dpr(s);
  float max = ImGui::GetScrollMaxY();
  if (max > 0) {  // position indicator: a slim bar on the right edge
    ImRect r = w->InnerRect;
    float view = r.GetHeight(), total = view + max;
    float h = std::max(view * view / total, 24.0f * Dpr(s));
    float y = r.Min.y + (view - h) * (ImGui::GetScrollY() / max);
    float x = r.Max.x - 5.0f * Dpr(s);
    ImGui::GetWindowDrawList()->PushClipRectFullScreen();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x, y), ImVec2(x + 3.0f * Dpr(s), y + h), Col(Pal(s).muted, 0.55f),
                                              2.0f * Dpr(s));
    ImGui::GetWindowDrawList()->PopClipRect();
  }
  ImGui::EndChild();
}

void BeginColumn(core::AppState& s, float max_em) {
  float avail = ImGui::GetContentRegionAvail().x;
  float pad = (Narrow(s) ? 16.0f : 32.0f) * Dpr(s);
  float width = std::min(avail - 2 * pad, max_em * Em());
  float indent = std::max(pad, (avail - width) * 0.5f);
  ImGui::Indent(indent);
  ImGui::PushTextWrapPos(indent + width);
  ImGui::PushID("col");
  ImGui::GetStateStorage()->SetFloat(ImGui::GetID("indent"), indent);
  ImGui::PushItemWidth(width);
}

float ColumnWidth() { return ImGui::CalcItemWidth(); }

void EndColumn() {
  float indent = ImGui::GetStateStorage()->GetFloat(ImGui::GetID("indent"), 0);
  ImGui::PopItemWidth();
  ImGui::PopID();
  ImGui::PopTextWrapPos();
  ImGui::Unindent(indent);
}

}  // namespace ui

