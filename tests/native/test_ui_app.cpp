// The frame (ui/app) drawn headlessly: every screen for several frames at every size, text size and theme
// (any ImGui assert fails); no control covers another or leaves the window; activating a mirror item
// navigates; focus follows what is shown; storage notices, the update offer, an embedding site's
// options and coming back after a quick exit.
#include <catch2/catch.hpp>

#include "core/app/app_state.h"
#include "core/exercises/catalog.h"
#include "core/timeout/timeout.h"
#include "imgui.h"
#include "platform/native/test_hooks.h"
#include "platform/platform.h"
#include "support.h"
#include "ui/app/ui.h"

using namespace core;

namespace {
bool Interactive(Role r) {
  return r == Role::Button || r == Role::Link || r == Role::Radio || r == Role::Checkbox || r == Role::TextBox ||
         r == Role::Slider;
}
}  // namespace

namespace {
const char* kReload = "Reload now into the new version";
const char* kLater = "Later (the new version waits)";
}  // namespace

TEST_CASE("every screen draws for several frames at every size, text size and theme") {
  const Route routes[] = {{Screen::Home}, {Screen::Guide}, {Screen::Exercises}, {Screen::Exercise, "intimacy-map"},
                          {Screen::Timeout}, {Screen::Progress}, {Screen::Settings}, {Screen::Chapter, "no-such-chapter"}};
  for (float width : {320.0f, 390.0f, 1280.0f, 1920.0f}) {
    for (int text : {0, 3, 6}) {
      for (ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        TestApp app(width, 800, width < 500 ? 3.0f : 1.0f);
        app.state.doc.settings.text_size_index = text;
        app.state.doc.settings.theme = theme;
        for (const Route& r : routes) {
          Go(app.state.nav, r);
          REQUIRE_NOTHROW(app.Frames(3));
          CHECK(app.state.nav.route == r);
          CHECK_FALSE(app.host().last_mirror.empty());
        }
        if (!app.state.guide.chapters.empty()) {
          Go(app.state.nav, {Screen::Chapter, app.state.guide.chapters.front().id});
          REQUIRE_NOTHROW(app.Frames(3));
        }
      }
    }
  }
}

TEST_CASE("activating a mirror item navigates, as a screen reader or keyboard would") {
  TestApp app(1280, 800, 2.0f);
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Take a time-out"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Timeout);
  const MirrorItem* cur = app.Find(Role::Link, "Time-out");
  REQUIRE(cur);
  CHECK(cur->current);
  REQUIRE(app.Activate(Role::Button, "Back to home"));
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Home);
}

TEST_CASE("controls never overlap or leave the window, from 320 px at 200 % to 1920 px", "[ui][layout]") {
  const Route routes[] = {{Screen::Home, "", ""},         {Screen::Guide, "", ""},
                          {Screen::Chapter, "talking-close", ""}, {Screen::Chapter, "getting-help", ""},
                          {Screen::Timeout, "", ""},      {Screen::Settings, "", ""},
                          {Screen::Progress, "", ""},     {Screen::Exercises, "", ""},
                          {Screen::Exercise, "intimacy-map", ""},   {Screen::Exercise, "daily-check-in", ""},
                          {Screen::Exercise, "question-decks", ""}, {Screen::Exercise, "i-statement-coach", ""},
                          {Screen::Exercise, "reflective-listening", ""}, {Screen::Exercise, "open-questions", ""},
                          {Screen::Exercise, "appreciation", ""},   {Screen::Exercise, "ground-rules", ""},
                          {Screen::Exercise, "after-argument", ""}, {Screen::Exercise, "ritual-planner", ""},
                          {Screen::Exercise, "closeness-fears", ""}, {Screen::Exercise, "interdependence", ""},
                          {Screen::Exercise, "shared-experiences", ""}};
  for (float width : {320.0f, 390.0f, 1920.0f}) {
    for (int text : {0, 3, 6}) {
      TestApp app(width, 700, 2.0f);
      app.state.doc.settings.text_size_index = text;
      for (const Route& r : routes) {
        Go(app.state.nav, r);
        app.Frames(4);
        const auto& m = app.host().last_mirror;
        for (size_t i = 0; i < m.size(); ++i) {
          if (m[i].offscreen || !Interactive(m[i].role)) continue;
          INFO(width << " px, text step " << text << ", " << RouteToHash(r) << ": " << m[i].name);
          CHECK(m[i].x >= -0.5f);
          CHECK(m[i].x + m[i].w <= width + 0.5f);
          for (size_t k = i + 1; k < m.size(); ++k) {
            if (m[k].offscreen || !Interactive(m[k].role)) continue;
            float ox = std::min(m[i].x + m[i].w, m[k].x + m[k].w) - std::max(m[i].x, m[k].x);
            float oy = std::min(m[i].y + m[i].h, m[k].y + m[k].h) - std::max(m[i].y, m[k].y);
            INFO("overlaps " << m[k].name);
            CHECK_FALSE((ox > 1.0f && oy > 1.0f));
          }
        }
      }
    }
  }
}

