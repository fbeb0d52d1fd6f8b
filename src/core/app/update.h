// A new version of Hearth has been downloaded (by the service worker) and waits. The person is
// offered a reload when they like; Hearth never reloads by itself.
#pragma once
#include "core/app/nav.h"
#include "core/timeout/timeout.h"

namespace core {

struct UpdateView {
  bool dismissed = false;  // "Later": the banner stays away for this visit (Settings still offers it)
  bool said = false;       // announced to screen readers (once)
};

// Whether the banner offering the new version shows this frame: a new version is ready, the person
// has not said "Later", and they are not on the time-out's screen during a break or its way back
// (a hard moment is not the time to ask anything).
bool OfferUpdateBanner(bool ready, const UpdateView& v, const TimeoutState& t, Screen screen);

}  // namespace core
