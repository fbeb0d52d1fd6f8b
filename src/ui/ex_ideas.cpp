// The Shared-experience ideas screen: filters as rows of choices, then each idea as a card with
// "We tried it" and, once tried, how it went.
#include <algorithm>
#include <string>
#include <vector>

#include "core/ex_ideas.h"
#include "ui/ex_common.h"
#include "ui/exercise_screens.h"
#include "ui/theme.h"

namespace ui {

namespace {
const char* kId = "shared-experiences";
const char* kCost[] = {"Free", "Low cost", "A treat"};
const char* kTime[] = {"Under an hour", "An evening", "Half a day or more"};
const char* kPlace[] = {"At home", "Out"};

// A row of choices that wraps: "Any" then the options. Each is a radio in the mirror named
// "<group>: <option>". Returns true when *v changed (-1 = any).
bool Chips(core::AppState& s, const char* group, int* v, const std::vector<std::string>& options) {
  const core::Palette& p = Pal(s);
  ImGui::PushID(group);
  ImGui::TextUnformatted(group);
  bool changed = false;
  float right = ImGui::GetCursorPosX() + ColumnWidth();
  for (int k = -1; k < static_cast<int>(options.size()); ++k) {
    const std::string& label = k < 0 ? std::string("Any") : options[k];
    float w = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + 8.0f * Dpr(s);
    if (k >= 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
    }
    bool sel = *v == k;
    ImGui::PushStyleColor(ImGuiCol_Button, sel ? Vec(p.accent) : Vec(p.surface));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, sel ? Vec(p.accent_hi) : Vec(p.surface_hi));
    ImGui::PushStyleColor(ImGuiCol_Text, sel ? Vec(p.on_accent) : Vec(p.text));
    ImGui::PushID(k);
    bool pressed = ImGui::Button(label.c_str(), ImVec2(w, std::max(44.0f * Dpr(s), ImGui::GetFrameHeight())));
    ImGui::PopID();
    ImGui::PopStyleColor(3);
    core::MirrorItem m;
    m.checked = sel ? 1 : 0;
    ImGuiID id = Publish(s, core::Role::Radio, std::string(group) + ": " + label, m);
    if ((pressed || Activated(s, id)) && !sel) {
      *v = k;
      changed = true;
    }
  }
  ImGui::PopID();
  Gap(s, 4);
  return changed;
}

void DrawFilters(core::AppState& s) {
  core::IdeaFilter& f = s.ex.ideas.filter;
  std::vector<std::string> cats;
  for (int c = 0; c < 5; ++c) cats.push_back(core::CategoryName(static_cast<core::IdeaCategory>(c)));
  bool changed = Chips(s, "Kind", &f.category, cats);
  changed |= Chips(s, "Cost", &f.max_cost, {kCost[0], kCost[1], kCost[2]});
  changed |= Chips(s, "Time", &f.time, {kTime[0], kTime[1], kTime[2]});
  changed |= Chips(s, "Where", &f.place, {kPlace[0], kPlace[1]});
  changed |= Checkbox(s, "Hide ideas we have tried", &f.hide_tried);
  if (changed) Changed(s);
}

void DrawIdea(core::AppState& s, const core::Idea& idea) {
  core::IdeasState& st = s.ex.ideas;
  ImGui::PushID(idea.id);
  Box card = BeginCard(s);
  Heading(s, idea.title, 3);
  Paragraph(s, idea.line);
  Paragraph(s, std::string(core::CategoryName(idea.category)) + " · " + kCost[static_cast<int>(idea.cost)] + " · " +
                   kTime[static_cast<int>(idea.time)] + " · " + kPlace[static_cast<int>(idea.place)],
            true);
  auto it = st.records.find(idea.id);
  bool tried = it != st.records.end() && it->second.tried;
  std::string label = std::string("We tried it: ") + idea.title;
  if (Checkbox(s, label.c_str(), &tried)) {
    core::MarkTried(st, idea.id, tried, s.in.now_ms);
    if (tried) Done(s, kId);
    else Changed(s);
  }
  it = st.records.find(idea.id);
  if (it != st.records.end() && it->second.tried) {
    int rating = it->second.rating;
    std::string how = std::string("How was it? ") + idea.title;
    if (RatingScale(s, how.c_str(), &rating, 1, 5, "not for us", "loved it") && core::RateIdea(st, idea.id, rating))
      Changed(s);
  }
  EndCard(s, card);
  Gap(s, 8);
  ImGui::PopID();
}
}  // namespace

void DrawExIdeas(core::AppState& s) {
  ExerciseHeader(s, kId);
  Paragraph(s, "Doing something new together, even something small, brings back the feeling of discovering "
               "each other. Pick one that makes you both a little curious.");
  Gap(s, 4);
  DrawFilters(s);
  std::vector<const core::Idea*> shown = core::FilterIdeas(s.ex.ideas);
  int tried = core::TriedCount(s.ex.ideas);
  Paragraph(s, std::to_string(shown.size()) + " of " + std::to_string(core::Ideas().size()) + " ideas shown" +
                   (tried ? ", " + std::to_string(tried) + " tried so far." : "."),
            true);
  Gap(s, 6);
  if (shown.empty()) Paragraph(s, "No idea fits all of these choices. Try \"Any\" for one of them.");
  for (const core::Idea* idea : shown) DrawIdea(s, *idea);
}

}  // namespace ui
