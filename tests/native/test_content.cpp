// The content model (core/content): parsing good and broken chapters (with the file, chapter and
// field named in every message), link validation across the guide, and the real content/ folder.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/exercises/catalog.h"
#include "core/guide/content.h"
#include "core/guide/markup.h"
#include "helpers.h"

using namespace core;

namespace {

std::string Fixture(const std::string& name) { return ReadSourceFile("tests/fixtures/content/" + name); }

std::string AllErrors(const std::vector<ContentError>& errors) {
  std::string s;
  for (const auto& e : errors) s += e.ToString() + "\n";
  return s;
}

bool Contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// Parses a broken fixture: it must fail with exactly one error; returns it.
ContentError OnlyError(const std::string& name) {
  Chapter ch;
  std::vector<ContentError> errors;
  const std::string file = "content/chapters/" + name;
  bool ok = ParseChapter(Fixture(name), file, ch, errors);
  INFO(AllErrors(errors));
  CHECK_FALSE(ok);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == file);
  return errors[0];
}

Chapter ParseGood(const std::string& name) {
  Chapter ch;
  std::vector<ContentError> errors;
  bool ok = ParseChapter(Fixture(name), "content/chapters/" + name, ch, errors);
  INFO(AllErrors(errors));
  REQUIRE(ok);
  REQUIRE(errors.empty());
  return ch;
}

}  // namespace

// ---- ParseChapter on a good chapter ---------------------------------------------------------

TEST_CASE("a good chapter parses into its blocks, links and sources", "[content]") {
  Chapter ch = ParseGood("good.json");
  CHECK(ch.file == "content/chapters/good.json");
  CHECK(ch.id == "good-chapter");
  CHECK(ch.title == "A good chapter");
  CHECK(ch.summary == "A small chapter that uses every kind of block.");

  REQUIRE(ch.blocks.size() == 7);
  CHECK(ch.blocks[0].type == BlockType::Paragraph);
  CHECK(Contains(ch.blocks[0].text, "**time**"));  // markup is kept for the renderer

  CHECK(ch.blocks[1].type == BlockType::Heading);
  CHECK(ch.blocks[1].id == "first-part");
  CHECK(ch.blocks[1].text == "First part");

  CHECK(ch.blocks[2].type == BlockType::List);
  CHECK(ch.blocks[2].ordered);
  CHECK(ch.blocks[2].items == std::vector<std::string>{"Say *hello*", "Ask a [question](exercise:open-questions)"});

  CHECK(ch.blocks[3].type == BlockType::Heading);
  CHECK(ch.blocks[3].id == "second-part");

  const Block& table = ch.blocks[4];
  CHECK(table.type == BlockType::Table);
  CHECK(table.columns == std::vector<std::string>{"Kind", "Example"});
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0] == std::vector<std::string>{"Emotional", "Sharing a **fear**"});
  CHECK(table.rows[1] == std::vector<std::string>{"Shared", "Cooking together"});

  CHECK(ch.blocks[5].type == BlockType::Callout);
  CHECK(ch.blocks[5].kind == "tip");
  CHECK(ch.blocks[5].title == "A small tip");
  CHECK(ch.blocks[5].text == "Write \\*one\\* line a day.");

  CHECK(ch.blocks[6].type == BlockType::Help);

  REQUIRE(ch.try_this.size() == 2);
  CHECK(ch.try_this[0].text == "Map your closeness");
  CHECK(ch.try_this[0].target == "exercise:intimacy-map");
  CHECK(ch.try_this[1].target == "chapter:good-chapter");
  CHECK(ch.sources == std::vector<std::string>{"Someone (2020). A book. A publisher."});

  // Words a reader reads: 13 (paragraph) + 2 + 2 (headings) + 5 (list) + 7 (cells) + 5 (callout) = 34,
  // give or take the table's column names and the callout's title.
  CHECK(ch.words >= 34);
  CHECK(ch.words <= 39);
  CHECK(ReadingMinutes(ch) == 1);

  // A guide with only this chapter validates: its links point at itself, exercises and screens.
  Guide g;
  g.chapters.push_back(ch);
  std::vector<ContentError> errors;
  CHECK(ValidateGuide(g, errors));
  INFO(AllErrors(errors));
  CHECK(errors.empty());
}

