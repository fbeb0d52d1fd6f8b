// The conflict time-out: one large button to start, the countdown ring with "I'll be back at…",
// extend and end early, the breathing pacer, self-soothing, the pulse check, and the way back.
// Every change goes through core/timeout; the clock is s.frame.in.now_ms, read once a frame.
#include <algorithm>
#include <cmath>
#include <string>

#define IMGUI_DEFINE_MATH_OPERATORS
#include "imgui_internal.h"
#include "ui/app/ui.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/richtext.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace ui {

namespace {

constexpr double kSecondMs = 1000;

// Local hour and minute of a wall time, with the offset the browser reported this frame.
void LocalHm(const core::AppState& s, double wall_ms, int& h, int& m) {
  long long min = static_cast<long long>(std::floor(wall_ms / 60000.0)) + s.frame.in.utc_offset_min;
  long long day = ((min % 1440) + 1440) % 1440;
  h = static_cast<int>(day / 60);
  m = static_cast<int>(day % 60);
}

std::string LengthWords(int minutes) {
  if (minutes < 60) return std::to_string(minutes) + " minutes";
  int h = minutes / 60, m = minutes % 60;
  std::string out = std::to_string(h) + (h == 1 ? " hour" : " hours");
  if (m) out += " " + std::to_string(m) + " min";
  return out;
}

// Custom lengths step by 5 minutes up to an hour, by 15 up to 3 hours, then by 30.
int StepMinutes(int minutes, int dir) {
  int step = minutes < 60 || (dir < 0 && minutes == 60) ? 5 : minutes < 180 || (dir < 0 && minutes == 180) ? 15 : 30;
  int next = dir > 0 ? (minutes / step + 1) * step : ((minutes + step - 1) / step - 1) * step;
  return core::ClampMinutes(next);
}


// The safety note: short, with the help lines one tap further.
void DrawSafety(core::AppState& s) {
  core::TimeoutView& v = s.views.timeout;
  Heading(s, "A pause, not an escape", 2);
  Paragraph(s, "A time-out is a break to calm your body so you can come back and talk. It is never a way to win, "
               "to punish, or to walk away from a talk for good. Say when you will be back, and come back.");
  Paragraph(s, "If you feel unsafe, or you are afraid of your partner, a timer is not enough. You deserve help, and "
               "it is free and private.");
  if (Button(s, v.show_help ? "Hide the help lines" : "Where to get help", Kind::Secondary)) v.show_help = !v.show_help;
  if (v.show_help) DrawHelpResources(s);
}

// The big countdown ring: the arc is the time left; the text in the middle is exact to the second.
void DrawRing(core::AppState& s, double remaining, double total) {
  const core::Palette& p = Pal(s);
  float d = Px(s);
  float size = std::min(ColumnWidth(), 240.0f * d);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float x0 = pos.x + (ColumnWidth() - size) * 0.5f;
  ImGui::Dummy(ImVec2(ColumnWidth(), size));
  if (!ImGui::IsItemVisible()) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 c(x0 + size * 0.5f, pos.y + size * 0.5f);
  float thick = 12.0f * d, r = size * 0.5f - thick;
  dl->AddCircle(c, r, Col(p.surface_hi), 96, thick);
  double frac = total > 0 ? std::clamp(remaining / total, 0.0, 1.0) : 0.0;
  if (frac > 0) {
    float a0 = -IM_PI * 0.5f, a1 = a0 + static_cast<float>(frac) * 2.0f * IM_PI;
    dl->PathArcTo(c, r, a0, a1, std::max(8, static_cast<int>(96 * frac)));
    dl->PathStroke(Col(p.accent), 0, thick);
  }
  std::string text = core::FormatRemaining(remaining);
  ImFont* big = GetFonts().h1;
  ImVec2 ts = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, text.c_str());
  dl->AddText(big, big->FontSize, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.6f), Col(p.text), text.c_str());
  const char* left = "left";
  ImFont* sm = GetFonts().small;
  ImVec2 ls = sm->CalcTextSizeA(sm->FontSize, FLT_MAX, 0, left);
  dl->AddText(sm, sm->FontSize, ImVec2(c.x - ls.x * 0.5f, c.y + ts.y * 0.45f), Col(p.muted), left);
}

