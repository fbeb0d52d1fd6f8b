// The Our ground rules screen: pick rules, add your own, agree the time-out (signal, hand sign,
// length, who checks back in), both confirm by name, then print or save the agreement. Every
// change goes through core/ex_rules; confirming hands the signal and length to the time-out.
#include <string>

#include "core/app/nav.h"
#include "core/exercises/ground-rules.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"
#include "ui/widgets/richtext.h"

namespace ui {

namespace {


std::string Minutes(int m) { return core::BreakLengthText(m); }

void DrawStatus(core::AppState& s) {
  const core::GroundRulesState& r = s.doc.ex.rules;
  Box card = BeginCard(s);
  if (core::IsConfirmed(r)) {
    Paragraph(s, "Agreed by " + core::CleanNameA(r) + " and " + core::CleanNameB(r) + ". Your time-out uses \u201c" +
                     core::AgreedSignal(r) + "\u201d.");
  } else if (!r.agreed_line.empty()) {
    Paragraph(s, "You changed your rules since you last agreed, so both of you confirm again at the end.");
  } else {
    Paragraph(s, "Talk these through on a calm day, not in the middle of a fight. When you are done, both of you "
                 "confirm at the end.");
  }
  EndCard(s, card);
  Gap(s, 8);
}

void DrawChosen(core::AppState& s) {
  core::GroundRulesState& r = s.doc.ex.rules;
  Heading(s, core::kRulesHeadChoose, 2);
  Paragraph(s, core::kRulesChooseLine, true);
  const auto& list = core::SuggestedRules();
  for (size_t i = 0; i < list.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    bool on = core::IsChosen(r, list[i].id);
    if (Checkbox(s, list[i].title, &on) && core::SetRuleChosen(r, list[i].id, on)) Changed(s);
    CheckboxDetail(s, list[i].detail);
    Gap(s, 2);
    ImGui::PopID();
  }
  if (Link(s, "Why ground rules help (the guide)", core::TargetToHref("chapter:conflict#ground-rules"))) {
    core::Route to;
    if (core::RouteFromTarget("chapter:conflict#ground-rules", to)) core::Go(s.nav, to);
  }
}

void DrawOwn(core::AppState& s) {
  core::GroundRulesState& r = s.doc.ex.rules;
  Heading(s, core::kRulesHeadOwn, 2);
  for (size_t i = 0; i < r.own.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    Paragraph(s, "\u2022 " + r.own[i]);
    DiscardText t;
    t.action = "Remove";
    t.action_name = "Remove the rule: " + r.own[i];
    t.question = "Remove this rule? If you both agreed to the rules, you will need to agree again.";
    t.yes = "Yes, remove";
    t.yes_name = "Yes, remove the rule: " + r.own[i];
    t.keep = "Keep it";
    t.keep_name = "Keep the rule: " + r.own[i];
    Discard d = AskBeforeDiscard(s, r.confirm_remove == static_cast<int>(i), t);
    if (d == Discard::Ask) r.confirm_remove = static_cast<int>(i);
    if (d == Discard::Keep) r.confirm_remove = -1;
    if (d == Discard::Confirm && core::RemoveOwnRule(r, i)) {
      r.confirm_remove = -1;
      Changed(s);
      ImGui::PopID();
      break;
    }
    ImGui::PopID();
  }
  if (TextField(s, core::kRulesAskOwn, r.own_draft)) Changed(s);
  bool full = r.own.size() >= core::kOwnRulesMax;
  if (Button(s, "Add this rule", Kind::Secondary, 0, full) && core::AddOwnRule(r, r.own_draft)) {
    r.own_draft.clear();
    Changed(s);
    s.frame.out.alerts.announce = "Rule added.";
  }
}

void DrawLength(core::AppState& s) {
  core::GroundRulesState& r = s.doc.ex.rules;
  Paragraph(s, std::string(core::kRulesAskLength) + ":");
  bool preset = false;
  BeginGroup(s, core::kRulesAskLength);
  for (int m : core::kTimeoutPresets) {
    std::string name = "A break of " + Minutes(m);
    preset |= r.break_minutes == m;
    if (Radio(s, name.c_str(), r.break_minutes == m) && core::SetBreakMinutes(r, m)) Changed(s);
  }
  EndGroup(s);
  if (Button(s, "Shorter", Kind::Secondary, 0, r.break_minutes <= core::kTimeoutMinMinutes, "A shorter break") &&
      core::SetBreakMinutes(r, r.break_minutes - 5))
    Changed(s);
  ImGui::SameLine();
  if (Button(s, "Longer", Kind::Secondary, 0, r.break_minutes >= core::kTimeoutMaxMinutes, "A longer break") &&
      core::SetBreakMinutes(r, r.break_minutes + 5))
    Changed(s);
  if (!preset) Paragraph(s, "Our break: " + Minutes(r.break_minutes) + ".", true);
  if (core::ShortLengthNote(r.break_minutes))
    Paragraph(s, "A body that is flooded with upset takes about twenty minutes to settle. A shorter break may leave "
                 "you still on edge.", true);
}

void DrawTimeoutPart(core::AppState& s) {
  core::GroundRulesState& r = s.doc.ex.rules;
  Heading(s, core::kRulesHeadTimeout, 2);
  Paragraph(s, core::kRulesTimeoutLine, true);
  std::string text = r.signal;
  if (TextField(s, core::kRulesAskSignal, text) && core::SetSignal(r, text)) Changed(s);
  text = r.hand_sign;
  if (TextField(s, core::kRulesAskHandSign, text) && core::SetHandSign(r, text)) Changed(s);
  Gap(s, 4);
  DrawLength(s);
  Gap(s, 4);
  int who = static_cast<int>(r.who);
  std::vector<std::string> options;
  for (int i = 0; i < core::kCheckBackWhoCount; ++i) options.push_back(core::CheckBackWhoText(static_cast<core::CheckBackWho>(i)));
  if (Choice(s, core::kRulesAskWho, &who, options) &&
      core::SetCheckBackWho(r, static_cast<core::CheckBackWho>(who)))
    Changed(s);
  text = r.how;
  if (TextField(s, core::kRulesAskHow, text) && core::SetCheckBackHow(r, text)) Changed(s);
}

void DrawConfirm(core::AppState& s) {
  core::GroundRulesState& r = s.doc.ex.rules;
  Heading(s, core::kRulesHeadAgree, 2);
  std::string a = r.name_a, b = r.name_b;
  bool edited = TextField(s, core::kRulesAskNameA, a);
  edited |= TextField(s, core::kRulesAskNameB, b);
  if (edited && core::SetNames(r, a, b)) Changed(s);
  if (!core::CanConfirm(r)) {
    Paragraph(s, core::RuleCount(r) == 0 ? "Choose or write at least one rule first."
                                         : "Write both of your names (two different ones) to confirm.", true);
    return;
  }
  for (int who = 0; who < 2; ++who) {
    std::string name = who == 0 ? core::CleanNameA(r) : core::CleanNameB(r);
    bool done = (who == 0 ? r.confirmed_a_ms : r.confirmed_b_ms) > 0;
    ImGui::PushID(who);
    if (done) {
      Paragraph(s, name + " agrees.");
    } else if (Button(s, ("I'm " + name + " and I agree").c_str(), Kind::Primary, Narrow(s) ? ColumnWidth() : 0)) {
      bool complete = core::Confirm(r, who, s.frame.in.now_ms);
      if (complete) {
        core::ApplyToTimeout(r, s.doc.timeout.settings);
        Done(s, "ground-rules");
        s.frame.out.alerts.announce = "Agreed. Your time-out now says " + core::AgreedSignal(r) + ".";
      } else {
        Changed(s);
      }
    }
    ImGui::PopID();
  }
  if (core::IsConfirmed(r)) {
    Paragraph(s, "The time-out now starts with \u201c" + core::AgreedSignal(r) + "\u201d and lasts " +
                     Minutes(r.break_minutes) + ".");
    if (Link(s, "Open the time-out", "#/timeout")) core::Go(s.nav, {core::Screen::Timeout, "", ""});
  }
}

void DrawKeep(core::AppState& s) {
  Heading(s, "Keep a copy", 2);
  std::string text = core::GroundRulesText(s.doc.ex.rules, s.frame.in.utc_offset_min);
  size_t body = text.find("\n\n");  // the printed page has its own heading: skip the file's title line
  PrintButton(s, "Print our rules", "Our ground rules", body == std::string::npos ? text : text.substr(body + 2));
  if (!Narrow(s)) ImGui::SameLine();
  SaveFileButton(s, "Save as a text file", {"hearth-ground-rules.txt", "text/plain", text});
}

}  // namespace

void DrawExGroundRules(core::AppState& s) {
  ExerciseHeader(s, "ground-rules");
  SafetyNote(s, "ground-rules");
  if (Link(s, "Words to help mid-talk: the repair toolkit", "#/exercise/repair-toolkit"))
    core::Go(s.nav, {core::Screen::Exercise, "repair-toolkit", ""});
  Gap(s, 6);
  DrawStatus(s);
  DrawChosen(s);
  Gap(s, 10);
  DrawOwn(s);
  Gap(s, 10);
  DrawTimeoutPart(s);
  Gap(s, 10);
  DrawConfirm(s);
  Gap(s, 10);
  DrawKeep(s);
}

}  // namespace ui
