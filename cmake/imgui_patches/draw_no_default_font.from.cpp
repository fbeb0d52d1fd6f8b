    if (ConfigData.Size == 0)
        AddFontDefault();