void DrawPacer(core::AppState& s) {
  core::TimeoutState& t = s.doc.timeout;
  core::TimeoutView& v = s.views.timeout;
  Heading(s, "Breathe", 2);
  Paragraph(s, "Slow breathing can help your body calm down. Pick a pattern and follow the circle.", true);
  BeginGroup(s, "Breathing pattern");
  for (const core::BreathPattern& bp : core::BreathPatterns()) {
    if (Radio(s, bp.name, t.settings.pattern_id == bp.id) && t.settings.pattern_id != bp.id) {
      t.settings.pattern_id = bp.id;
      v.last_phase = -1;
      core::MarkDirty(s.save, s.frame.in.now_ms);
    }
  }
  EndGroup(s);
  const core::BreathPattern& pat = core::PatternOrDefault(t.settings.pattern_id);
  Paragraph(s, pat.description, true);
  if (pat.note && *pat.note) Paragraph(s, pat.note, true);

  // The pacer keeps time from the start of the break, so it is the same after a reload.
  double elapsed = s.frame.in.now_ms - t.run.started_ms;
  core::BreathState b = core::PhaseAt(pat, elapsed);
  bool still = core::ReduceMotion(s.doc.settings, s.system);
  const core::Palette& p = Pal(s);
  float d = Px(s);
  {  // the time left stays in sight while breathing (on a phone the ring is a screen above)
    std::string left = core::FormatRemaining(core::Remaining(t, s.frame.in.now_ms)) + " left";
    ImGui::PushFont(GetFonts().h2);
    float w = ImGui::CalcTextSize(left.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ColumnWidth() - w) * 0.5f));
    ImGui::TextUnformatted(left.c_str());
    ImGui::PopFont();
    Publish(s, core::Role::Text, left);
  }
  float size = std::min(ColumnWidth(), 200.0f * d);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(ColumnWidth(), size));
  bool visible = ImGui::IsItemVisible();
  if (visible) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 c(pos.x + ColumnWidth() * 0.5f, pos.y + size * 0.5f);
    float rmax = size * 0.5f - 2.0f * d, rmin = rmax * 0.35f;
    dl->AddCircle(c, rmax, Col(p.border, 0.5f), 96, 2.0f * d);
    float r = still ? (rmin + rmax) * 0.5f : rmin + (rmax - rmin) * static_cast<float>(b.scale);
    dl->AddCircleFilled(c, r, Col(p.research, 0.35f), 96);
    dl->AddCircle(c, r, Col(p.research), 96, 2.0f * d);
    std::string cue = b.cue;
    ImFont* f = GetFonts().h2;
    ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, cue.c_str());
    dl->AddText(f, f->FontSize, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * (still ? 1.0f : 0.5f)), Col(p.text), cue.c_str());
    if (still) {
      std::string n = std::to_string(b.seconds_left);
      ImVec2 ns = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, n.c_str());
      dl->AddText(f, f->FontSize, ImVec2(c.x - ns.x * 0.5f, c.y + 2.0f * d), Col(p.text), n.c_str());
    }
  }
  // The mirror says the cue in words (a screen reader user gets the count, not the circle).
  Paragraph(s, std::string(b.cue) + " — " + std::to_string(b.seconds_left) + (b.seconds_left == 1 ? " second" : " seconds") +
                   " · breath " + std::to_string(b.cycle),
            true);
  if (visible) {
    if (still) WakeAt(s, t.run.started_ms + core::NextCountChangeMs(pat, elapsed));
    else s.frame.out.animate = true;  // smooth only while the pacer is on screen
    if (b.phase != v.last_phase) {
      if (v.last_phase >= 0 && t.settings.sound) {
        s.frame.out.alerts.breath_cue = static_cast<int>(b.kind);
        s.frame.out.alerts.vibrate_ms = 40;  // a short buzz where the phone has one
      }
      v.last_phase = b.phase;
    }
  } else {
    v.last_phase = -1;
  }
  if (Checkbox(s, "Soft sound and buzz at each change", &t.settings.sound)) core::MarkDirty(s.save, s.frame.in.now_ms);
  Paragraph(s, "If you feel dizzy or light-headed, skip the holds and breathe normally for a while.", true);
  Paragraph(s, "Based on studies of slow breathing (Zaccaro and others, 2018; Balban and others, 2023). The full "
               "references are under Sources, at the end of this page.", true);
}

