// Hearth's entry point: wires the state, the platform and the UI together. Nothing else.
#include <string>

#include "core/app_state.h"
#include "imgui.h"
#include "platform/platform.h"
#include "platform/save.h"
#include "ui/fonts.h"
#include "ui/ui.h"

namespace {
core::AppState g_state;  // the one application state; every function below receives it explicitly

void Frame() {
  core::AppState& s = g_state;
  platform::BeginFrame(s);  // the clock is read here, once
  if (ui::PrepareFrame(s)) platform::FontsChanged();
  ImGui::NewFrame();
  ui::Draw(s);
  ImGui::Render();
  // Text asked for a glyph the first font atlas leaves out: keep the last picture on screen and
  // draw again at once with the full atlas (ui/fonts.h).
  if (ui::NeedsFullGlyphs()) platform::DiscardPicture();
  platform::EndFrame(s);
  platform::SaveIfDue(s, false);
}

void Hidden() { platform::SaveIfDue(g_state, true); }
}  // namespace

int main() {
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // nothing is written behind the person's back
  platform::ReadEmbedOptions(g_state);  // before loading: a site may set the storage namespace
  platform::LoadSaved(g_state);
  std::string error;
  if (!platform::Init(error)) return 1;  // the page shows its own message when WebGL2 is missing
  platform::SetFrameCallback(Frame);
  platform::SetHiddenCallback(Hidden);
  platform::RequestFrame();
  return 0;  // the runtime stays alive; frames arrive on demand
}
