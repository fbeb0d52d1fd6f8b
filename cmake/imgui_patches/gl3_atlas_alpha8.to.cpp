    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
