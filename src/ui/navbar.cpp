// The navigation bar: always on screen. Wide: every part in one row. Narrow (phones): the brand,
// the Time-out (it must be one tap away in a hard moment) and a Menu that unfolds the rest.
#include <algorithm>

#include "imgui.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

namespace ui {

namespace {
struct Entry {
  const char* label;
  core::Screen screen;
};
const Entry kEntries[] = {{"Guide", core::Screen::Guide},
                          {"Exercises", core::Screen::Exercises},
                          {"Time-out", core::Screen::Timeout},
                          {"Progress", core::Screen::Progress},
                          {"Settings", core::Screen::Settings}};

float ButtonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

// Leaves at once for a neutral site (the page blanks first). On every screen, at the bar's right end.
void QuickExitButton(core::AppState& s) {
  if (Button(s, "Quick exit", Kind::Secondary, ButtonWidth("Quick exit"), false,
             "Quick exit: leave Hearth now for a neutral site"))
    s.out.outbox.quick_exit = true;
}

bool IsCurrent(const core::AppState& s, core::Screen screen) {
  core::Screen cur = s.nav.route.screen;
  if (cur == core::Screen::Chapter) cur = core::Screen::Guide;
  if (cur == core::Screen::Exercise) cur = core::Screen::Exercises;
  return cur == screen;
}
}  // namespace

void DrawNavBar(core::AppState& s) {
  const core::Palette& p = Pal(s);
  float d = Dpr(s);
  float pad = (Narrow(s) ? 8.0f : 20.0f) * d;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::SetCursorPos(ImVec2(pad, 6.0f * d));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4.0f * d, 6.0f * d));

  ImGui::PushFont(GetFonts().h2);
  ImGui::PushStyleColor(ImGuiCol_Text, Vec(p.accent));
  if (NavButton(s, "Hearth##home", s.nav.route.screen == core::Screen::Home)) core::Go(s.nav, {core::Screen::Home});
  ImGui::PopStyleColor();
  ImGui::PopFont();

  float right = ImGui::GetWindowWidth() - pad;
  float gap = ImGui::GetStyle().ItemSpacing.x;
  float exit_w = ButtonWidth("Quick exit");
  if (!Narrow(s)) {
    for (const Entry& e : kEntries) {
      if (!core::RouteShown(s.embed, {e.screen})) continue;
      ImGui::SameLine();
      if (NavButton(s, e.label, IsCurrent(s, e.screen))) core::Go(s.nav, {e.screen});
    }
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() > right - exit_w) ImGui::NewLine();  // very large text: its own row
    ImGui::SetCursorPosX(std::max(pad, right - exit_w));
    QuickExitButton(s);
  } else {
    float menu_w = ButtonWidth("Menu");
    float to_w = ButtonWidth("Time-out");
    float x = right - menu_w - to_w - exit_w - 2 * gap;
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() > x) ImGui::NewLine();  // large text on a small phone: a second row
    ImGui::SetCursorPosX(std::max(pad, x));
    QuickExitButton(s);
    if (core::RouteShown(s.embed, {core::Screen::Timeout})) {
      ImGui::SameLine();
      if (NavButton(s, "Time-out", IsCurrent(s, core::Screen::Timeout))) core::Go(s.nav, {core::Screen::Timeout});
    }
    ImGui::SameLine();
    bool pressed = PointerPress(s, ImGui::Button(s.nav.menu_open ? "Close###menu" : "Menu###menu",
                                                 ImVec2(menu_w, std::max(44.0f * d, ImGui::GetFrameHeight()))));
    core::MirrorItem m;
    m.has_expanded = true;
    m.expanded = s.nav.menu_open;
    ImGuiID id = Publish(s, core::Role::Button, "Menu", m);
    if (pressed || Activated(s, id)) s.nav.menu_open = !s.nav.menu_open;
  }
  ImGui::PopStyleVar();
  float bottom = ImGui::GetCursorScreenPos().y;
  dl->AddLine(ImVec2(top.x, bottom), ImVec2(top.x + ImGui::GetWindowWidth(), bottom), Col(p.border, 0.5f), d);
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom + d));

  if (Narrow(s) && s.nav.menu_open) {
    ImGui::Dummy(ImVec2(0, 8.0f * d));
    BeginColumn(s);
    float w = ColumnWidth();
    if (NavButton(s, "Home", s.nav.route.screen == core::Screen::Home, w)) core::Go(s.nav, {core::Screen::Home});
    for (const Entry& e : kEntries)
      if (core::RouteShown(s.embed, {e.screen}) && NavButton(s, e.label, IsCurrent(s, e.screen), w)) core::Go(s.nav, {e.screen});
    EndColumn();
  }
}

}  // namespace ui
