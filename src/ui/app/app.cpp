// The frame: one full-window ImGui window with the navigation bar, any notice, and the page
// of the current screen. Screens change state only through core functions.
#include <string>
#include <utility>

#include "core/guide/content.h"
#include "core/store/doc_apply.h"
#include "imgui.h"
#include "ui/app/find.h"
#include "ui/app/ui.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/richtext.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

extern const char kHelpBundle[];
extern const std::size_t kHelpBundleSize;

namespace ui {

void LoadContent(core::AppState& s) {
  if (s.caches.content_loaded) return;
  s.caches.content_loaded = true;
  std::vector<core::ContentError> errors;
  if (!core::ParseHelpBundle(std::string_view(kHelpBundle, kHelpBundleSize), s.guide, errors))
    s.caches.content_error = errors.empty() ? "The help lines could not be loaded." : errors.front().ToString();
  if (s.embed.has_help) s.guide.help = s.embed.help;  // the embedding site's own help lines
}

bool GuideArrived(core::AppState& s, const char* what) {
  core::GuideLoad& g = s.guide_load;
  if (g.status == core::GuideStatus::Ready) return true;
  std::string text = core::GuideStatusText(g, what);
  if (g.status != core::GuideStatus::Failed) {
    Paragraph(s, text, true);
    return false;
  }
  if (!g.said) {  // said once by screen readers, as it appears
    g.said = true;
    s.frame.out.alerts.announce = text;
  }
  const core::Palette& p = Pal(s);
  Box box;
  box.Begin(s);
  Paragraph(s, text);
  if (!g.detail.empty()) Paragraph(s, "Details: " + g.detail, true);
  if (Button(s, "Try again", Kind::Primary, Narrow(s) ? ColumnWidth() : 0))
    core::RetryGuide(g);
  box.End(s, p.surface, p.accent);
  return false;
}

bool PrepareFrame(core::AppState& s) {
  core::Theme theme = core::ResolveTheme(s.doc.settings, s.system);
  s.palette = core::PaletteFor(theme);
  if (s.embed.has_accent && theme != core::Theme::HighContrast) core::ApplyAccent(s.palette, s.embed.accent);
  bool rebuilt = EnsureFonts(Px(s), Dpr(s));
  ApplyStyle(Pal(s), Px(s));
  return rebuilt;
}

// A storage notice above the page, in a box as tall as its words (not a child window: in ImGui
// 1.86 a child of height 0 takes the whole rest of the window and hides the page).
static void DrawNotice(core::AppState& s) {
  if (s.save.notice.empty()) return;
  // Blocked in a frame: the browser is being asked whether permission was given before (a moment).
  if (s.save.blocked && s.save.access == core::StorageAccess::Checking) return;
  if (s.save.notice_said != s.save.notice) {  // said once by screen readers, as it appears
    s.save.notice_said = s.save.notice;
    s.frame.out.alerts.announce = s.save.notice;
  }
  const core::Palette& p = Pal(s);
  Gap(s, 12);
  BeginColumn(s, 44.0f);
  Box box;
  box.Begin(s);
  float full = Narrow(s) ? ColumnWidth() : 0;  // full-width buttons on a phone
  Paragraph(s, s.save.notice);
  // Settings shows the same button under "Your data": one on the screen.
  if (s.nav.route.screen != core::Screen::Settings && DrawStorageChoice(s, full) && !Narrow(s)) ImGui::SameLine();
  if (s.save.has_damaged) {  // damaged data found at start-up: the person can keep it
    if (Button(s, "Download the damaged data", Kind::Secondary, full)) s.frame.out.outbox.downloads.push_back(core::DamagedFile(s));
    if (!Narrow(s)) ImGui::SameLine();  // one column on a phone
  }
  if (Button(s, "Dismiss notice", Kind::Secondary, full)) s.save.notice.clear();
  box.End(s, p.surface, p.accent);
  EndColumn();
  Gap(s, 4);
}

// A new version has downloaded: offered, never forced (Hearth does not reload by itself).
static void DrawUpdateOffer(core::AppState& s) {
  if (!core::OfferUpdateBanner(s.frame.in.update_ready, s.views.update, s.doc.timeout, s.nav.route.screen)) return;
  if (!s.views.update.said) {
    s.views.update.said = true;
    s.frame.out.alerts.announce = "A new version of Hearth is ready. Reload when you like.";
  }
  const core::Palette& p = Pal(s);
  Gap(s, 12);
  BeginColumn(s, 44.0f);
  Box box;
  box.Begin(s);
  float full = Narrow(s) ? ColumnWidth() : 0;
  Paragraph(s, "A new version is ready \u2014 reload when you like. Everything you have done is kept.");
  if (Button(s, "Reload now", Kind::Primary, full, false, "Reload now into the new version")) s.frame.out.outbox.apply_update = true;
  if (!Narrow(s)) ImGui::SameLine();
  if (Button(s, "Later", Kind::Secondary, full, false, "Later (the new version waits)")) s.views.update.dismissed = true;
  box.End(s, p.surface, p.accent);
  EndColumn();
  Gap(s, 4);
}

// A part the embedding site chose not to show: say so, and offer the way home.
static void DrawNotShown(core::AppState& s) {
  BeginColumn(s);
  Heading(s, "Not available here", 1);
  Paragraph(s, "This part of Hearth is not included on this site.");
  if (Button(s, "Go to the home page")) core::Go(s.nav, {core::Screen::Home});
  EndColumn();
}

// With "Keep Hearth out of this browser's history" on, the browser's Back leaves Hearth: this link goes
// back one screen inside it (the app's own history). An exercise's "All exercises" link already does
// when that is where the person came from.
static void DrawBackLink(core::AppState& s) {
  const core::Nav& n = s.nav;
  if (!s.doc.settings.one_history_entry || n.back.empty() || s.save.locked) return;
  if (n.route.screen == core::Screen::Exercise && n.back.back().screen == core::Screen::Exercises) return;
  Gap(s, 8);
  BeginColumn(s);
  std::string name = std::string("Back to ") + core::ScreenTitle(n.back.back().screen);
  if (Link(s, ("< " + name).c_str(), core::RouteToHash(n.back.back()))) core::GoBack(s.nav);
  EndColumn();
}

static void DrawScreen(core::AppState& s) {
  if (!core::RouteShown(s.embed, s.nav.route)) return DrawNotShown(s);
  // Locked with a passphrase not yet typed: only the time-out opens without it.
  if (s.save.locked && s.nav.route.screen != core::Screen::Timeout) return DrawLockScreen(s);
  // The guide is parsed when a screen first needs it, not before the first frame.
  if (s.nav.route.screen != core::Screen::Home && s.nav.route.screen != core::Screen::Settings) LoadContent(s);
  switch (s.nav.route.screen) {
    case core::Screen::Home: DrawHome(s); break;
    case core::Screen::Guide: DrawGuide(s); break;
    case core::Screen::Chapter: DrawChapter(s); break;
    case core::Screen::Exercises: DrawExercises(s); break;
    case core::Screen::Exercise: DrawExercise(s); break;
    case core::Screen::Timeout: DrawTimeout(s); break;
    case core::Screen::Progress: DrawProgress(s); break;
    case core::Screen::Settings: DrawSettings(s); break;
    case core::Screen::Homework: DrawHomework(s); break;
  }
}

// Focus follows what is shown: opening another screen (or leaving the lock screen) sends keyboard
// focus to the new content's main heading, so it is not dropped on the page's body (a screen can
// ask for a more precise place while it draws: a chapter's section heading). The lock screen puts it
// in the passphrase field. The first screen after loading takes no focus, so the first Tab reaches
// "Skip to content".
static void FocusOnMove(core::AppState& s) {
  bool lock = core::RouteShown(s.embed, s.nav.route) && s.save.locked && s.nav.route.screen != core::Screen::Timeout;
  std::string shown = lock ? "lock" : core::RouteToHash(s.nav.route);
  if (shown == s.views.focus_shown) return;
  // Asked before drawing: this very frame draws the new content.
  if (lock) s.views.focus_want = core::FocusItem(core::Role::TextBox, "Passphrase");
  else if (!s.views.focus_shown.empty()) s.views.focus_want = core::FocusMainHeading();
  s.views.focus_shown = shown;
}

std::string PracticeName(const core::AppState& s) { return s.embed.org.empty() ? s.doc.homework.from : s.embed.org; }

// core::Step ran first: what arrived since the last frame (the address, a lock step, another tab's
// changes, the guide's file, the time-out's deadline) is already in the state this frame draws.
void Draw(core::AppState& s) {
  core::TapFrameBegin(s.tap, ImGui::IsMouseClicked(ImGuiMouseButton_Left), s.frame.in.now_ms);
  BeginTextSelection(s);
  if (s.frame.in.focus_id == 0) s.views.focus_in_view = 0;  // focus left: coming back scrolls to it again
  FocusOnMove(s);
  const unsigned moves = s.nav.moves;  // a move made while this frame draws is the next frame's news
  HandleFindKey(s);                    // Ctrl+F / Cmd+F, Escape: the find bar or the guide's search
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::PushFont(GetFonts().body);
  ImGui::Begin("Hearth", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  s.frame.out.in_nav = true;  // what the bar publishes forms the navigation landmark
  SkipLink(s);          // the first Tab stop
  DrawNavBar(s);
  s.frame.out.in_nav = false;
  if (!(s.nav.menu_open && Narrow(s))) {  // an open menu (narrow layout) takes the page's place
    size_t screen_items = DrawFindBar(s);  // the screen's own items come after the bar's
    DrawNotice(s);
    DrawUpdateOffer(s);
    DrawTimeoutReminder(s);
    std::string page_id = "page" + core::RouteToHash(s.nav.route);
    BeginPage(s, page_id.c_str());
    if (s.nav.route_changed || s.nav.scroll_top) ImGui::SetScrollY(0);
    s.nav.scroll_top = false;
    DrawBackLink(s);
    DrawScreen(s);
    ImGui::Dummy(ImVec2(0, 32.0f * Dpr(s)));
    EndPage(s);
    FinishFind(s, screen_items);
  }
  ImGui::End();
  ImGui::PopFont();
  EndTextSelection(s);
  core::TapFrameEnd(s.tap);
  FinishFocus(s);
  // The guide's file is asked for from the first frame on (the platform starts the download once
  // that frame is on screen), and again after "Try again".
  s.frame.out.guide_fetch = core::NextGuideFetch(s.guide_load);
  s.nav.route_changed = s.nav.moves != moves;
  s.frame.out.address = s.nav.address = core::RouteToHash(s.nav.route);
}

}  // namespace ui
