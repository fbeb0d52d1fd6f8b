// The Repair toolkit screen: short phrases for the middle of a hard talk, drawn larger than body text
// with room around each, one group at a time (a row of group choices at the top, "Next" at the end),
// and the phrases marked as ours first. The phrases and sources come in the guide's file: until it is
// here the screen says "Loading this exercise…", and what was marked is kept meanwhile. No scores.
#include <string>

#include "core/exercises/ex_text.h"
#include "core/exercises/repair-toolkit.h"
#include "ui/app/ui.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/richtext.h"

namespace ui {

namespace {

constexpr const char* kId = "repair-toolkit";

// One phrase, large, in a card of its own.
void PhraseText(core::AppState& s, const std::string& text) {
  RichOptions o;
  o.font = GetFonts().h2;
  o.plain = true;
  RichText(s, text, o);
}

void DrawOurs(core::AppState& s, const core::RepairText& words) {
  core::RepairToolkitState& r = s.doc.ex.repair;
  std::vector<const core::RepairPhrase*> ours = core::OurPhrases(r, words);
  if (ours.empty()) return;
  Heading(s, "Our phrases", 2);
  ImGui::PushID("ours");
  for (const core::RepairPhrase* p : ours) {
    ImGui::PushID(p->id.c_str());
    Box card = BeginCard(s);
    PhraseText(s, p->text);
    bool remove = Button(s, "Remove", Kind::Quiet, 0, false, "Remove from our phrases: " + p->text);
    EndCard(s, card);
    Gap(s, 8);
    ImGui::PopID();
    if (remove && core::SetOurs(r, words, p->id, false)) {
      Changed(s);
      s.frame.out.alerts.announce = "Removed from our phrases.";
      break;  // the list changed under the loop
    }
  }
  ImGui::PopID();
  Gap(s, 6);
}

// The groups as a wrapping row of choices (one Tab stop; the arrow keys move inside it).
void DrawGroupChoice(core::AppState& s, const core::RepairText& words) {
  int& open = s.doc.ex.repair.group;
  ImGui::PushID("groups");
  float right = ImGui::GetCursorPosX() + ColumnWidth();
  BeginGroup(s, "Groups of phrases");
  for (int k = 0; k < static_cast<int>(words.groups.size()); ++k) {
    const char* label = words.groups[static_cast<size_t>(k)].title.c_str();
    if (k > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + ChipWidth(s, label) > right) ImGui::NewLine();
    }
    ImGui::PushID(k);
    bool pressed = ChipButton(s, label, open == k);
    ImGui::PopID();
    core::MirrorItem m;
    m.checked = open == k ? 1 : 0;
    ImGuiID id = Publish(s, core::Role::Radio, std::string("Show: ") + label, m);
    if (pressed || Activated(s, id)) open = k;
  }
  EndGroup(s);
  ImGui::PopID();
  Gap(s, 8);
}

void DrawGroup(core::AppState& s, const core::RepairText& words) {
  core::RepairToolkitState& r = s.doc.ex.repair;
  const core::RepairGroup& g = words.groups[static_cast<size_t>(r.group)];
  Heading(s, g.title, 2);
  for (const core::RepairPhrase& p : g.phrases) {
    ImGui::PushID(p.id.c_str());
    Box card = BeginCard(s);
    PhraseText(s, p.text);
    bool on = core::IsOurs(r, p.id);
    if (Checkbox(s, "One of ours", &on, "One of ours: " + p.text)) {
      if (core::SetOurs(r, words, p.id, on)) {
        // Choosing words of your own counts as trying the toolkit on the Progress screen (no score).
        if (on) core::MarkDone(s.doc.ex, kId, s.frame.in.now_ms, s.frame.in.utc_offset_min);
        Changed(s);
        s.frame.out.alerts.announce = on ? "Added to our phrases, at the top." : "Removed from our phrases.";
      } else if (on) {
        s.frame.out.alerts.announce = "You can keep " + std::to_string(core::kRepairOursMax) +
                                      " phrases as ours. Remove one first.";
      }
    }
    EndCard(s, card);
    Gap(s, 8);
    ImGui::PopID();
  }
  size_t next = (static_cast<size_t>(r.group) + 1) % words.groups.size();
  std::string label = "Next: " + words.groups[next].title;
  if (Button(s, label.c_str(), Kind::Secondary, ColumnWidth())) {
    r.group = static_cast<int>(next);
    RequestFocus(s, core::FocusItem(core::Role::Heading, words.groups[next].title));
  }
}

void DrawSources(core::AppState& s, const core::RepairText& words) {
  core::RepairToolkitState& r = s.doc.ex.repair;
  Heading(s, core::kRepairWhyHead, 2);
  Paragraph(s, "John Gottman and his colleagues call these small moves repair attempts. In a study of newly "
               "married couples, repairs made early in a hard talk calmed things best, most of all the ones "
               "that reach for closeness: a kind word, a shared laugh, owning your part. The six groups here "
               "follow Gottman\xE2\x80\x99s repair checklist. The words are our own.");
  if (Link(s, r.show_sources ? "Hide the sources" : "Sources")) r.show_sources = !r.show_sources;
  if (!r.show_sources) return;
  for (size_t i = 0; i < words.sources.size(); ++i) {
    ImGui::PushID(static_cast<int>(i) + 30000);
    RichOptions o;
    o.font = GetFonts().small;
    o.muted = true;
    o.prefix = "\xE2\x80\xA2";
    o.indent = 1.2f * Em();
    o.plain = true;
    RichText(s, words.sources[i], o);
    ImGui::PopID();
  }
}

}  // namespace

void DrawExRepairToolkit(core::AppState& s) {
  ExerciseHeader(s, kId);
  // Someone opens this in the middle of a hard talk: the phrases come first, right under the title
  // (on a phone the first one shows without scrolling); how to use them, the safety note and the
  // sources follow.
  const core::RepairText& words = s.guide.exercises.repair;
  if (GuideArrived(s, "this exercise") && !words.groups.empty()) {
    core::RepairToolkitState& r = s.doc.ex.repair;
    if (r.group < 0 || r.group >= static_cast<int>(words.groups.size())) r.group = 0;
    DrawOurs(s, words);
    DrawGroupChoice(s, words);
    DrawGroup(s, words);
    Gap(s, 12);
  }
  if (Link(s, "Too heated? Take a time-out", "#/timeout")) core::Go(s.nav, {core::Screen::Timeout});
  Paragraph(s, std::string(core::kRepairIntro) + " Pick one and say it out "
               "loud, or show this screen. Mark the ones that sound like the two of you as ours, and they "
               "will come first.");
  Gap(s, 8);
  SafetyNote(s, kId);
  if (s.guide.exercises.repair.groups.empty()) return;
  DrawSources(s, s.guide.exercises.repair);
}

}  // namespace ui
