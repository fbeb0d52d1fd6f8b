// A page to print: a worksheet of an exercise (blank, or with the person's answers), a chapter as an
// article, the ground rules. Plain data built by core; the platform lays it out as real text (black
// on white, the browser's print dialog, so "Save as PDF" works too), never as a picture of the canvas.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace core {

enum class PrintKind {
  Heading,    // a section's heading (level 2) or a part's (level 3)
  Paragraph,  // plain text
  Item,       // one point of a list (ordered lists number their points)
  Answer,     // a question and its answer: the person's words, or `lines` blank lines to write on
  Scale,      // a question answered on a scale 1..max: the chosen number circled, or none when blank
  Check,      // a box to tick, ticked or not
  Note,       // small print (a source, a privacy line)
  PageBreak,  // what follows starts a new page
};

struct PrintBlock {
  PrintKind kind = PrintKind::Paragraph;
  std::string text;    // the heading, paragraph, point, question or box's words
  std::string answer;  // Answer: what the person wrote ("" = blank lines); Scale: the low and high ends ("Not at all|Very")
  int level = 2;       // Heading: 2 or 3
  int lines = 0;       // Answer: lines to write on when blank (1..12)
  int value = 0;       // Scale: 0 = not chosen, else 1..max
  int max = 0;         // Scale: its top (2..10)
  bool ordered = false;  // Item: part of a numbered list
  bool checked = false;  // Check
};

struct PrintDoc {
  std::string title;     // "After an argument" ("" = nothing to print)
  std::string subtitle;  // "A worksheet from Hearth" / "Chapter 7 of 19 · 9 min read"
  std::string org;       // the practice's name, when Hearth came from one ("" = none)
  bool filled = false;   // a worksheet with the person's own answers (said at the top, so it is not left lying about unknowingly)
  std::vector<PrintBlock> blocks;
  std::string footer;    // the last line: where it came from and the privacy line

  // Building: each adds one block and returns it.
  // (string_view: most words are literals, and each call is then a pointer and a length, not a
  // std::string built at every call site.)
  PrintBlock& Heading(std::string_view text, int level = 2);
  PrintBlock& Paragraph(std::string_view text);
  PrintBlock& Item(std::string_view text, bool ordered = false);
  // The person's words when filled (an empty answer still gets its lines), else `lines` blank lines.
  PrintBlock& Answer(std::string_view question, std::string_view answer, int lines);
  PrintBlock& Scale(std::string_view question, int value, int max, std::string_view low, std::string_view high);
  PrintBlock& Check(std::string_view text, bool checked);
  PrintBlock& Note(std::string_view text);
  void PageBreak();
};

// Text as a page: paragraphs split at blank lines, a line starting "- " as a point, and a short line
// of its own (no full stop or colon) right above points as their heading.
PrintDoc TextPrintDoc(const std::string& title, const std::string& text);

// All the document's words in reading order, one block a line (for tests and for a plain-text copy).
std::string PrintDocText(const PrintDoc& d);

// Compact JSON for the platform: {"t": title, "s": subtitle, "o": org, "f": filled, "ft": footer,
// "b": [[kind, text, answer, level, lines, value, max, ordered, checked], ...]} (kind as a short word:
// h p li a sc ck n pb). Text is escaped and never read as HTML.
std::string PrintDocJson(const PrintDoc& d);

}  // namespace core
