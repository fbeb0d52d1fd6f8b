    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