TEST_CASE("parsing a chapter replaces what the output held before", "[content]") {
  Chapter ch;
  ch.id = "stale";
  ch.words = 999;
  ch.blocks.resize(40);
  std::vector<ContentError> errors;
  REQUIRE(ParseChapter(Fixture("good.json"), "x.json", ch, errors));
  CHECK(ch.id == "good-chapter");
  CHECK(ch.blocks.size() == 7);
  CHECK(ch.words < 999);
}

// ---- broken chapters: each fails and names file, chapter and field -------------------------

TEST_CASE("invalid JSON fails and names the file", "[content]") {
  ContentError e = OnlyError("invalid_json.json");
  CHECK(e.chapter.empty());  // the id could not be read
  std::string s = e.ToString();
  CHECK(Contains(s, "content/chapters/invalid_json.json"));
  CHECK(Contains(s, "not valid JSON"));
}

TEST_CASE("a missing title fails naming the chapter and the title field", "[content]") {
  ContentError e = OnlyError("missing_title.json");
  CHECK(e.chapter == "no-title");
  CHECK(e.field == "title");
  CHECK(e.ToString() == "content/chapters/missing_title.json: chapter 'no-title': title: is missing");
}

TEST_CASE("a field of the wrong type fails naming the block and field", "[content]") {
  ContentError e = OnlyError("wrong_type.json");
  CHECK(e.chapter == "wrong-type");
  CHECK(e.field == "blocks[1].text");
  std::string s = e.ToString();
  CHECK(Contains(s, "content/chapters/wrong_type.json: chapter 'wrong-type': blocks[1].text:"));
  CHECK(Contains(s, "must be text"));
  CHECK(Contains(s, "array"));
}

TEST_CASE("other wrongly typed fields are reported, not thrown", "[content]") {
  const char* json = R"({"id":"t","title":42,"summary":"s","blocks":[{"type":"list","items":"one","ordered":"yes"},
    {"type":"table","columns":["a","b"],"rows":[["x"]]},{"type":"callout","kind":"gossip","text":"t"}, 7],
    "try_this":[{"text":"a","target":"guide"}, "guide"],"sources":"one"})";
  Chapter ch;
  std::vector<ContentError> errors;
  bool ok = true;
  REQUIRE_NOTHROW(ok = ParseChapter(json, "t.json", ch, errors));
  CHECK_FALSE(ok);
  std::set<std::string> fields;
  for (const auto& e : errors) {
    CHECK(e.file == "t.json");
    CHECK(e.chapter == "t");
    fields.insert(e.field);
  }
  INFO(AllErrors(errors));
  for (const char* f : {"title", "blocks[0].items", "blocks[0].ordered", "blocks[1].rows[0]", "blocks[2].kind",
                        "blocks[3]", "try_this[1]", "sources"})
    CHECK(fields.count(f) == 1);
}

TEST_CASE("a file that is not one JSON object fails", "[content]") {
  Chapter ch;
  std::vector<ContentError> errors;
  CHECK_FALSE(ParseChapter("[1, 2]", "content/chapters/list.json", ch, errors));
  REQUIRE(errors.size() == 1);
  CHECK(Contains(errors[0].ToString(), "content/chapters/list.json"));
  CHECK(Contains(errors[0].message, "object"));
}

TEST_CASE("an unknown block type fails naming the block", "[content]") {
  ContentError e = OnlyError("unknown_block.json");
  CHECK(e.chapter == "unknown-block");
  CHECK(e.field == "blocks[2].type");
  CHECK(Contains(e.ToString(), "content/chapters/unknown_block.json: chapter 'unknown-block': blocks[2].type: "
                               "unknown block type 'quote'"));
}

TEST_CASE("a section id used twice fails naming the second heading", "[content]") {
  ContentError e = OnlyError("duplicate_section.json");
  CHECK(e.chapter == "duplicate-section");
  CHECK(e.field == "blocks[2].id");
  CHECK(Contains(e.ToString(), "'same'"));
  CHECK(Contains(e.ToString(), "twice"));
}

TEST_CASE("unbalanced bold in a list item fails naming the item", "[content]") {
  ContentError e = OnlyError("unbalanced_bold.json");
  CHECK(e.chapter == "unbalanced-bold");
  CHECK(e.field == "blocks[1].items[1]");
  CHECK(Contains(e.ToString(), "chapter 'unbalanced-bold': blocks[1].items[1]: markup:"));
  CHECK(Contains(e.message, "**"));
}

TEST_CASE("an unclosed link target fails naming the paragraph", "[content]") {
  ContentError e = OnlyError("unbalanced_link.json");
  CHECK(e.chapter == "unbalanced-link");
  CHECK(e.field == "blocks[0].text");
  CHECK(Contains(e.ToString(), "chapter 'unbalanced-link': blocks[0].text: markup:"));
}

