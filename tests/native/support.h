// A test harness around the native platform: a whole app (state + ImGui context) that runs
// frames, taps, and activates mirror items the way the browser does.
#pragma once
#include <catch2/catch.hpp>
#include <string>

#include "app/frame.h"
#include "core/app/app_state.h"
#include "helpers.h"
#include "imgui.h"
#include "platform/native/test_hooks.h"
#include "platform/platform.h"
#include "ui/app/ui.h"
#include "ui/widgets/fonts.h"

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
    core::LoadSaved(state, platform::Storage());
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

// ---- helpers shared by the tests that drive the app through the mirror ------------------------

// Where the caret is after an edit: at the start (what most tests send) or after the last
// character, as after typing.
enum class Caret { Start, End };

// Types `value` into the text box named `label` (the browser sends the field's whole new value),
// then runs `frames` frames.
inline void Type(TestApp& app, const std::string& label, const std::string& value, int frames = 1,
                 Caret caret = Caret::Start) {
  const core::MirrorItem* m = app.Find(core::Role::TextBox, label);
  REQUIRE(m);
  int at = caret == Caret::End ? static_cast<int>(value.size()) : 0;
  app.host().next.text_edits.push_back({m->id, value, at, at});
  app.Frames(frames);
}

// Opens the exercise at `id` (its address) and lets it settle for two frames.
inline void Open(TestApp& app, const std::string& id) {
  core::Go(app.state.nav, {core::Screen::Exercise, id, ""});
  app.Frames(2);
}
// The same with the clock set to `now_ms` first (a new TestApp starts at the host's default time).
inline void Open(TestApp& app, const std::string& id, double now_ms) {
  app.host().now_ms = now_ms;
  Open(app, id);
}

// Opens Settings and lets the page settle.
inline void OpenSettings(TestApp& app) {
  core::Go(app.state.nav, {core::Screen::Settings, "", ""});
  app.Frames(2);
}

// Sets the passphrase lock through Settings, as a person would.
inline void SetLock(TestApp& app, const std::string& pass) {
  OpenSettings(app);
  if (app.Activate(core::Role::Button, "Set a passphrase")) app.Frames(2);  // opens the form (it may be open already)
  Type(app, "New passphrase", pass);
  Type(app, "Repeat the passphrase", pass);
  REQUIRE(app.Activate(core::Role::Button, "Lock with this passphrase"));
  app.Frames(3);
  REQUIRE(app.host().lock_open);
}

// Some published item's name contains `part`.
inline bool HasText(TestApp& app, const std::string& part) {
  for (const auto& m : app.host().last_mirror)
    if (m.name.find(part) != std::string::npos) return true;
  return false;
}
// Closes and opens Hearth again on the same device: storage and the lock stay, memory starts fresh.
inline void Reopen(TestApp& app) {
  app.host().lock_open = false;
  app.host().focused = 0;  // a new page: nothing has focus
  app.state = core::AppState{};
  platform::ReadEmbedOptions(app.state);
  core::LoadSaved(app.state, platform::Storage());
  app.Frames(2);
}
// Some published item's name or value contains `part` (a text box's value included).
inline bool MirrorHas(TestApp& app, const std::string& part) {
  for (const auto& m : app.host().last_mirror)
    if (m.name.find(part) != std::string::npos || m.value_text.find(part) != std::string::npos) return true;
  return false;
}
// The first published item of `role` whose name starts with `start`, or nullptr.
inline const core::MirrorItem* FindStarting(TestApp& app, core::Role role, const std::string& start) {
  for (const auto& m : app.host().last_mirror)
    if (m.role == role && m.name.rfind(start, 0) == 0) return &m;
  return nullptr;
}
// The item that has keyboard focus, or nullptr.
inline const core::MirrorItem* Focused(TestApp& app) {
  for (const auto& m : app.host().last_mirror)
    if (m.id == app.host().focused) return &m;
  return nullptr;
}