TEST_CASE("following a link moves focus to the new content's heading; the first screen takes none", "[a11y][focus]") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Chapter, "what-intimacy-is", ""});
  app.Frames(3);
  CHECK(app.host().focus_moves.empty());  // opened from the address: the first Tab reaches Skip to content
  app.host().keyboard = true;
  REQUIRE(app.Activate(Role::Link, "The kinds of intimacy"));  // a link inside the chapter's text
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->role == Role::Heading);
  CHECK(Focused(app)->name == "The kinds of intimacy");
  CHECK(Focused(app)->level == 1);

  // A link to a section: focus lands on that section's heading.
  core::Route to;
  REQUIRE(RouteFromTarget("chapter:kinds-of-intimacy#physical", to));
  Go(app.state.nav, to);
  app.Frames(4);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->role == Role::Heading);
  CHECK(Focused(app)->name == "Physical intimacy");

  // The exercise list to an exercise.
  Go(app.state.nav, {Screen::Exercises, "", ""});
  app.Frames(3);
  CHECK(Focused(app)->name == "Exercises");
  REQUIRE(app.Activate(Role::Link, "Ritual planner"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->role == Role::Heading);
  CHECK(Focused(app)->name == "Ritual planner");
}

TEST_CASE("Skip to content comes first and moves focus to the page's heading", "[a11y][focus]") {
  for (Screen sc : {Screen::Home, Screen::Guide, Screen::Settings, Screen::Timeout}) {
    TestApp app(390, 844, 2.0f);
    Go(app.state.nav, {sc, "", ""});
    app.Frames(2);
    const auto& tree = app.host().last_mirror;
    REQUIRE_FALSE(tree.empty());
    CHECK(tree[0].role == Role::Link);
    CHECK(tree[0].name == "Skip to content");
    CHECK(tree[0].in_nav);
    CHECK(tree[0].offscreen);  // not drawn until it has keyboard focus
    uint32_t skip = tree[0].id;
    app.host().next.focus_id = skip;
    app.host().next.focus_visible = true;
    app.Frames(1);
    CHECK_FALSE(app.host().last_mirror[0].offscreen);  // shown while focused
    CHECK(app.host().last_mirror[0].y < 60.0f);
    app.host().next.activations.push_back(skip);
    app.Frames(2);
    REQUIRE(Focused(app));
    CHECK(Focused(app)->role == Role::Heading);
    CHECK(Focused(app)->level == 1);
    CHECK_FALSE(Focused(app)->in_nav);
  }
}

TEST_CASE("a storage notice is announced once to screen readers when it appears", "[ui][a11y]") {
  platform::Host() = platform::NativeHost{};
  TestApp app(390, 844, 2.0f);
  app.state.save.notice = "Progress can't be saved here.";
  app.Frames(3);
  int said = 0;
  for (const auto& a : app.host().announcements) said += a == "Progress can't be saved here.";
  CHECK(said == 1);
  REQUIRE(app.Activate(Role::Button, "Dismiss notice"));
  app.Frames(2);
  CHECK(app.state.save.notice.empty());
}

