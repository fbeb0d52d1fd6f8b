// The conflict time-out's logic. The wall clock is always an argument. JSON is read with type
// checks and no exceptions (the web build has them off); a bad field falls back to its default.
#include "core/timeout/timeout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/base/text.h"

namespace core {

using nlohmann::json;

// ---- lengths and settings -------------------------------------------------------------------

bool IsValidMinutes(int minutes) { return minutes >= kTimeoutMinMinutes && minutes <= kTimeoutMaxMinutes; }
int ClampMinutes(int minutes) { return std::clamp(minutes, kTimeoutMinMinutes, kTimeoutMaxMinutes); }
bool ShortLengthNote(int minutes) { return minutes < kTimeoutShortBelow; }
void SetDefaultMinutes(TimeoutSettings& s, int minutes) { s.default_minutes = ClampMinutes(minutes); }
bool IsValidRestingBpm(int bpm) { return bpm >= kRestingMinBpm && bpm <= kRestingMaxBpm; }

std::string CleanSignal(std::string_view text) {
  if (!IsValidUtf8(text)) return kDefaultSignal;
  std::string s;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    s += (u < 0x20 || u == 0x7f) ? ' ' : c;  // a line break or tab becomes a space
  }
  size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return kDefaultSignal;
  s = s.substr(b, s.find_last_not_of(' ') - b + 1);
  if (s.size() > kSignalMaxBytes) {
    size_t cut = kSignalMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep whole characters
    s.resize(cut);
    while (!s.empty() && s.back() == ' ') s.pop_back();
  }
  return s.empty() ? std::string(kDefaultSignal) : s;
}

// ---- a run ----------------------------------------------------------------------------------

bool Start(TimeoutState& s, double now_ms, int minutes) {
  if (s.run.status == TimeoutStatus::Running || !std::isfinite(now_ms) || now_ms < 0) return false;
  TimeoutRun r;
  r.status = TimeoutStatus::Running;
  r.started_ms = now_ms;
  r.planned_minutes = ClampMinutes(minutes);
  r.deadline_ms = now_ms + r.planned_minutes * kMinuteMs;
  s.run = std::move(r);
  return true;
}

double TotalMs(const TimeoutRun& r) {
  if (r.status == TimeoutStatus::Idle) return 0;
  return std::max(0.0, r.deadline_ms - r.started_ms);
}

double Remaining(const TimeoutState& s, double now_ms) {
  if (s.run.status != TimeoutStatus::Running) return 0;
  double total = TotalMs(s.run);
  if (!std::isfinite(now_ms)) return total;
  return std::clamp(s.run.deadline_ms - now_ms, 0.0, total);  // a clock set back shows the full length
}

int MaxExtensionMinutes(const TimeoutState& s) {
  if (s.run.status != TimeoutStatus::Running) return 0;
  double room = (kTimeoutMaxMs - TotalMs(s.run)) / kMinuteMs;
  return room > 0 ? static_cast<int>(std::floor(room + 1e-9)) : 0;
}

int Extend(TimeoutState& s, double now_ms, int minutes) {
  if (s.run.status != TimeoutStatus::Running || minutes <= 0) return 0;
  if (!std::isfinite(now_ms) || now_ms >= s.run.deadline_ms) return 0;  // over: CheckExpiry ends it
  int add = std::min(minutes, MaxExtensionMinutes(s));
  if (add <= 0) return 0;
  s.run.deadline_ms += add * kMinuteMs;
  s.run.extensions.push_back(add);
  return add;
}

static void AddLog(TimeoutState& s, TimeoutLogEntry e) {
  s.log.push_back(std::move(e));
  if (s.log.size() > kTimeoutLogMax) s.log.erase(s.log.begin(), s.log.end() - kTimeoutLogMax);
}

static void Finish(TimeoutState& s, TimeoutEnd how, double actual_ms) {
  TimeoutRun& r = s.run;
  r.status = TimeoutStatus::Ended;
  r.end_asked = false;
  r.ended_by = how;
  r.ended_ms = r.started_ms + actual_ms;
  AddLog(s, {r.started_ms, r.planned_minutes, r.extensions, actual_ms, how});
}

