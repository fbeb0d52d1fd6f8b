// Pieces every exercise screen uses: the header, saving a change, marking one done, rating scales,
// "one phone, two people" hand-over, copy / save-as-file / print buttons, and today's date.
#pragma once
#include <string>
#include <vector>

#include "core/app/app_state.h"
#include "ui/widgets/widgets.h"

namespace ui {

// "All exercises" back link, the exercise's title (h1) and its one line.
void ExerciseHeader(core::AppState& s, const char* exercise_id);
// The conflict exercises' safety note, right under the header: these tools are not for a partner
// you fear (or who fears you), and the help lines are one tap away ("Where to get help" unfolds them
// in place; they fold again when another exercise is opened).
void SafetyNote(core::AppState& s, const char* exercise_id);
// A link that unfolds the help lines in place (and "Hide the help lines" folds them); `key` names this
// place, so only one place has them open at a time.
void HelpLinesToggle(core::AppState& s, const std::string& key, const char* open_label);
void Changed(core::AppState& s);  // something saved changed: save soon
// The person finished exercise `id`: recorded for Progress, saved, and "Saved" is announced.
void Done(core::AppState& s, const char* exercise_id);
int Today(const core::AppState& s);  // local day number (core/base/calendar.h)

// A row of numbered choices lo..hi (finger-sized), with words under the ends. Each choice is a
// radio in the mirror named "<label>: <n>" (plus the end word). Returns true when *v changed.
bool RatingScale(core::AppState& s, const char* label, int* v, int lo, int hi, const char* lo_word,
                 const char* hi_word);
// One choice among several as a wrapping row of buttons: "Any" (-1) then the options. Each is a radio in
// the mirror named "<group>: <option>". Returns true when *v changed.
bool Chips(core::AppState& s, const char* group, int* v, const std::vector<std::string>& options);
// A muted line under a checkbox, lined up with the checkbox's label.
void CheckboxDetail(core::AppState& s, const char* text);
// One choice among several, as a column of radio buttons. Returns true when *v changed.
bool Choice(core::AppState& s, const char* label, int* v, const std::vector<std::string>& options);

// "One phone, two people": a screen that covers the first person's answers and asks the second
// to take the device. Returns true when the second person presses "I'm <name>, show my questions".
bool Handover(core::AppState& s, const std::string& first_name, const std::string& second_name);

// An action that throws away someone's answers or words asks first, as "Delete all my data" does.
// The action is a secondary button on its own row, at least 48 px below whatever is above it (so it
// is never mistaken for, or tapped instead of, the main action). Pressed, it turns into the question
// with "keep" first (the easy choice) and "yes" 48 px below it. The caller keeps whether the question
// is up (`asking`) and acts on what this returns.
struct DiscardText {
  std::string action, action_name;  // the button ("Delete"), and its accessible name when it says too little
  std::string question;             // "Delete this moment? This cannot be undone."
  std::string yes, yes_name;        // "Yes, delete"
  std::string keep, keep_name;      // "Keep it"
};
// The usual wording for deleting one saved entry: "Delete" / "Delete the <thing> from <label>", and so on.
DiscardText DeleteEntryText(const std::string& thing, const std::string& label);
enum class Discard { None, Ask, Keep, Confirm };  // what the person pressed this frame
Discard AskBeforeDiscard(core::AppState& s, bool asking, const DiscardText& t);

void CopyButton(core::AppState& s, const char* label, const std::string& text);  // puts text on the clipboard
void SaveFileButton(core::AppState& s, const char* label, const core::FileOut& file);
void PrintButton(core::AppState& s, const char* label, const std::string& title, const std::string& text);

// A card: a surface-coloured box with an accent stripe around whatever is drawn between the calls.
//   Box card = BeginCard(s); ...; EndCard(s, card);
Box BeginCard(core::AppState& s);
void EndCard(core::AppState& s, Box& card);

}  // namespace ui
