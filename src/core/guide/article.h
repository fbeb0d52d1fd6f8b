// A chapter as an article to print: its sections, lists, tables (a point per row), callouts, help
// lines, "Try this" and sources, as real text (core/share/printdoc.h).
#pragma once
#include <string>

#include "core/guide/content.h"
#include "core/share/printdoc.h"

namespace core {

// `number` of `total` (1-based), for the line under the title. `org`: the practice's name, or "".
PrintDoc ChapterArticle(const Chapter& c, int number, int total, const HelpInfo& help, const std::string& org);

}  // namespace core
