// Short names the native tests use for the storage policy over the platform's storage: the policy
// itself is core's (core/store.h); these only pass platform::Storage() to it.
#pragma once
#include "core/store.h"
#include "platform/platform.h"

namespace platform {

using core::kDamagedKey;
using core::kDocKey;
using core::kLastGoodKey;

inline void LoadSaved(core::AppState& s) { core::LoadSaved(s, Storage()); }
// What a frame does around drawing, without the drawing: apply a finished lock step and another tab's
// changes, then save when due.
inline bool SaveIfDue(core::AppState& s, bool urgent) {
  core::StepStorage(s, Storage());
  return core::Store(s, Storage(), urgent);
}

}  // namespace platform
