// Parses and validates chapter files. Every problem names the file, the chapter and the field,
// because the people who edit content/ are writers, not programmers.
#include "core/guide/content.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/base/jsonread.h"
#include "core/base/text.h"
#include "core/exercises/catalog.h"
#include "core/guide/markup.h"

namespace core {

using nlohmann::json;

std::string ContentError::ToString() const {
  std::string s = file.empty() ? std::string("content") : file;
  if (!chapter.empty()) s += ": chapter '" + chapter + "'";
  if (!field.empty()) s += ": " + field;
  return s + ": " + message;
}

int Guide::Find(const std::string& id) const {
  for (size_t i = 0; i < chapters.size(); ++i)
    if (chapters[i].id == id) return static_cast<int>(i);
  return -1;
}

int Guide::FindSection(int chapter, const std::string& section) const {
  if (chapter < 0 || chapter >= static_cast<int>(chapters.size())) return -1;
  const auto& blocks = chapters[chapter].blocks;
  for (size_t i = 0; i < blocks.size(); ++i)
    if (blocks[i].type == BlockType::Heading && blocks[i].id == section) return static_cast<int>(i);
  return -1;
}

int ReadingMinutes(const Chapter& c) { return c.words < 200 ? 1 : (c.words + 100) / 200; }

namespace {

struct Ctx {
  const std::string& file;
  std::string chapter;
  std::vector<ContentError>& errors;
  bool ok = true;
  void Error(const std::string& field, const std::string& msg) {
    errors.push_back({file, chapter, field, msg});
    ok = false;
  }
  // A required or optional string field; markup is checked when `markup` is set.
  bool Str(const json& obj, const char* key, const std::string& path, std::string& out, bool required, bool markup) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) Error(path + key, "is missing");
      return false;
    }
    if (!it->is_string()) {
      Error(path + key, std::string("must be text, found ") + it->type_name());
      return false;
    }
    out = it->get<std::string>();
    if (required && out.empty()) Error(path + key, "is empty");
    if (markup) CheckMarkup(out, path + key);
    return true;
  }
  void CheckMarkup(const std::string& text, const std::string& field) {
    std::vector<Span> spans;
    std::string why;
    if (!ParseInline(text, spans, &why)) Error(field, "markup: " + why);
  }
  bool StrArray(const json& obj, const char* key, const std::string& path, std::vector<std::string>& out,
                bool required, bool markup) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) Error(path + key, "is missing");
      return false;
    }
    if (!it->is_array()) {
      Error(path + key, std::string("must be a list, found ") + it->type_name());
      return false;
    }
    for (size_t i = 0; i < it->size(); ++i) {
      const json& v = (*it)[i];
      std::string f = path + key + "[" + std::to_string(i) + "]";
      if (!v.is_string()) {
        Error(f, std::string("must be text, found ") + v.type_name());
        continue;
      }
      out.push_back(v.get<std::string>());
      if (markup) CheckMarkup(out.back(), f);
    }
    if (required && out.empty()) Error(path + key, "is empty");
    return true;
  }
};

