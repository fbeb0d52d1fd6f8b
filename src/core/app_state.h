// The one application state, nested by lifetime and passed explicitly (no globals).
// Each frame: main fills `in` (clock read once, input), the UI draws and fills `out`.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/a11y.h"
#include "core/content.h"
#include "core/embed.h"
#include "core/exercises.h"
#include "core/guide_load.h"
#include "core/lock.h"
#include "core/nav.h"
#include "core/persist.h"
#include "core/reader.h"
#include "core/sealed_backup.h"
#include "core/search.h"
#include "core/settings.h"
#include "core/tap_guard.h"
#include "core/text_select.h"
#include "core/timeout.h"
#include "core/update.h"

namespace core {

enum class ScrollKey { None, LineUp, LineDown, PageUp, PageDown, Home, End };

struct TextEdit {
  uint32_t id = 0;        // the text box's mirror id
  std::string value;      // the whole new value (the DOM field is the editor)
  int sel_start = 0;      // selection, in bytes of `value`
  int sel_end = 0;
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
  bool long_press = false;            // a finger rested on one spot (the pointer's place): select the word there
  std::string address;                // the page's address now (#/...), changed by Back/Forward or a link
  int utc_offset_min = 0;             // local time = UTC + this (for "I'll be back at 8:40 pm")
  bool use_24h = false;               // the person's locale writes 20:40
  int notify_state = 0;               // 0 unsupported, 1 not asked, 2 allowed, 3 refused
  bool storage_changed = false;       // another tab changed what is stored: merge it into memory
  std::vector<FileIn> files;          // files the person chose (Import)
  bool update_ready = false;          // a new version of Hearth is downloaded and waiting
  LockState lock_state = LockState::None;  // the passphrase lock, as the platform knows it
  LockEvent lock_event = LockEvent::None;  // a lock step finished since the last frame
  bool returned_after_exit = false;   // the page is shown again after a quick exit (core/privacy.h)
  SealResult seal;                    // the browser finished encrypting or opening a backup
  GuideArrival guide;                 // the guide's file (or why it did not come), once fetched
  std::string italic_face;            // the italic font's bytes, the frame they arrive (fetched with the
                                      // guide's file; empty: not yet, or never). ui/fonts.cpp keeps them.
};

// What the UI asks the platform to do for the person this frame (sound, vibration, notices).
struct Alerts {
  bool chime = false;                 // the time-out ended
  int breath_cue = -1;                // a breathing phase began: 0 in, 1 hold, 2 out (-1 none)
  int vibrate_ms = 0;
  bool ask_notifications = false;     // only when the person pressed the button for it
  std::string notify_title, notify_body;
  double alarm_ms = -1;               // wake at this wall time even in a hidden tab (0 cancels, -1 unchanged)
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
  std::string print_text;          // print this text as a page ("" = nothing)
  std::string print_title;         // the printed page's heading
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
  float content_h = 0;             // the whole app's height in CSS px if nothing scrolled (embed sizing)
  std::string address;             // "#/..." of the screen shown
  Alerts alerts;                   // sound, vibration, notification, alarm, announcement
  Outbox outbox;                   // files to save, text to copy or print
  std::string selection;           // the text selected on the canvas: what the page's Copy copies ("" = none)
  bool over_selection = false;     // the pointer is over that selected text (a right-click there offers Copy)
  LockRequest lock;                // a passphrase-lock step the person asked for
  SealRequest seal;                // encrypt a backup, or open an encrypted one
  int guide_fetch = 0;             // fetch the guide's file now: the attempt's number (0 = no)
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
  DataView data;            // export, import and delete in Settings
  UpdateView update;        // the "new version" banner
  LockView lock;            // the passphrase lock's fields and messages
  std::string help_open_on;  // the exercise whose safety note has its help lines unfolded
  uint32_t focus_in_view = 0;  // the keyboard-focused item last scrolled into view
  FocusRequest focus_want;     // where focus goes once the next frames are drawn
  std::string focus_shown;     // what the last frame showed ("#/..." or "lock"): a change moves focus
  TextSelect select;           // text selected by drag, double/triple click or long press, to copy
};

// What is worked out once and kept, never saved: rebuilt from content when needed.
struct Caches {
  bool content_loaded = false;  // the help lines are parsed (when a screen first needs them)
  std::string content_error;    // set when the embedded help lines failed to load
  SearchIndex search;           // the guide's text prepared for search (built at the first search)
};

// The one application state, nested by lifetime. Saved: settings, reader, timeout, ex (with save's
// section times; see core/doc_apply.h). Not saved: the rest.
struct AppState {
  EmbedOptions embed;      // what an embedding site asked for (from the page's URL, read once at start)
  Palette palette;         // this frame's colors: the theme, with the site's accent where it keeps contrast
  Settings settings;       // chosen by the person (saved)
  SystemPrefs system;      // reported by the browser each frame
  Nav nav;                 // where the person is
  Guide guide;             // the help lines (inside the app) and the chapters (from the guide's file)
  GuideLoad guide_load;    // the guide's file: asked for, arrived and checked, or why not
  ReaderState reader;      // reading positions, read chapters, bookmarks (saved)
  TimeoutState timeout;    // the time-out: settings, a running break, its log (saved)
  TapGuard tap;            // which pointer presses may act (see tap_guard.h; not saved)
  ExercisesState ex;       // every exercise's records and drafts (saved)
  SaveState save;          // dirty flag, throttle, storage health
  Views views;             // what the screens keep between frames (not saved)
  Caches caches;           // worked out once and kept (not saved)
  FrameInput in;           // this frame's input
  FrameOutput out;         // this frame's output
};

}  // namespace core
