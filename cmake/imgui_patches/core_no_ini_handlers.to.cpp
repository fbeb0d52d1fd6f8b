    // Hearth: no .ini handlers. Hearth never reads or writes ImGui's .ini text (io.IniFilename is null
    // and nothing calls the Load/Save...IniSettings functions), so the handlers and their parsing drop out.
