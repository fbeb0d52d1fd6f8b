        { extern const ImFontBuilderIO* HearthFontBuilder(); builder_io = HearthFontBuilder(); }  // platform/web/fonts_web.cpp
