// Shared pieces of the exercise screens.
#include "ui/exercises/ex_common.h"

#include <algorithm>

#include "core/base/calendar.h"
#include "core/exercises/catalog.h"
#include "ui/app/ui.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/richtext.h"
#include "ui/widgets/theme.h"

namespace ui {

void ExerciseHeader(core::AppState& s, const char* exercise_id) {
  if (Link(s, "< All exercises", "#/exercises")) {
    // Came from the list: go back there (the app's own history shrinks, as the browser's Back would).
    const core::Route list{core::Screen::Exercises};
    if (!s.nav.back.empty() && s.nav.back.back() == list) core::GoBack(s.nav);
    else core::Go(s.nav, list);
  }
  Gap(s, 4);
  const core::ExerciseInfo* e = core::FindExercise(exercise_id);
  Heading(s, e ? e->title : "Exercise", 1);
  if (e) Paragraph(s, e->line, true);
  Gap(s, 6);
}

void HelpLinesToggle(core::AppState& s, const std::string& key, const char* open_label) {
  bool open = s.views.help_open_on == key;
  if (Link(s, open ? "Hide the help lines" : open_label)) {
    s.views.help_open_on = open ? "" : key;
    open = !open;
  }
  if (open) DrawHelpResources(s);
}

void SafetyNote(core::AppState& s, const char* exercise_id) {
  Paragraph(s, "Are you afraid of your partner, or is your partner afraid of you? Then these steps are not the "
               "right tool for now. You deserve real help, and it is free and private.",
            true);
  HelpLinesToggle(s, exercise_id, "Where to get help");
  Gap(s, 6);
}

void Changed(core::AppState& s) { core::MarkDirty(s.save, s.frame.in.now_ms); }

void Done(core::AppState& s, const char* exercise_id) {
  core::MarkDone(s.doc.ex, exercise_id, s.frame.in.now_ms, s.frame.in.utc_offset_min);
  Changed(s);
  s.frame.out.alerts.announce = "Saved.";
}

int Today(const core::AppState& s) { return core::LocalDay(s.frame.in.now_ms, s.frame.in.utc_offset_min); }

bool RatingScale(core::AppState& s, const char* label, int* v, int lo, int hi, const char* lo_word,
                 const char* hi_word) {
  const core::Palette& p = Pal(s);
  ImGui::PushID(label);
  ImGui::TextWrapped("%s", label);
  int n = hi - lo + 1;
  float gap = 6.0f * Dpr(s);
  float w = std::min(56.0f * Px(s), (ColumnWidth() - gap * (n - 1)) / n);
  bool changed = false;
  BeginGroup(s, label);
  for (int k = lo; k <= hi; ++k) {
    if (k > lo) ImGui::SameLine(0, gap);
    bool sel = *v == k;
    ImGui::PushStyleColor(ImGuiCol_Button, sel ? Vec(p.accent) : Vec(p.surface));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, sel ? Vec(p.accent_hi) : Vec(p.surface_hi));
    ImGui::PushStyleColor(ImGuiCol_Text, sel ? Vec(p.on_accent) : Vec(p.text));
    std::string num = std::to_string(k);
    ImGui::PushID(k);
    bool pressed = PointerPress(s, ImGui::Button(num.c_str(), ImVec2(w, std::max(44.0f * Dpr(s), ImGui::GetFrameHeight()))));
    ImGui::PopID();
    ImGui::PopStyleColor(3);
    std::string name = std::string(label) + ": " + num;
    if (k == lo && lo_word && *lo_word) name += " (" + std::string(lo_word) + ")";
    if (k == hi && hi_word && *hi_word) name += " (" + std::string(hi_word) + ")";
    core::MirrorItem m;
    m.checked = sel ? 1 : 0;
    ImGuiID id = Publish(s, core::Role::Radio, name, m);
    if ((pressed || Activated(s, id)) && *v != k) {
      *v = k;
      changed = true;
    }
  }
  EndGroup(s);
  if ((lo_word && *lo_word) || (hi_word && *hi_word)) {
    ImGui::PushStyleColor(ImGuiCol_Text, Vec(p.muted));
    float x0 = ImGui::GetCursorPosX();
    ImGui::TextUnformatted(lo_word ? lo_word : "");
    float row_w = w * n + gap * (n - 1);
    float hw = ImGui::CalcTextSize(hi_word ? hi_word : "").x;
    ImGui::SameLine(x0 + std::max(0.0f, row_w - hw));
    ImGui::TextUnformatted(hi_word ? hi_word : "");
    ImGui::PopStyleColor();
  }
  ImGui::PopID();
  Gap(s, 4);
  return changed;
}

