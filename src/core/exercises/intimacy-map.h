// Intimacy map (exercise "intimacy-map"): its saved state and logic. Pure C++17; the time is passed in.
// Each person rates the five kinds of intimacy (chapter 02) twice, 1-5: how close we feel now, and how
// much it matters to me. One person alone, or two people on one device ("one phone, two people"):
// the first person's answers are covered while the second answers, then both are shown together with
// the biggest gaps named.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

inline constexpr int kMapKinds = 5;            // emotional, intellectual, physical, experiential, spiritual
inline constexpr size_t kMapHistoryMax = 200;  // oldest maps are dropped beyond this
inline constexpr size_t kMapNameMax = 40;      // a first name, in bytes
inline constexpr int kMapGapMin = 2;           // a difference of 2 or more points is a gap worth naming
inline constexpr size_t kMapGapsShown = 3;     // at most this many gaps are named

// The rating form's words, shared by the screen and the printed worksheet. Each kind is rated twice:
// "<Kind>: how close we feel now" and "<Kind>: how much it matters to me".
inline constexpr const char* kMapIntro =
    "Closeness comes in five kinds. Rate each one twice: how close you feel now, and how much it matters to you. "
    "It takes about five minutes. There are no right answers.";
inline constexpr const char* kMapRateLine = "Rate each kind from 1 to 5. Go with your first feeling.";
inline constexpr const char* kMapAskNow = "how close we feel now";
inline constexpr const char* kMapNowLow = "Far apart";
inline constexpr const char* kMapNowHigh = "Very close";
inline constexpr const char* kMapAskMatters = "how much it matters to me";
inline constexpr const char* kMapMattersLow = "A little";
inline constexpr const char* kMapMattersHigh = "A lot";

const char* MapKindName(int kind);     // "Emotional" (the names used in chapter 02)
const char* MapKindKey(int kind);      // "emotional" (JSON key and chapter 02's section id)
const char* MapKindExample(int kind);  // one short line: what this kind looks like

// One person's answers: 0 = not answered yet, else 1..5.
struct MapAnswers {
  std::string name;          // first name as typed ("" = "Partner A"/"Partner B", or "You" alone)
  int now[kMapKinds] = {};   // how close we feel now
  int matters[kMapKinds] = {};  // how much it matters to me
};
bool MapComplete(const MapAnswers& a);  // every rating given
int MapAnswered(const MapAnswers& a);   // how many of the ten ratings are given

// One finished map.
struct MapResult {
  double at_ms = 0;  // when it was finished
  int day = 0;       // local day number then (calendar.h)
  bool two = false;  // two people took part
  MapAnswers a, b;   // b is used only when two
};
// The name to show for person 0 (A) or 1 (B): the typed name, or "Partner A"/"Partner B" ("You" alone).
std::string MapPersonName(const MapResult& r, int person);

enum class MapStage { Setup, AnswerA, Handover, AnswerB, Result };

struct IntimacyMapState {
  std::vector<MapResult> history;  // finished maps, oldest first (saved)
  // The map being filled in (saved as a draft, so a reload keeps it):
  MapStage stage = MapStage::Setup;
  bool two = false;                // two people on this device
  MapAnswers draft_a, draft_b;
  // Passing screen state (not written to JSON):
  int viewing = -1;                // which history entry the result shows (-1 = the newest)
  bool asking_start_over = false;  // "Start over without saving?" is up; any move through the flow drops it
};

// Moves through the flow. Each returns false (and changes nothing) when the step is not allowed yet.
void MapStart(IntimacyMapState& m, bool two, const std::string& name_a, const std::string& name_b);
bool MapNext(IntimacyMapState& m, double now_ms, int utc_offset_min);  // A done -> hand-over or result; B done -> result
bool MapShowSecond(IntimacyMapState& m);  // the second person took the device
void MapNew(IntimacyMapState& m);         // back to the start (a new map), keeping names and mode
void MapView(IntimacyMapState& m, int index);  // show history[index] (from the start or a result only)
void MapRate(IntimacyMapState& m, bool matters, int kind, int value);  // for the person answering now

// A gap worth talking about.
enum class GapType {
  FeelDifferent,  // the two people feel this kind of closeness differently (|now A - now B|)
  WantMore,       // one person feels it far less than it matters to them (matters - now)
  MattersDifferent,  // it matters much more to one person than the other (|matters A - matters B|)
};
struct MapGap {
  GapType type = GapType::FeelDifferent;
  int kind = 0;     // 0..4
  int person = -1;  // WantMore: who (0 = A, 1 = B); MattersDifferent: who it matters more to; else -1
  int size = 0;     // points of difference, 2..4
};
// The biggest gaps, biggest first, at most one per kind and at most kMapGapsShown. A gap is 2 or more
// points. Ties: a difference in how close you feel comes first, then wanting more, then what matters;
// then the kind that matters more to the pair (sum of both importance ratings), then chapter order,
// then person A before B. Alone, only "wants more" gaps exist.
std::vector<MapGap> MapGaps(const MapResult& r);
std::string MapGapTitle(const MapResult& r, const MapGap& g);  // "Physical closeness: you feel it differently"
std::string MapGapText(const MapResult& r, const MapGap& g);   // the numbers and a gentle next step, in words
// Where to go for help with this gap: a content target ("chapter:ID#SECTION" or "exercise:ID") and the
// words for the link (unique per kind).
std::string MapGapTarget(const MapGap& g);
std::string MapGapLinkLabel(const MapGap& g);

// The numbers in words, for screen readers and for everyone under the chart.
std::string MapPersonSummary(const MapResult& r, int person);  // "Sam: Emotional close 4, matters 5; ..."

// Change over time: the nearest earlier map of the same kind (alone / two) before history[index], or -1.
int MapPrevious(const IntimacyMapState& m, int index);
struct MapChange {
  int person = 0;  // 0 = A, 1 = B
  int kind = 0;
  int from = 0, to = 0;  // "how close we feel now", then and now
};
std::vector<MapChange> MapChanges(const MapResult& before, const MapResult& after);  // kinds that moved
std::string MapChangeText(const MapResult& after, const MapChange& c);  // "Sam: emotional closeness went from 2 to 4."

nlohmann::json IntimacyMapToJson(const IntimacyMapState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void IntimacyMapFromJson(const nlohmann::json& j, IntimacyMapState& out);

}  // namespace core
