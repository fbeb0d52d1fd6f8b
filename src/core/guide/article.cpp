#include "core/guide/article.h"

#include "core/exercises/worksheet.h"
#include "core/guide/markup.h"

namespace core {

namespace {
void HelpLines(PrintDoc& d, const HelpInfo& help) {
  if (!help.emergency.empty()) d.Paragraph(PlainText(help.emergency));
  for (const HelpResource& r : help.resources) {
    std::string line = r.country + ": " + r.name + ". " + r.about;
    if (!r.phone.empty()) line += " Phone " + r.phone + ".";
    if (!r.text.empty()) line += " " + r.text;
    if (r.url.rfind("https://", 0) == 0) line += " " + r.url.substr(8);
    d.Item(PlainText(line));
  }
}
}  // namespace

PrintDoc ChapterArticle(const Chapter& c, int number, int total, const HelpInfo& help, const std::string& org) {
  PrintDoc d;
  d.title = c.title;
  d.subtitle = "Chapter " + std::to_string(number) + " of " + std::to_string(total) + " of Hearth's guide · " +
               std::to_string(ReadingMinutes(c)) + " min read";
  d.org = org;
  if (!c.summary.empty()) d.Paragraph(PlainText(c.summary));
  for (const Block& b : c.blocks) {
    switch (b.type) {
      case BlockType::Heading: d.Heading(PlainText(b.text), 2); break;
      case BlockType::Paragraph: d.Paragraph(PlainText(b.text)); break;
      case BlockType::List:
        for (const std::string& it : b.items) d.Item(PlainText(it), b.ordered);
        break;
      case BlockType::Table:
        // A point per row: each cell under its column's name.
        for (const auto& row : b.rows) {
          std::string line;
          for (size_t i = 0; i < row.size(); ++i)
            line += (i ? "; " : "") + (i < b.columns.size() ? PlainText(b.columns[i]) + ": " : "") + PlainText(row[i]);
          d.Item(line);
        }
        break;
      case BlockType::Callout: {
        const char* word = b.kind == "safety" ? "Safety" : b.kind == "research" ? "Research" : "Tip";
        d.Heading(b.title.empty() ? std::string(word) : std::string(word) + ": " + PlainText(b.title), 3);
        d.Paragraph(PlainText(b.text));
        break;
      }
      case BlockType::Help: HelpLines(d, help); break;
    }
  }
  if (!c.try_this.empty()) {
    d.Heading("Try this", 2);
    for (const ContentLink& l : c.try_this) d.Item(PlainText(l.text) + " (in Hearth)");
  }
  if (!c.sources.empty()) {
    d.Heading("Sources", 2);
    for (const std::string& s : c.sources) d.Note(s);
  }
  d.footer = kPrintPrivacyLine;
  return d;
}

}  // namespace core
