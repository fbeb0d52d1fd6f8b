// The Interdependence check screen: twelve statements rated, then a summary that sets interdependence
// beside codependent patterns, the themes to look at, a note on professional help, and past checks.
// Every change goes through core/ex_interdep.
#include <algorithm>
#include <cmath>
#include <string>

#include "core/base/calendar.h"
#include "core/exercises/interdependence.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"
#include "ui/widgets/theme.h"

namespace ui {

namespace {

void GoTo(core::AppState& s, const char* target) {
  core::Route to;
  if (core::RouteFromTarget(target, to)) core::Go(s.nav, to);
}

std::string OneDecimal(double v) {
  int tenths = static_cast<int>(std::lround(v * 10));
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

std::string DateWords(int day) { return core::ShortDayLabel(day) + " " + std::to_string(core::DayToYmd(day).y); }

// A bar from 1 to 5, drawn; the same number is said in the text beside it.
void Bar(core::AppState& s, const std::string& words, double value, core::Rgb color) {
  const core::Palette& p = Pal(s);
  Paragraph(s, words);
  float d = Px(s), w = std::min(ColumnWidth(), 360.0f * d), h = 12.0f * d;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(w, h));
  if (!ImGui::IsItemVisible()) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), Col(p.surface_hi), h * 0.5f);
  float frac = static_cast<float>(std::clamp((value - 1.0) / 4.0, 0.0, 1.0));
  dl->AddRectFilled(pos, ImVec2(pos.x + std::max(h, w * frac), pos.y + h), Col(color), h * 0.5f);
  dl->AddRect(pos, ImVec2(pos.x + w, pos.y + h), Col(p.border), h * 0.5f, 0, 1.0f * Dpr(s));
}

void DrawQuestions(core::AppState& s) {
  core::InterdependenceState& st = s.doc.ex.interdep;
  Paragraph(s, core::kInterdepIntro);
  Paragraph(s, core::kInterdepRateLine, true);
  Gap(s, 4);
  const auto& items = core::InterdepItems();
  st.ratings.resize(items.size(), 0);
  int answered = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    int v = st.ratings[i];
    answered += v > 0;
    if (RatingScale(s, items[i].text, &v, 1, 5, core::kInterdepLow, core::kInterdepHigh)) {
      core::InterdepRate(st, static_cast<int>(i), v);
      Changed(s);
    }
    Gap(s, 6);
    ImGui::PopID();
  }
  bool complete = answered == static_cast<int>(items.size());
  if (!complete) Paragraph(s, std::to_string(answered) + " of " + std::to_string(items.size()) + " answered.", true);
  if (Button(s, "See my summary", Kind::Primary, ColumnWidth(), !complete) &&
      core::InterdepFinish(st, s.frame.in.now_ms, s.frame.in.utc_offset_min)) {
    Done(s, "interdependence");
  }
}

void DrawThemes(core::AppState& s, const core::InterdepScore& sc, const std::vector<int>& r) {
  Heading(s, "Themes to look at", 2);
  if (sc.pairs.empty()) {
    Paragraph(s, "No theme stands out this time.");
    return;
  }
  const auto& items = core::InterdepItems();
  auto rating = [&](const core::InterdepItem* it) { return it ? r[static_cast<size_t>(it - items.data())] : 0; };
  for (int pair : sc.pairs) {
    const core::InterdepItem* good = core::InterdepFind(pair, false);
    const core::InterdepItem* pat = core::InterdepFind(pair, true);
    ImGui::PushID(pair);
    Box card = BeginCard(s);
    Heading(s, core::InterdepTheme(pair), 3);
    Paragraph(s, std::string("Interdependence: \"") + good->text + "\" You said " + std::to_string(rating(good)) +
                     " of 5.");
    Paragraph(s, std::string("Codependent pattern: \"") + pat->text + "\" You said " + std::to_string(rating(pat)) +
                     " of 5.");
    EndCard(s, card);
    Gap(s, 8);
    ImGui::PopID();
  }
}

void DrawHelpNote(core::AppState& s) {
  Box card;
  card.Begin(s);
  Heading(s, core::kInterdepHelpHead, 3);
  Paragraph(s, core::kInterdepHelpText);
  if (Link(s, "Getting help and staying safe", core::TargetToHref("chapter:getting-help"))) GoTo(s, "chapter:getting-help");
  card.End(s, Pal(s).surface, Pal(s).safety);
}

void DrawSummary(core::AppState& s) {
  core::InterdependenceState& st = s.doc.ex.interdep;
  const int n = static_cast<int>(st.history.size());
  const core::InterdepCheck& c = st.history.back();
  core::InterdepScore sc = core::ScoreInterdep(c.ratings);
  Heading(s, sc.title, 2);
  Paragraph(s, core::DayLabel(c.day), true);
  Paragraph(s, sc.text);
  Gap(s, 4);
  Bar(s, "Interdependence side: " + OneDecimal(sc.balance) + " of 5", sc.balance, Pal(s).research);
  Bar(s, "Codependent-pattern side: " + OneDecimal(sc.pattern) + " of 5", sc.pattern, Pal(s).accent);
  Paragraph(s, "The first bar grows with interdependence, the second with codependent patterns. This is not a "
               "diagnosis, just a way to look at the balance.", true);
  if (n >= 2) {
    core::InterdepScore before = core::ScoreInterdep(st.history[n - 2].ratings);
    Paragraph(s, "On " + DateWords(st.history[n - 2].day) + " it was " + OneDecimal(before.balance) + " and " +
                     OneDecimal(before.pattern) + ".");
  }
  Gap(s, 8);
  DrawThemes(s, sc, c.ratings);
  if (Link(s, "How intimacy differs from codependency", core::TargetToHref("chapter:questions#codependency"))) GoTo(s, "chapter:questions#codependency");
  Gap(s, 8);
  DrawHelpNote(s);
  Gap(s, 8);
  if (Button(s, "Take the check again", Kind::Secondary, ColumnWidth())) {
    core::InterdepAgain(st);
    Changed(s);
  }
}

void DrawHistory(core::AppState& s) {
  const auto& h = s.doc.ex.interdep.history;
  if (h.empty()) return;
  Gap(s, 8);
  Heading(s, "Past checks", 2);
  int n = static_cast<int>(h.size());
  for (int i = n - 1; i >= 0 && i >= n - 12; --i) {
    core::InterdepScore sc = core::ScoreInterdep(h[i].ratings);
    ImGui::PushID(i);
    Paragraph(s, DateWords(h[i].day) + ": " + sc.title + " (interdependence " + OneDecimal(sc.balance) +
                     ", patterns " + OneDecimal(sc.pattern) + ").");
    ImGui::PopID();
  }
}

}  // namespace

void DrawExInterdependence(core::AppState& s) {
  ExerciseHeader(s, "interdependence");
  if (s.doc.ex.interdep.show_result && !s.doc.ex.interdep.history.empty()) DrawSummary(s);
  else DrawQuestions(s);
  DrawHistory(s);
}

}  // namespace ui