void DrawSoothing(core::AppState& s) {
  Heading(s, "Calm your body", 2);
  Paragraph(s, "Things that help:");
  for (const char* line :
       {"Take a walk, even just around the block.", "Drink a glass of water, slowly.", "Put on music that calms you.",
        "Stretch your neck, shoulders and hands.", "Take a warm shower or wash your face."}) {
    RichOptions o;
    o.prefix = "•";
    o.indent = 1.4f * Em();
    RichText(s, line, o);
  }
  Paragraph(s, "Thoughts to set down, and what to try instead:");
  const char* lines[] = {
      "**Replaying the fight** word by word keeps your body on alert. *Instead:* notice the replay, then turn back to "
      "your breath or what you can see and hear.",
      "**“I'm the innocent victim here.”** *Instead:* “This hurts, and we both had a part. I can look at mine later.”",
      "**“I'm right and they are wrong.”** (righteous anger) *Instead:* “We want different things right now. We can "
      "work it out when we are both calm.”"};
  for (const char* line : lines) {
    RichOptions o;
    o.prefix = "•";
    o.indent = 1.4f * Em();
    RichText(s, line, o);
  }
}

void DrawPulse(core::AppState& s) {
  core::TimeoutState& t = s.doc.timeout;
  core::TimeoutView& v = s.views.timeout;
  Heading(s, "Check your pulse", 2);
  Paragraph(s, "Two fingers on your wrist or neck. Press start and count the beats until the timer says stop.", true);
  Paragraph(s, "John Gottman's research on couples takes a pulse over 100 a minute as a sign of being flooded. "
               "Hearth uses 80 if you are very fit, or a limit a little above your resting pulse if you give it. "
               "It is a rough guide, not a medical test.", true);
  double since = v.pulse_started_ms > 0 ? s.frame.in.now_ms - v.pulse_started_ms : -1;
  constexpr double kCountMs = core::kPulseCountSeconds * kSecondMs;
  if (since >= 0 && since < kCountMs) {
    int left = static_cast<int>(std::ceil((kCountMs - since) / kSecondMs));
    Heading(s, "Count now… " + std::to_string(left) + (left == 1 ? " second" : " seconds"), 3);
    WakeAt(s, v.pulse_started_ms + kCountMs - (left - 1) * kSecondMs);
    if (Button(s, "Stop counting")) v.pulse_started_ms = 0;
  } else {
    if (since >= kCountMs) {
      Heading(s, "Stop. How many beats did you count?", 3);
      if (!v.pulse_stop_signalled) {  // the first frame after the count: a small signal, once
        if (t.settings.sound) s.frame.out.alerts.breath_cue = 2, s.frame.out.alerts.vibrate_ms = 150;
        s.frame.out.alerts.announce = "Stop counting.";
        v.pulse_stop_signalled = true;
      }
    }
    if (Button(s, since >= kCountMs ? "Count again" : "Start 15-second count")) {
      v.pulse_started_ms = s.frame.in.now_ms;
      v.pulse_stop_signalled = false;
      v.pulse_checked = false;
      s.frame.out.alerts.announce = "Start counting.";
    }
  }
  TextField(s, "Beats in 15 seconds", v.pulse_count);
  TextField(s, "Resting pulse, beats a minute (optional)", v.resting);
  if (Checkbox(s, "I'm very fit (a lower limit)", &t.very_fit)) core::MarkDirty(s.save, s.frame.in.now_ms);
  if (Button(s, "Check my pulse", Kind::Primary)) {
    int count = std::atoi(v.pulse_count.c_str());
    int resting = std::atoi(v.resting.c_str());
    if (core::IsValidRestingBpm(resting) && resting != t.resting_bpm) {
      t.resting_bpm = resting;
      core::MarkDirty(s.save, s.frame.in.now_ms);
    }
    v.pulse = core::AssessPulse(count, core::IsValidRestingBpm(resting) ? resting : t.resting_bpm, t.very_fit);
    v.pulse_checked = true;
    s.frame.out.alerts.announce = v.pulse.message;
  }
  if (v.pulse_checked) {
    Paragraph(s, v.pulse.message);
    if (v.pulse.valid && v.pulse.high && core::MaxExtensionMinutes(t) >= 10 &&
        Button(s, "Add 10 minutes")) {
      core::Extend(t, s.frame.in.now_ms, 10);
      core::MarkDirty(s.save, s.frame.in.now_ms);
    }
  }
}

