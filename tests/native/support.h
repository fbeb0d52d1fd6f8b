// A test harness around the native platform: a whole app (state + ImGui context) that runs
// frames, taps, and activates mirror items the way the browser does.
#pragma once
#include <string>

#include "app/frame.h"
#include "core/app_state.h"
#include "imgui.h"
#include "platform/native/test_hooks.h"
#include "platform/platform.h"
#include "platform/save.h"
#include "ui/fonts.h"
#include "ui/ui.h"

// The guide's chapters come in a file after the first frame. Most tests start with it already
// arrived (handed over and checked as the browser's copy would be); the loading tests start without.
enum class GuideAtStart { Arrived, NotYet };

struct TestApp {
  core::AppState state;
  ImGuiContext* ctx = nullptr;

  // `query`: the page's search string, as an embedding site would set it ("?org=...").
  TestApp(float w, float h, float dpr, const std::string& query = "", GuideAtStart guide = GuideAtStart::Arrived) {
    platform::Host() = platform::NativeHost{};
    platform::Host().query = query;
    platform::Host().css_w = w;
    platform::Host().css_h = h;
    platform::Host().dpr = dpr;
    ui::SetItalicFace("");  // a fresh page: the italic face comes with the first frame (native platform)
    ctx = ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    platform::ReadEmbedOptions(state);
    ui::LoadContent(state);
    if (guide == GuideAtStart::Arrived) {
      core::NextGuideFetch(state.guide_load);
      core::ReceiveGuide(state.guide_load, state.guide, {true, 200, false, std::string(platform::NativeGuideFile())});
    } else {
      host().guide_answers = false;  // the test hands over the file (or a failure) itself
    }
    platform::LoadSaved(state);
    std::string err;
    platform::Init(err);
  }
  ~TestApp() { ImGui::DestroyContext(ctx); }
  TestApp(const TestApp&) = delete;
  TestApp& operator=(const TestApp&) = delete;

  platform::NativeHost& host() { return platform::Host(); }

  void Frame() {
    app::RunFrame(state);  // the browser's frame, exactly (src/app/frame.cpp)
    host().now_ms += 16;
  }
  void Frames(int n) {
    for (int i = 0; i < n; ++i) Frame();
  }
  const core::MirrorItem* Find(core::Role role, const std::string& name) const {
    for (const auto& m : platform::Host().last_mirror)
      if (m.role == role && m.name == name) return &m;
    return nullptr;
  }
  bool Activate(core::Role role, const std::string& name) {
    const core::MirrorItem* m = Find(role, name);
    if (!m) return false;
    host().next.activations.push_back(m->id);
    return true;
  }
  void Tap(float x, float y) {
    double t = host().now_ms;
    host().pointer.Push({platform::PointerEv::Down, platform::PointerKind::Touch, x, y, 0, t});
    host().pointer.Push({platform::PointerEv::Up, platform::PointerKind::Touch, x, y, 0, t + 60});
  }
};
