// The navigation bar: always on screen. Wide: every part in one row. Narrow (phones): one row with the
// brand, the Time-out (it must be one tap away in a hard moment), a Menu that unfolds the rest, and
// Quick exit set apart at the right end.
#include <algorithm>
#include <cfloat>

#include "imgui.h"
#include "ui/app/ui.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

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
    s.frame.out.outbox.quick_exit = true;
}

bool IsCurrent(const core::AppState& s, core::Screen screen) {
  core::Screen cur = s.nav.route.screen;
  if (cur == core::Screen::Chapter) cur = core::Screen::Guide;
  if (cur == core::Screen::Exercise) cur = core::Screen::Exercises;
  return cur == screen;
}
// The phone header is one row at any text size and width (320 CSS px at 200 % included): labels give
// way to drawn icons, the least needed first, until it fits. Icons keep their names in the mirror.
enum class Icon { None, Home, Pause, Menu, Exit };
struct Plan {
  bool brand_small, brand_icon, timeout_icon, menu_icon, exit_short, exit_icon;
};
const Plan kPlans[] = {
    {false, false, false, false, false, false},  // every label
    {false, false, false, true, false, false},   // Menu as the usual three lines
    {true, false, false, true, false, false},    // the brand at body size
    {true, true, false, true, false, false},     // the brand as a house (it only leads home)
    {true, true, false, true, true, false},      // "Exit" for Quick exit
    {true, true, true, true, true, false},       // Time-out as a pause sign
    {true, true, true, true, false, true},       // Quick exit as a door with an arrow
};

void DrawIcon(Icon icon, ImU32 col, float d) {  // d: device px per CSS px, times the text size
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
  float r = 9.0f * d, t = 2.2f * d;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  switch (icon) {
    case Icon::Menu:
      for (int i = -1; i <= 1; ++i) dl->AddLine(ImVec2(c.x - r, c.y + i * 6 * d), ImVec2(c.x + r, c.y + i * 6 * d), col, t);
      break;
    case Icon::Pause:
      dl->AddCircle(c, r + 2 * d, col, 24, t * 0.8f);
      dl->AddRectFilled(ImVec2(c.x - 4.5f * d, c.y - 5 * d), ImVec2(c.x - 1.5f * d, c.y + 5 * d), col);
      dl->AddRectFilled(ImVec2(c.x + 1.5f * d, c.y - 5 * d), ImVec2(c.x + 4.5f * d, c.y + 5 * d), col);
      break;
    case Icon::Exit: {  // an open door frame and an arrow leaving it
      ImVec2 door[4] = {ImVec2(c.x + 1 * d, c.y - r), ImVec2(c.x - r, c.y - r), ImVec2(c.x - r, c.y + r),
                        ImVec2(c.x + 1 * d, c.y + r)};
      dl->AddPolyline(door, 4, col, ImDrawFlags_None, t);
      dl->AddLine(ImVec2(c.x - 4 * d, c.y), ImVec2(c.x + r + 1 * d, c.y), col, t);
      dl->AddTriangleFilled(ImVec2(c.x + r + 3 * d, c.y), ImVec2(c.x + r - 3 * d, c.y - 5 * d),
                            ImVec2(c.x + r - 3 * d, c.y + 5 * d), col);
      break;
    }
    case Icon::Home: {
      dl->AddTriangleFilled(ImVec2(c.x, c.y - r - 1 * d), ImVec2(c.x - r - 2 * d, c.y - 1 * d),
                            ImVec2(c.x + r + 2 * d, c.y - 1 * d), col);
      dl->AddRectFilled(ImVec2(c.x - r + 2 * d, c.y - 1 * d), ImVec2(c.x + r - 2 * d, c.y + r), col);
      break;
    }
    case Icon::None:
      break;
  }
}

float TextButtonWidth(ImFont* f, const char* label) {
  return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label).x + ImGui::GetStyle().FramePadding.x * 2;
}

