// The benchmark's yardstick: the smallest ImGui + WebGL2 page, built with Hearth's own flags.
// It draws one frame and marks <html data-ready="1">, like Hearth does.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"

EM_JS(void, minimal_ready, (), { document.documentElement.dataset.ready = "1"; });
EM_JS(int, minimal_w, (), { return document.getElementById("canvas").clientWidth; });
EM_JS(int, minimal_h, (), { return document.getElementById("canvas").clientHeight; });

static void Frame() {
  ImGuiIO& io = ImGui::GetIO();
  int w = minimal_w(), h = minimal_h();
  emscripten_set_canvas_element_size("#canvas", w, h);
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  io.DeltaTime = 1.0f / 60.0f;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("Minimal");
  ImGui::Text("Hello from a minimal ImGui page.");
  ImGui::Button("A button");
  ImGui::End();
  ImGui::Render();
  glViewport(0, 0, w, h);
  glClearColor(0.95f, 0.95f, 0.95f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  minimal_ready();
}

int main() {
  EmscriptenWebGLContextAttributes a;
  emscripten_webgl_init_context_attributes(&a);
  a.majorVersion = 2;
  a.alpha = a.depth = a.stencil = a.antialias = false;
  emscripten_webgl_make_context_current(emscripten_webgl_create_context("#canvas", &a));
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_request_animation_frame([](double, void*) -> EM_BOOL { Frame(); return EM_FALSE; }, nullptr);
  return 0;
}