bool CheckExpiry(TimeoutState& s, double now_ms) {
  if (s.run.status != TimeoutStatus::Running || !std::isfinite(now_ms) || now_ms < s.run.deadline_ms) return false;
  Finish(s, TimeoutEnd::Deadline, TotalMs(s.run));  // a clock jump forward still logs the run's own length
  return true;
}

bool EndEarly(TimeoutState& s, double now_ms) {
  if (s.run.status != TimeoutStatus::Running || CheckExpiry(s, now_ms)) return false;
  double actual = std::isfinite(now_ms) ? std::clamp(now_ms - s.run.started_ms, 0.0, TotalMs(s.run)) : 0.0;
  Finish(s, TimeoutEnd::Early, actual);
  return true;
}

bool AskEndEarly(TimeoutState& s) {
  if (s.run.status != TimeoutStatus::Running) return false;
  s.run.end_asked = true;
  return true;
}

bool EndEarlyAsked(const TimeoutState& s) { return s.run.status == TimeoutStatus::Running && s.run.end_asked; }

bool ConfirmEndEarly(TimeoutState& s, double now_ms) {
  if (!EndEarlyAsked(s)) return false;
  EndEarly(s, now_ms);  // or CheckExpiry inside it, when the deadline came first
  return s.run.status == TimeoutStatus::Ended;
}

void KeepPausing(TimeoutState& s) { s.run.end_asked = false; }

void Dismiss(TimeoutState& s) {
  if (s.run.status == TimeoutStatus::Ended) s.run = TimeoutRun{};
}

double NextRedrawMs(const TimeoutState& s, double now_ms) {
  if (s.run.status != TimeoutStatus::Running) return 0;
  double rem = Remaining(s, now_ms);
  if (rem <= 0) return s.run.deadline_ms;
  double shown = std::ceil(rem / 1000);  // whole seconds on screen now
  return s.run.deadline_ms - (shown - 1) * 1000;
}

// ---- saving ---------------------------------------------------------------------------------

static const char* EndName(TimeoutEnd e) { return e == TimeoutEnd::Early ? "early" : "deadline"; }

static bool EndFromName(const std::string& n, TimeoutEnd& out) {
  if (n == "deadline") out = TimeoutEnd::Deadline;
  else if (n == "early") out = TimeoutEnd::Early;
  else return false;
  return true;
}

json TimeoutToJson(const TimeoutState& s) {
  json j = {
      {"settings",
       {{"signal", s.settings.signal},
        {"minutes", s.settings.default_minutes},
        {"pattern", s.settings.pattern_id},
        {"sound", s.settings.sound}}},
      {"safetySeen", s.safety_seen},
      {"veryFit", s.very_fit},
  };
  if (s.resting_bpm > 0) j["restingBpm"] = s.resting_bpm;
  const TimeoutRun& r = s.run;
  if (r.status != TimeoutStatus::Idle) {
    json run = {{"status", r.status == TimeoutStatus::Running ? "running" : "ended"},
                {"start", r.started_ms},
                {"deadline", r.deadline_ms},
                {"planned", r.planned_minutes},
                {"extensions", r.extensions}};
    if (r.status == TimeoutStatus::Ended) {
      run["endedBy"] = EndName(r.ended_by);
      run["endedAt"] = r.ended_ms;
    }
    j["run"] = std::move(run);
  }
  json log = json::array();
  for (const auto& e : s.log)
    log.push_back({{"start", e.start_ms},
                   {"planned", e.planned_minutes},
                   {"extensions", e.extensions},
                   {"actual", e.actual_ms},
                   {"ended", EndName(e.ended)}});
  j["log"] = std::move(log);
  return j;
}

