    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, 0x8229 /* GL_R8 */, width, height, 0, 0x1903 /* GL_RED */, GL_UNSIGNED_BYTE, pixels);
