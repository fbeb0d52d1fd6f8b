// Settings drawn for real: the text-size value is its own line above the slider, where the
// slider's handle can never cover it, and it follows the size chosen.
#include <catch2/catch.hpp>
#include <string>

#include "core/settings.h"
#include "support.h"

using namespace core;

TEST_CASE("the text size value is shown above its slider, never under the handle", "[ui][settings]") {
  for (auto [w, h, dpr] : {std::tuple{390.0f, 844.0f, 3.0f}, std::tuple{1280.0f, 800.0f, 1.0f}}) {
    TestApp app(w, h, dpr);
    Go(app.state.nav, {Screen::Settings, "", ""});
    app.Frames(2);
    // Every size, smallest to largest: the line says the value and sits wholly above the slider.
    while (TextSizePercent(app.state.settings) > kTextSizes.front()) {
      REQUIRE(app.Activate(Role::Button, "Smaller text"));
      app.Frames(2);
    }
    for (size_t i = 0; i < kTextSizes.size(); ++i) {
      std::string value = std::to_string(TextSizePercent(app.state.settings)) + " %";
      INFO(w << " px, " << value);
      const MirrorItem* line = app.Find(Role::Text, "Now: " + value);
      const MirrorItem* slider = app.Find(Role::Slider, "Text size");
      REQUIRE(line);
      REQUIRE(slider);
      CHECK(slider->value_text == value);  // screen readers still hear the value on the slider
      CHECK(line->y + line->h <= slider->y + 0.5f);
      CHECK(line->x + line->w <= w + 0.5f);
      if (i + 1 < kTextSizes.size()) {
        REQUIRE(app.Activate(Role::Button, "Larger text"));
        app.Frames(2);
      }
    }
    CHECK(TextSizePercent(app.state.settings) == kTextSizes.back());
  }
}
