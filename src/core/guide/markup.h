// Hearth's small inline markup: **bold**, *italic*, [words](target), and \ to escape.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct Span {
  std::string text;
  bool bold = false;
  bool italic = false;
  std::string link;  // target when the span is a link ("chapter:id", "exercise:id", "timeout", "https://...")
};

// Parses markup into spans. Returns false (with a short reason) on unbalanced ** / * / [ ] ( ).
bool ParseInline(std::string_view src, std::vector<Span>& out, std::string* error = nullptr);

// The text a reader sees, without markup (for search, word counts and the accessibility mirror).
std::string PlainText(std::string_view src);

}  // namespace core
