// Getting closer in 45 minutes: the sets, turns, the gentle per-set timer, the closing notes, and JSON.
#include "core/exercises/closeness-session.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/base/text.h"
#include "core/exercises/ex_text.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

namespace {


std::string NameOr(const std::string& typed, const char* fallback) {
  std::string n = Trim(typed);
  return n.empty() ? fallback : jr::CutUtf8(n, kClosenessNameMax);
}

void BeginSet(ClosenessState& s, int set, double now_ms) {
  s.phase = ClosenessPhase::Sets;
  s.set = set;
  s.question = 0;
  s.paused = false;
  s.time_up = false;
  s.used_ms = 0;
  s.since_ms = now_ms;
}

}  // namespace

std::string ClosenessNameA(const ClosenessState& s) { return NameOr(s.name_a, kClosenessDefaultA); }
std::string ClosenessNameB(const ClosenessState& s) { return NameOr(s.name_b, kClosenessDefaultB); }

bool ClosenessAFirst(const ClosenessState& s, int set, int question) {
  return ((set * kClosenessPerSet + question) % 2 == 0) != s.b_first;
}
std::string ClosenessFirst(const ClosenessState& s) {
  return ClosenessAFirst(s, s.set, s.question) ? ClosenessNameA(s) : ClosenessNameB(s);
}
std::string ClosenessSecond(const ClosenessState& s) {
  return ClosenessAFirst(s, s.set, s.question) ? ClosenessNameB(s) : ClosenessNameA(s);
}

std::string ClosenessLearnedAsk(const std::string& who, const std::string& about) {
  return "What " + who + " learned about " + about;
}

double ClosenessSetMs() { return kClosenessSetSec * 1000.0; }

bool ClosenessRunning(const ClosenessState& s) {
  return s.phase == ClosenessPhase::Sets && !s.paused && !s.time_up;
}

double ClosenessElapsedMs(const ClosenessState& s, double now_ms) {
  if (s.phase != ClosenessPhase::Sets) return 0;
  if (s.time_up) return ClosenessSetMs();
  double e = s.used_ms;
  if (!s.paused && std::isfinite(now_ms)) e += std::max(0.0, now_ms - s.since_ms);
  return std::clamp(e, 0.0, ClosenessSetMs());
}
double ClosenessRemainingMs(const ClosenessState& s, double now_ms) {
  return ClosenessSetMs() - ClosenessElapsedMs(s, now_ms);
}

bool ClosenessStart(ClosenessState& s, double now_ms) {
  if (!std::isfinite(now_ms)) return false;
  if (s.phase != ClosenessPhase::Setup && s.phase != ClosenessPhase::Finished) return false;
  BeginSet(s, 0, now_ms);
  return true;
}

bool ClosenessPause(ClosenessState& s, double now_ms) {
  if (!ClosenessRunning(s) || !std::isfinite(now_ms)) return false;
  s.used_ms = ClosenessElapsedMs(s, now_ms);
  s.paused = true;
  return true;
}

bool ClosenessResume(ClosenessState& s, double now_ms) {
  if (s.phase != ClosenessPhase::Sets || !s.paused || !std::isfinite(now_ms)) return false;
  s.paused = false;
  s.since_ms = now_ms;
  return true;
}

bool ClosenessNextQuestion(ClosenessState& s) {
  if (s.phase != ClosenessPhase::Sets || s.question + 1 >= kClosenessPerSet) return false;
  ++s.question;
  return true;
}

bool ClosenessPrevQuestion(ClosenessState& s) {
  if (s.phase != ClosenessPhase::Sets || s.question <= 0) return false;
  --s.question;
  return true;
}

