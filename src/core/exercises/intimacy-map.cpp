// Intimacy map: the flow (alone, or two people on one device), the gaps worth naming, change over
// time, and the JSON of it all.
#include "core/exercises/intimacy-map.h"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/base/jsonread.h"
#include "core/base/order.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

namespace {

struct KindInfo {
  const char* name;
  const char* key;
  const char* example;
  const char* target;  // where a gap in this kind finds help
  const char* label;   // the link's words
};

const KindInfo kKinds[kMapKinds] = {
    {"Emotional", "emotional", "Sharing feelings and worries, and feeling safe doing it.", "chapter:emotional-intimacy",
     "What emotional intimacy looks like"},
    {"Intellectual", "intellectual", "Sharing ideas and how you each think.", "exercise:open-questions",
     "Try open-ended questions"},
    {"Physical", "physical", "Touch and being near, sexual or not.", "chapter:emotional-and-physical",
     "Emotional and physical intimacy together"},
    {"Experiential", "experiential", "Doing things together: games, projects, trips.", "exercise:shared-experiences",
     "Find things to do together"},
    {"Spiritual", "spiritual", "Sharing values, beliefs or a sense of meaning.", "exercise:question-decks",
     "Talk about what matters with question decks"},
};

bool ValidKind(int k) { return k >= 0 && k < kMapKinds; }

std::string Lower(const char* s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string CleanName(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r\n");
  std::string out = s.substr(a, b - a + 1);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return jr::CutUtf8(out, kMapNameMax);
}

const char* StageKey(MapStage st) {
  switch (st) {
    case MapStage::Setup: return "setup";
    case MapStage::AnswerA: return "answer-a";
    case MapStage::Handover: return "handover";
    case MapStage::AnswerB: return "answer-b";
    case MapStage::Result: return "result";
  }
  return "setup";
}

int TypeRank(GapType t) {
  switch (t) {
    case GapType::FeelDifferent: return 0;
    case GapType::WantMore: return 1;
    case GapType::MattersDifferent: return 2;
  }
  return 3;
}

void Finish(IntimacyMapState& m, double now_ms, int utc_offset_min) {
  MapResult r;
  r.at_ms = now_ms;
  r.day = LocalDay(now_ms, utc_offset_min);
  r.two = m.two;
  r.a = m.draft_a;
  if (m.two) r.b = m.draft_b;
  m.history.push_back(r);
  if (m.history.size() > kMapHistoryMax)
    m.history.erase(m.history.begin(), m.history.begin() + (m.history.size() - kMapHistoryMax));
  m.stage = MapStage::Result;
  m.viewing = -1;
  for (MapAnswers* p : {&m.draft_a, &m.draft_b}) {
    std::fill(std::begin(p->now), std::end(p->now), 0);
    std::fill(std::begin(p->matters), std::end(p->matters), 0);
  }
}

json AnswersToJson(const MapAnswers& a) {
  json now = json::object(), matters = json::object();
  for (int k = 0; k < kMapKinds; ++k) {
    if (a.now[k]) now[kKinds[k].key] = a.now[k];
    if (a.matters[k]) matters[kKinds[k].key] = a.matters[k];
  }
  return {{"name", a.name}, {"now", now}, {"matters", matters}};
}

void AnswersFromJson(const json& j, MapAnswers& a) {
  std::string name;
  if (jr::String(j, "name", name, kMapNameMax * 4)) a.name = CleanName(name);
  for (const char* part : {"now", "matters"}) {
    const json* o = jr::Field(j, part);
    if (!o) continue;
    int* dst = part[0] == 'n' ? a.now : a.matters;
    for (int k = 0; k < kMapKinds; ++k) jr::Int(*o, kKinds[k].key, 1, 5, dst[k]);
  }
}

}  // namespace

const char* MapKindName(int kind) { return ValidKind(kind) ? kKinds[kind].name : ""; }
const char* MapKindKey(int kind) { return ValidKind(kind) ? kKinds[kind].key : ""; }
const char* MapKindExample(int kind) { return ValidKind(kind) ? kKinds[kind].example : ""; }

int MapAnswered(const MapAnswers& a) {
  int n = 0;
  for (int k = 0; k < kMapKinds; ++k) n += (a.now[k] >= 1 && a.now[k] <= 5) + (a.matters[k] >= 1 && a.matters[k] <= 5);
  return n;
}
bool MapComplete(const MapAnswers& a) { return MapAnswered(a) == 2 * kMapKinds; }

std::string MapPersonName(const MapResult& r, int person) {
  const MapAnswers& a = person == 0 ? r.a : r.b;
  if (!a.name.empty()) return a.name;
  if (!r.two) return "You";
  return person == 0 ? "Partner A" : "Partner B";
}

void MapStart(IntimacyMapState& m, bool two, const std::string& name_a_in, const std::string& name_b_in) {
  std::string name_a = name_a_in, name_b = name_b_in;  // copies: the names may be the drafts' own fields
  m.two = two;
  m.draft_a = MapAnswers{};
  m.draft_b = MapAnswers{};
  m.draft_a.name = CleanName(name_a);
  if (two) m.draft_b.name = CleanName(name_b);
  m.stage = MapStage::AnswerA;
  m.viewing = -1;
  m.asking_start_over = false;
}

bool MapNext(IntimacyMapState& m, double now_ms, int utc_offset_min) {
  if (m.stage == MapStage::AnswerA && MapComplete(m.draft_a)) {
    m.asking_start_over = false;
    if (m.two) m.stage = MapStage::Handover;
    else Finish(m, now_ms, utc_offset_min);
    return true;
  }
  if (m.stage == MapStage::AnswerB && m.two && MapComplete(m.draft_b)) {
    m.asking_start_over = false;
    Finish(m, now_ms, utc_offset_min);
    return true;
  }
  return false;
}

bool MapShowSecond(IntimacyMapState& m) {
  if (m.stage != MapStage::Handover) return false;
  m.stage = MapStage::AnswerB;
  m.asking_start_over = false;
  return true;
}

void MapNew(IntimacyMapState& m) {
  std::string a = m.draft_a.name, b = m.draft_b.name;
  m.draft_a = MapAnswers{};
  m.draft_b = MapAnswers{};
  m.draft_a.name = a;
  m.draft_b.name = b;
  m.stage = MapStage::Setup;
  m.viewing = -1;
  m.asking_start_over = false;
}

void MapView(IntimacyMapState& m, int index) {
  if (index < 0 || index >= static_cast<int>(m.history.size())) return;
  if (m.stage != MapStage::Setup && m.stage != MapStage::Result) return;  // never over answers being given
  m.viewing = index;
  m.stage = MapStage::Result;
}

void MapRate(IntimacyMapState& m, bool matters, int kind, int value) {
  if (!ValidKind(kind) || value < 1 || value > 5) return;
  MapAnswers* a = m.stage == MapStage::AnswerA ? &m.draft_a : m.stage == MapStage::AnswerB ? &m.draft_b : nullptr;
  if (!a) return;
  (matters ? a->matters : a->now)[kind] = value;
}

std::vector<MapGap> MapGaps(const MapResult& r) {
  std::vector<MapGap> all;
  for (int k = 0; k < kMapKinds; ++k) {
    if (r.two) {
      int d = std::abs(r.a.now[k] - r.b.now[k]);
      if (d >= kMapGapMin) all.push_back({GapType::FeelDifferent, k, -1, d});
    }
    for (int p = 0; p < (r.two ? 2 : 1); ++p) {
      const MapAnswers& x = p == 0 ? r.a : r.b;
      int want = x.matters[k] - x.now[k];
      if (want >= kMapGapMin) all.push_back({GapType::WantMore, k, p, want});
    }
    if (r.two) {
      int d = r.a.matters[k] - r.b.matters[k];
      if (std::abs(d) >= kMapGapMin) all.push_back({GapType::MattersDifferent, k, d > 0 ? 0 : 1, std::abs(d)});
    }
  }
  auto weight = [&](int k) { return r.a.matters[k] + (r.two ? r.b.matters[k] : 0); };
  // One number orders them as the list of ties above: bigger gap, then type, then the pair's weight
  // (each rating 0..5, so at most 10: 64 leaves room), then chapter order, then person (-1..1).
  StableSortByKey(all, [&](const MapGap& g) {
    double key = g.size;
    key = key * 4 + (3 - TypeRank(g.type));
    key = key * 64 + std::min(std::max(weight(g.kind), 0), 63);
    key = key * 8 + (7 - g.kind);
    return key * 4 + (1 - g.person);
  }, true);
  std::vector<MapGap> out;
  bool used[kMapKinds] = {};
  for (const MapGap& g : all) {
    if (used[g.kind]) continue;  // one gap per kind: the biggest says enough
    used[g.kind] = true;
    out.push_back(g);
    if (out.size() >= kMapGapsShown) break;
  }
  return out;
}

std::string MapGapTitle(const MapResult& r, const MapGap& g) {
  std::string kind = std::string(MapKindName(g.kind)) + " closeness";
  switch (g.type) {
    case GapType::FeelDifferent: return kind + ": you feel it differently";
    case GapType::WantMore:
      if (!r.two && r.a.name.empty()) return kind + ": you would like more";
      return kind + ": " + MapPersonName(r, g.person) + " would like more";
    case GapType::MattersDifferent: return kind + " matters more to " + MapPersonName(r, g.person);
  }
  return kind;
}

std::string MapGapText(const MapResult& r, const MapGap& g) {
  const int k = g.kind;
  std::string a = MapPersonName(r, 0), b = MapPersonName(r, 1);
  switch (g.type) {
    case GapType::FeelDifferent:
      return a + " feels " + std::to_string(r.a.now[k]) + " out of 5 and " + b + " feels " + std::to_string(r.b.now[k]) +
             ". Ask each other what this kind of closeness looks like on a good day.";
    case GapType::WantMore: {
      const MapAnswers& x = g.person == 0 ? r.a : r.b;
      bool you = !r.two && r.a.name.empty();
      std::string who = you ? "You feel " : MapPersonName(r, g.person) + " feels ";
      return who + std::to_string(x.now[k]) + " out of 5, and it matters " + std::to_string(x.matters[k]) + " out of 5 to " +
             (you ? "you" : "them") + ". One small, doable step can start to close the gap.";
    }
    case GapType::MattersDifferent: {
      const MapAnswers& hi = g.person == 0 ? r.a : r.b;
      const MapAnswers& lo = g.person == 0 ? r.b : r.a;
      return "It matters " + std::to_string(hi.matters[k]) + " out of 5 to " + MapPersonName(r, g.person) + " and " +
             std::to_string(lo.matters[k]) + " to " + MapPersonName(r, 1 - g.person) +
             ". Different mixes are normal. Knowing them helps you look after each other.";
    }
  }
  return "";
}

std::string MapGapTarget(const MapGap& g) {
  if (!ValidKind(g.kind)) return "chapter:kinds-of-intimacy";
  if (g.type == GapType::MattersDifferent) return "chapter:kinds-of-intimacy#your-mix";
  return kKinds[g.kind].target;
}

std::string MapGapLinkLabel(const MapGap& g) {
  if (!ValidKind(g.kind)) return "The kinds of intimacy";
  if (g.type == GapType::MattersDifferent) return "Finding your own mix (" + Lower(kKinds[g.kind].name) + ")";
  return kKinds[g.kind].label;
}

std::string MapPersonSummary(const MapResult& r, int person) {
  const MapAnswers& x = person == 0 ? r.a : r.b;
  std::string out = MapPersonName(r, person) + ": ";
  for (int k = 0; k < kMapKinds; ++k) {
    if (k) out += "; ";
    out += std::string(kKinds[k].name) + " close " + std::to_string(x.now[k]) + ", matters " + std::to_string(x.matters[k]);
  }
  return out + ".";
}

int MapPrevious(const IntimacyMapState& m, int index) {
  if (index < 0 || index >= static_cast<int>(m.history.size())) return -1;
  for (int i = index - 1; i >= 0; --i)
    if (m.history[i].two == m.history[index].two) return i;
  return -1;
}

std::vector<MapChange> MapChanges(const MapResult& before, const MapResult& after) {
  std::vector<MapChange> out;
  if (before.two != after.two) return out;
  for (int p = 0; p < (after.two ? 2 : 1); ++p) {
    const MapAnswers& x = p == 0 ? before.a : before.b;
    const MapAnswers& y = p == 0 ? after.a : after.b;
    for (int k = 0; k < kMapKinds; ++k)
      if (x.now[k] != y.now[k]) out.push_back({p, k, x.now[k], y.now[k]});
  }
  return out;
}

std::string MapChangeText(const MapResult& after, const MapChange& c) {
  std::string kind = Lower(MapKindName(c.kind)) + " closeness went from " + std::to_string(c.from) + " to " +
                     std::to_string(c.to) + ".";
  if (!after.two && after.a.name.empty()) {
    kind[0] = static_cast<char>(kind[0] - 'a' + 'A');
    return kind;
  }
  return MapPersonName(after, c.person) + ": " + kind;
}

json IntimacyMapToJson(const IntimacyMapState& s) {
  json hist = json::array();
  for (const MapResult& r : s.history) {
    json e = {{"at", r.at_ms}, {"day", r.day}, {"two", r.two}, {"a", AnswersToJson(r.a)}};
    if (r.two) e["b"] = AnswersToJson(r.b);
    hist.push_back(std::move(e));
  }
  return {{"history", std::move(hist)},
          {"stage", StageKey(s.stage)},
          {"two", s.two},
          {"a", AnswersToJson(s.draft_a)},
          {"b", AnswersToJson(s.draft_b)}};
}

void IntimacyMapFromJson(const json& j, IntimacyMapState& out) {
  out = IntimacyMapState{};
  if (!j.is_object()) return;
  if (const json* h = jr::Field(j, "history"); h && h->is_array()) {
    for (const json& e : *h) {
      if (out.history.size() >= kMapHistoryMax) break;
      MapResult r;
      if (!jr::Time(e, "at", r.at_ms)) continue;
      jr::Int(e, "day", -1000000, 1000000, r.day);
      jr::Bool(e, "two", r.two);
      if (const json* a = jr::Field(e, "a")) AnswersFromJson(*a, r.a);
      if (r.two)
        if (const json* b = jr::Field(e, "b")) AnswersFromJson(*b, r.b);
      if (!MapComplete(r.a) || (r.two && !MapComplete(r.b))) continue;  // a damaged map is left out
      out.history.push_back(std::move(r));
    }
  }
  jr::Bool(j, "two", out.two);
  if (const json* a = jr::Field(j, "a")) AnswersFromJson(*a, out.draft_a);
  if (const json* b = jr::Field(j, "b")) AnswersFromJson(*b, out.draft_b);
  std::string stage;
  if (jr::String(j, "stage", stage, 16)) {
    for (MapStage st : {MapStage::Setup, MapStage::AnswerA, MapStage::Handover, MapStage::AnswerB, MapStage::Result})
      if (stage == StageKey(st)) out.stage = st;
  }
  // A stage that does not fit the rest falls back to one that does.
  bool second = out.stage == MapStage::Handover || out.stage == MapStage::AnswerB;
  if (second && !out.two) out.stage = MapStage::Setup;
  else if (second && !MapComplete(out.draft_a)) out.stage = MapStage::AnswerA;
  if (out.stage == MapStage::Result && out.history.empty()) out.stage = MapStage::Setup;
}

void IntimacyMapWorksheet(const IntimacyMapState& s, const ExerciseText&, bool filled, PrintDoc& doc) {
  // Filled: the map being filled in, else the newest finished one. Blank: a part for each of two people.
  bool in_progress = s.stage == MapStage::AnswerA || s.stage == MapStage::Handover || s.stage == MapStage::AnswerB;
  MapResult r;
  if (!in_progress && !s.history.empty()) {
    r = s.history.back();
  } else {
    r.two = s.two;
    r.a = s.draft_a;
    r.b = s.draft_b;
  }
  if (!filled) {
    r = MapResult{};
    r.two = true;
  }
  doc.Paragraph(kMapIntro);
  if (!filled) doc.Paragraph("Each of you fills in your own part without looking at the other's. Doing it alone? "
                             "Fill in just the first part.");
  if (filled && !in_progress && r.day > 0) doc.Note("Filled in on " + DayLabel(r.day) + ".");
  const int people = r.two ? 2 : 1;
  for (int p = 0; p < people; ++p) {
    if (p > 0) doc.PageBreak();
    const MapAnswers& a = p == 0 ? r.a : r.b;
    doc.Heading(r.two ? MapPersonName(r, p) + "'s answers" : std::string("Your answers"));
    doc.Paragraph(kMapRateLine);
    for (int k = 0; k < kMapKinds; ++k) {
      const std::string kind = MapKindName(k);
      doc.Heading(kind, 3);
      doc.Paragraph(MapKindExample(k));
      doc.Scale(kind + ": " + kMapAskNow, a.now[k], 5, kMapNowLow, kMapNowHigh);
      doc.Scale(kind + ": " + kMapAskMatters, a.matters[k], 5, kMapMattersLow, kMapMattersHigh);
    }
  }
  doc.Heading(r.two ? "Gaps to talk about" : "Where you would like more");
  doc.Paragraph(r.two ? "Put your answers side by side. Where are you 2 or more points apart? Those are good places "
                        "to start a talk. They are not scores."
                      : "Where is closeness 2 or more points below how much it matters to you? That is a good "
                        "place to start a talk. It is not a score.");
  std::string gaps;
  if (MapComplete(r.a) && (!r.two || MapComplete(r.b)))
    for (const MapGap& g : MapGaps(r)) gaps += (gaps.empty() ? "" : "\n") + MapGapTitle(r, g);
  doc.Answer(r.two ? "Where we are furthest apart" : "Where I would like more", gaps, 3);
}

}  // namespace core
