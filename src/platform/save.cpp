// Save path: dirty flag -> throttled write -> last good copy. Storage that is blocked or full
// never stops the app: it keeps working from memory and says so once, calmly.
#include "platform/save.h"

#include "platform/platform.h"

namespace platform {

static core::SavedDoc Snapshot(const core::AppState& s) { return {s.settings, s.reader, s.timeout, s.ex}; }

static void Apply(core::AppState& s, core::SavedDoc& doc) {
  s.settings = doc.settings;
  s.reader = std::move(doc.reader);
  s.timeout = std::move(doc.timeout);
  s.ex = std::move(doc.ex);
}

void LoadSaved(core::AppState& s) {
  std::string text;
  StoreResult r = StoreRead(kDocKey, text);
  if (r == StoreResult::Blocked) {
    s.save.storage_failed = true;
    s.save.notice = "Progress can't be saved in this browser window, so it will be lost when you close it.";
    return;
  }
  if (r == StoreResult::Missing) return;
  core::SavedDoc doc;
  core::LoadResult lr = core::DocFromJson(text, doc);
  if (lr.status == core::LoadStatus::Ok) {
    Apply(s, doc);
    return;
  }
  if (lr.status == core::LoadStatus::NewerVersion) {
    s.save.read_only = true;
    s.save.notice = lr.message;
    return;
  }
  // Damaged: keep the raw text for recovery, fall back to the last good copy.
  StoreWrite("hearth:doc:damaged", text);
  std::string good;
  if (StoreRead(kLastGoodKey, good) == StoreResult::Ok &&
      core::DocFromJson(good, doc).status == core::LoadStatus::Ok) {
    Apply(s, doc);
    s.save.notice = lr.message + " Your last good copy was restored.";
  } else {
    s.save.notice = lr.message + " Hearth started fresh; the damaged copy is kept.";
  }
}

bool SaveIfDue(core::AppState& s, bool urgent) {
  if (!core::ShouldSave(s.save, s.in.now_ms, urgent)) return false;
  std::string json = core::DocToJson(Snapshot(s));
  StoreResult r = StoreWrite(kDocKey, json);
  s.save.dirty = false;
  if (r != StoreResult::Ok) {
    if (!s.save.storage_failed)
      s.save.notice = r == StoreResult::Full
                          ? "This browser's storage is full, so progress can't be saved here right now."
                          : "Progress can't be saved in this browser window, so it will be lost when you close it.";
    s.save.storage_failed = true;
    return false;
  }
  StoreWrite(kLastGoodKey, json);
  s.save.storage_failed = false;
  return true;
}

}  // namespace platform
