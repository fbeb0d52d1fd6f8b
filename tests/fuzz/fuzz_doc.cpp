// libFuzzer target: the stored-document loader (DocFromJson with its migrations). Any input must
// load without crashing, and a document that loads must save and load again to the same text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/store/persist.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  core::SavedDoc d;
  core::LoadResult r = core::DocFromJson(text, d);
  if (r.status != core::LoadStatus::Ok) return 0;
  std::string once = core::DocToJson(d);
  core::SavedDoc again;
  if (core::DocFromJson(once, again).status != core::LoadStatus::Ok) __builtin_trap();
  if (core::DocToJson(again) != once) __builtin_trap();
  core::SavedDoc merged = core::MergeDocs(d, core::SavedDoc{});  // the merge takes whatever loads
  (void)core::DocSections(merged);
  return 0;
}