TEST_CASE("an empty try_this list fails", "[content]") {
  ContentError e = OnlyError("try_this_empty.json");
  CHECK(e.chapter == "try-this-empty");
  CHECK(e.field == "try_this");
  CHECK(Contains(e.ToString(), "content/chapters/try_this_empty.json: chapter 'try-this-empty': try_this:"));
}

TEST_CASE("ValidateGuide names every link that points at nothing", "[content]") {
  Guide g;
  g.chapters.push_back(ParseGood("good.json"));
  g.chapters.push_back(ParseGood("bad_links.json"));  // parses: the links are only wrong across the guide
  std::vector<ContentError> errors;
  CHECK_FALSE(ValidateGuide(g, errors));
  INFO(AllErrors(errors));
  REQUIRE(errors.size() == 4);
  for (const auto& e : errors) {
    CHECK(e.file == "content/chapters/bad_links.json");
    CHECK(e.chapter == "bad-links");
  }
  CHECK(errors[0].field == "blocks[1].text");
  CHECK(Contains(errors[0].message, "chapter:no-such-chapter"));
  CHECK(Contains(errors[0].message, "chapter"));
  CHECK(errors[1].field == "blocks[2].text");
  CHECK(Contains(errors[1].message, "section"));
  CHECK(Contains(errors[1].message, "chapter:good-chapter#no-such-section"));
  CHECK(errors[2].field == "blocks[3].items[1]");
  CHECK(Contains(errors[2].message, "exercise"));
  CHECK(Contains(errors[2].message, "exercise:no-such-exercise"));
  CHECK(errors[3].field == "try_this[1].target");
  CHECK(Contains(errors[3].message, "no-such-screen"));
  CHECK(Contains(errors[3].ToString(), "content/chapters/bad_links.json: chapter 'bad-links': try_this[1].target: "));

  // Appends: earlier errors are kept, and the result only reflects this call.
  std::vector<ContentError> more = {{"f", "c", "x", "earlier"}};
  Guide good_only;
  good_only.chapters.push_back(ParseGood("good.json"));
  CHECK(ValidateGuide(good_only, more));
  CHECK(more.size() == 1);
}

TEST_CASE("a link to a section of a missing chapter, or a chapter alone, is checked", "[content]") {
  Guide g;
  g.chapters.push_back(ParseGood("good.json"));
  Chapter& ch = g.chapters[0];
  std::vector<ContentError> errors;

  ch.try_this = {{"a", "chapter:good-chapter#first-part"}, {"b", "exercises"}, {"c", "settings"}, {"d", "guide"}};
  CHECK(ValidateGuide(g, errors));
  CHECK(errors.empty());

  for (const char* bad : {"chapter:nope#first-part", "chapter:good-chapter#nope", "exercise:", "chapter:",
                          "Timeout", "http://example.org", "https://"}) {
    errors.clear();
    ch.try_this = {{"x", bad}};
    INFO(bad);
    CHECK_FALSE(ValidateGuide(g, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == "try_this[0].target");
  }
}

TEST_CASE("two chapters with the same id fail validation", "[content]") {
  Guide g;
  g.chapters.push_back(ParseGood("good.json"));
  g.chapters.push_back(ParseGood("good.json"));
  g.chapters[1].file = "content/chapters/copy.json";
  std::vector<ContentError> errors;
  CHECK_FALSE(ValidateGuide(g, errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == "content/chapters/copy.json");
  CHECK(errors[0].field == "id");
}

TEST_CASE("ContentError::ToString leaves out what it does not know", "[content]") {
  CHECK(ContentError{"a.json", "", "", "is broken"}.ToString() == "a.json: is broken");
  CHECK(ContentError{"a.json", "ch", "", "m"}.ToString() == "a.json: chapter 'ch': m");
  CHECK(ContentError{"a.json", "ch", "blocks[3].type", "m"}.ToString() == "a.json: chapter 'ch': blocks[3].type: m");
  CHECK(ContentError{"", "", "", "m"}.ToString() == "content: m");
}

// ---- help ---------------------------------------------------------------------------------

TEST_CASE("ParseHelp reads resources and rejects incomplete ones", "[content]") {
  HelpInfo h;
  std::vector<ContentError> errors;
  REQUIRE(ParseHelp(R"({"emergency":"Call 112.","resources":[{"country":"EU","name":"Line","phone":"112"},
      {"country":"X","name":"Site","url":"https://example.org","about":"a"}]})",
                    "content/help.json", h, errors));
  CHECK(h.emergency == "Call 112.");
  REQUIRE(h.resources.size() == 2);
  CHECK(h.resources[0].phone == "112");
  CHECK(h.resources[1].url == "https://example.org");

  errors.clear();
  CHECK_FALSE(ParseHelp(R"({"emergency":"e","resources":[{"country":"X","name":"No way to reach"},
      {"country":"Y","name":"Plain","url":"http://example.org"}]})",
                        "content/help.json", h, errors));
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].field == "resources[0].phone");
  CHECK(errors[1].field == "resources[1].url");
  CHECK(Contains(errors[1].ToString(), "content/help.json: resources[1].url: must start with https://"));

  errors.clear();
  CHECK_FALSE(ParseHelp("{", "content/help.json", h, errors));
  REQUIRE(errors.size() == 1);
  CHECK(Contains(errors[0].ToString(), "content/help.json"));
}

