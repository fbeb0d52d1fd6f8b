// Reads the embedding site's options from the page's address once at start, and says in the
// browser console what was ignored (one warning each).
#include "platform/platform.h"

namespace platform {

void ReadEmbedOptions(core::AppState& s) {
  std::vector<std::string> warnings;
  s.embed = core::ParseEmbedOptions(PageQuery(), warnings);
  for (const auto& w : warnings) Warn(w);
}

}  // namespace platform