void DrawNarrowBar(core::AppState& s, float pad) {
  const core::Palette& p = Pal(s);
  const Fonts& f = GetFonts();
  float d = Dpr(s), px = Px(s);  // icons grow with the text, and are never under 44 CSS px
  float icon = std::max(44.0f * d, 30.0f * px);
  float gap = ImGui::GetStyle().ItemSpacing.x;
  float exit_gap = 20.0f * d;  // a mis-tap aimed at the menu or the time-out must not leave the app
  float room = ImGui::GetWindowWidth() - 2 * pad;
  bool timeout_shown = core::RouteShown(s.embed, {core::Screen::Timeout});
  const Plan* plan = &kPlans[0];
  float w_brand = 0, w_to = 0, w_menu = 0, w_exit = 0;
  for (const Plan& pl : kPlans) {
    plan = &pl;
    w_brand = pl.brand_icon ? icon : TextButtonWidth(pl.brand_small ? f.bold : f.h2, "Hearth");
    w_to = !timeout_shown ? 0 : pl.timeout_icon ? icon : TextButtonWidth(f.bold, "Time-out");
    w_menu = pl.menu_icon ? icon : std::max(TextButtonWidth(f.body, "Menu"), TextButtonWidth(f.body, "Close"));
    w_exit = pl.exit_icon ? icon : TextButtonWidth(f.body, pl.exit_short ? "Exit" : "Quick exit");
    float total = w_brand + w_to + w_menu + w_exit + (timeout_shown ? 2 : 1) * gap + exit_gap;
    if (total <= room) break;
  }

  // The brand: Home.
  bool home = s.nav.route.screen == core::Screen::Home;
  ImGui::PushFont(plan->brand_small ? f.bold : f.h2);
  ImGui::PushStyleColor(ImGuiCol_Text, Vec(p.accent));
  bool go_home = NavButton(s, plan->brand_icon ? "###home" : "Hearth###home", home, w_brand, "Hearth", "#/");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (plan->brand_icon) DrawIcon(Icon::Home, Col(p.accent), px);
  if (go_home) core::Go(s.nav, {core::Screen::Home});

  // Time-out: one tap away in a hard moment, at the left, away from Quick exit.
  if (timeout_shown) {
    ImGui::SameLine();
    if (NavButton(s, plan->timeout_icon ? "###timeout" : "Time-out###timeout", IsCurrent(s, core::Screen::Timeout), w_to,
                  "Time-out", core::RouteToHash({core::Screen::Timeout})))
      core::Go(s.nav, {core::Screen::Timeout});
    if (plan->timeout_icon) DrawIcon(Icon::Pause, Col(p.text), px);
  }

  // Menu, then a clear gap, then Quick exit at the right end.
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), pad + room - w_exit - exit_gap - w_menu));
  const char* menu_label = plan->menu_icon ? "###menu" : s.nav.menu_open ? "Close###menu" : "Menu###menu";
  bool pressed = PointerPress(s, ImGui::Button(menu_label, ImVec2(w_menu, std::max(icon, ImGui::GetFrameHeight()))));
  if (plan->menu_icon) DrawIcon(Icon::Menu, Col(p.text), px);
  core::MirrorItem m;
  m.has_expanded = true;
  m.expanded = s.nav.menu_open;
  ImGuiID id = Publish(s, core::Role::Button, "Menu", m);
  if (pressed || Activated(s, id)) {
    s.nav.menu_open = !s.nav.menu_open;
    // The menu's links are published later in this frame: the button's state must say the same.
    for (auto& it : s.frame.out.mirror)
      if (it.id == id) it.expanded = s.nav.menu_open;
  }

  ImGui::SameLine(0, 0);
  ImGui::SetCursorPosX(pad + room - w_exit);
  const char* exit_label = plan->exit_icon ? "###exit" : plan->exit_short ? "Exit###exit" : "Quick exit###exit";
  if (Button(s, exit_label, Kind::Secondary, w_exit, false, "Quick exit: leave Hearth now for a neutral site"))
    s.frame.out.outbox.quick_exit = true;
  if (plan->exit_icon) DrawIcon(Icon::Exit, Col(p.text), px);
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

  if (!Narrow(s)) {
    float right = ImGui::GetWindowWidth() - pad;
    float exit_w = ButtonWidth("Quick exit");
    ImGui::PushFont(GetFonts().h2);
    ImGui::PushStyleColor(ImGuiCol_Text, Vec(p.accent));
    if (NavButton(s, "Hearth##home", s.nav.route.screen == core::Screen::Home, 0, "", "#/")) core::Go(s.nav, {core::Screen::Home});
    ImGui::PopStyleColor();
    ImGui::PopFont();
    for (const Entry& e : kEntries) {
      if (!core::RouteShown(s.embed, {e.screen})) continue;
      ImGui::SameLine();
      if (NavButton(s, e.label, IsCurrent(s, e.screen), 0, "", core::RouteToHash({e.screen}))) core::Go(s.nav, {e.screen});
    }
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() > right - exit_w) ImGui::NewLine();  // very large text: its own row
    ImGui::SetCursorPosX(std::max(pad, right - exit_w));
    QuickExitButton(s);
  } else {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8.0f * d, ImGui::GetStyle().FramePadding.y));
    DrawNarrowBar(s, pad);
    ImGui::PopStyleVar();
  }
  ImGui::PopStyleVar();
  float bottom = ImGui::GetCursorScreenPos().y;
  dl->AddLine(ImVec2(top.x, bottom), ImVec2(top.x + ImGui::GetWindowWidth(), bottom), Col(p.border, 0.5f), d);
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom + d));

  if (Narrow(s) && s.nav.menu_open) {
    ImGui::Dummy(ImVec2(0, 8.0f * d));
    BeginColumn(s);
    float w = ColumnWidth();
    if (NavButton(s, "Home", s.nav.route.screen == core::Screen::Home, w, "", "#/")) core::Go(s.nav, {core::Screen::Home});
    for (const Entry& e : kEntries)
      if (core::RouteShown(s.embed, {e.screen}) && NavButton(s, e.label, IsCurrent(s, e.screen), w, "", core::RouteToHash({e.screen}))) core::Go(s.nav, {e.screen});
    EndColumn();
  }
}

}  // namespace ui
