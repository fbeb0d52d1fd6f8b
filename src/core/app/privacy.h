// After a quick exit: when the page is shown again in the same tab (Back, the back-forward cache),
// Hearth opens on Home with nothing of the person's on screen. Pure state changes; the page (web/boot.js)
// notices the return and the platform passes it in as FrameInput::returned_after_exit.
#pragma once
#include "core/app/app_state.h"

namespace core {

// Home, with no way back inside the app to where the person was, and every screen's passing state
// (typed passphrases, a checked backup waiting, search words, unfolded notes, a pulse count) dropped.
// What is saved stays saved. Returns true when Hearth is locked with a passphrase and open: the caller
// then asks to lock it again.
bool ForgetScreenAfterExit(AppState& s);

}  // namespace core
