    // Hearth: the page's WebGL2 context is ImGui's alone, so no GL state is read back to be restored
    // (each glGet* is a getParameter call, which can wait for the GPU: 20-90 ms a frame in SwiftShader).
    glActiveTexture(GL_TEXTURE0);
