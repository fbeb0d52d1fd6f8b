        builder_io = ImFontAtlasGetBuilderForStbTruetype();
