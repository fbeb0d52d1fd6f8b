// Loading and saving the document through platform storage, with the policy from core/persist:
// validated loads with recovery, a throttled save that first merges what another tab stored,
// the storage event, and "Delete all my data".
#pragma once
#include <string>

#include "core/app_state.h"

namespace platform {

// Keys in the default namespace ("hearth"); another namespace replaces the part before the first colon.
inline constexpr const char* kDocKey = "hearth:doc";
inline constexpr const char* kLastGoodKey = "hearth:doc:last-good";
inline constexpr const char* kDamagedKey = "hearth:doc:damaged";

std::string DocKey(const core::SaveState& s);       // "<ns>:doc"
std::string LastGoodKey(const core::SaveState& s);  // "<ns>:doc:last-good"
std::string DamagedKey(const core::SaveState& s);   // "<ns>:doc:damaged"

void LoadSaved(core::AppState& s);               // at start-up
// After a frame, and when the page hides: deletes everything if asked, merges another tab's
// changes (s.in.storage_changed), and saves when due. Returns true if a document was written.
bool SaveIfDue(core::AppState& s, bool urgent);

}  // namespace platform
