// The guide's content model: chapters made of blocks, help resources, and their validation.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/exercises/ex_text.h"

namespace core {

enum class BlockType { Heading, Paragraph, List, Table, Callout, Help };

struct Block {
  BlockType type = BlockType::Paragraph;
  std::string id;                              // heading: section id
  std::string text;                            // heading / paragraph / callout text (markup)
  std::string title;                           // callout title (optional)
  std::string kind;                            // callout: tip | research | safety
  bool ordered = false;                        // list
  std::vector<std::string> items;              // list items (markup)
  std::vector<std::string> columns;            // table header
  std::vector<std::vector<std::string>> rows;  // table cells (markup)
};

struct ContentLink {
  std::string text;
  std::string target;
};

struct Chapter {
  std::string file;  // where it came from, for messages
  std::string id, title, summary;
  std::vector<Block> blocks;
  std::vector<ContentLink> try_this;
  std::vector<std::string> sources;
  int words = 0;  // words a reader reads, for the reading time
};

// What a help line is for, so a list can group its lines. A line without a "kind" is an abuse line.
enum class HelpKind { Abuse, Crisis, SexualAssault, OwnBehavior };
constexpr int kHelpKinds = 4;
const char* HelpKindId(HelpKind k);                      // "abuse", "crisis", "sexual-assault", "own-behavior"
bool ParseHelpKind(const std::string& id, HelpKind& out);  // false for anything else

struct HelpResource {
  std::string country, name, phone, text, url, about;
  std::vector<HelpKind> kinds{HelpKind::Abuse};  // one or more, in the file's order, no repeats
  bool Has(HelpKind k) const;
};

// Reads "kind" from one resource: a missing key keeps the default (abuse); otherwise it must be one
// kind id or a non-empty list of them. Returns false, with `why` filled, for anything else.
bool ReadHelpKinds(const nlohmann::json& resource, std::vector<HelpKind>& out, std::string& why);

struct HelpInfo {
  std::string emergency;
  std::vector<HelpResource> resources;
};

struct Guide {
  std::vector<Chapter> chapters;
  HelpInfo help;
  ExerciseText exercises;  // words of some exercises, from the guide's file (core/exercises/ex_text.h)
  int Find(const std::string& chapter_id) const;  // index or -1
  int FindSection(int chapter, const std::string& section_id) const;  // block index or -1
};

struct ContentError {
  std::string file, chapter, field, message;
  std::string ToString() const;  // "content/chapters/05.json: chapter 'x': blocks[3].type: unknown block type 'quote'"
};

int ReadingMinutes(const Chapter& c);  // at least 1

// Parsing never throws; problems are appended to `errors` and the function returns false.
bool ParseChapter(std::string_view json, const std::string& file, Chapter& out, std::vector<ContentError>& errors);
bool ParseHelp(std::string_view json, const std::string& file, HelpInfo& out, std::vector<ContentError>& errors);
// Checks ids are unique and every link (in text and try_this) points at something that exists.
bool ValidateGuide(const Guide& g, std::vector<ContentError>& errors);

// A bundle: {"chapters":[...], "help":{...}, "exercises":{...}} (the same objects as the files); the
// guide's file has chapters and exercises, the app's embedded bundle the help lines.
bool ParseBundle(std::string_view json, Guide& out, std::vector<ContentError>& errors);

}  // namespace core
