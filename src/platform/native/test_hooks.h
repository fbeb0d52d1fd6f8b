// What the native stand-in exposes to tests: the fake clock, view, storage and input.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/app/app_state.h"
#include "platform/input.h"

namespace platform {

struct NativeHost {
  double now_ms = 1.7e12;                       // fake wall clock
  float css_w = 390, css_h = 844, dpr = 1;      // the "window"
  core::SystemPrefs system;                     // fake media queries
  std::string address;                          // the fake location.hash
  int address_replaced = 0;                     // addresses set in place of the current entry (not pushed)
  core::FrameInput next;                        // input for the next frame (activations, edits, keys)
  PointerInput pointer;                         // pointer events for the next frames
  std::map<std::string, std::string> storage;  // fake localStorage
  bool storage_blocked = false, storage_full = false;
  int file_choosers = 0;                        // times the file chooser was opened (Import)
  std::vector<core::MirrorItem> last_mirror;    // what the last frame published
  // DOM focus, simulated: the app's focus moves land here and reach the next frame as focus_id
  // (with the keyboard ring when `keyboard` is set, as after a key press in the browser)
  uint32_t focused = 0;
  bool keyboard = false;
  std::vector<uint32_t> focus_moves;            // every move the app asked for
  int frames_drawn = 0, frames_requested = 0;
  int frames_discarded = 0;  // frames drawn again before being shown (platform::DiscardPicture)
  // the clock as people read it, and alerts (recorded for tests)
  int utc_offset_min = 0;                       // local time = UTC + this
  bool use_24h = false;
  int chimes = 0;
  std::vector<int> breath_cues, vibrations;
  int notify_state = 1;                         // NotifyState: 1 = not asked yet
  int notify_asks = 0;
  std::vector<std::string> notifications;      // "title: body"
  double wake_at_ms = 0, wake_hidden_ms = 0;  // the one timer: when shown, and in a hidden tab
  bool page_hidden = false;                     // the page is hidden (another tab, a locked phone)
  std::vector<std::string> announcements;
  std::vector<core::FileOut> downloads;         // files the app asked to save
  std::vector<std::string> copied;              // text put on the clipboard
  std::vector<std::string> printed;             // pages sent to print, as their words (core::PrintDocText)
  std::vector<core::PrintDoc> printed_docs;     // ... and as they were sent
  int quick_exits = 0;                          // times the app asked to leave
  bool update_ready = false;                    // a new version waits (the service worker)
  int updates_applied = 0;                      // times the app asked to reload into it
  // the passphrase lock, simulated: storage stays plain text here; reads and writes are refused while
  // a lock is set and not opened
  std::string lock_pass;                        // "" = no lock
  bool lock_open = false;
  int lock_event = 0;                           // core::LockEvent waiting for the next frame
  int lock_nows = 0;                            // times "Lock now" was asked (the browser reloads)
  // encrypted backups, simulated (not real encryption): data is base64 of passphrase, newline, the
  // text and a 16-byte stand-in tag; only the lock's passphrase seals, only the same one opens
  core::SealResult seal_result;                 // delivered to the next frame (s.frame.in.seal)
  int seal_requests = 0;
  std::string query;                            // the fake location.search
  std::vector<std::string> warnings;            // console warnings
  float posted_height = 0;                      // the last height sent to an embedding page
  std::vector<int> guide_fetches;               // the guide's file asked for: each attempt's number
  bool guide_answers = true;                    // answer at once with the embedded file (next frame)
  // a frame on another site's page (web/access.js), simulated: the access state the browser reports,
  // requests made, and documents handed to a new tab
  core::StorageAccess access = core::StorageAccess::Normal;
  int access_asks = 0;
  std::vector<std::string> opened_tabs;         // documents handed to new tabs
  core::HandoffEvent handoff_event = core::HandoffEvent::None;  // delivered to the next frame
  std::string handoff;                          // a document handed to this tab (next frame)
  void (*frame)() = nullptr;
  void (*hidden)() = nullptr;
};

NativeHost& Host();
std::string_view NativeGuideFile();  // the checked chapters (the file the browser would fetch)

}  // namespace platform