bool ParseBlock(const json& b, const std::string& path, Block& out, Ctx& ctx) {
  if (!b.is_object()) {
    ctx.Error(path.substr(0, path.size() - 1), "must be an object");  // "blocks[3]", not "blocks[3]."
    return false;
  }
  std::string type;
  if (!ctx.Str(b, "type", path, type, true, false)) return false;
  if (type == "heading") {
    out.type = BlockType::Heading;
    ctx.Str(b, "text", path, out.text, true, false);
    if (ctx.Str(b, "id", path, out.id, true, false) && !ValidId(out.id))
      ctx.Error(path + "id", "'" + out.id + "' must use only a-z, 0-9 and '-'");
  } else if (type == "paragraph") {
    out.type = BlockType::Paragraph;
    ctx.Str(b, "text", path, out.text, true, true);
  } else if (type == "list") {
    out.type = BlockType::List;
    ctx.StrArray(b, "items", path, out.items, true, true);
    auto it = b.find("ordered");
    if (it != b.end()) {
      if (it->is_boolean()) out.ordered = it->get<bool>();
      else ctx.Error(path + "ordered", "must be true or false");
    }
  } else if (type == "table") {
    out.type = BlockType::Table;
    ctx.StrArray(b, "columns", path, out.columns, true, true);
    auto it = b.find("rows");
    if (it == b.end()) ctx.Error(path + "rows", "is missing");
    else if (!it->is_array() || it->empty()) ctx.Error(path + "rows", "must be a non-empty list of rows");
    else {
      for (size_t r = 0; r < it->size(); ++r) {
        const json& row = (*it)[r];
        std::string rp = path + "rows[" + std::to_string(r) + "]";
        if (!row.is_array()) {
          ctx.Error(rp, "must be a list of cells");
          continue;
        }
        if (row.size() != out.columns.size())
          ctx.Error(rp, "has " + std::to_string(row.size()) + " cells but the table has " +
                            std::to_string(out.columns.size()) + " columns");
        std::vector<std::string> cells;
        for (size_t c = 0; c < row.size(); ++c) {
          std::string cp = rp + "[" + std::to_string(c) + "]";
          if (!row[c].is_string()) {
            ctx.Error(cp, "must be text");
            continue;
          }
          cells.push_back(row[c].get<std::string>());
          ctx.CheckMarkup(cells.back(), cp);
        }
        out.rows.push_back(std::move(cells));
      }
    }
  } else if (type == "callout") {
    out.type = BlockType::Callout;
    ctx.Str(b, "text", path, out.text, true, true);
    ctx.Str(b, "title", path, out.title, false, false);
    if (ctx.Str(b, "kind", path, out.kind, true, false) && out.kind != "tip" && out.kind != "research" &&
        out.kind != "safety")
      ctx.Error(path + "kind", "'" + out.kind + "' is not one of tip, research, safety");
  } else if (type == "help") {
    out.type = BlockType::Help;
  } else {
    ctx.Error(path + "type", "unknown block type '" + type + "' (use heading, paragraph, list, table, callout or help)");
    return false;
  }
  return true;
}

int BlockWords(const Block& b) {
  int n = CountWords(PlainText(b.text));
  for (auto& i : b.items) n += CountWords(PlainText(i));
  for (auto& row : b.rows)
    for (auto& c : row) n += CountWords(PlainText(c));
  return n;
}

bool ParseChapterJson(const json& j, Chapter& out, Ctx& ctx) {
  if (!j.is_object()) {
    ctx.Error("", "the file must hold one JSON object");
    return false;
  }
  if (ctx.Str(j, "id", "", out.id, true, false)) {
    ctx.chapter = out.id;
    if (!ValidId(out.id)) ctx.Error("id", "'" + out.id + "' must use only a-z, 0-9 and '-'");
  }
  ctx.Str(j, "title", "", out.title, true, false);
  ctx.Str(j, "summary", "", out.summary, true, false);
  auto blocks = j.find("blocks");
  if (blocks == j.end()) ctx.Error("blocks", "is missing");
  else if (!blocks->is_array() || blocks->empty()) ctx.Error("blocks", "must be a non-empty list");
  else {
    std::set<std::string> sections;
    for (size_t i = 0; i < blocks->size(); ++i) {
      Block b;
      std::string path = "blocks[" + std::to_string(i) + "].";
      if (ParseBlock((*blocks)[i], path, b, ctx)) {
        if (b.type == BlockType::Heading && !b.id.empty() && !sections.insert(b.id).second)
          ctx.Error(path + "id", "section id '" + b.id + "' is used twice in this chapter");
        out.words += BlockWords(b);
        out.blocks.push_back(std::move(b));
      }
    }
  }
  auto tt = j.find("try_this");
  if (tt == j.end()) ctx.Error("try_this", "is missing");
  else if (!tt->is_array() || tt->empty()) ctx.Error("try_this", "must be a non-empty list of {text, target}");
  else {
    for (size_t i = 0; i < tt->size(); ++i) {
      std::string path = "try_this[" + std::to_string(i) + "].";
      const json& l = (*tt)[i];
      if (!l.is_object()) {
        ctx.Error("try_this[" + std::to_string(i) + "]", "must be an object with text and target");
        continue;
      }
      ContentLink link;
      ctx.Str(l, "text", path, link.text, true, false);
      ctx.Str(l, "target", path, link.target, true, false);
      out.try_this.push_back(link);
    }
  }
  ctx.StrArray(j, "sources", "", out.sources, true, false);
  return ctx.ok;
}

