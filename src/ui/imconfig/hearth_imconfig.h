// Dear ImGui build configuration for Hearth (IMGUI_USER_CONFIG).
#pragma once
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_METRICS_WINDOW
#define IMGUI_DISABLE_FILE_FUNCTIONS  // no filesystem in the page (and no imgui.ini)
#ifdef HEARTH_IMGUI_THROWING_ASSERT
// Native tests: a failed ImGui assert (Begin/End mismatch, bad ID stack...) throws, so the smoke test fails on it.
void HearthImGuiAssertFailed(const char* expr, const char* file, int line);
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : HearthImGuiAssertFailed(#_EXPR, __FILE__, __LINE__))
#endif
// Called by Hearth's copy of imgui_draw.cpp when text asks for a glyph the font atlas does not have
// (defined in ui/widgets/fonts.cpp: the first atlas leaves out rarely used ranges; see EnsureFonts).
void HearthGlyphMissing(unsigned int codepoint);
