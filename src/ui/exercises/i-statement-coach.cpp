// The I-statement coach screen: check what you want to say (flagged words marked and explained),
// build an "I feel … when … because …, and I'd like …" sentence, copy it, and keep it in
// "things I want to say". State changes go through core/ex_coach. The coach's word lists come in the
// guide's file: until they are here the screen says "Loading this exercise…" (or why it failed, with
// Try again) instead of judging without them; the safety note and the saved sentences are there meanwhile.
#include <algorithm>
#include <string>
#include <vector>

#include "core/exercises/i-statement-coach-words.h"
#include "core/exercises/i-statement-coach.h"
#include "ui/app/ui.h"
#include "ui/exercises/ex_common.h"
#include "ui/exercises/exercise_screens.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/theme.h"

namespace ui {

namespace {

const char* kId = "i-statement-coach";

// The typed text as one line for screen readers, with the flagged parts in [brackets].
std::string MarkedForMirror(const std::string& text, const std::vector<char>& mark) {
  std::string out;
  bool in = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (mark[i] != in) out += mark[i] ? "[" : "]";
    in = mark[i];
    out += text[i] == '\n' ? ' ' : text[i];
  }
  if (in) out += "]";
  return out;
}

// Draws the typed text word-wrapped in the column, with flagged bytes on a highlight and underlined.
void DrawMarked(core::AppState& s, const std::string& text, const std::vector<core::Flag>& flags) {
  const core::Palette& p = Pal(s);
  std::vector<char> mark(text.size(), false);
  for (const core::Flag& f : flags)
    for (size_t i = f.begin; i < f.end && i < text.size(); ++i) mark[i] = true;
  ImFont* font = ImGui::GetFont();
  float fs = ImGui::GetFontSize(), line = ImGui::GetTextLineHeightWithSpacing(), w = ColumnWidth();
  ImVec2 o = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float x = 0, y = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') {
      x = 0, y += line, ++i;
      continue;
    }
    size_t e = i;  // a word and the spaces after it
    while (e < text.size() && text[e] != ' ' && text[e] != '\n') ++e;
    while (e < text.size() && text[e] == ' ') ++e;
    float ww = font->CalcTextSizeA(fs, FLT_MAX, 0, text.c_str() + i, text.c_str() + e).x;
    if (x > 0 && x + ww > w) x = 0, y += line;
    for (size_t a = i; a < e;) {  // runs of the same marking inside the word
      size_t b = a;
      while (b < e && mark[b] == mark[a]) ++b;
      const char* t0 = text.c_str() + a;
      float rw = font->CalcTextSizeA(fs, FLT_MAX, 0, t0, text.c_str() + b).x;
      ImVec2 at(o.x + x, o.y + y);
      if (mark[a]) {
        dl->AddRectFilled(at, ImVec2(at.x + rw, at.y + fs), Col(p.highlight));
        dl->AddLine(ImVec2(at.x, at.y + fs), ImVec2(at.x + rw, at.y + fs), Col(p.text), std::max(1.0f, Dpr(s)));
      }
      dl->AddText(font, fs, at, Col(p.text), t0, text.c_str() + b);
      x += rw, a = b;
    }
    i = e;
  }
  ImGui::Dummy(ImVec2(w, y + line));
  Publish(s, core::Role::Text, MarkedForMirror(text, mark));
}

// A threat is not a style problem: one card that says so plainly, with the help lines one tap away
// (they include lines for people worried about their own behavior), and no tips for nicer wording.
void DrawThreatCard(core::AppState& s, const char* where) {
  Box card = BeginCard(s);
  Heading(s, core::FlagTitle(core::FlagKind::Threat), 3);
  Paragraph(s, core::FlagExplain(core::FlagKind::Threat));
  Paragraph(s, "The help lines below include ones for people who are afraid, and ones for people who worry about "
               "their own anger or behavior. They are free and private.",
            true);
  HelpLinesToggle(s, std::string(kId) + ":" + where, "Talk to someone: see the help lines");
  if (Link(s, "Take a time-out now")) core::Go(s.nav, {core::Screen::Timeout, "", ""});
  EndCard(s, card);
}

