        g.SettingsLoaded = true;  // Hearth: no .ini file is ever read
