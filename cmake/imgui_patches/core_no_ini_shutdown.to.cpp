    if (false)  // Hearth: no .ini file is ever written
    {
        ImGuiContext* backup_context = GImGui;
