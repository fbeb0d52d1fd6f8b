#include "core/share/printdoc.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace core {

namespace {
PrintBlock& Add(PrintDoc& d, PrintKind k, std::string_view text) {
  d.blocks.push_back({});
  d.blocks.back().kind = k;
  d.blocks.back().text.assign(text.data(), text.size());
  return d.blocks.back();
}
const char* KindWord(PrintKind k) {
  switch (k) {
    case PrintKind::Heading: return "h";
    case PrintKind::Paragraph: return "p";
    case PrintKind::Item: return "li";
    case PrintKind::Answer: return "a";
    case PrintKind::Scale: return "sc";
    case PrintKind::Check: return "ck";
    case PrintKind::Note: return "n";
    case PrintKind::PageBreak: return "pb";
  }
  return "p";
}
}  // namespace

PrintBlock& PrintDoc::Heading(std::string_view text, int level) {
  PrintBlock& b = Add(*this, PrintKind::Heading, text);
  b.level = std::clamp(level, 2, 3);
  return b;
}
PrintBlock& PrintDoc::Paragraph(std::string_view text) { return Add(*this, PrintKind::Paragraph, text); }
PrintBlock& PrintDoc::Item(std::string_view text, bool ordered) {
  PrintBlock& b = Add(*this, PrintKind::Item, text);
  b.ordered = ordered;
  return b;
}
PrintBlock& PrintDoc::Answer(std::string_view question, std::string_view answer, int lines) {
  PrintBlock& b = Add(*this, PrintKind::Answer, question);
  if (filled) b.answer.assign(answer.data(), answer.size());
  b.lines = std::clamp(lines, 1, 12);
  return b;
}
PrintBlock& PrintDoc::Scale(std::string_view question, int value, int max, std::string_view low, std::string_view high) {
  PrintBlock& b = Add(*this, PrintKind::Scale, question);
  b.max = std::clamp(max, 2, 10);
  b.value = filled && value >= 1 && value <= b.max ? value : 0;
  b.answer.assign(low.data(), low.size()).append("|").append(high.data(), high.size());
  return b;
}
PrintBlock& PrintDoc::Check(std::string_view text, bool checked) {
  PrintBlock& b = Add(*this, PrintKind::Check, text);
  b.checked = filled && checked;
  return b;
}
PrintBlock& PrintDoc::Note(std::string_view text) { return Add(*this, PrintKind::Note, text); }
void PrintDoc::PageBreak() {
  if (!blocks.empty() && blocks.back().kind != PrintKind::PageBreak) Add(*this, PrintKind::PageBreak, "");
}

PrintDoc TextPrintDoc(const std::string& title, const std::string& text) {
  PrintDoc d;
  d.title = title;
  std::string para;
  int para_lines = 0;
  auto flush = [&] {
    if (!para.empty()) d.Paragraph(para);
    para.clear();
    para_lines = 0;
  };
  for (size_t at = 0; at <= text.size();) {
    size_t end = std::min(text.find('\n', at), text.size());
    std::string line = text.substr(at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      flush();
    } else if (line.rfind("- ", 0) == 0) {
      // A short line of its own, without a full stop or colon, right above points is their heading.
      if (para_lines == 1 && para.size() <= 60 && para.back() != '.' && para.back() != ':') {
        d.Heading(para, 2);
        para.clear();
      }
      flush();
      d.Item(line.substr(2));
    } else {
      para += (para.empty() ? "" : " ") + line;
      ++para_lines;
    }
  }
  flush();
  return d;
}

std::string PrintDocText(const PrintDoc& d) {
  std::string out = d.title + "\n";
  if (!d.subtitle.empty()) out += d.subtitle + "\n";
  if (!d.org.empty()) out += d.org + "\n";
  for (const PrintBlock& b : d.blocks) {
    switch (b.kind) {
      case PrintKind::PageBreak: continue;
      case PrintKind::Item: out += "- " + b.text; break;
      case PrintKind::Answer: out += b.text + "\n" + (b.answer.empty() ? std::string("____") : b.answer); break;
      case PrintKind::Scale:
        out += b.text + " (1-" + std::to_string(b.max) + "): " + (b.value ? std::to_string(b.value) : "____");
        break;
      case PrintKind::Check: out += std::string(b.checked ? "[x] " : "[ ] ") + b.text; break;
      default: out += b.text;
    }
    out += "\n";
  }
  if (!d.footer.empty()) out += d.footer + "\n";
  return out;
}

std::string PrintDocJson(const PrintDoc& d) {
  nlohmann::json blocks = nlohmann::json::array();
  for (const PrintBlock& b : d.blocks)
    blocks.push_back({KindWord(b.kind), b.text, b.answer, b.level, b.lines, b.value, b.max, b.ordered ? 1 : 0,
                      b.checked ? 1 : 0});
  nlohmann::json j = {{"t", d.title}, {"s", d.subtitle}, {"o", d.org}, {"f", d.filled ? 1 : 0},
                      {"ft", d.footer}, {"b", std::move(blocks)}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace core
