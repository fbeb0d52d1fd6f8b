// libFuzzer target: the import check (size, nesting scan, JSON, Hearth's, version, every field), and
// the encrypted backup's envelope check. Any file must be checked without crashing; one that passes
// must describe itself and merge; an envelope that passes must be written back the same.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/store/backup.h"
#include "core/store/sealed_backup.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  core::SealedBackup box, again;
  if (core::ReadSealedBackup(text, box) == core::SealedStatus::Ok &&
      !(core::ReadSealedBackup(core::SealedBackupJson(box), again) == core::SealedStatus::Ok && again == box))
    __builtin_trap();
  std::string bytes;
  if (core::Base64Decode(text, bytes) && core::Base64Encode(bytes) != text) __builtin_trap();  // one text per byte string
  core::SavedDoc d;
  core::ImportCheck c = core::CheckImport(text, static_cast<double>(size), d);
  if (c.message.empty()) __builtin_trap();  // the person is always told something
  if (c.status != core::ImportStatus::Ok) return 0;
  if (core::JsonDepth(text) > core::kMaxJsonDepth) __builtin_trap();
  core::SavedDoc mine;
  mine.settings.theme = core::ThemeChoice::Dark;
  mine.updated["settings"] = 1;
  core::SavedDoc m = core::MergeDocs(mine, d);
  (void)core::SummaryText(core::SummariseDoc(m));
  return 0;
}