namespace {

// Field, String and Bool are the shared safe readers (core/base/jsonread.h); numbers here keep their own
// rules (times have no upper bound, minutes are clamped rather than refused).
using jr::Bool;
using jr::Field;
using jr::String;

// A finite number, or false.
bool Number(const json& o, const char* key, double& out) {
  const json* v = Field(o, key);
  if (!v || !v->is_number()) return false;
  double d = v->get<double>();
  if (!std::isfinite(d)) return false;
  out = d;
  return true;
}

// A finite, non-negative time in ms.
bool Time(const json& o, const char* key, double& out) {
  double d = 0;
  if (!Number(o, key, d) || d < 0) return false;
  out = d;
  return true;
}

// A number rounded to a whole value in lo..hi (range-checked before the cast).
bool WholeClamped(const json& o, const char* key, int lo, int hi, int& out) {
  double d = 0;
  if (!Number(o, key, d)) return false;
  out = static_cast<int>(std::lround(std::clamp(d, static_cast<double>(lo), static_cast<double>(hi))));
  return true;
}

// Whole minutes 1..kTimeoutMaxMinutes; anything else in the list is dropped.
std::vector<int> Extensions(const json& o) {
  std::vector<int> out;
  const json* a = Field(o, "extensions");
  if (!a || !a->is_array()) return out;
  for (const json& v : *a) {
    if (!v.is_number()) continue;
    double d = v.get<double>();
    if (!std::isfinite(d) || d < 1 || d > kTimeoutMaxMinutes || d != std::floor(d)) continue;
    out.push_back(static_cast<int>(d));
    if (out.size() >= static_cast<size_t>(kTimeoutMaxMinutes)) break;
  }
  return out;
}

// The saved run, or Idle when any part that matters is wrong.
TimeoutRun ReadRun(const json& o) {
  TimeoutRun r, idle;
  std::string status;
  if (!String(o, "status", status)) return idle;
  if (status == "running") r.status = TimeoutStatus::Running;
  else if (status == "ended") r.status = TimeoutStatus::Ended;
  else return idle;
  if (!Time(o, "start", r.started_ms) || !Time(o, "deadline", r.deadline_ms)) return idle;
  double total = r.deadline_ms - r.started_ms;
  if (total < kTimeoutMinMinutes * kMinuteMs || total > kTimeoutMaxMs) return idle;
  if (!WholeClamped(o, "planned", kTimeoutMinMinutes, kTimeoutMaxMinutes, r.planned_minutes))
    r.planned_minutes = ClampMinutes(static_cast<int>(std::lround(total / kMinuteMs)));
  r.extensions = Extensions(o);
  if (r.status == TimeoutStatus::Ended) {
    std::string by;
    if (!String(o, "endedBy", by) || !EndFromName(by, r.ended_by)) return idle;
    double at = r.ended_by == TimeoutEnd::Deadline ? r.deadline_ms : r.started_ms;
    Number(o, "endedAt", at);
    r.ended_ms = std::clamp(at, r.started_ms, r.deadline_ms);
  }
  return r;
}

bool ReadLogEntry(const json& o, TimeoutLogEntry& e) {
  std::string ended;
  if (!o.is_object() || !Time(o, "start", e.start_ms) || !Time(o, "actual", e.actual_ms)) return false;
  if (!WholeClamped(o, "planned", kTimeoutMinMinutes, kTimeoutMaxMinutes, e.planned_minutes)) return false;
  if (!String(o, "ended", ended) || !EndFromName(ended, e.ended)) return false;
  e.actual_ms = std::min(e.actual_ms, kTimeoutMaxMs);
  e.extensions = Extensions(o);
  return true;
}

}  // namespace

bool TimeoutFromJson(const json& j, TimeoutState& out) {
  out = TimeoutState{};
  if (!j.is_object()) return false;
  TimeoutState s;
  if (const json* st = Field(j, "settings"); st && st->is_object()) {
    std::string text;
    if (String(*st, "signal", text)) s.settings.signal = CleanSignal(text);
    WholeClamped(*st, "minutes", kTimeoutMinMinutes, kTimeoutMaxMinutes, s.settings.default_minutes);
    if (String(*st, "pattern", text) && FindPattern(text)) s.settings.pattern_id = text;
    Bool(*st, "sound", s.settings.sound);
  }
  Bool(j, "safetySeen", s.safety_seen);
  Bool(j, "veryFit", s.very_fit);
  double bpm = 0;
  if (Number(j, "restingBpm", bpm) && bpm >= kRestingMinBpm && bpm <= kRestingMaxBpm)
    s.resting_bpm = static_cast<int>(std::lround(bpm));
  if (const json* run = Field(j, "run"); run && run->is_object()) s.run = ReadRun(*run);
  if (const json* log = Field(j, "log"); log && log->is_array()) {
    size_t skip = log->size() > kTimeoutLogMax ? log->size() - kTimeoutLogMax : 0;  // keep the newest
    for (size_t i = skip; i < log->size(); ++i) {
      TimeoutLogEntry e;
      if (ReadLogEntry((*log)[i], e)) s.log.push_back(std::move(e));
    }
  }
  out = std::move(s);
  return true;
}

