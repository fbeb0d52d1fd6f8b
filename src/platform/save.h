// Loading and saving the document through platform storage, with the policy from core/persist.
#pragma once
#include "core/app_state.h"

namespace platform {

inline constexpr const char* kDocKey = "hearth:doc";
inline constexpr const char* kLastGoodKey = "hearth:doc:last-good";

void LoadSaved(core::AppState& s);                 // at start-up
bool SaveIfDue(core::AppState& s, bool urgent);    // after a frame, and when the page hides

}  // namespace platform
