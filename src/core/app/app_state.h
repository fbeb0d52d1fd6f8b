// The one application state, nested by lifetime and passed explicitly (no globals).
// Each frame: the platform fills `frame.in` (clock read once, input), core::Step applies it, the UI draws and fills `frame.out`.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/share/printdoc.h"
#include "core/app/a11y.h"
#include "core/app/embed.h"
#include "core/app/find.h"
#include "core/app/nav.h"
#include "core/app/settings.h"
#include "core/app/tap_guard.h"
#include "core/app/text_caret.h"
#include "core/app/text_select.h"
#include "core/app/update.h"
#include "core/exercises/exercises.h"
#include "core/guide/content.h"
#include "core/guide/guide_load.h"
#include "core/guide/reader.h"
#include "core/guide/search.h"
#include "core/store/lock.h"
#include "core/store/persist.h"
#include "core/store/sealed_backup.h"
#include "core/timeout/timeout.h"

namespace core {

enum class ScrollKey { None, LineUp, LineDown, PageUp, PageDown, Home, End };
// Keys for finding on the screen: Ctrl+F / Cmd+F, Escape, Shift+Enter (Enter in the find field goes forward).
enum class FindKey { None, Open, Close, Back };

struct TextEdit {
  uint32_t id = 0;        // the text box's mirror id
  std::string value;      // the whole new value (the DOM field is the editor)
  int sel_start = 0;      // selection, in bytes of `value`: its anchor ...
  int sel_end = 0;        // ... and the caret's end (before the anchor when selecting backward)
  int comp_start = -1;    // the text being composed (IME), in bytes; -1: none
  int comp_end = -1;
};

// A file the person chose (Import): its text arrives as input. Too large a file arrives without its text.
struct FileIn {
  std::string name;  // as the person's system names it
  std::string text;  // its contents ("" when not read: see size)
  double size = 0;   // bytes
};

struct SliderEdit {
  uint32_t id = 0;  // the slider's mirror id
  float value = 0;  // new value set with the keyboard or assistive tech
};

struct FrameInput {
  double now_ms = 0;                  // wall-clock time, read once a frame
  float css_w = 0, css_h = 0;         // canvas size in CSS pixels
  float dpr = 1;                      // device pixel ratio (x browser zoom)
  std::vector<uint32_t> activations;  // mirror items activated by keyboard or assistive tech
  std::vector<TextEdit> text_edits;   // edits made in the DOM text fields
  std::vector<SliderEdit> slider_edits;  // slider values set through the mirror
  std::vector<uint32_t> entered;      // text boxes where Enter (or a phone's Go key) was pressed
  uint32_t focus_id = 0;              // mirror item with DOM focus (0 = none)
  bool focus_visible = false;         // focus came from the keyboard: draw a ring
  float scroll_lines = 0;             // wheel, in lines (+ scrolls down)
  float scroll_pixels = 0;            // touch drag/inertia, CSS px (+ scrolls down)
  ScrollKey scroll_key = ScrollKey::None;
  FindKey find_key = FindKey::None;   // Ctrl+F / Cmd+F, Escape or Shift+Enter was pressed
  bool long_press = false;            // a finger rested on one spot (the pointer's place): select the word there
  std::string address;                // the page's address now (#/...), changed by Back/Forward or a link
  int utc_offset_min = 0;             // local time = UTC + this (for "I'll be back at 8:40 pm")
  bool use_24h = false;               // the person's locale writes 20:40
  int notify_state = 0;               // 0 unsupported, 1 not asked, 2 allowed, 3 refused
  bool storage_changed = false;       // another tab changed what is stored: merge it into memory
  bool page_hidden = false;           // nobody sees the page (another tab, a locked phone): save at once
  std::vector<FileIn> files;          // files the person chose (Import)
  bool update_ready = false;          // a new version of Hearth is downloaded and waiting
  LockState lock_state = LockState::None;  // the passphrase lock, as the platform knows it
  LockEvent lock_event = LockEvent::None;  // a lock step finished since the last frame
  bool returned_after_exit = false;   // the page is shown again after a quick exit (core/app/privacy.h)
  SealResult seal;                    // the browser finished encrypting or opening a backup
  GuideArrival guide;                 // the guide's file (or why it did not come), once fetched
  StorageAccess access = StorageAccess::Normal;  // a frame's storage access (core/store/store.h)
  std::string handoff;                // a document an embedded Hearth handed to this tab (JSON)
  HandoffEvent handoff_event = HandoffEvent::None;  // how handing this window's document to a new tab went
};

// What the UI asks the platform to do for the person this frame (sound, vibration, notices).
struct Alerts {
  bool chime = false;                 // the time-out ended
  int breath_cue = -1;                // a breathing phase began: 0 in, 1 hold, 2 out (-1 none)
  int vibrate_ms = 0;
  bool ask_notifications = false;     // only when the person pressed the button for it
  std::string notify_title, notify_body;
  std::string announce;               // for screen readers (aria-live)
};

// A file the person asked to save (an export, a calendar file, the ground rules).
struct FileOut {
  std::string name;  // "hearth-rituals.ics"
  std::string mime;  // "text/calendar"
  std::string data;  // the whole file
  // Not empty: the file is exactly what storage holds under this key, byte for byte (damaged data may
  // hold NULs or broken text that `data`, a copy made through C strings, cannot carry).
  std::string stored_key;
};

// What the UI asks the platform to do with the person's words this frame (from a button they pressed).
struct Outbox {
  std::vector<FileOut> downloads;  // save these files
  std::string copy_text;           // put this on the clipboard ("" = nothing)
  PrintDoc print;                  // print this page (an empty title = nothing)
  bool quick_exit = false;         // leave for a neutral site now
  bool choose_file = false;        // open the file chooser (Import)
  bool apply_update = false;       // reload into the new version that is waiting
};

struct FrameOutput {
  std::vector<MirrorItem> mirror;  // accessibility tree of this frame
  bool in_nav = false;             // items published now belong to the navigation landmark
  uint32_t group = 0;              // items published now belong to this group of choices (widgets' BeginGroup)
  GroupKind group_kind = GroupKind::Radios;
  std::string group_name;
  uint32_t focus = 0;              // move keyboard focus to this mirror item now (0 = leave it)
  bool animate = false;            // something moves: draw the next frame too
  double wake_at_ms = 0;           // draw a frame at this wall time (0 = not needed)
  double wake_hidden_ms = 0;       // ... and even in a hidden tab at this one: the time-out's end (0 = none)
  float content_h = 0;             // the whole app's height in CSS px if nothing scrolled (embed sizing)
  std::string address;             // "#/..." of the screen shown
  bool replace_address = false;    // the address replaces the current history entry (a link's steps taken)
  Alerts alerts;                   // sound, vibration, notification, announcement
  Outbox outbox;                   // files to save, text to copy or print
  std::string selection;           // the text selected on the canvas: what the page's Copy copies ("" = none)
  bool over_selection = false;     // the pointer is over that selected text (a right-click there offers Copy)
  LockRequest lock;                // a passphrase-lock step the person asked for
  SealRequest seal;                // encrypt a backup, or open an encrypted one
  int guide_fetch = 0;             // fetch the guide's file now: the attempt's number (0 = no)
  bool ask_access = false;         // ask the browser for storage (from the person's press)
  std::string open_tab;            // open Hearth top-level in a new tab and hand it this document (JSON)
  TextCaret caret;                 // the caret and selection drawn in the focused field (id 0 = none)
  TextCaret text_select;           // the pointer placed them: select this in the DOM field (id 0 = no)
};

// What the time-out screen keeps between frames (not saved).
struct TimeoutView {
  bool custom = false;            // the custom length stepper is open
  bool show_safety = false;       // the safety note is unfolded
  bool show_help = false;         // the help lines under it are unfolded
  bool show_sources = false;      // the research references are unfolded
  double pulse_started_ms = 0;    // the 15-second count began (0 = not counting)
  bool pulse_stop_signalled = false;  // "stop counting" was said for this count
  std::string pulse_count;        // what was typed: beats in 15 seconds
  std::string resting;            // what was typed: resting pulse
  PulseResult pulse;              // the last assessment (valid = shown)
  bool pulse_checked = false;
  int last_phase = -1;            // breathing phase drawn last (a soft cue marks each change)
  int last_minute = -1;           // minutes left last announced to screen readers
};

// What the Progress screen keeps between frames (not saved).
struct ProgressView {
  int month_shift = 0;  // the calendar shows this many months from the current one (<= 0)
};

// What the homework screen keeps between frames (not saved): why a homework link was not taken.
struct HomeworkView {
  std::string message;
};

// What the "Your data" part of Settings keeps between frames (not saved).
struct DataView {
  bool confirm_delete = false;  // "Delete all my data" is waiting for its confirmation
  bool confirm_plain = false;   // locked: "Export a readable backup instead" waits for its confirmation
  bool sealing = false;         // the browser is encrypting a backup ...
  std::string seal_name;        // ... to be saved under this name
  bool has_sealed = false;      // an encrypted backup was chosen: its passphrase is asked for
  SealedBackup sealed;          // that backup's envelope, checked
  std::string import_pass;      // what is typed in its passphrase field
  bool opening = false;         // the browser is trying that passphrase
  bool has_import = false;      // a checked backup waits for "merge" or "replace"
  SavedDoc import_doc;          // that backup, validated
  std::string import_message;   // what the chosen file holds, or why nothing changed
  std::string done_message;     // what the last action did ("Your backup was merged.")
};

// What the screens keep between frames (not saved): each screen's passing state, and where focus goes.
struct Views {
  ReaderView reader;        // the reader screen's scroll requests and layout
  TimeoutView timeout;      // the time-out screen's passing state
  ProgressView progress;    // the Progress screen's month
  HomeworkView homework;    // a homework link that could not be read
  DataView data;            // export, import and delete in Settings
  UpdateView update;        // the "new version" banner
  LockView lock;            // the passphrase lock's fields and messages
  FindView find;            // the find bar (Ctrl+F / Cmd+F outside the guide) and its matches
  std::string help_open_on;  // the exercise whose safety note has its help lines unfolded
  uint32_t focus_in_view = 0;  // the keyboard-focused item last scrolled into view
  FocusRequest focus_want;     // where focus goes once the next frames are drawn
  std::string focus_shown;     // what the last frame showed ("#/..." or "lock"): a change moves focus
  TextCaret field_caret;       // the focused DOM field's selection, as it last reported it
  TextSelect select;           // text selected by drag, double/triple click or long press, to copy
};

// What is worked out once and kept, never saved: rebuilt from content when needed.
struct Caches {
  bool content_loaded = false;  // the help lines are parsed (when a screen first needs them)
  std::string content_error;    // set when the embedded help lines failed to load
  SearchIndex search;           // the guide's text prepared for search (built at the first search)
};

// One frame's two halves: what came in (the clock read once, input) and what goes out.
struct Frame {
  FrameInput in;    // this frame's input: the platform fills it before core::Step
  FrameOutput out;  // this frame's output: core::Step empties it, the UI fills it, the platform delivers it
};

// The one application state, nested by lifetime: `doc` is everything saved (core/store/persist.h; saved,
// merged and restored as one value by core/store/store.h and core/store/doc_apply.h); the rest is not saved.
struct AppState {
  EmbedOptions embed;      // what an embedding site asked for (from the page's URL, read once at start)
  Palette palette;         // this frame's colors: the theme, with the site's accent where it keeps contrast
  SavedDoc doc;            // everything saved: settings, reading, the time-out, exercises, section times
  SystemPrefs system;      // reported by the browser each frame
  Nav nav;                 // where the person is
  Guide guide;             // the help lines (inside the app) and the chapters (from the guide's file)
  GuideLoad guide_load;    // the guide's file: asked for, arrived and checked, or why not
  TapGuard tap;            // which pointer presses may act (see tap_guard.h; not saved)
  SaveState save;          // dirty flag, throttle, storage health, what was last saved
  Views views;             // what the screens keep between frames (not saved)
  Caches caches;           // worked out once and kept (not saved)
  Frame frame;             // this frame's input and output
};

}  // namespace core