ClosenessPhase ClosenessNextSet(ClosenessState& s, double now_ms) {
  if (s.phase != ClosenessPhase::Sets || !std::isfinite(now_ms)) return s.phase;
  if (s.set + 1 < kClosenessSets) {
    BeginSet(s, s.set + 1, now_ms);
  } else {
    s.phase = ClosenessPhase::Closing;
    s.paused = false;
    s.time_up = false;
    s.used_ms = 0;
    s.since_ms = 0;
  }
  return s.phase;
}

bool ClosenessTick(ClosenessState& s, double now_ms) {
  if (!ClosenessRunning(s) || !std::isfinite(now_ms)) return false;
  if (now_ms < s.since_ms) s.since_ms = now_ms;  // the clock went back: keep the time left
  if (ClosenessElapsedMs(s, now_ms) < ClosenessSetMs()) return false;
  s.time_up = true;
  s.used_ms = ClosenessSetMs();
  return true;
}

double ClosenessNextChangeMs(const ClosenessState& s, double now_ms) {
  if (!ClosenessRunning(s) || !std::isfinite(now_ms)) return 0;
  double r = ClosenessRemainingMs(s, now_ms);
  if (r <= 0) return now_ms;
  double frac = std::fmod(r, 1000.0);
  if (frac <= 0) frac = 1000.0;
  return now_ms + frac;
}

bool ClosenessFinish(ClosenessState& s, double now_ms) {
  if (s.phase != ClosenessPhase::Closing) return false;
  std::string b = Trim(s.about_b), a = Trim(s.about_a);
  if (!a.empty() || !b.empty()) {
    s.notes.push_back({std::isfinite(now_ms) ? now_ms : 0, ClosenessNameA(s), ClosenessNameB(s), b, a});
    if (s.notes.size() > kClosenessNotesMax)
      s.notes.erase(s.notes.begin(), s.notes.begin() + static_cast<long>(s.notes.size() - kClosenessNotesMax));
  }
  s.about_a.clear();
  s.about_b.clear();
  s.phase = ClosenessPhase::Finished;
  return true;
}

void ClosenessReset(ClosenessState& s) {
  ClosenessState fresh;
  fresh.name_a = std::move(s.name_a);
  fresh.name_b = std::move(s.name_b);
  fresh.b_first = s.b_first;
  fresh.notes = std::move(s.notes);
  s = std::move(fresh);
}

namespace {
const char* const kPhases[] = {"setup", "sets", "closing", "finished"};
}

json ClosenessToJson(const ClosenessState& s) {
  json j = json::object();
  j["name_a"] = s.name_a;
  j["name_b"] = s.name_b;
  j["b_first"] = s.b_first;
  j["phase"] = kPhases[static_cast<int>(s.phase)];
  j["set"] = s.set;
  j["question"] = s.question;
  j["paused"] = s.paused;
  j["time_up"] = s.time_up;
  j["used_ms"] = s.used_ms;
  j["since_ms"] = s.since_ms;
  j["about_b"] = s.about_b;
  j["about_a"] = s.about_a;
  json notes = json::array();
  for (const auto& n : s.notes)
    notes.push_back({{"at", n.at_ms}, {"name_a", n.name_a}, {"name_b", n.name_b}, {"about_b", n.about_b}, {"about_a", n.about_a}});
  j["notes"] = std::move(notes);
  return j;
}

