// Moving the saved document in and out of the app state, section by section when merging.
#include "core/store/doc_apply.h"

#include "core/exercises/exercise_list.h"
#include "core/store/backup.h"

namespace core {

void ApplyDoc(AppState& s, SavedDoc&& d) {
  std::string query = std::move(s.doc.reader.search_query);  // what is typed in the search box is not saved
  s.doc = std::move(d);
  s.doc.reader.search_query = std::move(query);
}

// One part of the exercises, by its key in ExercisesToJson (an unknown key takes them all).
static void CopyExercisePart(ExercisesState& to, ExercisesState& from, const std::string& key) {
#define HEARTH_EXERCISE_COPY(id, Name, member, title, line) \
  if (key == id) {                                          \
    to.member = std::move(from.member);                     \
    return;                                                 \
  }
  HEARTH_EXERCISES(HEARTH_EXERCISE_COPY)
#undef HEARTH_EXERCISE_COPY
  if (key == "done") to.done = std::move(from.done);
  else to = from;
}

void ApplyChanged(AppState& s, SavedDoc&& merged, const std::map<std::string, std::string>& before) {
  auto after = DocSections(merged);
  for (const auto& [key, text] : after) {
    auto it = before.find(key);
    if (it != before.end() && it->second == text) continue;
    if (key == "settings") s.doc.settings = std::move(merged.settings);
    else if (key == "timeout") s.doc.timeout = std::move(merged.timeout);
    else if (key == "bookmarks") s.doc.reader.bookmarks = std::move(merged.reader.bookmarks);
    else if (key.rfind("chapter:", 0) == 0)
      s.doc.reader.chapters[key.substr(8)] = std::move(merged.reader.chapters[key.substr(8)]);
    else if (key.rfind("exercise:", 0) == 0) CopyExercisePart(s.doc.ex, merged.ex, key.substr(9));
  }
  s.doc.updated = std::move(merged.updated);
}

void TrackSaved(SaveState& save, const SavedDoc& d) { save.seen = DocSections(d); }

FileOut ExportFile(AppState& s) {
  StampChanges(s.save, s.doc, s.frame.in.now_ms);  // changes not saved yet carry their time too
  return {BackupFileName(s.frame.in.now_ms, s.frame.in.utc_offset_min), "application/json", DocToJson(s.doc)};
}

FileOut DamagedFile(const AppState& s) {
  // The file is what storage holds, byte for byte: `damaged` went through C strings on the way in.
  return {DamagedFileName(s.frame.in.now_ms, s.frame.in.utc_offset_min), "application/octet-stream", s.save.damaged,
          s.save.ns + ":doc:damaged"};
}

// The plain check: what a backup holds, or why nothing changes.
static void CheckPlain(DataView& v, std::string_view text, double size) {
  ImportCheck c = CheckImport(text, size, v.import_doc);
  v.has_import = c.status == ImportStatus::Ok;
  v.import_message = c.message;
  if (!v.has_import) v.import_doc = SavedDoc{};
}

void ReceiveImportFile(AppState& s, const FileIn& f) {
  DataView& v = s.views.data;
  DataView fresh;  // a new file replaces whatever import was waiting (an export under way goes on)
  fresh.sealing = v.sealing;
  fresh.seal_name = std::move(v.seal_name);
  v = std::move(fresh);
  SealedBackup box;
  SealedStatus st = f.size > kImportMaxBytes ? SealedStatus::NotSealed : ReadSealedBackup(f.text, box);
  switch (st) {
    case SealedStatus::NotSealed: CheckPlain(v, f.text, f.size); return;
    case SealedStatus::Ok:
      v.has_sealed = true;
      v.sealed = std::move(box);
      v.import_message = kSealedAsk;
      return;
    case SealedStatus::Damaged: v.import_message = kSealedDamaged; return;
    case SealedStatus::Newer: v.import_message = kSealedNewer; return;
  }
}

void RequestSealedExport(AppState& s) {
  DataView& v = s.views.data;
  if (v.sealing) return;
  FileOut f = ExportFile(s);
  v.confirm_plain = false;
  v.done_message.clear();
  v.sealing = true;
  v.seal_name = std::move(f.name);
  s.frame.out.seal = {SealAction::Seal, std::move(f.data), {}, ""};
}

void ExportReadable(AppState& s) {
  s.frame.out.outbox.downloads.push_back(ExportFile(s));
  s.views.data.confirm_plain = false;
  s.views.data.done_message = s.frame.in.lock_state == LockState::Open
                                 ? "Your readable backup is saved. Anyone who opens it can read it, so keep it safe."
                                 : "";
}

void RequestOpenSealed(AppState& s) {
  DataView& v = s.views.data;
  if (!v.has_sealed || v.opening) return;
  if (v.import_pass.empty()) {
    v.import_message = "Type the passphrase first. " + std::string(kSealedAsk);
    return;
  }
  v.opening = true;
  v.import_message = kSealedAsk;
  s.frame.out.seal = {SealAction::Open, "", v.sealed, v.import_pass};
}

void ApplySealResult(AppState& s, const SealResult& r) {
  DataView& v = s.views.data;
  switch (r.event) {
    case SealEvent::None: return;
    case SealEvent::Sealed:
      if (!v.sealing) return;  // forgotten meanwhile (a quick exit)
      s.frame.out.outbox.downloads.push_back({v.seal_name, "application/json", SealedBackupJson(r.box)});
      v.sealing = false;
      v.seal_name.clear();
      v.done_message = "Your encrypted backup is saved. It opens only with your passphrase.";
      s.frame.out.alerts.announce = v.done_message;
      return;
    case SealEvent::Opened:
      if (!v.has_sealed || !v.opening) return;  // cancelled meanwhile
      CheckPlain(v, r.text, static_cast<double>(r.text.size()));
      s.frame.out.alerts.announce = v.import_message;
      v.has_sealed = false;
      v.sealed = SealedBackup{};
      v.opening = false;
      v.import_pass.clear();
      return;
    case SealEvent::Wrong:
      if (!v.opening) return;
      v.opening = false;
      v.import_pass.clear();
      v.import_message = kSealedWrong;
      s.frame.out.alerts.announce = v.import_message;
      return;
    case SealEvent::Failed:
      if (r.action == SealAction::Seal && v.sealing) {
        v.sealing = false;
        v.seal_name.clear();
        v.done_message = "This browser could not encrypt the backup, so no file was saved.";
      } else if (r.action == SealAction::Open && v.opening) {
        v.opening = false;
        v.import_pass.clear();
        v.import_message = "This browser could not open the encrypted backup, so nothing was changed. A current "
                           "browser on an https page can.";
      }
      return;
  }
}

void ImportMerge(AppState& s) {
  DataView& v = s.views.data;
  if (!v.has_import) return;
  StampChanges(s.save, s.doc, s.frame.in.now_ms);
  auto before = s.save.seen;
  ApplyChanged(s, MergeDocs(s.doc, v.import_doc), before);
  TrackSaved(s.save, s.doc);  // what came in keeps the time it had in the backup
  MarkDirty(s.save, s.frame.in.now_ms);
  v = DataView{};
  v.done_message = "Your backup was merged with what was here.";
}

void ImportReplace(AppState& s) {
  DataView& v = s.views.data;
  if (!v.has_import) return;
  ApplyDoc(s, std::move(v.import_doc));
  s.save.skip_merge = true;  // the next save writes this, without merging back what was stored
  MarkDirty(s.save, s.frame.in.now_ms);
  v = DataView{};
  v.done_message = "Your backup replaced what was here.";
}

void CancelImport(AppState& s) { s.views.data = DataView{}; }

void RequestWipe(AppState& s) {
  s.save.wipe_requested = true;
  s.views.data = DataView{};
}

}  // namespace core
