// Hearth's entry point: wires the state, the platform and the frame together. Nothing else.
#include <string>

#include "app/frame.h"
#include "core/app/app_state.h"
#include "core/store/store.h"
#include "imgui.h"
#include "platform/platform.h"

namespace {
core::AppState g_state;  // the one application state; every function below receives it explicitly

void Frame() { app::RunFrame(g_state); }
void Hidden() { app::PageHidden(g_state); }
}  // namespace

int main() {
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // nothing is written behind the person's back
  platform::ReadEmbedOptions(g_state);  // before loading: a site may set the storage namespace
  core::LoadSaved(g_state, platform::Storage());
  std::string error;
  if (!platform::Init(error)) return 1;  // the page shows its own message when WebGL2 is missing
  platform::SetFrameCallback(Frame);
  platform::SetHiddenCallback(Hidden);
  platform::RequestFrame();
  return 0;  // the runtime stays alive; frames arrive on demand
}
