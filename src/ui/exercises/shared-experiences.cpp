// The Shared-experience ideas screen: filters as rows of choices, then each idea as a card with
// "We tried it" and, once tried, how it went. The ideas' words come in the guide's file: until it is
// here the screen says "Loading this exercise…" (or why it failed, with Try again); the filters and
// what was tried are kept meanwhile.
#include <algorithm>
#include <string>
#include <vector>

#include "core/exercises/ex_text.h"
#include "core/exercises/shared-experiences.h"
#include "ui/app/ui.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"

namespace ui {

namespace {
const char* kId = "shared-experiences";
const char* kCost[] = {"Free", "Low cost", "A treat"};
const char* kTime[] = {"Under an hour", "An evening", "Half a day or more"};
const char* kPlace[] = {"Indoors", "Outdoors"};

void DrawFilters(core::AppState& s) {
  core::IdeaFilter& f = s.doc.ex.ideas.filter;
  std::vector<std::string> cats;
  for (int c = 0; c < core::kIdeaCategoryCount; ++c) cats.push_back(core::CategoryName(static_cast<core::IdeaCategory>(c)));
  bool changed = Chips(s, "Kind", &f.category, cats);
  changed |= Chips(s, "Cost", &f.max_cost, {kCost[0], kCost[1], kCost[2]});
  changed |= Chips(s, "Time", &f.time, {kTime[0], kTime[1], kTime[2]});
  changed |= Chips(s, "Where", &f.place, {kPlace[0], kPlace[1]});
  changed |= Checkbox(s, "Hide ideas we have tried", &f.hide_tried);
  if (changed) Changed(s);
}

void DrawIdea(core::AppState& s, const core::Idea& idea, const core::IdeaText& text) {
  core::IdeasState& st = s.doc.ex.ideas;
  ImGui::PushID(idea.id);
  Box card = BeginCard(s);
  Heading(s, text.title, 3);
  Paragraph(s, text.line);
  Paragraph(s, std::string(core::CategoryName(idea.category)) + " · " + kCost[static_cast<int>(idea.cost)] + " · " +
                   kTime[static_cast<int>(idea.time)] + " · " + kPlace[static_cast<int>(idea.place)],
            true);
  auto it = st.records.find(idea.id);
  bool tried = it != st.records.end() && it->second.tried;
  if (Checkbox(s, "We tried it", &tried, "We tried it: " + text.title)) {
    core::MarkTried(st, idea.id, tried, s.frame.in.now_ms);
    if (tried) Done(s, kId);
    else Changed(s);
  }
  it = st.records.find(idea.id);
  if (it != st.records.end() && it->second.tried) {
    int rating = it->second.rating;
    std::string how = std::string(core::kIdeasAskHow) + " " + text.title;
    if (RatingScale(s, how.c_str(), &rating, 1, 5, core::kIdeasHowLow, core::kIdeasHowHigh) && core::RateIdea(st, idea.id, rating))
      Changed(s);
  }
  EndCard(s, card);
  Gap(s, 8);
  ImGui::PopID();
}
}  // namespace

void DrawExIdeas(core::AppState& s) {
  ExerciseHeader(s, kId);
  Paragraph(s, core::kIdeasIntro);
  Gap(s, 4);
  // The ideas' words come in the guide's file; the filters and what was tried are kept while it comes.
  const core::ExerciseText& words = s.guide.exercises;
  if (!GuideArrived(s, "this exercise") || words.ideas.size() != core::Ideas().size()) return;
  DrawFilters(s);
  std::vector<const core::Idea*> shown = core::FilterIdeas(s.doc.ex.ideas);
  int tried = core::TriedCount(s.doc.ex.ideas);
  Paragraph(s, std::to_string(shown.size()) + " of " + std::to_string(core::Ideas().size()) + " ideas shown" +
                   (tried ? ", " + std::to_string(tried) + " tried so far." : "."),
            true);
  Gap(s, 6);
  if (shown.empty()) Paragraph(s, "No idea fits all of these choices. Try \"Any\" for one of them.");
  for (const core::Idea* idea : shown) DrawIdea(s, *idea, *core::WordsOf(words, *idea));
}

}  // namespace ui