// Ending before the timer does: far down the page (well away from where the start button was, so a
// double tap on it cannot reach this), and two steps, with "Keep pausing" first and the easy choice.
void DrawEndEarly(core::AppState& s) {
  core::TimeoutState& t = s.doc.timeout;
  Heading(s, "Ready to come back?", 2);
  if (!core::EndEarlyAsked(t)) {
    Paragraph(s, "If your body is calm and you can listen without getting ready to reply, you can end the break "
                 "before the timer does.", true);
    if (Button(s, "I'm ready to come back", Kind::Secondary, ColumnWidth())) {
      core::AskEndEarly(t);
      s.frame.out.alerts.announce = "End the break now? Keep pausing, or yes, end the break now.";
      RequestFocus(s, core::FocusItem(core::Role::Heading, "End the break now?"));  // the button is gone
    }
    return;
  }
  Heading(s, "End the break now?", 3);
  Paragraph(s, "Your partner may still need the time you said. If you are not sure, keep pausing.");
  if (Button(s, "Keep pausing", Kind::Primary, ColumnWidth())) {
    core::KeepPausing(t);
    s.frame.out.alerts.announce = "The break goes on.";
    RequestFocus(s, core::FocusItem(core::Role::Button, "I'm ready to come back"));
  }
  Gap(s, 48);  // the confirm sits well below, out of reach of a second tap on "Keep pausing"
  if (Button(s, "Yes, end the break now", Kind::Secondary, ColumnWidth()) && core::ConfirmEndEarly(t, s.frame.in.now_ms)) {
    core::MarkDirty(s.save, s.frame.in.now_ms);
    s.frame.out.alerts.announce = "The break is over. Time to come back.";  // not "… minutes left" any more
    core::MarkMoved(s.nav);  // the next frame starts the page at the top of the way back
    RequestFocus(s, core::FocusMainHeading());
  }
}

