// The find bar: a strip under the navigation bar with a field, the count ("2 of 5"), "Previous",
// "Next" and "Close". Enter goes to the next match, Shift+Enter to the previous, Escape closes and
// gives focus back where it was. The guide's screens use the guide's search instead.
#include "ui/app/find.h"

#include <algorithm>
#include <string>

#define IMGUI_DEFINE_MATH_OPERATORS
#include "imgui_internal.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace ui {

namespace {

const char* const kField = "Find on this screen";

void CloseFind(core::AppState& s, bool give_focus_back) {
  core::FindView& f = s.views.find;
  if (give_focus_back && f.return_focus) s.frame.out.focus = f.return_focus;
  f.open = false;
  f.hits.clear();
  f.current = -1;
  f.said.clear();
  f.return_focus = 0;
}

}  // namespace

void HandleFindKey(core::AppState& s) {
  core::FindView& f = s.views.find;
  if (f.open && s.nav.route_changed) CloseFind(s, false);  // the bar finds on one screen
  core::FindKey k = s.frame.in.find_key;
  if (k == core::FindKey::Close && f.open) CloseFind(s, true);
  if (k != core::FindKey::Open) return;
  core::Screen sc = s.nav.route.screen;
  bool guide = (sc == core::Screen::Guide || sc == core::Screen::Chapter) && core::RouteShown(s.embed, {core::Screen::Guide}) &&
               !s.save.locked;
  if (guide) {  // the guide's own search finds across every chapter
    if (f.open) CloseFind(s, false);
    if (sc == core::Screen::Chapter) {
      core::Go(s.nav, {core::Screen::Guide, "", ""});
      s.views.focus_shown = core::RouteToHash(s.nav.route);  // focus goes to the field, not the heading
    }
    RequestFocus(s, core::FocusItem(core::Role::TextBox, "Search the guide"));
    return;
  }
  if (!f.open) {
    std::string keep = f.query;  // the last words stay, as in a browser's find bar
    f = core::FindView{};
    f.open = true;
    f.query = keep;
    f.return_focus = s.frame.in.focus_id;
  }
  RequestFocus(s, core::FocusItem(core::Role::TextBox, kField));
}

size_t DrawFindBar(core::AppState& s) {
  core::FindView& f = s.views.find;
  if (!f.open) return s.frame.out.mirror.size();
  const core::Palette& p = Pal(s);
  float d = Dpr(s);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImVec2 top = ImGui::GetCursorScreenPos();
  Gap(s, 8);
  BeginColumn(s);
  bool narrow = Narrow(s);
  const ImGuiStyle& st = ImGui::GetStyle();
  auto button_w = [&](const char* label) { return ImGui::CalcTextSize(label).x + st.FramePadding.x * 2; };
  float buttons = button_w("Previous") + button_w("Next") + button_w("Close") + st.ItemSpacing.x * 2;
  std::string count = core::FindCount(f);
  float count_w = ImGui::CalcTextSize("00 of 00").x;
  if (!count.empty()) count_w = std::max(count_w, ImGui::CalcTextSize(count.c_str()).x);
  // Wide: field, count and buttons on one row. Narrow: the field on its own row, the rest under it.
  float field_w = narrow ? ColumnWidth() : std::max(ColumnWidth() * 0.4f, ColumnWidth() - buttons - count_w - st.ItemSpacing.x * 3);
  FieldOpts o;
  o.enter = "next";
  ImGui::PushItemWidth(field_w);
  TextField(s, kField, f.query, &o);
  ImGui::PopItemWidth();
  if (f.query.size() > 200) f.query.resize(200);
  if (o.entered) core::FindStep(f, s.frame.in.find_key != core::FindKey::Back);
  float row_y = ImGui::GetItemRectMin().y;
  float field_h = ImGui::GetItemRectSize().y;
  if (!narrow) ImGui::SameLine();
  // The count, centred on the buttons' row.
  float btn_h = std::max(44.0f * d, ImGui::GetFrameHeight());
  ImVec2 at = ImGui::GetCursorScreenPos();
  if (!narrow) at.y = row_y + (field_h - btn_h) * 0.5f;
  ImVec2 count_at(at.x, at.y + (btn_h - ImGui::GetTextLineHeight()) * 0.5f);
  ImGui::SetCursorScreenPos(count_at);
  ImGui::Dummy(ImVec2(count_w, ImGui::GetTextLineHeight()));  // drawn by hand: the field's line offset does not move it
  if (!count.empty()) {
    dl->AddText(count_at, Col(count == "No matches" ? p.muted : p.text), count.c_str());
    Publish(s, core::Role::Text, count);
  }
  ImGui::SetCursorScreenPos(ImVec2(at.x + count_w + st.ItemSpacing.x, at.y));
  if (narrow) ImGui::SetCursorScreenPos(ImVec2(at.x + ColumnWidth() - buttons, at.y));
  bool none = f.hits.empty();
  if (Button(s, "Previous", Kind::Secondary, 0, none, "Previous match")) core::FindStep(f, false);
  ImGui::SameLine();
  if (Button(s, "Next", Kind::Secondary, 0, none, "Next match")) core::FindStep(f, true);
  ImGui::SameLine();
  bool close = Button(s, "Close", Kind::Quiet, 0, false, "Close find");
  EndColumn();
  Gap(s, 4);
  float bottom = ImGui::GetCursorScreenPos().y;
  float w = ImGui::GetWindowWidth();
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(ImVec2(top.x, top.y), ImVec2(top.x + w, bottom), Col(p.surface));
  dl->AddLine(ImVec2(top.x, bottom), ImVec2(top.x + w, bottom), Col(p.border, 0.8f), d);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom + d));
  if (close) CloseFind(s, true);
  return s.frame.out.mirror.size();
}

void FinishFind(core::AppState& s, size_t first) {
  core::FindView& f = s.views.find;
  if (!f.open) return;
  uint32_t was = core::FindTarget(f);
  std::string shown = core::FindCount(f);
  core::FindRefresh(f, s.frame.out.mirror, first);
  std::string said = core::FindCount(f);
  // What changed shows in the next frame: the count in the bar, the mark and the scroll.
  if (core::FindTarget(f) != was || f.reveal || said != shown) s.frame.out.animate = true;
  if (said != f.said) {
    f.said = said;
    if (!said.empty()) s.frame.out.alerts.announce = said;
  }
}

void MarkFound(core::AppState& s, uint32_t id, core::Role role, ImVec2 min, ImVec2 max) {
  core::FindView& f = s.views.find;
  if (!f.open || id == 0 || id != core::FindTarget(f)) return;
  const core::Palette& p = Pal(s);
  float d = Dpr(s);
  ImVec2 pad(6.0f * d, 3.0f * d);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Text is drawn after it is published: the fill lies behind its words. Headings and links are drawn
  // first: they get the outline only, so nothing covers their letters.
  if (role == core::Role::Text) dl->AddRectFilled(min - pad, max + pad, Col(p.highlight), 6.0f * d);
  dl->AddRect(min - pad, max + pad, Col(p.accent), 6.0f * d, 0, 2.0f * d);
  if (f.reveal) {
    f.reveal = false;
    float margin = 64.0f * d;
    ImGui::ScrollToRect(ImGui::GetCurrentWindow(), ImRect(min - ImVec2(0, margin), max + ImVec2(0, margin)),
                        ImGuiScrollFlags_KeepVisibleEdgeY);
    s.frame.out.animate = true;  // the scroll takes effect in the next frame
  }
}

}  // namespace ui