// One card per kind of flag: what was found, why it can hurt, and a way to say it instead.
void DrawFlagCards(core::AppState& s, const std::string& text, const std::vector<core::Flag>& flags) {
  for (int k = 0; k < core::kFlagKinds; ++k) {
    std::string found;
    for (const core::Flag& f : flags) {
      if (static_cast<int>(f.kind) != k) continue;
      found += (found.empty() ? "" : ", ") + std::string("\"") + text.substr(f.begin, f.end - f.begin) + "\"";
    }
    if (found.empty()) continue;
    core::FlagKind kind = static_cast<core::FlagKind>(k);
    ImGui::PushID(k);
    Box card = BeginCard(s);
    Heading(s, core::FlagTitle(kind), 3);
    Paragraph(s, "Found: " + found);
    Paragraph(s, core::FlagExplain(kind), true);
    Paragraph(s, core::FlagHint(kind));
    EndCard(s, card);
    ImGui::PopID();
    Gap(s, 6);
  }
}

void DrawCheck(core::AppState& s) {
  core::CoachState& c = s.doc.ex.coach;
  Heading(s, core::kCoachCheckHeading, 2);
  Paragraph(s, "Type it the way it comes out, even if it is sharp. Nothing leaves this device.", true);
  if (TextField(s, core::kCoachAskDraft, c.draft, true, ImGui::GetTextLineHeight() * 4)) Changed(s);
  if (c.draft.find_first_not_of(" \t\r\n") == std::string::npos) return;
  std::vector<core::Flag> flags = core::AnalyseStatement(c.draft);
  Gap(s, 4);
  if (flags.empty()) {
    Paragraph(s, "Nothing here stands out as likely to start a fight. Read it once more as if you were your "
                 "partner, then try the builder below if you like.");
    return;
  }
  if (core::HasThreat(flags)) {  // no wording tips: the threat is the problem, not the words
    Paragraph(s, "These words threaten (marked):");
    DrawMarked(s, c.draft, flags);
    Gap(s, 4);
    DrawThreatCard(s, "check");
    return;
  }
  Paragraph(s, "Some words may land harder than you mean (marked):");
  DrawMarked(s, c.draft, flags);
  Gap(s, 4);
  DrawFlagCards(s, c.draft, flags);
}

// The grouped feeling words, as chips that flow across the column: one toolbar (one Tab stop, the
// arrow keys move between the words), each word a toggle. Pressing the chosen word again un-picks it.
void DrawFeelings(core::AppState& s) {
  core::CoachState& c = s.doc.ex.coach;
  BeginGroup(s, "Feeling words", core::GroupKind::Toolbar);
  for (size_t g = 0; g < core::FeelingGroups().size(); ++g) {
    const core::FeelingGroup& grp = core::FeelingGroups()[g];
    ImGui::PushID(static_cast<int>(g));
    ImGui::PushStyleColor(ImGuiCol_Text, Vec(Pal(s).muted));
    ImGui::TextUnformatted(grp.name);
    ImGui::PopStyleColor();
    float x0 = ImGui::GetCursorPosX(), right = x0 + ColumnWidth();
    for (size_t k = 0; k < grp.words.size(); ++k) {
      const char* word = grp.words[k];
      if (k > 0) {
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + ChipWidth(s, word) > right) ImGui::NewLine();
      }
      ImGui::PushID(static_cast<int>(k));
      bool on = c.parts.feeling == word;
      if (ToggleChip(s, word, on)) {
        c.parts.feeling = on ? "" : word;
        c.just_saved = false;
        Changed(s);
      }
      ImGui::PopID();
    }
    ImGui::PopID();
  }
  EndGroup(s);
}

bool Field(core::AppState& s, const char* label, std::string& v) {
  if (!TextField(s, label, v)) return false;
  s.doc.ex.coach.just_saved = false;
  Changed(s);
  return true;
}