json ParseJson(std::string_view text, Ctx& ctx) {
  json j = jr::Parse(text);
  if (j.is_discarded()) ctx.Error("", "is not valid JSON (check commas, quotes and brackets)");
  return j;
}

bool ParseHelpJson(const json& j, HelpInfo& out, Ctx& ctx) {
  if (!j.is_object()) {
    ctx.Error("", "the help list must be one JSON object");
    return false;
  }
  ctx.Str(j, "emergency", "", out.emergency, true, false);
  auto res = j.find("resources");
  if (res == j.end() || !res->is_array() || res->empty()) {
    ctx.Error("resources", "must be a non-empty list");
    return false;
  }
  for (size_t i = 0; i < res->size(); ++i) {
    std::string path = "resources[" + std::to_string(i) + "].";
    const json& r = (*res)[i];
    if (!r.is_object()) {
      ctx.Error("resources[" + std::to_string(i) + "]", "must be an object");
      continue;
    }
    HelpResource h;
    ctx.Str(r, "country", path, h.country, true, false);
    ctx.Str(r, "name", path, h.name, true, false);
    ctx.Str(r, "phone", path, h.phone, false, false);
    ctx.Str(r, "text", path, h.text, false, false);
    ctx.Str(r, "url", path, h.url, false, false);
    ctx.Str(r, "about", path, h.about, false, false);
    std::string why;
    if (!ReadHelpKinds(r, h.kinds, why)) ctx.Error(path + "kind", why);
    if (h.phone.empty() && h.url.empty()) ctx.Error(path + "phone", "each resource needs a phone number or a url");
    if (!h.url.empty() && h.url.rfind("https://", 0) != 0) ctx.Error(path + "url", "must start with https://");
    out.resources.push_back(std::move(h));
  }
  return ctx.ok;
}

}  // namespace

const char* HelpKindId(HelpKind k) {
  switch (k) {
    case HelpKind::Abuse: return "abuse";
    case HelpKind::Crisis: return "crisis";
    case HelpKind::SexualAssault: return "sexual-assault";
    case HelpKind::OwnBehavior: return "own-behavior";
  }
  return "abuse";
}

bool ParseHelpKind(const std::string& id, HelpKind& out) {
  for (int i = 0; i < kHelpKinds; ++i)
    if (id == HelpKindId(static_cast<HelpKind>(i))) {
      out = static_cast<HelpKind>(i);
      return true;
    }
  return false;
}

bool HelpResource::Has(HelpKind k) const { return std::find(kinds.begin(), kinds.end(), k) != kinds.end(); }

bool ReadHelpKinds(const json& r, std::vector<HelpKind>& out, std::string& why) {
  if (!r.is_object()) return true;
  auto it = r.find("kind");
  if (it == r.end()) return true;  // older lists: every line is an abuse line
  std::vector<const json*> items;
  if (it->is_string()) items.push_back(&*it);
  else if (it->is_array() && !it->empty() && it->size() <= kHelpKinds * 2)
    for (const json& v : *it) items.push_back(&v);
  else {
    why = "must be one of abuse, crisis, sexual-assault, own-behavior, or a list of them";
    return false;
  }
  std::vector<HelpKind> kinds;
  for (const json* v : items) {
    HelpKind k;
    if (!v->is_string() || !ParseHelpKind(v->get<std::string>(), k)) {
      why = "unknown kind" + (v->is_string() ? " '" + v->get<std::string>() + "'" : std::string()) +
            " (use abuse, crisis, sexual-assault or own-behavior)";
      return false;
    }
    if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
  }
  out = std::move(kinds);
  return true;
}

bool ParseChapter(std::string_view text, const std::string& file, Chapter& out, std::vector<ContentError>& errors) {
  Ctx ctx{file, "", errors};
  json j = ParseJson(text, ctx);
  if (!ctx.ok) return false;
  out = Chapter{};
  out.file = file;
  return ParseChapterJson(j, out, ctx);
}

