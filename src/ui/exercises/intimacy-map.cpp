// The Intimacy map screen: choose alone or two people on this device, rate the five kinds, hand the
// device over (the first answers are covered), then the reveal: radar charts (drawn, and given in
// words), the biggest gaps with where to find help, change since last time, and past maps.
// Every change goes through core/ex_map.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/base/calendar.h"
#include "core/base/jsonread.h"
#include "core/exercises/intimacy-map.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"
#define IMGUI_DEFINE_MATH_OPERATORS
#include "imgui_internal.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/theme.h"

namespace ui {

namespace {

// One line on the radar chart.
struct Series {
  std::string name;     // in the legend and the words for screen readers
  const int* values;    // kMapKinds ratings, 1..5
  core::Rgb color;
  bool dashed = false;  // a pattern as well as a colour: solid vs dashed
  int marker = 0;       // 0 circles, 1 squares, 2 none
  bool fill = false;    // a light fill under the line
};

void DashedPath(ImDrawList* dl, const ImVec2* pts, int n, ImU32 col, float thick, float dash) {
  for (int i = 0; i < n; ++i) {
    ImVec2 a = pts[i], b = pts[(i + 1) % n];
    float len = std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y));
    for (float t = 0; t < len; t += dash * 2) {
      float t1 = std::min(len, t + dash);
      dl->AddLine(ImVec2(a.x + (b.x - a.x) * t / len, a.y + (b.y - a.y) * t / len),
                  ImVec2(a.x + (b.x - a.x) * t1 / len, a.y + (b.y - a.y) * t1 / len), col, thick);
    }
  }
}

void Marker(ImDrawList* dl, ImVec2 c, int kind, ImU32 col, float r) {
  if (kind == 0) dl->AddCircleFilled(c, r, col, 12);
  else if (kind == 1) dl->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), col);
}

ImVec2 Spoke(ImVec2 c, int k, float r) {
  float a = -IM_PI * 0.5f + k * 2.0f * IM_PI / core::kMapKinds;
  return ImVec2(c.x + std::cos(a) * r, c.y + std::sin(a) * r);
}

// A five-axis radar chart with labeled axes, `width` device px wide. In the mirror it is one text
// item that says every number.
void Radar(core::AppState& s, const std::string& title, const std::vector<Series>& series, float width) {
  const core::Palette& p = Pal(s);
  float d = Px(s);
  ImFont* f = GetFonts().small;
  float label_w = 0;
  for (int k = 0; k < core::kMapKinds; ++k)
    label_w = std::max(label_w, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, core::MapKindName(k)).x);
  float r = std::min(120.0f * d, width * 0.5f - label_w - 8.0f * d);
  r = std::max(r, 40.0f * d);
  float h = 2 * r + 2.6f * f->FontSize + 8.0f * d;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, h));
  std::string words = "Chart: " + title + ".";
  for (const Series& se : series) {
    words += " " + se.name + ":";
    for (int k = 0; k < core::kMapKinds; ++k)
      words += std::string(k ? ", " : " ") + core::MapKindName(k) + " " + std::to_string(se.values[k]);
    words += ".";
  }
  core::MirrorItem m;
  Publish(s, core::Role::Text, words, m);
  if (!ImGui::IsItemVisible()) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 c(pos.x + width * 0.5f, pos.y + 1.3f * f->FontSize + 4.0f * d + r);
  for (int level = 1; level <= 5; ++level) {  // the grid: one ring per point on the scale
    ImVec2 ring[core::kMapKinds];
    for (int k = 0; k < core::kMapKinds; ++k) ring[k] = Spoke(c, k, r * level / 5.0f);
    dl->AddPolyline(ring, core::kMapKinds, Col(p.border, level == 5 ? 0.9f : 0.45f), ImDrawFlags_Closed, 1.0f * d);
  }
  for (int k = 0; k < core::kMapKinds; ++k) {
    ImVec2 end = Spoke(c, k, r);
    dl->AddLine(c, end, Col(p.border, 0.6f), 1.0f * d);
    const char* name = core::MapKindName(k);
    ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, name);
    ImVec2 at = Spoke(c, k, r + 6.0f * d);
    float dx = at.x - c.x;
    float x = std::fabs(dx) < 2 * d ? at.x - ts.x * 0.5f : dx > 0 ? at.x : at.x - ts.x;
    float y = k == 0 ? at.y - ts.y : at.y - ts.y * 0.5f + (k == 2 || k == 3 ? ts.y * 0.4f : 0);
    dl->AddText(f, f->FontSize, ImVec2(x, y), Col(p.text), name);
  }
  for (int lv : {1, 5}) {  // the scale, on the first axis
    std::string n = std::to_string(lv);
    ImVec2 at = Spoke(c, 0, r * lv / 5.0f);
    dl->AddText(f, f->FontSize, ImVec2(at.x + 12 * d, at.y - f->FontSize * (lv == 5 ? 0.1f : 0.5f)), Col(p.muted), n.c_str());
  }
  for (const Series& se : series) {
    ImVec2 pts[core::kMapKinds];
    for (int k = 0; k < core::kMapKinds; ++k) pts[k] = Spoke(c, k, r * std::clamp(se.values[k], 0, 5) / 5.0f);
    if (se.fill) dl->AddConvexPolyFilled(pts, core::kMapKinds, Col(se.color, 0.14f));
    if (se.dashed) DashedPath(dl, pts, core::kMapKinds, Col(se.color), 2.5f * d, 6.0f * d);
    else dl->AddPolyline(pts, core::kMapKinds, Col(se.color), ImDrawFlags_Closed, 2.5f * d);
    for (const ImVec2& pt : pts) Marker(dl, pt, se.marker, Col(se.color), 4.0f * d);
  }
}

