// The saved document's JSON, its migrations and its per-section merge. Every field is read with a
// type check, so a hand-edited or damaged document never aborts the app (exceptions are off in the
// web build), and nesting is measured before parsing so nothing deep reaches the parser.
#include "core/store/persist.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/base/order.h"
#include "core/base/text.h"

namespace core {

using nlohmann::json;

// ---- writing -----------------------------------------------------------------------------

static json DocJson(const SavedDoc& d) {
  json chapters = json::object();
  for (const auto& [id, p] : d.reader.chapters)
    chapters[id] = {{"block", p.block}, {"offset", p.offset}, {"read", p.read}, {"opened", p.opened_ms}};
  json marks = json::array();
  for (const auto& b : d.reader.bookmarks) marks.push_back({{"chapter", b.chapter}, {"section", b.section}, {"at", b.created_ms}});
  json updated = json::object();
  for (const auto& [k, t] : d.updated) updated[k] = t;
  return {
      {"app", "hearth"},
      {"version", kDocVersion},
      {"settings",
       {{"textSize", TextSizePercent(d.settings)},
        {"theme", ThemeChoiceName(d.settings.theme)},
        {"reduceMotion", d.settings.reduce_motion},
        {"oneHistoryEntry", d.settings.one_history_entry}}},
      {"reader", {{"chapters", chapters}, {"bookmarks", marks}}},
      {"timeout", TimeoutToJson(d.timeout)},
      {"exercises", ExercisesToJson(d.ex)},
      {"homework", HomeworkToJson(d.homework)},
      {"updated", updated},
  };
}

static std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string DocToJson(const SavedDoc& d) { return Dump(DocJson(d)); }

// ---- migrations: one function per step, version i -> i + 1 ---------------------------------

// Version 1 had no exercises and no section times: both start empty (nothing of version 1 changes).
static void V1ToV2(json& j) {
  if (!j.contains("exercises") || !j["exercises"].is_object()) j["exercises"] = json::object();
  j["updated"] = json::object();
  j["version"] = 2;
}

// Version 2 kept each exercise under a short key of its own ("map", "openq"...); version 3 keys it by the
// exercise's id, the one name it has everywhere else (exercise_list.h). Its section times follow.
static void V2ToV3(json& j) {
  static const std::pair<const char*, const char*> kRenamed[] = {
      {"map", "intimacy-map"},          {"checkin", "daily-check-in"},     {"decks", "question-decks"},
      {"coach", "i-statement-coach"},   {"listening", "reflective-listening"}, {"openq", "open-questions"},
      {"rules", "ground-rules"},        {"after", "after-argument"},       {"rituals", "ritual-planner"},
      {"fears", "closeness-fears"},     {"interdep", "interdependence"},   {"ideas", "shared-experiences"},
  };
  for (const char* part : {"exercises", "updated"}) {
    json* obj = j.contains(part) && j[part].is_object() ? &j[part] : nullptr;
    if (!obj) continue;
    std::string prefix = part == std::string("updated") ? "exercise:" : "";
    for (const auto& [from, to] : kRenamed) {
      auto it = obj->find(prefix + from);
      if (it == obj->end()) continue;
      json v = std::move(*it);
      obj->erase(prefix + from);
      if (!obj->contains(prefix + to)) (*obj)[prefix + to] = std::move(v);
    }
  }
  j["version"] = 3;
}

using Migration = void (*)(json&);
static constexpr Migration kMigrations[] = {nullptr, V1ToV2, V2ToV3};  // kMigrations[i] goes from i to i + 1
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kDocVersion, "one migration per earlier version");

bool MigrateDoc(json& doc, int from) {
  if (from < 1 || from > kDocVersion || !doc.is_object()) return false;
  for (int v = from; v < kDocVersion; ++v) kMigrations[v](doc);
  return true;
}

// ---- reading -----------------------------------------------------------------------------

int JsonDepth(std::string_view text, int limit) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > limit) return limit + 1;
    } else if ((c == ']' || c == '}') && depth > 0) --depth;
  }
  return deepest;
}

static bool SafeId(const std::string& s) { return !s.empty() && s.size() <= 64 && IsValidUtf8(s); }

