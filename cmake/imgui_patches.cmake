# Hearth's patches to Dear ImGui 1.86 (Debian's source, in IMGUI_DIR): patched copies of two ImGui
# files are written to build/<dir>/generated/ at configure time and compiled instead of the stock ones.
# Each patch is a pair of snippets in cmake/imgui_patches/: <name>.from.cpp, the text as 1.86 has it,
# and <name>.to.cpp, what Hearth compiles in its place (a snippet file's final newline is not part of
# the snippet). A `from` that is not in the file exactly once stops the configure step, so a different
# ImGui fails loudly instead of building unpatched.
#
# Sets IMGUI_DRAW_CPP, IMGUI_CORE_CPP and IMGUI_WIDGETS_CPP (both builds) and, under Emscripten, GL3_CPP (Hearth's WebGL2 backend).

include("${CMAKE_CURRENT_LIST_DIR}/write_if_changed.cmake")
set(HEARTH_IMGUI_PATCH_DIR "${CMAKE_CURRENT_LIST_DIR}/imgui_patches")

# Writes to `out` the text of `source` with each named patch applied, in order.
function(hearth_imgui_patch source out)
  file(READ "${source}" text)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source}")  # re-configure when Debian's file changes
  foreach(name IN LISTS ARGN)
    foreach(side from to)
      set(snippet "${HEARTH_IMGUI_PATCH_DIR}/${name}.${side}.cpp")
      if(NOT EXISTS "${snippet}")
        message(FATAL_ERROR "ImGui patch '${name}': ${snippet} is missing")
      endif()
      file(READ "${snippet}" ${side})
      string(REGEX REPLACE "\n$" "" ${side} "${${side}}")
      set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${snippet}")
    endforeach()
    string(FIND "${text}" "${from}" first)
    string(FIND "${text}" "${from}" last REVERSE)
    if(first EQUAL -1)
      message(FATAL_ERROR "ImGui patch '${name}' does not apply: the text of ${name}.from.cpp was not "
        "found in ${source}. Is IMGUI_DIR Dear ImGui 1.86? Update the snippet if ImGui changed.")
    elseif(NOT first EQUAL last)
      message(FATAL_ERROR "ImGui patch '${name}' is ambiguous: the text of ${name}.from.cpp occurs more "
        "than once in ${source}. Make the snippet longer so it matches one place.")
    endif()
    string(REPLACE "${from}" "${to}" text "${text}")
  endforeach()
  hearth_write_if_changed("${out}" "${text}")
endfunction()

# imgui_draw.cpp
#  draw_glyph_missing: FindGlyph tells HearthGlyphMissing (ui/widgets/fonts.cpp) about a glyph the atlas lacks,
#    so the first atlas can leave out rare ranges and the frame is redrawn with the full one.
#  draw_no_default_font (web): Hearth adds its fonts before Build(), so ImGui's fallback font
#    (ProggyClean, ~10 KB gzip with its decoder) is never drawn; without the call the linker drops it.
#  draw_browser_fonts (web): the atlas is built by platform/web/fonts_web.cpp, whose glyphs the browser
#    draws, so stb_truetype's builder is never called and the linker drops it (with the font files,
#    about 30 KB gzip of the first visit).
set(HEARTH_IMGUI_DRAW_PATCHES draw_glyph_missing)
if(EMSCRIPTEN)
  list(APPEND HEARTH_IMGUI_DRAW_PATCHES draw_no_default_font draw_browser_fonts)
endif()
set(IMGUI_DRAW_CPP "${CMAKE_BINARY_DIR}/generated/imgui_draw_hearth.cpp")
hearth_imgui_patch("${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DRAW_CPP}" ${HEARTH_IMGUI_DRAW_PATCHES})

# imgui.cpp (web only; the native build compiles the stock file)
#  core_no_ini_handlers, core_no_ini_load, core_no_ini_save, core_no_ini_shutdown: Hearth never reads
#    or writes ImGui's .ini text (io.IniFilename is null), so the window and table settings handlers
#    are not installed and the .ini file functions are never called: the linker drops them all.
set(IMGUI_CORE_CPP "${IMGUI_DIR}/imgui.cpp")
if(EMSCRIPTEN)
  set(IMGUI_CORE_CPP "${CMAKE_BINARY_DIR}/generated/imgui_hearth.cpp")
  hearth_imgui_patch("${IMGUI_DIR}/imgui.cpp" "${IMGUI_CORE_CPP}"
    core_no_ini_handlers core_no_ini_load core_no_ini_save core_no_ini_shutdown)
endif()

# imgui_widgets.cpp (web only; the native build compiles the stock file)
#  widgets_slider_no_typing: Hearth's sliders (ui::SliderSteps) pass ImGuiSliderFlags_NoInput: they are
#    moved by pointer, keys or the mirror, never typed into. Made constant here, the typed-input path
#    (TempInputScalar, DataTypeApplyOpFromText and the sscanf it parses with) drops out of the link.
set(IMGUI_WIDGETS_CPP "${IMGUI_DIR}/imgui_widgets.cpp")
if(EMSCRIPTEN)
  set(IMGUI_WIDGETS_CPP "${CMAKE_BINARY_DIR}/generated/imgui_widgets_hearth.cpp")
  hearth_imgui_patch("${IMGUI_DIR}/imgui_widgets.cpp" "${IMGUI_WIDGETS_CPP}" widgets_slider_no_typing)
endif()

# backends/imgui_impl_opengl3.cpp (web only): the font atlas goes to the GPU as one byte per pixel (R8)
# and the shader reads it as alpha over white, which is what the stock RGBA32 texture holds: the same
# picture from a quarter of the bytes. Hearth draws no other texture. (Under Emscripten the backend
# sees only the GLES2 header, so GL_R8 and GL_RED are written as numbers.)
#  gl3_atlas_alpha8: read the atlas as 1 byte per pixel instead of RGBA32.
#  gl3_atlas_r8_upload: upload those bytes as an R8 texture (rows are not 4-byte aligned).
#  gl3_shader_r8_alpha: the WebGL2 (GLSL 300 es) fragment shader takes alpha from the red channel.
#  gl3_only_glsl_300_es: WebGL2 is the only target, so the GLSL 120/130/410 shaders are not kept.
#  gl3_no_state_backup, gl3_no_state_restore: the canvas's WebGL2 context is ImGui's alone, so its
#    GL state is not read back each frame to be restored (in Chromium each read is a getParameter that
#    can wait for the GPU); only the scissor test is turned off again for the platform's next clear.
if(EMSCRIPTEN)
  set(GL3_CPP "${CMAKE_BINARY_DIR}/generated/imgui_impl_opengl3_hearth.cpp")
  hearth_imgui_patch("${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp" "${GL3_CPP}"
    gl3_atlas_alpha8 gl3_atlas_r8_upload gl3_shader_r8_alpha gl3_only_glsl_300_es gl3_no_state_backup gl3_no_state_restore)
  set_source_files_properties("${GL3_CPP}" PROPERTIES COMPILE_OPTIONS "-fno-exceptions;-fno-rtti")
endif()
