// Home: a warm welcome and the four parts of Hearth as large, thumb-sized choices.
#include <string>

#include "imgui.h"
#include "ui/app/ui.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/widgets.h"

namespace ui {

void DrawHome(core::AppState& s) {
  BeginColumn(s);
  ImGui::Dummy(ImVec2(0, 12.0f * Dpr(s)));
  Heading(s, "Welcome to Hearth", 1);
  Paragraph(s, "A free, private guide to feeling closer to the people you love. Read at your own pace, try a "
               "short exercise together, or take a calm break when a talk gets heated. Everything you write stays "
               "on this device.");
  if (!s.embed.org.empty()) Paragraph(s, "Shared with you by " + s.embed.org + ".", true);
  if (!s.doc.homework.steps.empty()) {  // a counselor's homework (core/progress/homework.h)
    const size_t done = core::HomeworkDoneCount(s.doc.homework, s.doc.reader, s.doc.ex, s.doc.timeout);
    const std::string label = "Your homework: " + std::to_string(done) + " of " + std::to_string(s.doc.homework.steps.size()) + " done";
    if (Link(s, label.c_str(), "#/homework")) core::Go(s.nav, {core::Screen::Homework});
  }
  ImGui::Dummy(ImVec2(0, 8.0f * Dpr(s)));
  struct Choice {
    const char* label;
    const char* line;
    core::Screen screen;
  };
  const Choice choices[] = {
      {"Read the guide", "Short chapters on trust, talking, touch, repair and real lives.", core::Screen::Guide},
      {"Try an exercise", "Small practices for one person or two.", core::Screen::Exercises},
      {"Take a time-out", "A calm, timed pause when an argument floods you.", core::Screen::Timeout},
      {"See your progress", "What you have read and done, without pressure.", core::Screen::Progress},
  };
  float w = ColumnWidth();
  for (const Choice& c : choices) {
    if (!core::RouteShown(s.embed, {c.screen})) continue;
    if (Button(s, c.label, c.screen == core::Screen::Guide ? Kind::Primary : Kind::Secondary, w)) core::Go(s.nav, {c.screen});
    Paragraph(s, c.line, true);
    ImGui::Dummy(ImVec2(0, 4.0f * Dpr(s)));
  }
  if (Link(s, "Settings: text size and theme", "#/settings")) core::Go(s.nav, {core::Screen::Settings});
  EndColumn();
}

}  // namespace ui