void DrawIdle(core::AppState& s) {
  core::TimeoutState& t = s.doc.timeout;
  core::TimeoutView& v = s.views.timeout;
  Paragraph(s, "When a talk floods you, say your agreed words and take a break. Tell your partner when you will be "
               "back, then use the time to calm your body, not to rehearse the fight.");
  Gap(s, 4);
  int minutes = t.settings.default_minutes;
  ImGui::PushFont(GetFonts().h2);  // the one control that matters most here: large and first
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, 22.0f * Px(s)));
  std::string label = t.settings.signal + "##start";
  bool start = Button(s, label.c_str(), Kind::Primary, ColumnWidth(), false,
                      t.settings.signal + " — start a time-out of " + LengthWords(minutes));
  ImGui::PopStyleVar();
  ImGui::PopFont();
  if (start && core::Start(t, s.frame.in.now_ms, minutes)) {
    t.safety_seen = true;  // it was on screen above the button
    v.last_phase = -1;
    v.last_minute = -1;
    v.pulse_checked = false;
    core::MarkDirty(s.save, s.frame.in.now_ms);
    s.frame.out.alerts.announce = "Time-out started.";
    RequestFocus(s, core::FocusMainHeading());  // the start button is gone: focus goes to the top of the running screen
  }
  Paragraph(s, "Length: " + LengthWords(minutes) + ".", true);
  if (!s.doc.ex.rules.agreed_line.empty()) Paragraph(s, "Our agreement: " + s.doc.ex.rules.agreed_line, true);  // ground-rules

  Heading(s, "How long", 2);
  bool preset = false;
  BeginGroup(s, "How long");
  for (int m : core::kTimeoutPresets) {
    std::string name = std::to_string(m) + " minutes";
    bool sel = !v.custom && minutes == m;
    preset |= minutes == m;
    if (Radio(s, name.c_str(), sel) && !sel) {
      core::SetDefaultMinutes(t.settings, m);
      v.custom = false;
      core::MarkDirty(s.save, s.frame.in.now_ms);
    }
    if (m == 60) Paragraph(s, "Some people need longer than twenty minutes to calm down.", true);
  }
  bool custom = v.custom || !preset;
  if (Radio(s, "Another length", custom) && !custom) v.custom = true;
  EndGroup(s);
  if (custom) {
    if (Button(s, "Shorter", Kind::Secondary, 0, minutes <= core::kTimeoutMinMinutes)) {
      core::SetDefaultMinutes(t.settings, StepMinutes(minutes, -1));
      core::MarkDirty(s.save, s.frame.in.now_ms);
    }
    ImGui::SameLine();
    if (Button(s, "Longer", Kind::Secondary, 0, minutes >= core::kTimeoutMaxMinutes)) {
      core::SetDefaultMinutes(t.settings, StepMinutes(minutes, +1));
      core::MarkDirty(s.save, s.frame.in.now_ms);
    }
    Paragraph(s, "From 10 minutes to 24 hours. Now: " + LengthWords(t.settings.default_minutes) + ".", true);
  }
  if (core::ShortLengthNote(t.settings.default_minutes)) {
    RichOptions o;
    o.muted = true;
    RichText(s, "*Why 20 minutes?* Research suggests that a body flooded with upset needs about twenty minutes to "
                "settle. A shorter break is fine if that is what you agreed, but you may come back still on edge.", o);
  }
  Paragraph(s, "The 20-minute default is based on research by John Gottman and Robert Levenson.", true);

  Heading(s, "Your signal", 2);
  Paragraph(s, "The words you both agreed will start a break, no questions asked. They show on the button.", true);
  std::string sig = t.settings.signal;
  if (TextField(s, "Our time-out signal", sig)) {
    t.settings.signal = core::CleanSignal(sig);
    core::MarkDirty(s.save, s.frame.in.now_ms);
  }
  if (Link(s, "Agree on your ground rules together", "#/exercise/ground-rules")) core::Go(s.nav, {core::Screen::Exercise, "ground-rules", ""});
}