void DrawBuilder(core::AppState& s) {
  core::CoachState& c = s.doc.ex.coach;
  Heading(s, core::kCoachBuildHeading, 2);
  Paragraph(s, core::kCoachBuildLine, true);
  Heading(s, "I feel…", 3);
  DrawFeelings(s);
  Field(s, (std::string(core::kCoachAskFeeling) + " (pick a word above or type your own)").c_str(), c.parts.feeling);
  Field(s, core::kCoachAskWhen, c.parts.when);
  Field(s, core::kCoachAskBecause, c.parts.because);
  Field(s, core::kCoachAskRequest, c.parts.request);
  Gap(s, 6);
  std::string sentence = core::BuildStatement(c.parts);
  Box card = BeginCard(s);
  Heading(s, core::kCoachSentence, 3);
  if (sentence.empty()) Paragraph(s, "Pick a feeling and name one moment to see your sentence here.", true);
  else Paragraph(s, sentence);
  std::vector<core::Flag> flags = core::AnalyseStatement(sentence);
  bool threat = core::HasThreat(flags);
  if (!flags.empty() && !threat)
    Paragraph(s, std::string("It still has words that may sting: ") + core::FlagTitle(flags[0].kind) + ". " +
                     core::FlagHint(flags[0].kind), true);
  EndCard(s, card);
  if (threat) {
    Gap(s, 6);
    DrawThreatCard(s, "builder");
  }
  Gap(s, 6);
  bool ready = core::StatementReady(c.parts);
  if (!sentence.empty()) CopyButton(s, "Copy the sentence", sentence);
  if (!Narrow(s) && !sentence.empty()) ImGui::SameLine();
  if (Button(s, "Save to things I want to say", Kind::Primary, Narrow(s) ? ColumnWidth() : 0, !ready)) {
    if (core::SaveStatement(c, s.frame.in.now_ms)) Done(s, kId);
    else s.frame.out.alerts.announce = "It is already in your list.";
  }
  if (!ready) Paragraph(s, "A feeling and one moment are enough to save it.", true);
  if (c.just_saved) Paragraph(s, "Saved to your list below.");
}

void DrawSaved(core::AppState& s) {
  core::CoachState& c = s.doc.ex.coach;
  Heading(s, core::kCoachSavedHeading, 2);
  if (c.saved.empty()) {
    Paragraph(s, "Sentences you save will wait here until the moment is right.", true);
    return;
  }
  int remove = -1;
  for (size_t i = c.saved.size(); i-- > 0;) {  // newest first
    ImGui::PushID(static_cast<int>(i));
    Box card = BeginCard(s);
    Paragraph(s, c.saved[i].text);
    DiscardText t;
    t.action = "Remove";
    t.action_name = "Remove: " + c.saved[i].text;
    t.question = "Remove this sentence? This cannot be undone.";
    t.yes = "Yes, remove";
    t.yes_name = "Yes, remove: " + c.saved[i].text;
    t.keep = "Keep it";
    t.keep_name = "Keep: " + c.saved[i].text;
    switch (AskBeforeDiscard(s, c.confirm_remove == static_cast<int>(i), t)) {
      case Discard::Ask: c.confirm_remove = static_cast<int>(i); break;
      case Discard::Keep: c.confirm_remove = -1; break;
      case Discard::Confirm: remove = static_cast<int>(i); break;
      case Discard::None: break;
    }
    EndCard(s, card);
    ImGui::PopID();
    Gap(s, 4);
  }
  if (remove >= 0) c.confirm_remove = -1;
  if (remove >= 0 && core::RemoveStatement(c, static_cast<size_t>(remove))) {
    Changed(s);
    s.frame.out.alerts.announce = "Removed.";
  }
}

}  // namespace

void DrawExCoach(core::AppState& s) {
  ExerciseHeader(s, kId);
  SafetyNote(s, kId);
  if (GuideArrived(s, "this exercise") && core::CoachWordsReady()) {
    DrawCheck(s);
    Gap(s, 12);
    DrawBuilder(s);
  }
  Gap(s, 12);
  DrawSaved(s);
  Gap(s, 12);
  Paragraph(s, "More on this in the guide:", true);
  if (Link(s, "Conflict as a way to grow closer")) core::Go(s.nav, {core::Screen::Chapter, "conflict", ""});
  if (Link(s, "Talking so you feel close")) core::Go(s.nav, {core::Screen::Chapter, "talking-close", ""});
}

}  // namespace ui