TEST_CASE("embedded: the organisation, the parts shown, the start page and the help lines apply", "[embed][ui]") {
  std::string help = "%5B%7B%22name%22%3A%22Riverside%20Crisis%20Line%22%2C%22phone%22%3A%22555-0100%22%2C%22country%22%3A%22Here%22%7D%5D";
  TestApp app(1280, 800, 1.0f, "?org=Riverside%20Counseling&parts=guide,exercises&start=%23/exercise/ritual-planner"
                               "&accent=%232a6f97&host=https%3A%2F%2Fcounsel.example&help=" + help);
  app.Frames(3);
  CHECK(app.state.nav.route == Route{Screen::Exercise, "ritual-planner", ""});  // the start page
  CHECK(app.host().address == "#/exercise/ritual-planner");
  CHECK(app.host().warnings.empty());
  CHECK(app.state.palette.accent.r == 0x2a);
  CHECK(app.Find(Role::Link, "Guide"));
  CHECK_FALSE(app.Find(Role::Link, "Time-out"));  // not shown by this site
  CHECK_FALSE(app.Find(Role::Link, "Progress"));
  CHECK(app.host().posted_height > 100);          // the host page learns our height
  Go(app.state.nav, {Screen::Home, "", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Text, "Shared with you by Riverside Counseling."));
  CHECK(app.Find(Role::Button, "Read the guide"));
  CHECK_FALSE(app.Find(Role::Button, "Take a time-out"));
  Go(app.state.nav, {Screen::Timeout, "", ""});    // a link to a hidden part
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Not available here"));
  CHECK(app.state.guide.help.resources.size() == 1);
  CHECK(app.state.guide.help.resources[0].name == "Riverside Crisis Line");
}

TEST_CASE("not embedded: no height is posted, and an address wins over a start page", "[embed][ui]") {
  TestApp app(390, 844, 2.0f, "?start=%23/progress");
  app.host().address = "#/guide";
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Guide);
  CHECK(app.host().posted_height == 0);
}