// ---- breathing pacer ------------------------------------------------------------------------

const std::vector<BreathPattern>& BreathPatterns() {
  static const std::vector<BreathPattern> patterns = {
      {"resonance", "Resonance breathing",
       "Slow, even breaths: in for 5 seconds, out for 5. About six breaths a minute.",
       {{BreathKind::In, 5, 1, "Breathe in"}, {BreathKind::Out, 5, 0, "Breathe out"}},
       "", 0},
      {"cyclic-sigh", "Cyclic sighing",
       "A breath in through the nose, a short second breath in, then a long, slow breath out.",
       {{BreathKind::In, 2, 0.8, "Breathe in"}, {BreathKind::In, 1, 1, "In again"}, {BreathKind::Out, 6, 0, "Breathe out"}},
       "", 0},
      {"box", "Box breathing", "In for 4 seconds, hold for 4, out for 4, hold for 4.",
       {{BreathKind::In, 4, 1, "Breathe in"},
        {BreathKind::Hold, 4, 1, "Hold"},
        {BreathKind::Out, 4, 0, "Breathe out"},
        {BreathKind::Hold, 4, 0, "Hold"}},
       "", 0},
      {"4-7-8", "4-7-8 breathing", "In for 4 seconds, hold for 7, then out slowly for 8.",
       {{BreathKind::In, 4, 1, "Breathe in"}, {BreathKind::Hold, 7, 1, "Hold"}, {BreathKind::Out, 8, 0, "Breathe out"}},
       "Do no more than four rounds at first. Stop if you feel dizzy.", 4},
  };
  return patterns;
}

const BreathPattern* FindPattern(std::string_view id) {
  for (const auto& p : BreathPatterns())
    if (id == p.id) return &p;
  return nullptr;
}

const BreathPattern& PatternOrDefault(std::string_view id) {
  const BreathPattern* p = FindPattern(id);
  return p ? *p : BreathPatterns().front();
}

static double PhaseMs(const BreathPhase& ph) {
  return (std::isfinite(ph.seconds) && ph.seconds > 0) ? std::round(ph.seconds * 1000) : 0;
}

double CycleMs(const BreathPattern& p) {
  double total = 0;
  for (const auto& ph : p.phases) total += PhaseMs(ph);
  return total;
}

namespace {

// Where `elapsed_ms` falls: the cycle's start, the phase, and the phase's start and end (in the cycle).
struct Spot {
  double base = 0;  // elapsed time at the start of this cycle
  double t = 0;     // time into the cycle
  double cycles = 0;
  int phase = 0;
  double start = 0, end = 0;
};

bool Locate(const BreathPattern& p, double elapsed_ms, Spot& s) {
  double cycle = CycleMs(p);
  if (cycle <= 0) return false;
  double e = (std::isfinite(elapsed_ms) && elapsed_ms > 0) ? elapsed_ms : 0;
  s.t = std::fmod(e, cycle);
  s.base = e - s.t;
  s.cycles = std::round(s.base / cycle);
  double start = 0;
  for (size_t i = 0; i < p.phases.size(); ++i) {
    double len = PhaseMs(p.phases[i]);
    if (len > 0 && s.t < start + len) {
      s.phase = static_cast<int>(i);
      s.start = start;
      s.end = start + len;
      return true;
    }
    start += len;
  }
  return false;  // not reached: t < cycle
}

}  // namespace

