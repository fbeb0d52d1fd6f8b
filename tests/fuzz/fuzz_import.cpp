// libFuzzer target: the import check (size, nesting scan, JSON, Hearth's, version, every field).
// Any file must be checked without crashing; one that passes must describe itself and merge.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/backup.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
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
