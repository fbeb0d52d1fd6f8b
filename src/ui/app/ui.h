// The UI's entry points and one draw function per screen (each in its own file).
#pragma once
#include "core/app/app_state.h"

namespace ui {

void LoadContent(core::AppState& s);  // parses the embedded help lines (once; Draw calls it when a screen needs them)
// The chapters come in a file after the first frame: true when they are here. Otherwise draws
// "Loading the guide…", or why it failed with a "Try again" button, and returns false.
bool GuideArrived(core::AppState& s, const char* what = "the guide");
bool PrepareFrame(core::AppState& s); // fonts and style for this frame; true when the font atlas was rebuilt
void Draw(core::AppState& s);         // the whole app, one frame

void DrawNavBar(core::AppState& s);
void DrawHome(core::AppState& s);
void DrawGuide(core::AppState& s);    // contents
void DrawChapter(core::AppState& s);  // one chapter
void DrawExercises(core::AppState& s);
void DrawExercise(core::AppState& s);
void DrawTimeout(core::AppState& s);
void DrawProgress(core::AppState& s);
void DrawHomework(core::AppState& s);  // a counselor's homework (ui/progress/homework.cpp)
void DrawSettings(core::AppState& s);
void DrawLockScreen(core::AppState& s);    // Hearth opened locked: the passphrase, or a time-out
void DrawLockSettings(core::AppState& s);  // set, lock now, remove (part of Settings)

void DrawTimeoutReminder(core::AppState& s);  // a slim "minutes left" bar on other screens
// A chapter's sources as a small muted bulleted list (the chapter's end, the time-out's Sources).
void DrawSourceList(core::AppState& s, const core::Chapter& c, int id_base);
// Hearth in a frame whose storage the browser keeps closed: the one button that helps ("Let Hearth keep
// your progress on this device", or "Open Hearth in its own tab..."). False when there is none.
bool DrawStorageChoice(core::AppState& s, float width);
void DrawHelpResources(core::AppState& s);    // the help lines (the getting-help chapter, the time-out's safety note)
// The practice Hearth came from, for printed pages: the embedding site's `org`, else the homework
// link's, else "".
std::string PracticeName(const core::AppState& s);

}  // namespace ui