static void ReadSettings(const json& s, Settings& out) {
  double pct = 0;
  if (jr::Number(s, "textSize", -1e308, 1e308, pct)) {
    int best = kDefaultTextSizeIndex;
    for (size_t i = 0; i < kTextSizes.size(); ++i)
      if (kTextSizes[i] <= pct + 0.5) best = static_cast<int>(i);
    out.text_size_index = best;
  }
  std::string theme;
  if (jr::String(s, "theme", theme, 16)) ThemeChoiceFromName(theme, out.theme);
  jr::Bool(s, "reduceMotion", out.reduce_motion);
  jr::Bool(s, "oneHistoryEntry", out.one_history_entry);
}

static void ReadReader(const json& r, ReaderState& out) {
  if (const json* chs = jr::Field(r, "chapters"); chs && chs->is_object()) {
    for (auto it = chs->begin(); it != chs->end(); ++it) {
      if (!SafeId(it.key()) || !it->is_object()) continue;
      ChapterProgress p;
      double bv = 0, ov = 0;
      if (jr::Number(*it, "block", 0, 99999, bv)) p.block = static_cast<int>(bv);  // range-checked: no overflow
      if (jr::Number(*it, "offset", 0, 1, ov)) p.offset = static_cast<float>(ov);
      jr::Bool(*it, "read", p.read);
      jr::Time(*it, "opened", p.opened_ms);
      out.chapters[it.key()] = p;
    }
  }
  if (const json* bm = jr::Field(r, "bookmarks"); bm && bm->is_array()) {
    for (const json& b : *bm) {
      Bookmark mk;
      if (!jr::String(b, "chapter", mk.chapter, 1000) || !SafeId(mk.chapter)) continue;
      jr::String(b, "section", mk.section, 1000);  // a bad section falls back to the chapter's start
      if (mk.section.size() > 64) continue;
      jr::Time(b, "at", mk.created_ms);
      if (!IsBookmarked(out, mk.chapter, mk.section)) out.bookmarks.push_back(mk);
      if (out.bookmarks.size() >= 1000) break;
    }
  }
}

static void ReadUpdated(const json& u, SectionTimes& out) {
  if (!u.is_object()) return;
  for (auto it = u.begin(); it != u.end() && out.size() < kUpdatedMax; ++it) {
    if (it.key().empty() || it.key().size() > 200 || !IsValidUtf8(it.key()) || !it->is_number()) continue;
    double t = it->get<double>();
    if (std::isfinite(t) && t >= 0 && t <= 7.3e12) out[it.key()] = t;
  }
}

LoadResult DocFromJson(std::string_view text, SavedDoc& out) {
  out = SavedDoc{};
  if (text.empty()) return {LoadStatus::Empty, "", 0};
  const char* damaged = "Your saved progress could not be read (it is damaged).";
  if (text.size() > kDocMaxBytes || JsonDepth(text) > kMaxJsonDepth) return {LoadStatus::Corrupt, damaged, 0};
  json j = jr::Parse(text);
  if (j.is_discarded() || !j.is_object()) return {LoadStatus::Corrupt, damaged, 0};
  std::string app;
  const json* ver = jr::Field(j, "version");
  if (!jr::String(j, "app", app, 64) || app != "hearth" || !ver || !ver->is_number())
    return {LoadStatus::Corrupt, "The saved data is not Hearth's.", 0};
  double v = ver->get<double>();
  if (v > kDocVersion)
    return {LoadStatus::NewerVersion,
            "Your progress was saved by a newer version of Hearth. To keep it safe, nothing you do here "
            "will be saved. Reload the page to get the newer version.",
            0};
  if (!(v >= 1) || v != std::floor(v)) return {LoadStatus::Corrupt, "The saved data has an unknown version.", 0};
  int version = static_cast<int>(v);
  if (!MigrateDoc(j, version)) return {LoadStatus::Corrupt, "The saved data has an unknown version.", version};

  SavedDoc d;
  if (const json* s = jr::Field(j, "settings")) ReadSettings(*s, d.settings);
  if (const json* r = jr::Field(j, "reader")) ReadReader(*r, d.reader);
  // Each part is additive: missing or bad gives its defaults, never a failed document.
  if (const json* t = jr::Field(j, "timeout"); t && t->is_object()) TimeoutFromJson(*t, d.timeout);
  if (const json* e = jr::Field(j, "exercises"); e && e->is_object()) ExercisesFromJson(*e, d.ex);
  if (const json* h = jr::Field(j, "homework"); h && h->is_object()) HomeworkFromJson(*h, d.homework);
  if (const json* u = jr::Field(j, "updated")) ReadUpdated(*u, d.updated);
  out = std::move(d);
  return {LoadStatus::Ok, "", version};
}

// ---- sections and merging ----------------------------------------------------------------