bool ParseHelp(std::string_view text, const std::string& file, HelpInfo& out, std::vector<ContentError>& errors) {
  Ctx ctx{file, "", errors};
  json j = ParseJson(text, ctx);
  if (!ctx.ok) return false;
  out = HelpInfo{};
  return ParseHelpJson(j, out, ctx);
}

static void CheckTarget(const Guide& g, const std::string& target, const Chapter& ch, const std::string& field,
                        std::vector<ContentError>& errors) {
  auto err = [&](const std::string& m) { errors.push_back({ch.file, ch.id, field, m}); };
  if (target.rfind("chapter:", 0) == 0) {
    std::string rest = target.substr(8), section;
    size_t hash = rest.find('#');
    if (hash != std::string::npos) {
      section = rest.substr(hash + 1);
      rest = rest.substr(0, hash);
    }
    int idx = g.Find(rest);
    if (idx < 0) err("link to a chapter that does not exist: '" + target + "'");
    else if (!section.empty() && g.FindSection(idx, section) < 0)
      err("link to a section that does not exist: '" + target + "'");
  } else if (target.rfind("exercise:", 0) == 0) {
    if (!FindExercise(target.substr(9))) err("link to an exercise that does not exist: '" + target + "'");
  } else if (target.rfind("https://", 0) == 0) {
    if (target.size() < 12) err("link to an incomplete web address: '" + target + "'");
  } else if (!IsScreenTarget(target)) {
    err("link target '" + target + "' is not chapter:ID, exercise:ID, timeout, progress, settings or https://");
  }
}

bool ValidateGuide(const Guide& g, std::vector<ContentError>& errors) {
  size_t before = errors.size();
  std::set<std::string> ids;
  for (const auto& ch : g.chapters)
    if (!ids.insert(ch.id).second) errors.push_back({ch.file, ch.id, "id", "chapter id is used by another chapter"});
  for (const auto& ch : g.chapters) {
    auto check_text = [&](const std::string& text, const std::string& field) {
      std::vector<Span> spans;
      if (!ParseInline(text, spans)) return;  // reported while parsing
      for (auto& sp : spans)
        if (!sp.link.empty()) CheckTarget(g, sp.link, ch, field, errors);
    };
    for (size_t i = 0; i < ch.blocks.size(); ++i) {
      const Block& b = ch.blocks[i];
      std::string path = "blocks[" + std::to_string(i) + "].";
      check_text(b.text, path + "text");
      for (size_t k = 0; k < b.items.size(); ++k) check_text(b.items[k], path + "items[" + std::to_string(k) + "]");
      for (size_t r = 0; r < b.rows.size(); ++r)
        for (size_t c = 0; c < b.rows[r].size(); ++c)
          check_text(b.rows[r][c], path + "rows[" + std::to_string(r) + "][" + std::to_string(c) + "]");
    }
    for (size_t i = 0; i < ch.try_this.size(); ++i)
      CheckTarget(g, ch.try_this[i].target, ch, "try_this[" + std::to_string(i) + "].target", errors);
  }
  return errors.size() == before;
}

bool ParseBundle(std::string_view text, Guide& out, std::vector<ContentError>& errors) {
  const std::string file = "bundle";
  Ctx ctx{file, "", errors};
  json j = ParseJson(text, ctx);
  if (!ctx.ok) return false;
  out = Guide{};
  if (!j.is_object() || !j.contains("chapters") || !j["chapters"].is_array()) {
    ctx.Error("chapters", "is missing");
    return false;
  }
  for (const json& c : j["chapters"]) {
    Chapter ch;
    Ctx cctx{file, "", errors};
    std::string name = c.is_object() && c.contains("file") && c["file"].is_string() ? c["file"].get<std::string>() : file;
    ch.file = name;
    if (ParseChapterJson(c, ch, cctx)) out.chapters.push_back(std::move(ch));
    else ctx.ok = false;
  }
  if (j.contains("help")) ParseHelpJson(j["help"], out.help, ctx);
  if (j.contains("exercises") && !ParseExerciseText(j["exercises"], "exercises", out.exercises, errors)) ctx.ok = false;
  return ctx.ok && ValidateGuide(out, errors);
}

}  // namespace core
