// The Reflective listening screen: a scenario, its replies in a steady shuffled order, why the pick
// helps or not, a free-form "So what I'm hearing is…", and the practice so far (never a scolding).
// State changes go through core/ex_listening. The words come in the guide's file: until it is here the
// screen says "Loading this exercise…" (or why it failed, with Try again).
#include <string>
#include <vector>

#include "core/exercises/reflective-listening.h"
#include "ui/app/ui.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"

namespace ui {

namespace {

const char* kId = "reflective-listening";

std::string Letter(size_t pos) { return std::string(1, static_cast<char>('A' + pos)); }

void Pick(core::AppState& s, int reply) {
  core::ListeningState& l = s.doc.ex.listening;
  if (!core::RecordAnswer(l, reply, s.frame.in.now_ms)) return;
  const core::Scenario& sc = core::Scenarios()[static_cast<size_t>(l.current)];
  std::string said = std::string("You chose: ") + core::ReplyKindName(sc.replies[static_cast<size_t>(reply)].kind) + ".";
  if (!l.done_marked) {
    Done(s, kId);
    l.done_marked = true;
  } else {
    Changed(s);
  }
  s.frame.out.alerts.announce = said;  // the verdict is drawn below; a screen reader hears it now
}

void DrawVerdict(core::AppState& s, const core::Scenario& sc, const core::ScenarioText& words);

// The replies in their shuffled order; once one is picked, why it helps or not shows right under it.
void DrawReplies(core::AppState& s, const core::Scenario& sc, const core::ScenarioText& words) {
  core::ListeningState& l = s.doc.ex.listening;
  std::vector<int> order = core::ReplyOrder(static_cast<size_t>(l.current), l.seed);
  for (size_t pos = 0; pos < order.size(); ++pos) {
    const core::Reply& r = sc.replies[static_cast<size_t>(order[pos])];
    ImGui::PushID(static_cast<int>(pos));
    Box card = BeginCard(s);
    Paragraph(s, Letter(pos) + ". \"" + words.replies[static_cast<size_t>(order[pos])] + "\"");
    if (l.picked < 0) {
      std::string label = "Choose reply " + Letter(pos);
      if (Button(s, label.c_str(), Kind::Secondary, Narrow(s) ? ColumnWidth() : 0)) Pick(s, order[pos]);
    } else {
      std::string tag = core::ReplyKindName(r.kind);
      if (order[pos] == l.picked) tag = "Your pick · " + tag;
      Paragraph(s, tag, true);
    }
    EndCard(s, card);
    ImGui::PopID();
    Gap(s, 4);
    if (l.picked >= 0 && order[pos] == l.picked) {
      DrawVerdict(s, sc, words);
      Gap(s, 8);
    }
  }
}

void DrawVerdict(core::AppState& s, const core::Scenario& sc, const core::ScenarioText& words) {
  const core::ListeningState& l = s.doc.ex.listening;
  const core::Reply& picked = sc.replies[static_cast<size_t>(l.picked)];
  Box card = BeginCard(s);
  Heading(s, std::string("You chose: ") + core::ReplyKindName(picked.kind), 3);
  Paragraph(s, core::ReplyWhy(picked.kind));
  if (picked.kind != core::ReplyKind::Reflective) {
    for (size_t k = 0; k < sc.replies.size(); ++k) {
      if (sc.replies[k].kind != core::ReplyKind::Reflective) continue;
      Paragraph(s, std::string("The reply that reflects: \"") + words.replies[k] + "\"");
      Paragraph(s, core::ReplyWhy(sc.replies[k].kind), true);
    }
  }
  EndCard(s, card);
}

void DrawOwnWords(core::AppState& s, const core::Scenario& sc) {
  core::ListeningState& l = s.doc.ex.listening;
  Heading(s, core::kListeningOwnHeading, 2);
  Paragraph(s, core::kListeningOwnLine, true);
  if (TextField(s, core::kListeningAskOwn, l.draft, true, ImGui::GetTextLineHeight() * 3)) Changed(s);
  if (Button(s, "Save my reflection", Kind::Secondary, Narrow(s) ? ColumnWidth() : 0)) {
    if (core::SaveReflection(l)) {
      Changed(s);
      s.frame.out.alerts.announce = "Saved.";
    } else {
      s.frame.out.alerts.announce = "Write a few words first.";
    }
  }
  if (const core::Reflection* r = core::FindReflection(l, sc.id)) Paragraph(s, "Kept: " + r->text, true);
}

void DrawScore(core::AppState& s) {
  core::ListeningScore sc = core::Score(s.doc.ex.listening);
  Heading(s, "Your practice so far", 2);
  if (sc.answers == 0) {
    Paragraph(s, "Your answers will show here. There is no pass or fail: each pick teaches something.", true);
    return;
  }
  int total = static_cast<int>(core::Scenarios().size());
  Paragraph(s, "You have answered " + std::to_string(sc.answers) + (sc.answers == 1 ? " time" : " times") +
                   ", across " + std::to_string(sc.scenarios_tried) + " of " + std::to_string(total) +
                   " scenarios. You picked the reflecting reply " + std::to_string(sc.reflective) + " of those times.");
  Paragraph(s, "In your last " + std::to_string(sc.recent) + ": " + std::to_string(sc.recent_reflective) +
                   " reflecting. Wanting to fix or reassure comes from caring; noticing the pull is the skill.",
            true);
  // Per scenario: the latest pick.
  const auto& all = core::Scenarios();
  for (size_t i = 0; i < all.size(); ++i) {
    const core::ListeningAnswer* a = core::LastAnswer(s.doc.ex.listening, all[i].id);
    if (!a) continue;
    ImGui::PushID(static_cast<int>(i));
    Paragraph(s, "Scenario " + std::to_string(i + 1) + ", latest pick: " +
                     core::ReplyKindName(all[i].replies[static_cast<size_t>(a->reply)].kind),
              !a->reflective);
    ImGui::PopID();
  }
}

}  // namespace

void DrawExListening(core::AppState& s) {
  core::ListeningState& l = s.doc.ex.listening;
  ExerciseHeader(s, kId);
  if (l.seed == 0) {
    core::EnsureSeed(l, s.frame.in.now_ms);
    Changed(s);
  }
  const auto& all = core::Scenarios();
  if (l.current < 0 || l.current >= static_cast<int>(all.size())) l.current = 0;
  const core::Scenario& sc = all[static_cast<size_t>(l.current)];
  Paragraph(s, core::kListeningIntro, true);
  Heading(s, "Scenario " + std::to_string(l.current + 1) + " of " + std::to_string(all.size()), 2);
  const auto& texts = s.guide.exercises.listening;
  if (!GuideArrived(s, "this exercise") || static_cast<size_t>(l.current) >= texts.size()) {
    Gap(s, 12);
    DrawScore(s);  // saved answers are kept and counted meanwhile
    return;
  }
  const core::ScenarioText& words = texts[static_cast<size_t>(l.current)];
  Paragraph(s, core::kListeningSays, true);
  Paragraph(s, std::string("\"") + words.says + "\"");
  Gap(s, 6);
  DrawReplies(s, sc, words);
  Gap(s, 6);
  if (Button(s, "Next scenario", l.picked >= 0 ? Kind::Primary : Kind::Secondary, Narrow(s) ? ColumnWidth() : 0)) {
    core::NextScenario(l);
    Changed(s);
  }
  Gap(s, 12);
  DrawOwnWords(s, sc);
  Gap(s, 12);
  DrawScore(s);
  Gap(s, 12);
  if (Link(s, "Read more: listening in the guide", "#/guide/talking-close/active-listening"))
    core::Go(s.nav, {core::Screen::Chapter, "talking-close", "active-listening"});
}

}  // namespace ui
