    const ImWchar i = IndexLookup.Data[c];
    if (i == (ImWchar)-1)
    {
        HearthGlyphMissing(c);
        return FallbackGlyph;
    }
    return &Glyphs.Data[i];
}

const ImFontGlyph* ImFont::FindGlyphNoFallback