TEST_CASE("ParseHelp reads what each line is for; a line without a kind stays an abuse line", "[content][help]") {
  HelpInfo h;
  std::vector<ContentError> errors;
  REQUIRE(ParseHelp(R"({"emergency":"Call 112.","resources":[
      {"country":"A","name":"Old line","phone":"1"},
      {"country":"B","name":"Crisis","phone":"2","kind":"crisis"},
      {"country":"C","name":"Both","phone":"3","kind":["abuse","sexual-assault","abuse"]},
      {"country":"D","name":"Own","url":"https://example.org","kind":["own-behavior"]}]})",
                    "content/help.json", h, errors));
  INFO(AllErrors(errors));
  REQUIRE(h.resources.size() == 4);
  CHECK(h.resources[0].kinds == std::vector<HelpKind>{HelpKind::Abuse});
  CHECK(h.resources[1].kinds == std::vector<HelpKind>{HelpKind::Crisis});
  CHECK_FALSE(h.resources[1].Has(HelpKind::Abuse));
  CHECK(h.resources[2].kinds == std::vector<HelpKind>{HelpKind::Abuse, HelpKind::SexualAssault});  // no repeats
  CHECK(h.resources[3].Has(HelpKind::OwnBehavior));

  for (const char* bad : {R"("kind":"therapy")", R"("kind":[])", R"("kind":3)", R"("kind":["crisis",7])"}) {
    INFO(bad);
    errors.clear();
    std::string json = std::string(R"({"emergency":"e","resources":[{"country":"X","name":"Y","phone":"1",)") + bad + "}]}";
    CHECK_FALSE(ParseHelp(json, "content/help.json", h, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == "resources[0].kind");
  }
  CHECK(Contains(errors[0].message, "unknown kind"));

  for (int i = 0; i < kHelpKinds; ++i) {  // every id reads back as itself
    HelpKind k;
    REQUIRE(ParseHelpKind(HelpKindId(static_cast<HelpKind>(i)), k));
    CHECK(static_cast<int>(k) == i);
  }
}

// ---- the bundle ---------------------------------------------------------------------------

TEST_CASE("ParseBundle parses chapters, keeps their file names and validates links", "[content]") {
  std::string good = Fixture("good.json");
  std::string bundle = R"({"chapters":[)" + good + R"(],"help":{"emergency":"e","resources":[{"country":"c","name":"n","phone":"1"}]}})";
  Guide g;
  std::vector<ContentError> errors;
  REQUIRE(ParseBundle(bundle, g, errors));
  INFO(AllErrors(errors));
  REQUIRE(g.chapters.size() == 1);
  CHECK(g.chapters[0].id == "good-chapter");
  CHECK(g.help.resources.size() == 1);

  // A broken link inside the bundle fails and names the chapter's own file.
  std::string bad = Fixture("bad_links.json");
  bad.insert(bad.find('{') + 1, R"("file":"content/chapters/99-bad.json",)");
  errors.clear();
  CHECK_FALSE(ParseBundle(R"({"chapters":[)" + good + "," + bad + "]}", g, errors));
  REQUIRE_FALSE(errors.empty());
  for (const auto& e : errors) CHECK(e.file == "content/chapters/99-bad.json");

  errors.clear();
  CHECK_FALSE(ParseBundle("{}", g, errors));
  CHECK_FALSE(errors.empty());
}

// ---- Guide lookups and reading time ---------------------------------------------------------

