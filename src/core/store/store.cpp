// The storage policy over a storage port (see store.h): dirty flag -> throttled write (merged first
// with whatever another tab stored) -> last good copy. Loading is validated: damaged data is kept and
// offered as a download, the last good copy is used, newer data is never overwritten. Storage that is
// blocked or full never stops the app: it keeps working from memory and says so once, calmly.
#include "core/store/store.h"

#include "core/app/step.h"
#include "core/store/doc_apply.h"

namespace core {

namespace {
const char* kBlockedNotice =
    "Hearth can't save your progress in this browser window, because saving is turned off here. "
    "Everything still works until you close it. To keep what you do, use Export in Settings.";
const char* kLockedElsewhere =
    "Hearth was locked with a passphrase in another window. Unlock it here to go on saving.";
const char* kFullNotice =
    "This browser's storage is full, so Hearth can't save your progress right now. Everything still works. "
    "To keep what you do, use Export in Settings.";
}  // namespace

std::string DocKey(const SaveState& s) { return s.ns + ":doc"; }
std::string LastGoodKey(const SaveState& s) { return s.ns + ":doc:last-good"; }
std::string DamagedKey(const SaveState& s) { return s.ns + ":doc:damaged"; }

void LoadSaved(AppState& s, StoragePort& port) {
  s.save.ns = ValidNamespace(s.embed.ns);  // ReadEmbedOptions ran first
  TrackSaved(s.save, s.doc);  // nothing changed yet: a fresh start stamps nothing
  std::string text;
  StoreResult r = port.Read(DocKey(s.save), text);
  if (r == StoreResult::Blocked) {
    s.save.storage_failed = s.save.blocked = true;
    s.save.notice = kBlockedNotice;
    return;
  }
  if (r == StoreResult::Missing) return;
  if (r == StoreResult::Locked) {  // the lock screen asks for the passphrase; nothing is read or written
    s.save.locked = s.save.locked_at_start = true;
    return;
  }
  SavedDoc doc;
  LoadResult lr = DocFromJson(text, doc);
  if (lr.status == LoadStatus::Ok) {
    TrackSaved(s.save, doc);
    ApplyDoc(s, std::move(doc));
    s.save.last_text = text;
    return;
  }
  if (lr.status == LoadStatus::NewerVersion) {
    s.save.read_only = true;  // run from memory; the newer data stays as it is
    s.save.notice = lr.message;
    s.save.last_text = text;
    return;
  }
  // Damaged (or empty): keep the raw text, in storage and in memory for the download button,
  // and go back to the last good copy.
  s.save.damaged = text;
  s.save.has_damaged = port.Copy(DocKey(s.save), DamagedKey(s.save)) == StoreResult::Ok;
  std::string good;
  if (port.Read(LastGoodKey(s.save), good) == StoreResult::Ok &&
      DocFromJson(good, doc).status == LoadStatus::Ok) {
    TrackSaved(s.save, doc);
    ApplyDoc(s, std::move(doc));
    s.save.notice = lr.message + " Hearth went back to your last good copy. The damaged data is kept, and you can download it.";
  } else {
    s.save.notice = lr.message + " There was no earlier copy to go back to, so Hearth started fresh. The damaged data is kept, and you can download it.";
  }
  MarkDirty(s.save, s.frame.in.now_ms);  // write the recovered document over the damaged one
}

// Merges a document another tab stored into memory, newest first per section. Unsaved changes in
// memory are stamped first, so they win over older ones stored. `after_draw`: the frame that shows
// it has not been asked for yet (a merge while saving).
static void MergeIn(AppState& s, const SavedDoc& theirs, bool after_draw) {
  StampChanges(s.save, s.doc, s.frame.in.now_ms);
  auto before = s.save.seen;
  ApplyChanged(s, MergeDocs(s.doc, theirs), before);
  TrackSaved(s.save, s.doc);
  if (after_draw) s.frame.out.animate = true;
}

static void ResetToFresh(AppState& s, const std::string& notice, bool after_draw) {
  SaveState fresh;
  fresh.ns = s.save.ns;
  fresh.storage_failed = s.save.storage_failed;
  ApplyDoc(s, SavedDoc{});
  s.save = std::move(fresh);
  TrackSaved(s.save, s.doc);
  s.save.notice = notice;
  s.views.data = DataView{};
  if (after_draw) s.frame.out.animate = true;
}

// The storage event: another tab wrote (or deleted) the document.
static void Sync(AppState& s, StoragePort& port) {
  if (s.save.read_only) return;
  std::string text;
  StoreResult r = port.Read(DocKey(s.save), text);
  if (r == StoreResult::Missing) {
    if (!s.save.last_text.empty())  // it was there: "Delete all my data" in another window
      ResetToFresh(s, "Your Hearth data was deleted in another window, so it is cleared here too.", false);
    return;
  }
  if (r == StoreResult::Locked && !s.save.locked) {
    s.save.locked = true;
    s.save.notice = kLockedElsewhere;
    return;
  }
  if (r != StoreResult::Ok || text == s.save.last_text) return;
  SavedDoc theirs;
  LoadResult lr = DocFromJson(text, theirs);
  if (lr.status == LoadStatus::NewerVersion) {
    s.save.read_only = true;
    s.save.notice = lr.message;
    return;
  }
  if (lr.status != LoadStatus::Ok) return;  // damaged: the next save keeps it aside and repairs it
  MergeIn(s, theirs, false);
  s.save.last_text = text;
}

static void Wipe(AppState& s, StoragePort& port) {
  StoreResult r = port.RemoveAll(s.save.ns + ":");
  ResetToFresh(s, r == StoreResult::Ok ? "All your Hearth data is deleted from this browser."
                                       : "Hearth cleared your data from this window, but could not reach this browser's storage.", true);
}

// A passphrase-lock step finished. Unlocking loads what is stored (keeping a time-out that was started
// while locked: it must never be lost), or merges it in when this window was locked by another one.
static void HandleLockEvent(AppState& s, StoragePort& port) {
  LockEvent e = s.frame.in.lock_event;
  s.frame.in.lock_event = LockEvent::None;
  if (e == LockEvent::None) return;
  if (e == LockEvent::Set) MarkDirty(s.save, s.frame.in.now_ms);  // store at least the document, locked
  if (!ApplyLockEvent(s.views.lock, e)) return;
  bool at_start = s.save.locked_at_start;
  s.save.locked = s.save.locked_at_start = false;
  if (!at_start) {
    Sync(s, port);
    return;
  }
  TimeoutRun run = s.doc.timeout.run;
  LoadSaved(s, port);
  if (run.status != TimeoutStatus::Idle && s.doc.timeout.run.status == TimeoutStatus::Idle) {
    s.doc.timeout.run = run;
    MarkDirty(s.save, s.frame.in.now_ms);
  }
}

// Storage opened (permission given): what is stored merges into memory the way another tab's
// changes do, newest first per section, so what the person did meanwhile is kept; then it is all saved.
static void LoadAfterAccess(AppState& s, StoragePort& port) {
  s.save.blocked = s.save.storage_failed = false;
  s.save.notice = s.save.asked_access ? "Thank you. Hearth now keeps your progress on this device." : "";
  Sync(s, port);  // may say instead that it is locked, or that a newer Hearth saved it
  MarkDirty(s.save, s.frame.in.now_ms);
}

// A frame's storage access changed (the platform asked the browser, at start or from a press).
static void StepAccess(AppState& s, StoragePort& port) {
  StorageAccess a = s.frame.in.access;
  if (a == s.save.access) return;
  s.save.access = a;
  if (!s.save.blocked) return;
  switch (a) {
    case StorageAccess::Granted: LoadAfterAccess(s, port); break;
    case StorageAccess::CanAsk:
      s.save.notice = "This browser keeps Hearth from saving inside another site's page unless you allow it. "
                      "Until then, everything works, and what you write lasts until you close the page.";
      break;
    case StorageAccess::Refused:
    case StorageAccess::Unavailable:
      s.save.notice = std::string(a == StorageAccess::Refused ? "Your browser did not allow Hearth to save here. "
                                                              : "This browser keeps Hearth from saving inside another site's page. ") +
                      "Open Hearth in its own tab to keep your progress: everything you wrote here goes with it.";
      break;
    case StorageAccess::Normal:
    case StorageAccess::Checking: break;
  }
}

// A document handed over by an embedded Hearth (this tab was opened from it): merged in once what is
// stored here is loaded (after the passphrase, if this browser's Hearth is locked), then saved.
static void StepHandoff(AppState& s) {
  if (!s.frame.in.handoff.empty()) s.save.handoff = std::move(s.frame.in.handoff);
  if (s.save.handoff.empty() || s.save.locked) return;
  SavedDoc theirs;
  LoadResult lr = DocFromJson(s.save.handoff, theirs);
  s.save.handoff.clear();
  if (lr.status != LoadStatus::Ok) {
    s.save.notice = "What you wrote in the other window could not be brought here. " + lr.message +
                    " It is still in the other window: Export in Settings there keeps a copy.";
    return;
  }
  MergeIn(s, theirs, false);
  MarkDirty(s.save, s.frame.in.now_ms);
  s.save.notice = s.save.blocked ? "What you wrote in the other window is here now, but this window can't save it "
                                   "either. To keep it, use Export in Settings."
                                 : "What you wrote in the other window is here now, and Hearth keeps it on this device.";
}

// How handing this window's document to a new tab went.
static void StepHandoffEvent(AppState& s) {
  switch (s.frame.in.handoff_event) {
    case HandoffEvent::Delivered:
      s.save.notice = "Hearth is open in its own tab now, with everything you wrote here. Go on there: it keeps your "
                      "progress on this device.";
      break;
    case HandoffEvent::PopupBlocked:
      s.save.notice = "Your browser did not open a new tab. Allow pop-ups for this page and try again, or use Export "
                      "in Settings to keep what you wrote.";
      break;
    case HandoffEvent::NoAnswer:
      s.save.notice = "The new tab did not answer, so what you wrote is only here still. Use Export in Settings to "
                      "keep a copy.";
      break;
    case HandoffEvent::None: break;
  }
}

void OpenInOwnTab(AppState& s) {
  StampChanges(s.save, s.doc, s.frame.in.now_ms);  // what was just typed goes too, stamped as new
  s.frame.out.open_tab = DocToJson(s.doc);
}

void AskStorageAccess(AppState& s) {
  s.save.asked_access = true;
  s.frame.out.ask_access = true;
}

Saving SavingNow(const AppState& s) {
  if (s.save.blocked || s.save.storage_failed || s.save.read_only || s.save.locked) return Saving::Not;
  return s.save.access == StorageAccess::Granted ? Saving::WithPermission : Saving::Normally;
}

void StepStorage(AppState& s, StoragePort& port) {
  StepAccess(s, port);
  StepHandoffEvent(s);
  HandleLockEvent(s, port);
  if (s.frame.in.storage_changed) {
    s.frame.in.storage_changed = false;
    Sync(s, port);
  }
  StepHandoff(s);
}

static bool Save(AppState& s, StoragePort& port, bool urgent) {
  // "Lock now" reloads the page once what is stored is up to date: save this very moment.
  if (s.frame.out.lock.action == LockAction::LockNow) urgent = true;
  if (s.save.wipe_requested) {
    Wipe(s, port);
    return false;
  }
  if (!ShouldSave(s.save, s.frame.in.now_ms, urgent)) return false;
  StampChanges(s.save, s.doc, s.frame.in.now_ms);
  // Another tab may have written since this one last read or wrote: merge before writing over it.
  std::string stored;
  if (!s.save.skip_merge && port.Read(DocKey(s.save), stored) == StoreResult::Ok && stored != s.save.last_text) {
    SavedDoc theirs;
    LoadResult lr = DocFromJson(stored, theirs);
    if (lr.status == LoadStatus::NewerVersion) {
      s.save.read_only = true;
      s.save.dirty = false;
      s.save.notice = lr.message;
      return false;
    }
    if (lr.status == LoadStatus::Ok) MergeIn(s, theirs, true);
    else port.Copy(DocKey(s.save), DamagedKey(s.save));  // never write over damaged data without keeping it
  }
  s.save.skip_merge = false;
  std::string json = DocToJson(s.doc);
  StoreResult r = port.Write(DocKey(s.save), json);
  s.save.dirty = false;
  if (r == StoreResult::Locked) {  // another window locked it since: nothing is written in plain text
    s.save.locked = true;
    s.save.dirty = true;
    s.save.notice = kLockedElsewhere;
    return false;
  }
  if (r != StoreResult::Ok) {
    if (!s.save.storage_failed) s.save.notice = r == StoreResult::Full ? kFullNotice : kBlockedNotice;
    s.save.storage_failed = true;
    return false;
  }
  s.save.last_text = json;
  port.Write(LastGoodKey(s.save), json);
  s.save.storage_failed = false;
  return true;
}

bool Store(AppState& s, StoragePort& port, bool urgent) {
  // A hidden page (a frame at the time-out's end, another tab's change) saves at once: it may not
  // get another frame before the browser puts it away.
  bool wrote = Save(s, port, urgent || s.frame.in.page_hidden);
  WakeAt(s.frame.out, NextSaveAt(s.save));  // the throttled save's frame
  return wrote;
}

}  // namespace core