// The key under a chart: a sample of each line (colour, pattern, marker) and its name.
void Legend(core::AppState& s, const std::vector<Series>& series) {
  float d = Px(s);
  for (const Series& se : series) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float lh = ImGui::GetTextLineHeight();
    ImGui::Dummy(ImVec2(36 * d, lh));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 pts[2] = {ImVec2(pos.x, pos.y + lh * 0.5f), ImVec2(pos.x + 30 * d, pos.y + lh * 0.5f)};
    if (se.dashed) {
      for (float x = 0; x < 30 * d; x += 12 * d)
        dl->AddLine(ImVec2(pos.x + x, pts[0].y), ImVec2(pos.x + std::min(30 * d, x + 6 * d), pts[0].y), Col(se.color),
                    2.5f * d);
    } else {
      dl->AddLine(pts[0], pts[1], Col(se.color), 2.5f * d);
    }
    Marker(dl, ImVec2(pos.x + 15 * d, pts[0].y), se.marker, Col(se.color), 4.0f * d);
    ImGui::SameLine();
    ImGui::TextUnformatted(se.name.c_str());
  }
}

void DrawSetup(core::AppState& s) {
  core::IntimacyMapState& m = s.doc.ex.map;
  Paragraph(s, core::kMapIntro);
  int who = m.two ? 1 : 0;
  if (Choice(s, "Who is taking part?", &who, {"Just me", "Two of us, on this device"})) {
    m.two = who == 1;
    Changed(s);
  }
  if (m.two)
    Paragraph(s, "One of you answers first. Then the answers are covered and the device goes to the other person. "
                 "You see both maps together at the end. Nothing leaves this device.", true);
  Gap(s, 4);
  bool edited = TextField(s, m.two ? "First person's name (optional)" : "Your first name (optional)", m.draft_a.name);
  if (m.two) edited |= TextField(s, "Second person's name (optional)", m.draft_b.name);
  if (edited) {
    for (std::string* n : {&m.draft_a.name, &m.draft_b.name}) *n = core::jr::CutUtf8(*n, core::kMapNameMax);
    Changed(s);
  }
  Gap(s, 6);
  if (Button(s, "Start the map", Kind::Primary, ColumnWidth())) {
    core::MapStart(m, m.two, m.draft_a.name, m.draft_b.name);
    Changed(s);
  }
}

// Leaves a map half done without keeping it (the names stay for next time), after asking.
void StartOver(core::AppState& s) {
  core::IntimacyMapState& m = s.doc.ex.map;
  DiscardText t;
  t.action = "Start over without saving";
  t.question = m.stage == core::MapStage::AnswerA ? "Start over? The answers given so far will be lost."
                                                  : "Start over? Everyone's answers so far will be lost.";
  t.yes = "Yes, start over";
  t.keep = "Keep the answers";
  switch (AskBeforeDiscard(s, m.asking_start_over, t)) {
    case Discard::Ask: m.asking_start_over = true; break;
    case Discard::Keep: m.asking_start_over = false; break;
    case Discard::Confirm:
      core::MapNew(m);
      Changed(s);
      s.frame.out.alerts.announce = "Started over.";
      break;
    case Discard::None: break;
  }
}