bool Chips(core::AppState& s, const char* group, int* v, const std::vector<std::string>& options) {
  ImGui::PushID(group);
  ImGui::TextUnformatted(group);
  bool changed = false;
  float right = ImGui::GetCursorPosX() + ColumnWidth();
  BeginGroup(s, group);
  for (int k = -1; k < static_cast<int>(options.size()); ++k) {
    const std::string& label = k < 0 ? std::string("Any") : options[k];
    if (k >= 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + ChipWidth(s, label.c_str()) > right) ImGui::NewLine();
    }
    bool sel = *v == k;
    ImGui::PushID(k);
    bool pressed = ChipButton(s, label.c_str(), sel);
    ImGui::PopID();
    core::MirrorItem m;
    m.checked = sel ? 1 : 0;
    ImGuiID id = Publish(s, core::Role::Radio, std::string(group) + ": " + label, m);
    if ((pressed || Activated(s, id)) && !sel) {
      *v = k;
      changed = true;
    }
  }
  EndGroup(s);
  ImGui::PopID();
  Gap(s, 4);
  return changed;
}

void CheckboxDetail(core::AppState& s, const char* text) {
  RichOptions o;
  o.plain = true;
  o.muted = true;
  o.indent = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
  RichText(s, text, o);
}

bool Choice(core::AppState& s, const char* label, int* v, const std::vector<std::string>& options) {
  ImGui::PushID(label);
  if (label && *label) ImGui::TextWrapped("%s", label);
  bool changed = false;
  BeginGroup(s, label);
  for (size_t k = 0; k < options.size(); ++k) {
    ImGui::PushID(static_cast<int>(k));
    if (Radio(s, options[k].c_str(), *v == static_cast<int>(k)) && *v != static_cast<int>(k)) {
      *v = static_cast<int>(k);
      changed = true;
    }
    ImGui::PopID();
  }
  EndGroup(s);
  ImGui::PopID();
  return changed;
}

bool Handover(core::AppState& s, const std::string& first_name, const std::string& second_name) {
  Gap(s, 12);
  Heading(s, "Pass the device to " + second_name, 2);
  Paragraph(s, first_name + "'s answers are covered now. They will show again, side by side with " + second_name +
                   "'s, once you have both answered.");
  Gap(s, 6);
  std::string label = "I'm " + second_name + ", show my questions";
  return Button(s, label.c_str(), Kind::Primary, ColumnWidth());
}

DiscardText DeleteEntryText(const std::string& thing, const std::string& label) {
  DiscardText t;
  t.action = "Delete";
  t.action_name = "Delete the " + thing + " from " + label;
  t.question = "Delete this " + thing + "? This cannot be undone.";
  t.yes = "Yes, delete";
  t.yes_name = "Yes, delete the " + thing + " from " + label;
  t.keep = "Keep it";
  t.keep_name = "Keep the " + thing + " from " + label;
  return t;
}

Discard AskBeforeDiscard(core::AppState& s, bool asking, const DiscardText& t) {
  auto name = [](const std::string& label, const std::string& n) { return n.empty() ? label : n; };
  float w = Narrow(s) ? ColumnWidth() : 0;  // full width on a phone: an easy target, alone on its row
  Gap(s, 48);
  if (!asking) {
    if (Button(s, t.action.c_str(), Kind::Secondary, w, false, name(t.action, t.action_name))) {
      s.frame.out.alerts.announce = t.question;
      return Discard::Ask;
    }
    return Discard::None;
  }
  Paragraph(s, t.question);
  Discard out = Discard::None;
  if (Button(s, t.keep.c_str(), Kind::Primary, w, false, name(t.keep, t.keep_name))) out = Discard::Keep;
  Gap(s, 48);  // "yes" well below "keep": a second tap on the same spot cannot reach it
  if (Button(s, t.yes.c_str(), Kind::Secondary, w, false, name(t.yes, t.yes_name))) out = Discard::Confirm;
  return out;
}

void CopyButton(core::AppState& s, const char* label, const std::string& text) {
  if (Button(s, label)) {
    s.frame.out.outbox.copy_text = text;
    s.frame.out.alerts.announce = "Copied.";
  }
}

void SaveFileButton(core::AppState& s, const char* label, const core::FileOut& file) {
  if (Button(s, label)) {
    s.frame.out.outbox.downloads.push_back(file);
    s.frame.out.alerts.announce = "Saved " + file.name + ".";
  }
}

void PrintButton(core::AppState& s, const char* label, const std::string& title, const std::string& text) {
  if (Button(s, label)) {
    s.frame.out.outbox.print = core::TextPrintDoc(title, text);
  }
}

Box BeginCard(core::AppState& s) {
  Box b;
  b.Begin(s);
  return b;
}

void EndCard(core::AppState& s, Box& card) { card.End(s, Pal(s).surface, Pal(s).accent); }

}  // namespace ui