void DrawRunning(core::AppState& s) {
  core::TimeoutState& t = s.doc.timeout;
  core::TimeoutView& v = s.views.timeout;
  double now = s.frame.in.now_ms;
  double remaining = core::Remaining(t, now);
  int h, m;
  LocalHm(s, t.run.deadline_ms, h, m);
  ImGui::PushFont(GetFonts().h1);
  std::string line = core::ReturnLine(h, m, s.frame.in.use_24h);
  ImGui::TextWrapped("%s", line.c_str());
  ImGui::PopFont();
  core::MirrorItem hm;
  hm.level = 2;
  Publish(s, core::Role::Heading, line, hm);
  Paragraph(s, "Show this to your partner, then take your break.", true);
  if (!s.doc.ex.rules.agreed_line.empty()) Paragraph(s, "Our agreement: " + s.doc.ex.rules.agreed_line, true);  // ground-rules
  DrawRing(s, remaining, core::TotalMs(t.run));
  Paragraph(s, core::FormatRemaining(remaining) + " left of " + LengthWords(static_cast<int>(core::TotalMs(t.run) / 60000 + 0.5)) + ".", true);
  WakeAt(s, core::NextRedrawMs(t, now));
  int minutes_left = static_cast<int>(std::ceil(remaining / 60000.0));
  if (minutes_left != v.last_minute) {  // screen readers hear the time once a minute
    if (v.last_minute >= 0)
      s.frame.out.alerts.announce = std::to_string(minutes_left) + (minutes_left == 1 ? " minute left." : " minutes left.");
    v.last_minute = minutes_left;
  }

  int room = core::MaxExtensionMinutes(t);
  float w3 = (ColumnWidth() - 2 * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
  for (size_t i = 0; i < core::kTimeoutExtensions.size(); ++i) {
    int add = core::kTimeoutExtensions[i];
    std::string lbl = "+" + std::to_string(add) + " min";
    if (i) ImGui::SameLine();
    if (Button(s, lbl.c_str(), Kind::Secondary, w3, room <= 0, "Add " + std::to_string(add) + " minutes")) {
      int added = core::Extend(t, now, add);
      if (added > 0) {
        core::MarkDirty(s.save, now);
        LocalHm(s, t.run.deadline_ms, h, m);
        s.frame.out.alerts.announce = "Added " + std::to_string(added) + " minutes. " + core::ReturnLine(h, m, s.frame.in.use_24h) + ".";
      }
    }
  }
  if (room <= 0) Paragraph(s, "This break has reached the 24-hour limit.", true);
  if (Link(s, "A time-out is a pause, not an escape: read this")) v.show_safety = !v.show_safety;
  if (v.show_safety) DrawSafety(s);

  Gap(s, 8);
  DrawPacer(s);
  Gap(s, 8);
  DrawSoothing(s);
  Gap(s, 8);
  DrawPulse(s);
  Gap(s, 8);
  DrawEndEarly(s);
  Gap(s, 8);
  Heading(s, "When time is up", 2);
  Paragraph(s, t.settings.sound ? "A soft chime will sound, and this screen will change."
                                : "This screen will change. Sound is off (see Breathe).",
            true);
  switch (s.frame.in.notify_state) {
    case 1:
      if (Button(s, "Also tell me with a notification")) s.frame.out.alerts.ask_notifications = true;
      break;
    case 2: Paragraph(s, "A notification will tell you too, even in another tab.", true); break;
    case 3: Paragraph(s, "Notifications are blocked for this site; the chime and this screen will still tell you.", true); break;
    default: break;
  }
}

void DrawEnded(core::AppState& s) {
  core::TimeoutState& t = s.doc.timeout;
  Paragraph(s, t.run.ended_by == core::TimeoutEnd::Early
                   ? "You feel ready to come back. Here is a gentle way back in."
                   : "Your break is over. Here is a gentle way back in.");
  const char* steps[] = {
      "**Check in with yourself.** Is your body calm? Can you listen without getting ready to reply? If not, "
      "take more time, and tell your partner when you will be back.",
      "**Ask if now is a good time.** Your partner may need longer. “Not yet” is a fair answer: agree on a new time "
      "together.",
      "**Start with an “I feel” statement.** Say what you felt and what you need, not what they did wrong. The "
      "[I-statement coach](exercise:i-statement-coach) can help you find the words.",
      "**Keep to your ground rules.** No “always” or “never”. One topic. Either of you can pause again. See "
      "[Our ground rules](exercise:ground-rules).",
      "**Look for the real issue.** Fights about small things are often about feeling unseen or unsupported. "
      "[After an argument](exercise:after-argument) walks you through it."};
  for (size_t i = 0; i < std::size(steps); ++i) {
    RichOptions o;
    o.prefix = std::to_string(i + 1) + ".";
    o.indent = 1.6f * Em();
    std::string go = RichText(s, steps[i], o);
    core::Route r;
    if (!go.empty() && core::RouteFromTarget(go, r)) core::Go(s.nav, r);
  }
  Gap(s, 4);
  if (Link(s, "Stuck for words? Open the repair toolkit", "#/exercise/repair-toolkit"))
    core::Go(s.nav, {core::Screen::Exercise, "repair-toolkit", ""});
  Gap(s, 8);
  if (Button(s, "We're talking again", Kind::Primary, ColumnWidth())) {
    core::Dismiss(t);
    core::MarkDirty(s.save, s.frame.in.now_ms);
  }
  std::string more = "I need more time: another " + LengthWords(t.settings.default_minutes);
  if (Button(s, more.c_str(), Kind::Secondary, ColumnWidth())) {
    core::Dismiss(t);
    core::Start(t, s.frame.in.now_ms, t.settings.default_minutes);
    s.views.timeout.last_minute = -1;
    core::MarkDirty(s.save, s.frame.in.now_ms);
  }
}

}  // namespace

