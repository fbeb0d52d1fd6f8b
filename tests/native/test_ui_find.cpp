// Find on this screen (ui/find): Ctrl+F / Cmd+F opens the find bar (or, on the guide, the guide's
// search), the count and the match move with Enter, Shift+Enter and the buttons, Escape closes it.
// Also: every link in the mirror carries the address it goes to.
#include <catch2/catch.hpp>
#include <string>

#include "core/app/find.h"
#include "core/exercises/catalog.h"
#include "support.h"

using namespace core;

namespace {

void Key(TestApp& app, FindKey k, int frames = 3) {
  app.host().next.find_key = k;
  app.Frames(frames);
}

// Enter in the find field (with Shift: `back`).
void Enter(TestApp& app, bool back = false) {
  const MirrorItem* field = app.Find(Role::TextBox, "Find on this screen");
  REQUIRE(field);
  app.host().next.entered.push_back(field->id);
  if (back) app.host().next.find_key = FindKey::Back;
  app.Frames(3);
}


// The bar's count as published ("2 of 5", "No matches"), or "".
std::string CountText(TestApp& app) {
  for (const auto& m : app.host().last_mirror)
    if (m.role == Role::Text && (m.name == "No matches" || m.name.find(" of ") != std::string::npos) && m.name.size() < 12)
      return m.name;
  return "";
}

}  // namespace

TEST_CASE("Ctrl+F on an exercise opens the find bar, its count follows Enter and Shift+Enter, Escape closes it",
          "[ui][find]") {
  TestApp app(390, 844, 2.0f);
  Open(app, "ground-rules");
  const MirrorItem* all = app.Find(Role::Link, "< All exercises");
  REQUIRE(all);
  uint32_t before = all->id;
  app.host().focused = before;  // focus was on a link
  app.host().keyboard = true;
  Key(app, FindKey::Open);
  const MirrorItem* field = app.Find(Role::TextBox, "Find on this screen");
  REQUIRE(field);
  CHECK(field->enter_key == "next");
  CHECK(app.host().focused == field->id);  // the field has focus
  REQUIRE(app.Find(Role::Button, "Next match"));
  CHECK(app.Find(Role::Button, "Next match")->disabled);  // nothing typed yet
  REQUIRE(app.Find(Role::Button, "Previous match"));
  REQUIRE(app.Find(Role::Button, "Close find"));

  // The words are found in the screen's text (not in the bar's own label or the navigation bar).
  int n = static_cast<int>(FindInItems(app.host().last_mirror, "ground rule").size());
  REQUIRE(n >= 2);
  Type(app, "Find on this screen", "GROUND rule", 3);
  std::string total = std::to_string(n);
  CHECK(CountText(app) == "1 of " + total);
  CHECK_FALSE(app.Find(Role::Button, "Next match")->disabled);
  REQUIRE_FALSE(app.host().announcements.empty());
  CHECK(app.host().announcements.back() == "1 of " + total);
  Enter(app);
  CHECK(CountText(app) == "2 of " + total);
  CHECK(app.host().announcements.back() == "2 of " + total);
  Enter(app, true);  // Shift+Enter
  CHECK(CountText(app) == "1 of " + total);
  Enter(app, true);  // before the first: the last
  CHECK(CountText(app) == total + " of " + total);
  app.Activate(Role::Button, "Next match");
  app.Frames(3);
  CHECK(CountText(app) == "1 of " + total);
  app.Activate(Role::Button, "Previous match");
  app.Frames(3);
  CHECK(CountText(app) == total + " of " + total);

  Type(app, "Find on this screen", "zebra crossing", 3);
  CHECK(CountText(app) == "No matches");
  CHECK(app.host().announcements.back() == "No matches");
  CHECK(app.Find(Role::Button, "Next match")->disabled);

  Key(app, FindKey::Close);
  CHECK_FALSE(app.Find(Role::TextBox, "Find on this screen"));
  CHECK_FALSE(app.Find(Role::Button, "Next match"));
  CHECK_FALSE(app.Find(Role::Button, "Close find"));
  CHECK(CountText(app) == "");
  CHECK(app.host().focused == before);  // focus is back where it was
  CHECK(app.state.nav.route == (Route{Screen::Exercise, "ground-rules", ""}));
}

