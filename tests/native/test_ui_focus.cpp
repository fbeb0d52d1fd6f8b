// Keyboard focus and the page: a control reached by Tab is brought into view.
#include <catch2/catch.hpp>

#include "support.h"

using namespace core;

TEST_CASE("a control reached by Tab below the fold is scrolled into view once, then scrolling is free", "[a11y][focus]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Settings, "", ""});
  app.Frames(2);
  const MirrorItem* del = app.Find(Role::Button, "Delete all my data");
  REQUIRE(del);
  REQUIRE(del->offscreen);
  uint32_t id = del->id;
  auto focused_frames = [&](int n, ScrollKey key = ScrollKey::None) {
    for (int i = 0; i < n; ++i) {
      app.host().next.scroll_key = i == 0 ? key : ScrollKey::None;
      app.host().next.focus_id = id;
      app.host().next.focus_visible = true;
      app.Frame();
    }
  };
  focused_frames(3);
  del = app.Find(Role::Button, "Delete all my data");
  REQUIRE(del);
  CHECK_FALSE(del->offscreen);
  CHECK(del->y + del->h <= 844.0f);
  // The person scrolls back to the top (Home) while focus stays: the page is not pulled back.
  focused_frames(4, ScrollKey::Home);
  del = app.Find(Role::Button, "Delete all my data");
  REQUIRE(del);
  CHECK(del->offscreen);
}

// ---- where focus goes: the new content's heading, a field that opened, Skip to content ----

namespace {
MirrorItem Item(uint32_t id, Role role, const std::string& name, int level = 0, bool in_nav = false) {
  MirrorItem m;
  m.id = id;
  m.role = role;
  m.name = name;
  m.level = level;
  m.in_nav = in_nav;
  return m;
}
}  // namespace

TEST_CASE("a focus request finds the page's main heading or the named item", "[a11y][focus]") {
  std::vector<MirrorItem> tree = {Item(1, Role::Heading, "Menu", 1, true), Item(2, Role::Link, "Back"),
                                  Item(3, Role::Heading, "Intro", 2), Item(4, Role::Heading, "Title", 1),
                                  Item(5, Role::Radio, "Every week")};
  CHECK(ResolveFocus(tree, FocusMainHeading()) == 4);  // the page's h1, not the bar's, not an h2 before it
  tree.erase(tree.begin() + 3);
  CHECK(ResolveFocus(tree, FocusMainHeading()) == 3);  // no h1: the first heading of the page
  CHECK(ResolveFocus(tree, FocusItem(Role::Radio, "Every week")) == 5);
  CHECK(ResolveFocus(tree, FocusItem(Role::Link, "Every week")) == 0);  // role and name must both match
  CHECK(ResolveFocus(tree, FocusRequest{}) == 0);
  tree.erase(tree.begin() + 2);
  CHECK(ResolveFocus({tree[0]}, FocusMainHeading()) == 0);  // the bar's heading never counts
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

TEST_CASE("Change day and time sends focus into the editor, and Done sends it back", "[a11y][focus][rituals]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Exercise, "ritual-planner", ""});
  app.Frames(3);
  REQUIRE(app.Activate(Role::Checkbox, "A standing date"));
  app.Frames(2);
  const MirrorItem* change = app.Find(Role::Button, "Change day and time: A standing date");
  REQUIRE(change);
  app.host().focused = change->id;
  app.host().keyboard = true;
  REQUIRE(app.Activate(Role::Button, "Change day and time: A standing date"));
  app.Frames(5);
  CHECK_FALSE(app.Find(Role::Button, "Change day and time: A standing date"));
  REQUIRE(Focused(app));
  CHECK(Focused(app)->role == Role::Radio);
  CHECK(Focused(app)->name == "Every week");
  CHECK_FALSE(Focused(app)->offscreen);  // brought into view
  REQUIRE(app.Activate(Role::Button, "Done with A standing date"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "Change day and time: A standing date");
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

TEST_CASE("groups of choices are published as one group each, radios or a toolbar of toggles", "[a11y][focus]") {
  auto members = [](TestApp& app, const std::string& group) {
    std::vector<MirrorItem> out;
    for (const auto& m : app.host().last_mirror)
      if (m.group && m.group_name == group) out.push_back(m);
    return out;
  };
  auto one_group = [](const std::vector<MirrorItem>& ms) {
    for (const auto& m : ms)
      if (m.group != ms.front().group) return false;
    return !ms.empty();
  };
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Exercise, "i-statement-coach", ""});
  app.Frames(3);
  auto feel = members(app, "Feeling words");
  REQUIRE(feel.size() >= 20);
  CHECK(one_group(feel));
  for (const auto& m : feel) {
    CHECK(m.group_kind == GroupKind::Toolbar);
    CHECK(m.role == Role::Button);
    CHECK(m.toggle);
    CHECK(m.checked == 0);
  }
  // A toggle: pressed once it is the feeling; pressed again it is not.
  REQUIRE(app.Activate(Role::Button, "hurt"));
  app.Frames(2);
  CHECK(app.state.ex.coach.parts.feeling == "hurt");
  CHECK(app.Find(Role::Button, "hurt")->checked == 1);
  REQUIRE(app.Activate(Role::Button, "hurt"));
  app.Frames(2);
  CHECK(app.state.ex.coach.parts.feeling.empty());
  CHECK(app.Find(Role::Button, "hurt")->checked == 0);

  Go(app.state.nav, {Screen::Settings, "", ""});
  app.Frames(3);
  auto theme = members(app, "Theme");
  REQUIRE(theme.size() == 3);
  CHECK(one_group(theme));
  CHECK(theme[0].group_kind == GroupKind::Radios);
  CHECK(theme[1].name == "Light");

  Go(app.state.nav, {Screen::Exercise, "shared-experiences", ""});
  app.Frames(3);
  auto cost = members(app, "Cost");
  REQUIRE(cost.size() == 4);  // Any and three costs
  CHECK(one_group(cost));
  CHECK(cost[0].role == Role::Radio);
  CHECK(cost[0].group != members(app, "Kind").front().group);  // each row of chips is its own group

  Go(app.state.nav, {Screen::Timeout, "", ""});
  app.Frames(3);
  auto len = members(app, "How long");
  int radios = 0;
  for (const auto& m : len) radios += m.role == Role::Radio;
  CHECK(radios == 5);  // 20, 30, 45, 60 minutes and Another length
  CHECK(one_group(len));
}

TEST_CASE("the time-out keeps focus on what comes next when its buttons go away", "[a11y][focus][timeout]") {
  TestApp app(390, 844, 2.0f);
  Go(app.state.nav, {Screen::Timeout, "", ""});
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "I understand"));
  app.Frames(2);
  app.host().keyboard = true;
  REQUIRE(app.Activate(Role::Button, "Let's pause — start a time-out of 20 minutes"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "Time-out");
  CHECK(Focused(app)->level == 1);
  REQUIRE(app.Activate(Role::Button, "I'm ready to come back"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "End the break now?");
  REQUIRE(app.Activate(Role::Button, "Keep pausing"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "I'm ready to come back");
  REQUIRE(app.Activate(Role::Button, "I'm ready to come back"));
  app.Frames(3);
  REQUIRE(app.Activate(Role::Button, "Yes, end the break now"));
  app.Frames(3);
  REQUIRE(Focused(app));
  CHECK(Focused(app)->name == "Time to come back");  // the new heading, not the one that was there
}
