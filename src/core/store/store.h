// The storage policy, in one place: validated loading with recovery (damaged data kept aside, the
// last good copy used, newer data never overwritten), the throttled save that first merges whatever
// another tab stored, the storage event, "Delete all my data" and the passphrase lock's handshake.
// It runs over a small storage port: the browser's localStorage behind platform::Storage() (the
// lock's crypto stays in the browser, behind the same port), or memory in tests.
#pragma once
#include <string>

#include "core/app/app_state.h"

namespace core {

enum class StoreResult { Ok, Missing, Blocked, Full, Locked };  // Locked: encrypted, passphrase not given yet

// Storage as key -> text. Only I/O: every decision is made here in core.
struct StoragePort {
  virtual ~StoragePort() = default;
  virtual StoreResult Read(const std::string& key, std::string& out) = 0;
  virtual StoreResult Write(const std::string& key, const std::string& value) = 0;
  virtual StoreResult RemoveAll(const std::string& prefix) = 0;  // every key that starts with `prefix`
  // Copies what is stored under `from` to `to` exactly, never through C strings (damaged data may hold
  // NULs, lone surrogates or broken text: it is kept as it was).
  virtual StoreResult Copy(const std::string& from, const std::string& to) = 0;
};

// Keys in the default namespace ("hearth"); another namespace replaces the part before the first colon.
inline constexpr const char* kDocKey = "hearth:doc";
inline constexpr const char* kLastGoodKey = "hearth:doc:last-good";
inline constexpr const char* kDamagedKey = "hearth:doc:damaged";

std::string DocKey(const SaveState& s);       // "<ns>:doc"
std::string LastGoodKey(const SaveState& s);  // "<ns>:doc:last-good"
std::string DamagedKey(const SaveState& s);   // "<ns>:doc:damaged"

// At start-up (after the embed options are read: they may set the namespace).
void LoadSaved(AppState& s, StoragePort& port);
// Before a frame draws: a finished lock step (unlocking loads or merges what is stored) and another
// tab's changes (s.frame.in.storage_changed). The frame that follows already shows them.
void StepStorage(AppState& s, StoragePort& port);
// After a frame draws, and when the page hides (`urgent`): deletes everything if asked, and writes the
// document when due. Returns true if a document was written. Sets s.frame.out.animate when what is shown
// changed (a wipe), so the next frame shows it.
bool Store(AppState& s, StoragePort& port, bool urgent);  // urgent, or the page hidden: at once

// Hearth in a frame on another site's page, where the browser keeps the frame's storage closed
// (s.save.blocked): the platform reports s.frame.in.access. Granted storage is read at once (merged
// with what was done meanwhile) and saved to. Otherwise the person can open Hearth top-level in a new
// tab, which takes this window's document with it (s.frame.out.open_tab; the new tab receives it as
// s.frame.in.handoff and merges it in).
void AskStorageAccess(AppState& s);  // from the person's press only
void OpenInOwnTab(AppState& s);      // from the person's press only
enum class Saving { Normally, WithPermission, Not };
Saving SavingNow(const AppState& s);  // for Settings -> Your data

}  // namespace core
