    // Hearth: WebGL2 only, so GLSL 300 es only (the other shaders and the version parsing drop out)
    int glsl_version = 300;
