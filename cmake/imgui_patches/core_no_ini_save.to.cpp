            g.IO.WantSaveIniSettings = true;  // Hearth: no .ini file is ever written
