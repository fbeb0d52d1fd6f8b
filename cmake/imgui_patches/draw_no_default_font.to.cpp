    IM_ASSERT(ConfigData.Size > 0 && "Hearth adds its fonts before building the atlas");
