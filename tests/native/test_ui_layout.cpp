// Layout at the extremes: the smallest phone with the largest text, and a wide desktop. No control
// may cover another (a tap must land on what the person sees) or leave the window.
#include <catch2/catch.hpp>

#include "support.h"

using namespace core;

namespace {
bool Interactive(Role r) {
  return r == Role::Button || r == Role::Link || r == Role::Radio || r == Role::Checkbox || r == Role::TextBox ||
         r == Role::Slider;
}
}  // namespace

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
      app.state.settings.text_size_index = text;
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

TEST_CASE("several edits to one field in one frame: the last one wins", "[ui]") {
  TestApp app(1280, 800, 1.0f);
  Go(app.state.nav, {Screen::Guide, "", ""});
  app.Frames(2);
  const MirrorItem* f = app.Find(Role::TextBox, "Search the guide");
  REQUIRE(f);
  app.host().next.text_edits.push_back({f->id, "CURIOSITE", 0, 9});
  app.host().next.text_edits.push_back({f->id, "curiosity", 9, 9});
  app.Frames(2);
  CHECK(app.state.reader.search_query == "curiosity");
}