// A slim reminder on other screens while a break runs: minutes left, one tap back to the timer.
void DrawTimeoutReminder(core::AppState& s) {
  const core::TimeoutState& t = s.doc.timeout;
  if (t.run.status != core::TimeoutStatus::Running || s.nav.route.screen == core::Screen::Timeout) return;
  double remaining = core::Remaining(t, s.frame.in.now_ms);
  int minutes = static_cast<int>(std::ceil(remaining / 60000.0));
  std::string label = "Time-out: " + std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes") + " left";
  BeginColumn(s);
  if (Button(s, label.c_str(), Kind::Secondary, ColumnWidth())) core::Go(s.nav, {core::Screen::Timeout, "", ""});
  EndColumn();
  // Redraw when the minute changes.
  double into = std::fmod(remaining, 60000.0);
  WakeAt(s, s.frame.in.now_ms + (into > 0 ? into : 60000.0) + 1);
}

// The research behind this screen: chapter 7's sources (one list, kept in the guide's content).
void DrawSources(core::AppState& s) {
  core::TimeoutView& v = s.views.timeout;
  if (Link(s, v.show_sources ? "Hide the sources" : "Sources")) v.show_sources = !v.show_sources;
  if (!v.show_sources || !GuideArrived(s)) return;  // they are in the guide's file
  for (size_t i = 0; i < s.guide.chapters.size(); ++i) {
    const core::Chapter& c = s.guide.chapters[i];
    if (c.id != "conflict") continue;
    DrawSourceList(s, c, 30000);
    std::string label = "Read chapter " + std::to_string(i + 1) + ": " + c.title;
    if (Link(s, label.c_str(), "#/guide/" + c.id)) core::Go(s.nav, {core::Screen::Chapter, c.id, ""});
  }
}

void DrawTimeout(core::AppState& s) {
  core::TimeoutState& t = s.doc.timeout;
  core::TimeoutView& v = s.views.timeout;
  BeginColumn(s);
  bool ended = t.run.status == core::TimeoutStatus::Ended;
  Heading(s, ended ? "Time to come back" : "Time-out", 1);
  if (!t.safety_seen && t.run.status == core::TimeoutStatus::Idle) {  // the first visit: the note comes first
    DrawSafety(s);
    if (Button(s, "I understand", Kind::Secondary)) {
      t.safety_seen = true;
      core::MarkDirty(s.save, s.frame.in.now_ms);
    }
    Gap(s, 12);
  }
  switch (t.run.status) {
    case core::TimeoutStatus::Idle: DrawIdle(s); break;
    case core::TimeoutStatus::Running: DrawRunning(s); break;
    case core::TimeoutStatus::Ended: DrawEnded(s); break;
  }
  if (t.run.status != core::TimeoutStatus::Running && t.safety_seen) {
    Gap(s, 8);
    if (Link(s, "Feeling unsafe? Where to get help")) v.show_safety = !v.show_safety;
    if (v.show_safety) DrawSafety(s);
  }
  Gap(s, 8);
  DrawSources(s);
  Gap(s, 8);
  if (Button(s, "Back to home")) core::Go(s.nav, {core::Screen::Home, "", ""});
  EndColumn();
}

}  // namespace ui
