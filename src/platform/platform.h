// The platform behind small interfaces: the browser in web/, a stand-in for tests in native/.
// App code calls only these functions; it never tests __EMSCRIPTEN__.
#pragma once
#include <string>

#include "core/app/app_state.h"
#include "core/store/store.h"

namespace platform {

// ---- lifecycle and frames ----
bool Init(std::string& error);           // graphics context, ImGui backend, event listeners
void SetFrameCallback(void (*frame)());  // called for every frame; frames are drawn only on demand
void SetHiddenCallback(void (*hidden)());  // the page is being hidden or closed: save now
void RequestFrame();                     // draw a frame as soon as possible
void BeginFrame(core::AppState& s);      // reads the clock once, sizes, preferences, input -> s.frame.in + ImGui IO
void EndFrame(core::AppState& s);        // renders, publishes the mirror, schedules the next frame
void FontsChanged();                     // the font atlas was rebuilt: upload it again
void DiscardPicture();  // before EndFrame: this frame is not shown (all else is delivered); another follows at once

// ---- the page's address and the embedding site ----
std::string PageQuery();                   // the page's search string ("?org=..."), "" if none
void Warn(const std::string& text);        // one line in the browser console (for a site's developer)
void ReadEmbedOptions(core::AppState& s);  // at start, before loading: parses PageQuery into s.embed
void PostContentHeight(const std::string& host_origin, float css_h);  // tells the embedding page our height

// ---- storage (localStorage in the browser) ----
using core::StoreResult;  // Locked: encrypted, passphrase not given yet
StoreResult StoreRead(const std::string& key, std::string& out);
StoreResult StoreWrite(const std::string& key, const std::string& value);
StoreResult StoreRemoveAll(const std::string& prefix);  // every key that starts with `prefix`
// Copies what storage holds under `from` to `to` exactly, without passing it through C strings (damaged
// data may hold NULs, lone surrogates or broken text: it must be kept as it was).
StoreResult StoreCopy(const std::string& from, const std::string& to);
// The same four as the port core::Store and core::LoadSaved run over (core/store/store.h).
core::StoragePort& Storage();
void ChooseFile();             // the file chooser (from a press); the file arrives in FrameInput::files

// ---- the clock as people read it (read by BeginFrame into s.frame.in) ----
int UtcOffsetMinutes(double wall_ms);  // local time = UTC + this, at that moment
bool Uses24HourClock();                // the person's locale writes 20:40, not 8:40 pm

// ---- alerts: the UI asks for them in s.frame.out; EndFrame delivers them (DeliverAlerts) ----
void DeliverAlerts(const core::FrameOutput& out);
void Chime();             // a gentle chime, synthesised (no audio file)
void BreathCue(int kind); // a soft tone at a breathing phase change: 0 in, 1 hold, 2 out
void Vibrate(int ms);     // a short vibration where the device has it
enum class NotifyState { Unsupported, NotAsked, Allowed, Refused };
NotifyState NotificationState();
void AskNotifications();  // only ever from a button the person pressed
void Notify(const std::string& title, const std::string& body);
void Announce(const std::string& text);  // said by screen readers (aria-live, polite)

// ---- the person's words out of the app: files, clipboard, print (only from a button they pressed) ----
void DeliverOutbox(const core::Outbox& o);  // EndFrame calls it with s.frame.out.outbox
void Download(const core::FileOut& f);      // the browser saves the file (no request leaves the page);
                                            // with f.stored_key, exactly what storage holds there
void CopyText(const std::string& text);     // onto the clipboard
void PrintPage(const core::PrintDoc& doc);  // the browser's print dialog, this page only (as text, laid out for paper)
void QuickExit();  // blank the page and leave for a neutral site at once (the page decides which)

// ---- the passphrase lock: the browser encrypts what is stored (WebCrypto; see web/lock.js) ----
core::LockState LockStateNow();           // read by BeginFrame into s.frame.in.lock_state
core::LockEvent LockPoll();               // a step that finished since the last call (read by BeginFrame)
void DeliverLock(const core::LockRequest& r);  // EndFrame calls it with s.frame.out.lock (steps run in the background)
// Encrypts a backup with the open lock's key, or opens an encrypted one with a passphrase, in the
// background; the outcome arrives in a later frame's s.frame.in.seal. EndFrame calls it with s.frame.out.seal.
void DeliverSeal(const core::SealRequest& r);

// ---- the guide's chapters: a file beside the app (guide.<hash>.json), fetched from its own origin ----
// EndFrame calls it with s.frame.out.guide_fetch, once that frame is on screen (never before the first
// frame). What comes back arrives as FrameInput::guide in a later frame; core checks it.
void FetchGuide(int attempt);  // attempt 2 and later skip the browser's cache (a damaged copy)

// ---- Hearth in a frame on another site's page (web/access.js): storage access, a new tab ----
core::StorageAccess StorageAccessNow();  // read by BeginFrame into s.frame.in.access
core::HandoffEvent HandoffPoll();        // how handing the document to a new tab went, since the last call
std::string TakeHandoff();               // a document an embedded Hearth handed to this tab, once ("" = none)
void AskStorageAccess();                 // document.requestStorageAccess (only from the person's press)
void OpenOwnTab(const std::string& doc); // Hearth top-level in a new tab, handed `doc` (only from a press)

// ---- a new version (downloaded by the service worker, web/sw.js) ----
bool UpdateReady();   // a new version is downloaded and waiting (read by BeginFrame into s.frame.in)
void ApplyUpdate();   // switch to it and reload (only from the person's press; the reload saves first)

}  // namespace platform
