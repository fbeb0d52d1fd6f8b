// Screens whose full versions arrive with their own issues: each is reachable and leads home.
#include <string>

#include "core/catalog.h"
#include "imgui.h"
#include "ui/ui.h"
#include "ui/widgets.h"

namespace ui {

static void BackHome(core::AppState& s) {
  ImGui::Dummy(ImVec2(0, 8.0f * Dpr(s)));
  if (Button(s, "Back to home")) core::Go(s.nav, {core::Screen::Home});
}

void DrawProgress(core::AppState& s) {
  BeginColumn(s);
  Heading(s, "Progress", 1);
  int read = core::ChaptersRead(s.reader);
  Paragraph(s, "Chapters read: " + std::to_string(read) + " of " + std::to_string(s.guide.chapters.size()) + ".");
  // Time-outs, newest first: how long each lasted and how it ended. No judgement, just the record.
  const auto& log = s.timeout.log;
  Heading(s, "Time-outs", 2);
  if (log.empty()) Paragraph(s, "None yet. When you take one, it is noted here, on this device only.", true);
  for (size_t k = 0; k < log.size() && k < 10; ++k) {
    const core::TimeoutLogEntry& e = log[log.size() - 1 - k];
    int minutes = static_cast<int>(e.actual_ms / 60000.0 + 0.5);
    std::string line = std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes") + " of " +
                       std::to_string(e.planned_minutes);
    int added = 0;
    for (int x : e.extensions) added += x;
    if (added) line += " + " + std::to_string(added);
    line += e.ended == core::TimeoutEnd::Early ? " planned, ended when ready" : " planned, ran to the end";
    Paragraph(s, line + ".");
  }
  Paragraph(s, "More about your progress will appear here as Hearth grows.", true);
  BackHome(s);
  EndColumn();
}

}  // namespace ui