TEST_CASE("Guide::Find and FindSection", "[content]") {
  Guide g;
  g.chapters.push_back(ParseGood("good.json"));
  g.chapters.push_back(ParseGood("bad_links.json"));
  CHECK(g.Find("good-chapter") == 0);
  CHECK(g.Find("bad-links") == 1);
  CHECK(g.Find("nope") == -1);
  CHECK(g.Find("") == -1);

  CHECK(g.FindSection(0, "first-part") == 1);
  CHECK(g.FindSection(0, "second-part") == 3);
  CHECK(g.FindSection(1, "real-section") == 0);
  CHECK(g.FindSection(1, "first-part") == -1);  // a section of another chapter
  CHECK(g.FindSection(0, "nope") == -1);
  CHECK(g.FindSection(0, "") == -1);  // paragraphs have an empty id, but they are not sections
  CHECK(g.FindSection(-1, "first-part") == -1);
  CHECK(g.FindSection(2, "first-part") == -1);
}

TEST_CASE("ReadingMinutes is at least one and grows with the words", "[content]") {
  Chapter c;
  c.words = 0;
  CHECK(ReadingMinutes(c) == 1);
  c.words = 150;
  CHECK(ReadingMinutes(c) == 1);
  c.words = 400;
  CHECK(ReadingMinutes(c) == 2);
  c.words = 1000;
  CHECK(ReadingMinutes(c) == 5);
  c.words = 2000;
  CHECK(ReadingMinutes(c) == 10);
  int prev = 1;
  for (int w = 0; w <= 10000; w += 7) {
    c.words = w;
    int m = ReadingMinutes(c);
    CHECK(m >= 1);
    CHECK(m >= prev);
    CHECK(m <= w / 200 + 1);
    prev = m;
  }
}

// ---- inline markup ------------------------------------------------------------------------

// ---- the real content -----------------------------------------------------------------------

TEST_CASE("the real content/ parses and validates with the same functions", "[content][real]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(HEARTH_SOURCE_DIR) / "content" / "chapters";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 13);

  Guide g;
  std::vector<ContentError> errors;
  for (const auto& p : files) {
    std::string rel = "content/chapters/" + p.filename().string();
    Chapter ch;
    INFO(rel);
    CHECK(ParseChapter(ReadSourceFile(rel), rel, ch, errors));
    g.chapters.push_back(std::move(ch));
  }
  CHECK(ParseHelp(ReadSourceFile("content/help.json"), "content/help.json", g.help, errors));
  INFO(AllErrors(errors));
  REQUIRE(errors.empty());
  CHECK(ValidateGuide(g, errors));
  CHECK(errors.empty());

  REQUIRE(g.chapters.size() == files.size());
  std::set<std::string> ids;
  bool has_help_block = false;
  for (const auto& ch : g.chapters) {
    INFO(ch.file);
    CHECK(ids.insert(ch.id).second);
    CHECK_FALSE(ch.title.empty());
    CHECK_FALSE(ch.summary.empty());
    CHECK_FALSE(ch.sources.empty());
    CHECK_FALSE(ch.try_this.empty());
    CHECK(ch.words > 100);
    CHECK(ReadingMinutes(ch) >= 1);
    for (const auto& b : ch.blocks) has_help_block |= b.type == BlockType::Help;
  }
  CHECK(has_help_block);
  CHECK_FALSE(g.help.emergency.empty());
  CHECK_FALSE(g.help.resources.empty());
  // The shipped list has a crisis line, a sexual-assault line and an abuse line for every country it
  // covers, and says which country (and region) each line serves.
  for (const auto& r : g.help.resources) {
    INFO(r.name);
    CHECK_FALSE(r.country.empty());
    CHECK_FALSE(r.about.empty());
  }
  auto covered = [&](const std::string& country, HelpKind k) {
    for (const auto& r : g.help.resources)
      if (r.country.find(country) != std::string::npos && r.Has(k)) return true;
    return false;
  };
  for (const char* c : {"United States", "Canada", "United Kingdom", "Ireland", "Australia", "New Zealand"}) {
    INFO(c);
    CHECK(covered(c, HelpKind::Abuse));
    CHECK(covered(c, HelpKind::Crisis));
  }
  for (const char* c : {"United States", "United Kingdom", "Ireland", "Australia"}) {
    INFO(c);
    CHECK(covered(c, HelpKind::SexualAssault));
  }
  for (const char* c : {"United States", "United Kingdom", "Australia"}) {
    INFO(c);
    CHECK(covered(c, HelpKind::OwnBehavior));
  }
}