TEST_CASE("a waiting version is offered; Reload asks the platform once, Later hides the banner", "[update][ui]") {
  TestApp app(390, 844, 2.0f);
  app.Frames(2);
  CHECK_FALSE(app.Find(Role::Button, kReload));
  app.host().update_ready = true;
  app.Frames(2);
  REQUIRE(app.Find(Role::Button, kReload));
  CHECK(app.host().updates_applied == 0);  // nothing happens by itself
  REQUIRE(app.Activate(Role::Button, kReload));
  app.Frames(2);
  CHECK(app.host().updates_applied == 1);
  REQUIRE(app.Activate(Role::Button, kLater));
  app.Frames(2);
  CHECK_FALSE(app.Find(Role::Button, kReload));
  // Settings still offers it.
  Go(app.state.nav, {Screen::Settings, "", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Reload into the new version"));
  app.Frames(1);
  CHECK(app.host().updates_applied == 2);
}

TEST_CASE("no update banner on the time-out screen while a break runs", "[update][ui]") {
  TestApp app(1280, 800, 1.0f);
  app.host().update_ready = true;
  Go(app.state.nav, {Screen::Timeout, "", ""});
  app.Frames(2);
  CHECK(app.Find(Role::Button, kReload));  // no break yet
  REQUIRE(app.Activate(Role::Button, "I understand"));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Let's pause — start a time-out of 20 minutes"));
  app.Frames(2);
  REQUIRE(app.state.doc.timeout.run.status == TimeoutStatus::Running);
  CHECK_FALSE(app.Find(Role::Button, kReload));
  CHECK(app.host().updates_applied == 0);
}

TEST_CASE("shown again after a quick exit: Home, and none of the answers in the mirror", "[privacy][ui]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Exercises, "", ""});
  app.Frames(2);
  Go(app.state.nav, {Screen::Exercise, "intimacy-map", ""});
  app.Frames(2);
  Type(app, "Your first name (optional)", "Juniper Quill");
  CHECK(MirrorHas(app, "Juniper Quill"));
  REQUIRE(app.Activate(Role::Button, "Quick exit: leave Hearth now for a neutral site"));
  app.Frames(1);
  CHECK(app.host().quick_exits == 1);
  // The page still holds its last address when it comes back; the page (boot.js) sets "#/" first.
  app.host().address = "#/";
  app.host().next.returned_after_exit = true;
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Home);
  CHECK(app.Find(Role::Heading, "Welcome to Hearth"));
  CHECK_FALSE(MirrorHas(app, "Juniper"));
  CHECK(app.host().address == "#/");
  CHECK(app.host().lock_nows == 0);  // no lock: nothing to close
  CHECK(app.state.nav.back.empty());
}

TEST_CASE("shown again after a quick exit with the lock open: Hearth locks again", "[privacy][ui][lock]") {
  TestApp app(390, 844, 2.0f);
  SetLock(app, "quiet harbor lights");
  app.host().next.returned_after_exit = true;
  app.Frames(2);
  CHECK(app.state.nav.route.screen == Screen::Home);
  CHECK(app.host().lock_nows == 1);
}

// A browser can measure the canvas before its first layout (WebKit after a reload): the first frame
// may see a 1 px wide or tall window. Every screen and exercise, a running time-out among them, draws
// such a frame and then the real size without fault (the sanitizer build checks memory and casts).
TEST_CASE("a first frame at a 1 px window, then the real size, draws every screen", "[ui][layout]") {
  std::vector<Route> routes = {{Screen::Home}, {Screen::Guide}, {Screen::Exercises}, {Screen::Timeout},
                               {Screen::Progress}, {Screen::Settings}};
  for (const ExerciseInfo& e : Exercises()) routes.push_back({Screen::Exercise, e.id});
  const float sizes[][3] = {{1, 1, 1}, {1, 800, 1}, {1280, 1, 1}, {1, 1, 3}, {390, 1, 3}};
  for (const auto& size : sizes) {
    for (bool running : {false, true}) {
      TestApp app(size[0], size[1], size[2]);
      if (routes.back().screen != Screen::Chapter && !app.state.guide.chapters.empty())
        routes.push_back({Screen::Chapter, app.state.guide.chapters.front().id});
      if (running) {
        app.state.doc.timeout.safety_seen = true;
        REQUIRE(core::Start(app.state.doc.timeout, app.host().now_ms, 20));
      }
      for (const Route& r : routes) {
        INFO("route " << static_cast<int>(r.screen) << " " << r.id << " at " << size[0] << "x" << size[1]);
        Go(app.state.nav, r);
        app.host().css_w = size[0];
        app.host().css_h = size[1];
        REQUIRE_NOTHROW(app.Frames(2));
        app.host().css_w = 1280;
        app.host().css_h = 800;
        REQUIRE_NOTHROW(app.Frames(2));
        CHECK_FALSE(app.host().last_mirror.empty());
      }
    }
  }
}

TEST_CASE("a focus move still pending is dropped when the person moves focus themselves first", "[a11y][focus]") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Home, "", ""});
  app.Frames(2);
  app.host().keyboard = true;
  // Skip to content asks for the heading a frame later; before that frame, the person tabs on.
  REQUIRE(app.Activate(Role::Link, "Skip to content"));
  app.Frame();
  REQUIRE(app.state.views.focus_want.kind != FocusRequest::Kind::None);  // still pending
  const MirrorItem* other = app.Find(Role::Button, "Quick exit: leave Hearth now for a neutral site");
  REQUIRE(other);
  const std::string other_name = other->name;
  app.host().next.focus_id = other->id;
  app.host().next.focus_visible = true;
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == other_name);
  CHECK(app.state.views.focus_want.kind == FocusRequest::Kind::None);

  // Left alone, the same request lands on the heading.
  REQUIRE(app.Activate(Role::Link, "Skip to content"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->role == Role::Heading);
}