TEST_CASE("the find bar's match far down the screen is scrolled into view", "[ui][find]") {
  TestApp app(390, 600, 1.0f);
  Open(app, "ground-rules");
  // A word of the last paragraph on the screen, out of view at first.
  const MirrorItem* last = nullptr;
  for (const auto& m : app.host().last_mirror)
    if (m.role == Role::Text && !m.in_nav && m.name.size() > 20) last = &m;
  REQUIRE(last);
  std::string para = last->name;
  uint32_t id = last->id;
  REQUIRE(last->offscreen);
  Key(app, FindKey::Open);
  Type(app, "Find on this screen", para.substr(0, 20), 4);
  REQUIRE(CountText(app).find(" of ") != std::string::npos);
  REQUIRE(FindTarget(app.state.views.find) == id);
  const MirrorItem* now = nullptr;
  for (const auto& m : app.host().last_mirror)
    if (m.id == id) now = &m;
  REQUIRE(now);
  CHECK_FALSE(now->offscreen);
  CHECK(now->y + now->h <= 600.5f);
  app.Activate(Role::Button, "Close find");
  app.Frames(2);
  CHECK_FALSE(app.Find(Role::TextBox, "Find on this screen"));
}

TEST_CASE("Ctrl+F on a guide chapter opens the guide's contents with focus in its search", "[ui][find]") {
  TestApp app(1280, 800, 1.0f);
  REQUIRE_FALSE(app.state.guide.chapters.empty());
  std::string id = app.state.guide.chapters[1].id;
  Go(app.state.nav, {Screen::Chapter, id, ""});
  app.Frames(3);
  Key(app, FindKey::Open, 4);
  CHECK(app.state.nav.route.screen == Screen::Guide);
  const MirrorItem* search = app.Find(Role::TextBox, "Search the guide");
  REQUIRE(search);
  CHECK(app.host().focused == search->id);
  CHECK_FALSE(app.Find(Role::TextBox, "Find on this screen"));  // no find bar on the guide
  // On the contents page itself the key goes to the same field.
  app.host().focused = 0;
  Key(app, FindKey::Open, 4);
  CHECK(app.host().focused == app.Find(Role::TextBox, "Search the guide")->id);
}

TEST_CASE("every link in the mirror carries the address it goes to", "[ui][nav][a11y]") {
  TestApp app(1280, 800, 1.0f);
  for (Route r : {Route{Screen::Home}, Route{Screen::Guide}, Route{Screen::Exercises}, Route{Screen::Timeout},
                  Route{Screen::Progress}, Route{Screen::Settings}, Route{Screen::Exercise, "ground-rules", ""},
                  Route{Screen::Chapter, app.state.guide.chapters[0].id, ""}}) {
    Go(app.state.nav, r);
    app.Frames(3);
    for (const auto& m : app.host().last_mirror) {
      if (m.role != Role::Link) continue;
      INFO(RouteToHash(r) << ": " << m.name << " -> " << m.href);
      bool app_address = m.href.rfind("#/", 0) == 0;
      // Hearth's own plain pages beside it (privacy.html, counselors.html) are the one other kind.
      bool own_page = m.href == "privacy.html" || m.href == "counselors.html";
      CHECK((app_address || own_page || m.href.rfind("https://", 0) == 0));
      Route to;
      if (app_address) CHECK(RouteFromHash(m.href, to));  // an address the app knows
    }
  }
  Go(app.state.nav, {Screen::Guide});
  app.Frames(3);
  for (size_t i = 0; i < app.state.guide.chapters.size(); ++i) {
    const Chapter& c = app.state.guide.chapters[i];
    const MirrorItem* link = app.Find(Role::Link, std::to_string(i + 1) + ". " + c.title);
    REQUIRE(link);
    CHECK(link->href == "#/guide/" + c.id);
  }
  CHECK(app.Find(Role::Link, "Guide")->href == "#/guide");
  CHECK(app.Find(Role::Link, "Time-out")->href == "#/timeout");
  CHECK(app.Find(Role::Link, "Hearth")->href == "#/");
  Go(app.state.nav, {Screen::Exercises});
  app.Frames(3);
  const ExerciseInfo* first = &Exercises()[0];
  REQUIRE(app.Find(Role::Link, first->title));
  CHECK(app.Find(Role::Link, first->title)->href == std::string("#/exercise/") + first->id);
  // Following a link goes where its address says.
  std::string href = app.Find(Role::Link, first->title)->href;
  app.Activate(Role::Link, first->title);
  app.Frames(2);
  CHECK(RouteToHash(app.state.nav.route) == href);
}