BreathState PhaseAt(const BreathPattern& p, double elapsed_ms) {
  BreathState b;
  Spot s;
  if (!Locate(p, elapsed_ms, s)) return b;
  const BreathPhase& ph = p.phases[s.phase];
  b.phase = s.phase;
  b.kind = ph.kind;
  b.cue = ph.cue;
  b.progress = std::clamp((s.t - s.start) / (s.end - s.start), 0.0, 1.0);
  b.seconds_left = std::max(1, static_cast<int>(std::ceil((s.end - s.t) / 1000)));
  b.cycle = s.cycles < 2e9 ? static_cast<int>(s.cycles) + 1 : 2000000000;
  // The shape starts where the previous phase left it (the last one's level for the first phase).
  size_t prev = s.phase > 0 ? s.phase - 1 : p.phases.size() - 1;
  double from = std::clamp(p.phases[prev].level, 0.0, 1.0);
  double to = ph.kind == BreathKind::Hold ? from : std::clamp(ph.level, 0.0, 1.0);
  double ease = 0.5 - 0.5 * std::cos(b.progress * 3.14159265358979323846);  // slow at both ends
  b.scale = std::clamp(from + (to - from) * ease, 0.0, 1.0);
  return b;
}

double NextPhaseChangeMs(const BreathPattern& p, double elapsed_ms) {
  Spot s;
  if (!Locate(p, elapsed_ms, s)) return 0;
  return s.base + s.end;
}

double NextCountChangeMs(const BreathPattern& p, double elapsed_ms) {
  Spot s;
  if (!Locate(p, elapsed_ms, s)) return 0;
  double shown = std::ceil((s.end - s.t) / 1000);  // seconds_left now
  return s.base + s.end - std::max(0.0, shown - 1) * 1000;
}

// ---- pulse check ----------------------------------------------------------------------------

// The limits follow John Gottman's work on "flooding" in couples' conflicts, where a pulse over 100 a
// minute marks it (Gottman & Silver 1999; Gottman & Levenson 1992; full references in chapter 7's
// sources). 80 for very fit people is how counselors who teach Gottman's method put it; we found it in
// no primary source we could check. With a known resting pulse the limit is ten beats a minute above it,
// as Goleman (1995) sums up Gottman's advice: more than about ten beats above your calm pulse.
PulseResult AssessPulse(int count_in_15s, int resting_bpm, bool very_fit) {
  PulseResult r;
  if (count_in_15s < kPulseMinCount || count_in_15s > kPulseMaxCount) {
    r.message = "That count looks off. Count the beats for 15 seconds and enter a number from 5 to 80.";
    return r;
  }
  r.valid = true;
  r.bpm = count_in_15s * 4;
  if (IsValidRestingBpm(resting_bpm)) r.limit_bpm = resting_bpm + kAboveRestingBpm;
  else r.limit_bpm = very_fit ? 80 : 100;
  r.high = r.bpm > r.limit_bpm;
  std::string bpm = std::to_string(r.bpm);
  if (r.high)
    r.message = "Your heart is still beating fast (" + bpm +
                " a minute). Your body needs more time to settle. It is fine to add a few minutes.";
  else
    r.message = "Your pulse is " + bpm + " a minute. Your body has settled. Go back when you feel ready.";
  return r;
}

// ---- formats --------------------------------------------------------------------------------

std::string FormatRemaining(double ms) {
  double secs = (std::isfinite(ms) && ms > 0) ? std::ceil(std::min(ms, 1e12) / 1000) : 0;
  long long total = static_cast<long long>(secs);
  long long h = total / 3600, m = total / 60 % 60, s = total % 60;
  char buf[48];
  if (h > 0) std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", h, m, s);
  else std::snprintf(buf, sizeof buf, "%lld:%02lld", m, s);
  return buf;
}

std::string FormatClockTime(int hour24, int minute, bool use_24h) {
  int h = ((hour24 % 24) + 24) % 24;
  int m = std::clamp(minute, 0, 59);
  char buf[16];
  if (use_24h) std::snprintf(buf, sizeof buf, "%02d:%02d", h, m);
  else std::snprintf(buf, sizeof buf, "%d:%02d %s", h % 12 == 0 ? 12 : h % 12, m, h < 12 ? "am" : "pm");
  return buf;
}

std::string ReturnLine(int hour24, int minute, bool use_24h) {
  return "I'll be back at " + FormatClockTime(hour24, minute, use_24h);
}

}  // namespace core
