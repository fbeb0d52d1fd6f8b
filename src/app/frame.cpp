// One frame (see frame.h). Time is an input: the platform reads the clock once, in BeginFrame, and
// everything after sees that one reading.
#include "app/frame.h"

#include "core/app/step.h"
#include "core/store/store.h"
#include "imgui.h"
#include "platform/platform.h"
#include "ui/app/ui.h"
#include "ui/widgets/fonts.h"

namespace app {

void RunFrame(core::AppState& s) {
  platform::BeginFrame(s);                // the clock, sizes, preferences and input -> s.frame.in (and ImGui's IO)
  core::Step(s, platform::Storage());     // what arrived is applied before anything is drawn
  if (ui::PrepareFrame(s)) platform::FontsChanged();
  ImGui::NewFrame();
  ui::Draw(s);                            // changes state only through core; fills s.frame.out
  ImGui::Render();
  // Text asked for a glyph the first font atlas leaves out: keep the last picture on screen and
  // draw again at once with the full atlas (ui/widgets/fonts.h).
  if (ui::NeedsFullGlyphs()) platform::DiscardPicture();
  core::Store(s, platform::Storage(), false);  // what changed is written when due (throttled)
  platform::EndFrame(s);                  // renders, publishes the mirror, delivers s.frame.out, schedules
}

void PageHidden(core::AppState& s) { core::Store(s, platform::Storage(), true); }

}  // namespace app