void ClosenessFromJson(const json& j, ClosenessState& out) {
  out = ClosenessState{};
  if (!j.is_object()) return;
  jr::String(j, "name_a", out.name_a, kClosenessNameMax * 2);
  jr::String(j, "name_b", out.name_b, kClosenessNameMax * 2);
  jr::Bool(j, "b_first", out.b_first);
  jr::String(j, "about_b", out.about_b, kClosenessNoteMax);
  jr::String(j, "about_a", out.about_a, kClosenessNoteMax);
  if (const json* notes = jr::Field(j, "notes"); notes && notes->is_array()) {
    for (const json& item : *notes) {
      ClosenessNote n;
      if (!jr::Time(item, "at", n.at_ms)) continue;
      jr::String(item, "name_a", n.name_a, kClosenessNameMax * 2);
      jr::String(item, "name_b", n.name_b, kClosenessNameMax * 2);
      jr::String(item, "about_b", n.about_b, kClosenessNoteMax);
      jr::String(item, "about_a", n.about_a, kClosenessNoteMax);
      if (n.about_a.empty() && n.about_b.empty()) continue;
      out.notes.push_back(std::move(n));
      if (out.notes.size() >= kClosenessNotesMax) break;
    }
  }
  std::string phase;
  jr::String(j, "phase", phase, 20);
  if (phase == "closing") out.phase = ClosenessPhase::Closing;
  else if (phase == "finished") out.phase = ClosenessPhase::Finished;
  else if (phase == "sets") {
    // A set in progress comes back only whole: its place and its timer.
    ClosenessState t = out;
    t.phase = ClosenessPhase::Sets;
    bool ok = jr::Int(j, "set", 0, kClosenessSets - 1, t.set) &&
              jr::Int(j, "question", 0, kClosenessPerSet - 1, t.question) &&
              jr::Number(j, "used_ms", 0, ClosenessSetMs(), t.used_ms);
    jr::Bool(j, "paused", t.paused);
    jr::Bool(j, "time_up", t.time_up);
    bool since = jr::Time(j, "since_ms", t.since_ms);  // needed only while the timer runs
    if (ok && !t.paused && !t.time_up) ok = since;
    if (ok) out = std::move(t);
  }
}

void ClosenessWorksheet(const ClosenessState& s, const ExerciseText& text, bool filled, PrintDoc& doc) {
  doc.Paragraph(kClosenessIntro);
  doc.Paragraph(kClosenessTurns + std::string(" Jot a word or two under each question if you like."));
  doc.Heading(kClosenessHeadWho);
  std::string a = ClosenessNameA(s), b = ClosenessNameB(s);
  doc.Answer(kClosenessAskNameA, Trim(s.name_a).empty() ? "" : a, 1);
  doc.Answer(kClosenessAskNameB, Trim(s.name_b).empty() ? "" : b, 1);
  doc.Answer(kClosenessAskFirst, s.b_first ? b : a, 1);
  const ClosenessText& words = text.closeness;
  if (!text.Ready() || words.sets.size() != static_cast<size_t>(kClosenessSets)) {
    doc.Paragraph(kPrintWordsLoading);
  } else {
    for (size_t k = 0; k < words.sets.size(); ++k) {
      const ClosenessSetText& set = words.sets[k];
      if (k > 0) doc.PageBreak();
      doc.Heading("Set " + std::to_string(k + 1) + " of " + std::to_string(kClosenessSets) + ": " + set.title);
      doc.Paragraph(set.line);
      for (const std::string& q : set.questions) doc.Answer(q, "", 3);
    }
  }
  // Filled: what each is writing now, else the newest session kept (with the names it had).
  doc.PageBreak();
  doc.Heading(kClosenessHeadLearned);
  doc.Paragraph("Take a few quiet minutes. Each of you writes one or two things you learned about the other today. "
                "Then read them out to each other.");
  std::string about_b = s.about_b, about_a = s.about_a;
  if (Trim(about_a).empty() && Trim(about_b).empty() && !s.notes.empty()) {
    const ClosenessNote& n = s.notes.back();
    a = n.name_a;
    b = n.name_b;
    about_b = n.about_b;
    about_a = n.about_a;
  }
  if (!filled) {  // a blank sheet names no one
    a = kClosenessDefaultA;
    b = kClosenessDefaultB;
  }
  doc.Answer(ClosenessLearnedAsk(a, b), about_b, 5);
  doc.Answer(ClosenessLearnedAsk(b, a), about_a, 5);
  if (!words.source.empty()) {
    doc.Heading(kClosenessSourceHead, 3);
    doc.Note("Source: " + words.source);
  }
}

}  // namespace core
