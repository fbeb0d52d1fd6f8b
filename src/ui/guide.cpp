// The guide's contents page and the chapter reader.
#include <string>

#include "core/markup.h"
#include "imgui.h"
#include "ui/ui.h"
#include "ui/widgets.h"

namespace ui {

void DrawGuide(core::AppState& s) {
  BeginColumn(s);
  Heading(s, "The guide", 1);
  if (!s.content_error.empty()) Paragraph(s, s.content_error);
  for (size_t i = 0; i < s.guide.chapters.size(); ++i) {
    const core::Chapter& c = s.guide.chapters[i];
    std::string label = std::to_string(i + 1) + ". " + c.title;
    if (Link(s, label.c_str())) core::Go(s.nav, {core::Screen::Chapter, c.id});
    Paragraph(s, c.summary + " (" + std::to_string(core::ReadingMinutes(c)) + " min)", true);
  }
  if (Button(s, "Back to home")) core::Go(s.nav, {core::Screen::Home});
  EndColumn();
}

void DrawChapter(core::AppState& s) {
  BeginColumn(s);
  int idx = s.guide.Find(s.nav.route.id);
  if (idx < 0) {
    Heading(s, "Chapter not found", 1);
    if (Button(s, "Contents")) core::Go(s.nav, {core::Screen::Guide});
    EndColumn();
    return;
  }
  const core::Chapter& c = s.guide.chapters[idx];
  Heading(s, c.title, 1);
  for (const core::Block& b : c.blocks) {
    switch (b.type) {
      case core::BlockType::Heading: Heading(s, b.text, 2); break;
      case core::BlockType::Paragraph:
      case core::BlockType::Callout: Paragraph(s, core::PlainText(b.text)); break;
      case core::BlockType::List:
        for (const auto& it : b.items) Paragraph(s, "• " + core::PlainText(it));
        break;
      default: break;
    }
  }
  if (Button(s, "Contents")) core::Go(s.nav, {core::Screen::Guide});
  EndColumn();
}

}  // namespace ui
