// Inline markup parser. Small on purpose: content writers only need emphasis and links.
#include "core/guide/markup.h"

namespace core {

namespace {
struct Parser {
  std::string_view s;
  std::vector<Span>& out;
  bool bold = false, italic = false;
  std::string cur;

  void Flush(bool allow_merge = true) {
    if (cur.empty()) return;
    Span sp;
    sp.text = std::move(cur);
    sp.bold = bold;
    sp.italic = italic;
    // Merge with the previous span when the style is the same, so layout sees fewer pieces.
    if (allow_merge && !out.empty() && out.back().bold == sp.bold && out.back().italic == sp.italic &&
        out.back().link.empty())
      out.back().text += sp.text;
    else
      out.push_back(std::move(sp));
    cur.clear();
  }
};
}  // namespace

static bool Fail(std::string* error, const char* why) {
  if (error) *error = why;
  return false;
}

bool ParseInline(std::string_view s, std::vector<Span>& out, std::string* error) {
  Parser p{s, out};
  bool in_link = false;
  size_t link_start_span = 0;  // index of the first span inside the current link
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\') {
      if (i + 1 >= s.size()) return Fail(error, "a backslash at the very end escapes nothing");
      p.cur += s[++i];
    } else if (c == '*') {
      p.Flush(!in_link);
      if (i + 1 < s.size() && s[i + 1] == '*') {
        p.bold = !p.bold;
        ++i;
      } else {
        p.italic = !p.italic;
      }
    } else if (c == '[') {
      if (in_link) return Fail(error, "a link inside a link");
      p.Flush();
      in_link = true;
      link_start_span = out.size();
    } else if (c == ']') {
      if (!in_link) return Fail(error, "a ']' with no '[' before it (write \\] for a bracket)");
      if (i + 1 >= s.size() || s[i + 1] != '(') return Fail(error, "a link's [words] must be followed by (target)");
      size_t close = s.find(')', i + 2);
      if (close == std::string_view::npos) return Fail(error, "a link's (target) is not closed");
      std::string target(s.substr(i + 2, close - i - 2));
      if (target.empty()) return Fail(error, "a link has an empty target");
      // Everything since '[' becomes link spans (keeping bold/italic inside the words).
      p.Flush(false);
      if (out.size() == link_start_span) return Fail(error, "a link has no words");
      for (size_t k = link_start_span; k < out.size(); ++k) out[k].link = target;
      in_link = false;
      i = close;
    } else {
      p.cur += c;
    }
  }
  p.Flush();
  if (in_link) return Fail(error, "a '[' is never closed (write \\[ for a bracket)");
  if (p.bold) return Fail(error, "a ** is never closed");
  if (p.italic) return Fail(error, "a * is never closed (write \\* for an asterisk)");
  return true;
}

std::string PlainText(std::string_view src) {
  std::vector<Span> spans;
  ParseInline(src, spans);
  std::string out;
  for (auto& sp : spans) out += sp.text;
  return out;
}

}  // namespace core
