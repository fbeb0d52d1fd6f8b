// The saved document's JSON. Every field is read with a type check, so a hand-edited or damaged
// document never aborts the app (exceptions are off in the web build).
#include "core/persist.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/text.h"

namespace core {

using nlohmann::json;

std::string DocToJson(const SavedDoc& d) {
  json chapters = json::object();
  for (const auto& [id, p] : d.reader.chapters)
    chapters[id] = {{"block", p.block}, {"offset", p.offset}, {"read", p.read}, {"opened", p.opened_ms}};
  json marks = json::array();
  for (const auto& b : d.reader.bookmarks) marks.push_back({{"chapter", b.chapter}, {"section", b.section}, {"at", b.created_ms}});
  json j = {
      {"app", "hearth"},
      {"version", kDocVersion},
      {"settings",
       {{"textSize", TextSizePercent(d.settings)},
        {"theme", ThemeChoiceName(d.settings.theme)},
        {"reduceMotion", d.settings.reduce_motion}}},
      {"reader", {{"chapters", chapters}, {"bookmarks", marks}}},
      {"timeout", TimeoutToJson(d.timeout)},
      {"exercises", ExercisesToJson(d.ex)},
  };
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

static const json* Get(const json& o, const char* key, json::value_t type) {
  if (!o.is_object()) return nullptr;
  auto it = o.find(key);
  if (it == o.end()) return nullptr;
  bool ok = it->type() == type || (type == json::value_t::number_float && it->is_number());
  return ok ? &*it : nullptr;
}

static bool SafeId(const std::string& s) { return !s.empty() && s.size() <= 64 && IsValidUtf8(s); }

LoadResult DocFromJson(std::string_view text, SavedDoc& out) {
  out = SavedDoc{};
  if (text.empty()) return {LoadStatus::Empty, ""};
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return {LoadStatus::Corrupt, "Your saved progress could not be read (it is damaged)."};
  const json* app = Get(j, "app", json::value_t::string);
  const json* ver = Get(j, "version", json::value_t::number_float);
  if (!app || *app != "hearth" || !ver) return {LoadStatus::Corrupt, "The saved data is not Hearth's."};
  double v = ver->get<double>();
  if (v > kDocVersion)
    return {LoadStatus::NewerVersion, "Your progress was saved by a newer version of Hearth. Reload to update."};
  if (v < 1) return {LoadStatus::Corrupt, "The saved data has an unknown version."};

  SavedDoc d;
  if (const json* s = Get(j, "settings", json::value_t::object)) {
    if (const json* ts = Get(*s, "textSize", json::value_t::number_float)) {
      double pct = ts->get<double>();
      int best = kDefaultTextSizeIndex;
      for (size_t i = 0; i < kTextSizes.size(); ++i)
        if (kTextSizes[i] <= pct + 0.5) best = static_cast<int>(i);
      d.settings.text_size_index = best;
    }
    if (const json* th = Get(*s, "theme", json::value_t::string)) ThemeChoiceFromName(th->get<std::string>(), d.settings.theme);
    if (const json* rm = Get(*s, "reduceMotion", json::value_t::boolean)) d.settings.reduce_motion = rm->get<bool>();
  }
  if (const json* r = Get(j, "reader", json::value_t::object)) {
    if (const json* chs = Get(*r, "chapters", json::value_t::object)) {
      for (auto it = chs->begin(); it != chs->end(); ++it) {
        if (!SafeId(it.key()) || !it->is_object()) continue;
        ChapterProgress p;
        if (const json* b = Get(*it, "block", json::value_t::number_float)) {
          double bv = b->get<double>();  // range-checked before the cast: a huge number must not overflow
          p.block = (bv >= 0 && bv < 100000) ? static_cast<int>(bv) : 0;
        }
        if (const json* o = Get(*it, "offset", json::value_t::number_float)) {
          double ov = o->get<double>();
          p.offset = (ov >= 0 && ov <= 1) ? static_cast<float>(ov) : 0.0f;
        }
        if (const json* rd = Get(*it, "read", json::value_t::boolean)) p.read = rd->get<bool>();
        if (const json* op = Get(*it, "opened", json::value_t::number_float)) p.opened_ms = op->get<double>();
        d.reader.chapters[it.key()] = p;
      }
    }
    if (const json* bm = Get(*r, "bookmarks", json::value_t::array)) {
      for (const json& b : *bm) {
        const json* ch = Get(b, "chapter", json::value_t::string);
        const json* sec = Get(b, "section", json::value_t::string);
        if (!ch || !SafeId(ch->get<std::string>())) continue;
        Bookmark mk{ch->get<std::string>(), sec ? sec->get<std::string>() : "", 0};
        if (mk.section.size() > 64 || !IsValidUtf8(mk.section)) continue;
        if (const json* at = Get(b, "at", json::value_t::number_float)) mk.created_ms = at->get<double>();
        if (!IsBookmarked(d.reader, mk.chapter, mk.section)) d.reader.bookmarks.push_back(mk);
      }
    }
  }
  // The time-out is additive: missing or bad gives its defaults, never a failed document.
  if (const json* t = Get(j, "timeout", json::value_t::object)) TimeoutFromJson(*t, d.timeout);
  if (const json* e = Get(j, "exercises", json::value_t::object)) ExercisesFromJson(*e, d.ex);
  out = std::move(d);
  return {LoadStatus::Ok, ""};
}

void MarkDirty(SaveState& s, double now_ms) {
  if (!s.dirty) s.dirty_since_ms = now_ms;
  s.dirty = true;
}

bool ShouldSave(const SaveState& s, double now_ms, bool urgent) {
  if (!s.dirty || s.read_only) return false;
  return urgent || now_ms - s.dirty_since_ms >= kSaveDelayMs || now_ms < s.dirty_since_ms;
}

double NextSaveAt(const SaveState& s) { return (s.dirty && !s.read_only) ? s.dirty_since_ms + kSaveDelayMs : 0; }

}  // namespace core
