#include "core/app/update.h"

namespace core {

bool OfferUpdateBanner(bool ready, const UpdateView& v, const TimeoutState& t, Screen screen) {
  if (!ready || v.dismissed) return false;
  return !(screen == Screen::Timeout && t.run.status != TimeoutStatus::Idle);
}

}  // namespace core