void DrawAnswers(core::AppState& s, int person) {
  core::IntimacyMapState& m = s.doc.ex.map;
  core::MapResult names;  // only for the names
  names.two = m.two;
  names.a = m.draft_a;
  names.b = m.draft_b;
  const core::MapAnswers& a = person == 0 ? m.draft_a : m.draft_b;
  Heading(s, m.two ? core::MapPersonName(names, person) + "'s answers" : "Your answers", 2);
  Paragraph(s, core::kMapRateLine, true);
  for (int k = 0; k < core::kMapKinds; ++k) {
    ImGui::PushID(k);
    Box card = BeginCard(s);
    Heading(s, core::MapKindName(k), 3);
    Paragraph(s, core::MapKindExample(k), true);
    std::string kind = core::MapKindName(k);
    int now = a.now[k], matters = a.matters[k];
    if (RatingScale(s, (kind + ": " + core::kMapAskNow).c_str(), &now, 1, 5, core::kMapNowLow, core::kMapNowHigh)) {
      core::MapRate(m, false, k, now);
      Changed(s);
    }
    if (RatingScale(s, (kind + ": " + core::kMapAskMatters).c_str(), &matters, 1, 5, core::kMapMattersLow,
                    core::kMapMattersHigh)) {
      core::MapRate(m, true, k, matters);
      Changed(s);
    }
    EndCard(s, card);
    Gap(s, 8);
    ImGui::PopID();
  }
  int n = core::MapAnswered(a);
  bool complete = core::MapComplete(a);
  if (!complete) Paragraph(s, std::to_string(n) + " of 10 answered.", true);
  const char* label = !m.two ? "See my map" : person == 0 ? "Done: cover my answers" : "Show both maps";
  if (Button(s, label, Kind::Primary, ColumnWidth(), !complete) && core::MapNext(m, s.frame.in.now_ms, s.frame.in.utc_offset_min)) {
    Changed(s);
    s.nav.scroll_top = true;  // the reveal (or the hand-over) starts at the top, not where the button was
    if (m.stage == core::MapStage::Result) Done(s, "intimacy-map");
    else s.frame.out.alerts.announce = "Your answers are covered.";
  }
  StartOver(s);
}

void DrawCharts(core::AppState& s, const core::MapResult& r, const core::MapResult* prev) {
  const core::Palette& p = Pal(s);
  if (!r.two) {
    std::vector<Series> one = {{"How close I feel now", r.a.now, p.accent, false, 0, true},
                               {"How much it matters to me", r.a.matters, p.research, true, 1, false}};
    if (prev) one.push_back({"Closeness last time", prev->a.now, p.muted, true, 2, false});
    Radar(s, "your map", one, ColumnWidth());
    Legend(s, one);
    return;
  }
  std::string a = core::MapPersonName(r, 0), b = core::MapPersonName(r, 1);
  std::vector<Series> now = {{a, r.a.now, p.accent, false, 0, true}, {b, r.b.now, p.research, true, 1, false}};
  std::vector<Series> mat = {{a, r.a.matters, p.accent, false, 0, true}, {b, r.b.matters, p.research, true, 1, false}};
  bool wide = !Narrow(s);
  float gap = 16.0f * Px(s);
  float w = wide ? (ColumnWidth() - gap) * 0.5f : ColumnWidth();
  Legend(s, now);  // above the charts: on a phone the second chart is a screen further down
  Gap(s, 4);
  ImGui::BeginGroup();
  Heading(s, "How close you feel now", 3);
  Radar(s, "how close you feel now", now, w);
  ImGui::EndGroup();
  if (wide) ImGui::SameLine(0, gap);
  ImGui::BeginGroup();
  Heading(s, "How much each kind matters", 3);
  Radar(s, "how much each kind matters", mat, w);
  ImGui::EndGroup();
}

void DrawGaps(core::AppState& s, const core::MapResult& r) {
  Heading(s, r.two ? "Gaps to talk about" : "Where you would like more", 2);
  std::vector<core::MapGap> gaps = core::MapGaps(r);
  if (gaps.empty()) {
    Paragraph(s, r.two ? "No big gaps this time: your maps are close. A good moment to say what is working."
                       : "No big gaps this time: closeness and what matters to you are close together.");
    return;
  }
  Paragraph(s, "These are not scores. They are good places to start a talk.", true);
  for (size_t i = 0; i < gaps.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    Box card = BeginCard(s);
    Heading(s, core::MapGapTitle(r, gaps[i]), 3);
    Paragraph(s, core::MapGapText(r, gaps[i]));
    std::string label = core::MapGapLinkLabel(gaps[i]);
    core::Route to;
    if (Link(s, label.c_str(), core::TargetToHref(core::MapGapTarget(gaps[i]))) && core::RouteFromTarget(core::MapGapTarget(gaps[i]), to)) core::Go(s.nav, to);
    EndCard(s, card);
    Gap(s, 8);
    ImGui::PopID();
  }
}

