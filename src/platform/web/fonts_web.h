// The web platform's side of the font atlas (fonts_web.cpp), for platform_web.cpp.
#pragma once

namespace platform::web {

// The atlas texture was made again (its glyphs are drawn into the texture, not into its bytes).
void GlyphsNeeded();
// Has the browser draw the last built atlas's glyphs into its texture, once the backend has made
// it and until it is made again. Cheap when there is nothing to draw.
void DrawGlyphsIfNeeded();

}  // namespace platform::web
