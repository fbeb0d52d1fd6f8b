// The shared controls (ui/widgets): a tap clicks once, the last of several edits wins, a control keeps its
// mirror id, a control reached by Tab is scrolled into view, and groups of choices are published as groups.
#include <catch2/catch.hpp>
#include <string>

#include "imgui_internal.h"
#include "support.h"

using namespace core;

TEST_CASE("a tap on a button's place clicks it exactly once") {
  TestApp app(390, 844, 3.0f);
  app.Frames(2);
  const MirrorItem* b = app.Find(Role::Button, "Try an exercise");
  REQUIRE(b);
  app.Tap(b->x + b->w / 2, b->y + b->h / 2);
  app.Frames(6);
  CHECK(app.state.nav.route.screen == Screen::Exercises);
  CHECK(app.state.nav.back.size() == 1);  // one click, one move
}

TEST_CASE("several edits to one field in one frame: the last one wins", "[ui]") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Guide, "", ""});
  app.Frames(2);
  const MirrorItem* f = app.Find(Role::TextBox, "Search the guide");
  REQUIRE(f);
  app.host().next.text_edits.push_back({f->id, "CURIOSITE", 0, 9});
  app.host().next.text_edits.push_back({f->id, "curiosity", 9, 9});
  app.Frames(2);
  CHECK(app.state.doc.reader.search_query == "curiosity");
}

TEST_CASE("a control keeps its mirror id when its label changes (focus is not lost)", "[ui][a11y]") {
  TestApp app(390, 844, 2.0f);
  app.Frames(2);
  const MirrorItem* menu = app.Find(Role::Button, "Menu");
  REQUIRE(menu);
  uint32_t id = menu->id;
  REQUIRE(app.Activate(Role::Button, "Menu"));
  app.Frames(2);
  REQUIRE(app.state.nav.menu_open);
  menu = app.Find(Role::Button, "Menu");
  REQUIRE(menu);
  CHECK(menu->id == id);  // drawn as "Close", the same element for screen readers and focus
  CHECK(menu->expanded);
}

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
  CHECK(app.state.doc.ex.coach.parts.feeling == "hurt");
  CHECK(app.Find(Role::Button, "hurt")->checked == 1);
  REQUIRE(app.Activate(Role::Button, "hurt"));
  app.Frames(2);
  CHECK(app.state.doc.ex.coach.parts.feeling.empty());
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

// The focused field shows the DOM field's caret and selection (bytes there, characters in ImGui), and
// a tap in the drawn text sends the caret it placed back to the DOM field.
TEST_CASE("a focused field draws the DOM's caret and selection; a tap in it places the DOM's caret", "[ui][caret]") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Guide, "", ""});
  app.Frames(2);
  const MirrorItem* f = app.Find(Role::TextBox, "Search the guide");
  REQUIRE(f);
  const uint32_t id = f->id;
  const float fx = f->x, fy = f->y, fw = f->w, fh = f->h;
  const std::string value = "caf\xC3\xA9 au lait";  // é is two bytes
  app.host().focused = id;
  app.host().next.text_edits.push_back({id, value, 8, 6});  // "au" (bytes 6-8) selected backward
  app.Frames(2);
  CHECK(app.state.frame.out.caret.id == id);
  CHECK(app.state.frame.out.caret.anchor == 8);
  CHECK(app.state.frame.out.caret.caret == 6);
  CHECK(app.state.frame.out.caret.comp_start == -1);
  CHECK(app.state.frame.out.text_select.id == 0);  // the DOM's own selection is not sent back to it
  const ImGuiInputTextState* st = ImGui::GetInputTextState(id);
  REQUIRE(st);
  CHECK(st->Stb.cursor == 5);  // characters: "café " is five
  CHECK(st->Stb.select_start == 7);
  CHECK(st->Stb.select_end == 5);

  // Composing (IME): the range comes through to what is drawn.
  app.host().next.text_edits.push_back({id, value, 12, 12, 7, 12});
  app.Frames(1);
  CHECK(app.state.frame.out.caret.comp_start == 7);
  CHECK(app.state.frame.out.caret.comp_end == 12);

  // A tap far right of the text puts the caret at the end; one at the field's left edge, at the start.
  auto tap = [&](float x) {
    app.Tap(x, fy + fh / 2);
    core::TextCaret sent;
    for (int i = 0; i < 4; ++i) {
      app.Frame();
      if (app.state.frame.out.text_select.id) sent = app.state.frame.out.text_select;
    }
    return sent;
  };
  core::TextCaret sent = tap(fx + fw - 10);
  CHECK(sent.id == id);
  CHECK(sent.caret == static_cast<int>(value.size()));
  CHECK(sent.anchor == sent.caret);
  sent = tap(fx + 2);
  CHECK(sent.id == id);
  CHECK(sent.caret == 0);

  // Focus leaves: no caret is drawn, and ImGui's field is no longer active.
  app.host().focused = 0;
  app.Frames(2);
  CHECK(app.state.frame.out.caret.id == 0);
  CHECK(ImGui::GetActiveID() != id);
}

TEST_CASE("a link too long for its row wraps onto more lines and stays on screen, each line a target", "[ui]") {
  TestApp app(390, 1400, 3.0f);  // a phone's width; tall enough that the results below stay on screen
  Go(app.state.nav, {Screen::Guide, "", ""});
  app.Frames(2);
  Type(app, "Search the guide", "apology", 2, Caret::End);
  const MirrorItem* shorter = FindStarting(app, Role::Link, "Rekindling and repair");
  const MirrorItem* longer = FindStarting(app, Role::Link, "What intimacy is made of \xE2\x80\x94 Compassion");
  REQUIRE(shorter);
  REQUIRE(longer);
  CHECK(longer->x + longer->w <= 390.0f);    // was cut at the screen's right edge
  CHECK(longer->h > shorter->h * 1.8f);      // on two lines (or more)
  const float x = longer->x + 10, y = longer->y + longer->h * 0.75f;  // on its last line
  app.Frames(2);
  app.Tap(x, y);
  app.Frames(6);
  CHECK(app.state.nav.route.screen == Screen::Chapter);
  CHECK(app.state.nav.route.id == "building-blocks");
}
