// The saved document and the one app state: a snapshot of what is saved, putting a document (or
// only its changed sections) back into the state, and the "Your data" actions (export, import,
// delete) as state changes. The save layer (core/store/store.cpp) does the storage work.
#pragma once
#include <map>
#include <string>

#include "core/app/app_state.h"

namespace core {

// What is saved is s.doc itself: read it in place, never copied to be saved or merged.
void ApplyDoc(AppState& s, SavedDoc&& d); // all of it (start-up, "replace", delete)
// Puts back only the sections of `merged` whose JSON differs from `before` (DocSections of memory
// before the merge), so what a screen keeps in untouched parts of the state is left alone.
void ApplyChanged(AppState& s, SavedDoc&& merged, const std::map<std::string, std::string>& before);
// After a load, a merge or a wipe: `d` is what memory and storage now agree on (its sections' JSON
// is what StampChanges compares with).
void TrackSaved(SaveState& save, const SavedDoc& d);

FileOut ExportFile(AppState& s);         // the whole document as hearth-backup-YYYY-MM-DD.json
FileOut DamagedFile(const AppState& s);  // the damaged data kept at start-up, as found
void ReceiveImportFile(AppState& s, const FileIn& f);  // checks it (plain or encrypted); fills s.views.data
// Encrypted backups (core/store/sealed_backup.h): with the lock open, Export asks the browser to encrypt the
// backup with the lock's key; an encrypted file chosen for Import asks for its passphrase first, then
// goes through the same check, merge and replace as a plain one.
void RequestSealedExport(AppState& s);
void ExportReadable(AppState& s);    // the plain file, after the explicit choice when the lock is on
void RequestOpenSealed(AppState& s); // tries the typed passphrase on the chosen encrypted backup
void ApplySealResult(AppState& s, const SealResult& r);  // every frame: a finished step's outcome
void ImportMerge(AppState& s);    // the checked backup joins what is here: newest wins per section
void ImportReplace(AppState& s);  // the checked backup replaces what is here
void CancelImport(AppState& s);
void RequestWipe(AppState& s);    // the save layer deletes every key of the namespace, then memory

}  // namespace core