// Every section of a document written by DocJson, by key.
static std::map<std::string, const json*> Sections(const json& doc) {
  std::map<std::string, const json*> m;
  m["settings"] = &doc.at("settings");
  m["timeout"] = &doc.at("timeout");
  m["homework"] = &doc.at("homework");
  m["bookmarks"] = &doc.at("reader").at("bookmarks");
  for (auto it = doc.at("reader").at("chapters").begin(); it != doc.at("reader").at("chapters").end(); ++it)
    m["chapter:" + it.key()] = &*it;
  for (auto it = doc.at("exercises").begin(); it != doc.at("exercises").end(); ++it) m["exercise:" + it.key()] = &*it;
  return m;
}

static void SetSection(json& doc, const std::string& key, const json& v) {
  if (key == "settings" || key == "timeout" || key == "homework") doc[key] = v;
  else if (key == "bookmarks") doc["reader"]["bookmarks"] = v;
  else if (key.rfind("chapter:", 0) == 0) doc["reader"]["chapters"][key.substr(8)] = v;
  else if (key.rfind("exercise:", 0) == 0) doc["exercises"][key.substr(9)] = v;
}

std::map<std::string, std::string> DocSections(const SavedDoc& d) {
  json j = DocJson(d);
  std::map<std::string, std::string> out;
  for (const auto& [k, v] : Sections(j)) out[k] = Dump(*v);
  return out;
}

static double TimeOf(const SectionTimes& t, const std::string& k) {
  auto it = t.find(k);
  return it == t.end() ? 0 : it->second;
}

SavedDoc MergeDocs(const SavedDoc& mine, const SavedDoc& theirs) {
  json a = DocJson(mine), b = DocJson(theirs);
  auto sa = Sections(a), sb = Sections(b);
  json merged = a;
  SectionTimes times = mine.updated;
  for (const auto& [k, t] : theirs.updated) times[k] = std::max(TimeOf(times, k), t);
  for (const auto& [k, v] : sb) {
    if (k == "exercise:done") continue;  // the union, below
    // Never changed on either side (time 0) means both hold the same original: theirs is as good,
    // and for a backup going into a fresh profile it is the one wanted.
    double ta = TimeOf(mine.updated, k), tb = TimeOf(theirs.updated, k);
    if (!sa.count(k) || tb > ta || (ta == 0 && tb == 0)) SetSection(merged, k, *v);
  }
  SavedDoc r;
  if (DocFromJson(Dump(merged), r).status != LoadStatus::Ok) return mine;
  // Completions only ever grow: keep every one either side has, oldest first, each once.
  std::vector<ExerciseDone> done = mine.ex.done;
  for (const auto& x : theirs.ex.done) {
    bool have = std::any_of(done.begin(), done.end(), [&](const ExerciseDone& y) { return y.id == x.id && y.at_ms == x.at_ms; });
    if (!have) done.push_back(x);
  }
  StableSortByKey(done, [](const ExerciseDone& x) { return x.at_ms; }, false);  // oldest first, ties kept in order
  if (done.size() > kDoneMax) done.erase(done.begin(), done.begin() + (done.size() - kDoneMax));
  r.ex.done = std::move(done);
  r.updated = std::move(times);
  return r;
}

std::string ValidNamespace(std::string_view raw) {
  if (raw.empty() || raw.size() > 32) return "hearth";
  for (char c : raw)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return "hearth";
  return std::string(raw);
}

// ---- the save throttle -------------------------------------------------------------------

void MarkDirty(SaveState& s, double now_ms) {
  if (!s.dirty) s.dirty_since_ms = now_ms;
  s.dirty = true;
}

bool ShouldSave(const SaveState& s, double now_ms, bool urgent) {
  if (!s.dirty || s.read_only || s.locked) return false;
  return urgent || now_ms - s.dirty_since_ms >= kSaveDelayMs || now_ms < s.dirty_since_ms;
}

double NextSaveAt(const SaveState& s) { return (s.dirty && !s.read_only && !s.locked) ? s.dirty_since_ms + kSaveDelayMs : 0; }

bool StampChanges(SaveState& s, SavedDoc& d, double now_ms) {
  auto now = DocSections(d);
  bool any = false;
  for (const auto& [k, text] : now) {
    auto it = s.seen.find(k);
    if (it != s.seen.end() && it->second == text) continue;
    d.updated[k] = now_ms;
    any = true;
  }
  s.seen = std::move(now);
  return any;
}

}  // namespace core
