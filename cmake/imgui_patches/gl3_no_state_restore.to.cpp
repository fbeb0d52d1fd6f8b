    // Hearth: nothing to restore (see the backup's place above). ImGui leaves the scissor test on, and
    // the platform's next clear must cover the whole canvas.
    glDisable(GL_SCISSOR_TEST);