void DrawHistory(core::AppState& s, int shown) {
  core::IntimacyMapState& m = s.doc.ex.map;
  const int n = static_cast<int>(m.history.size());
  Heading(s, "Past maps", 2);
  for (int i = n - 1; i >= 0 && i >= n - 12; --i) {
    const core::MapResult& r = m.history[i];
    std::string who = r.two ? core::MapPersonName(r, 0) + " and " + core::MapPersonName(r, 1) : core::MapPersonName(r, 0);
    std::string label = "Map " + std::to_string(i + 1) + ", " + core::ShortDayLabel(r.day) + " " +
                        std::to_string(core::DayToYmd(r.day).y) + ": " + who;
    ImGui::PushID(i);
    if (i == shown) Paragraph(s, label + " (shown above)", true);
    else if (Link(s, label.c_str())) core::MapView(m, i);
    ImGui::PopID();
  }
}

void DrawResult(core::AppState& s) {
  core::IntimacyMapState& m = s.doc.ex.map;
  const int n = static_cast<int>(m.history.size());
  int idx = m.viewing >= 0 && m.viewing < n ? m.viewing : n - 1;
  const core::MapResult& r = m.history[idx];
  int prev_i = core::MapPrevious(m, idx);
  const core::MapResult* prev = prev_i >= 0 ? &m.history[prev_i] : nullptr;
  Heading(s, r.two ? "Your maps, side by side" : "Your map", 2);
  Paragraph(s, core::DayLabel(r.day), true);
  DrawCharts(s, r, prev);
  Gap(s, 4);
  for (int k = 0; k < core::kMapKinds; ++k) {  // the same numbers in words
    std::string line = std::string(core::MapKindName(k)) + ": ";
    for (int p = 0; p < (r.two ? 2 : 1); ++p) {
      const core::MapAnswers& x = p == 0 ? r.a : r.b;
      if (p) line += " · ";
      if (r.two) line += core::MapPersonName(r, p) + " ";
      line += "close " + std::to_string(x.now[k]) + ", matters " + std::to_string(x.matters[k]);
    }
    Paragraph(s, line);
  }
  Gap(s, 8);
  DrawGaps(s, r);
  if (prev) {
    Heading(s, "Since " + core::ShortDayLabel(prev->day) + " " + std::to_string(core::DayToYmd(prev->day).y), 2);
    std::vector<core::MapChange> ch = core::MapChanges(*prev, r);
    if (ch.empty()) Paragraph(s, "How close you feel has stayed the same in every kind.");
    for (const core::MapChange& c : ch) Paragraph(s, core::MapChangeText(r, c));
  }
  Gap(s, 8);
  if (Button(s, "Start a new map", Kind::Primary, ColumnWidth())) {
    core::MapNew(m);
    Changed(s);
  }
  Gap(s, 8);
  DrawHistory(s, idx);
}

}  // namespace

void DrawExIntimacyMap(core::AppState& s) {
  ExerciseHeader(s, "intimacy-map");
  core::IntimacyMapState& m = s.doc.ex.map;
  core::MapResult names;
  names.two = m.two;
  names.a = m.draft_a;
  names.b = m.draft_b;
  switch (m.stage) {
    case core::MapStage::Setup: DrawSetup(s); break;
    case core::MapStage::AnswerA: DrawAnswers(s, 0); break;
    case core::MapStage::Handover:
      if (Handover(s, core::MapPersonName(names, 0), core::MapPersonName(names, 1)) && core::MapShowSecond(m)) Changed(s);
      StartOver(s);
      break;
    case core::MapStage::AnswerB: DrawAnswers(s, 1); break;
    case core::MapStage::Result:
      if (m.history.empty()) core::MapNew(m);
      else DrawResult(s);
      break;
  }
  if (m.stage == core::MapStage::Setup && !m.history.empty()) {
    Gap(s, 10);
    DrawHistory(s, -1);
  }
}

}  // namespace ui
