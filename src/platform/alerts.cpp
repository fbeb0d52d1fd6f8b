// Delivers what the UI asked for in s.frame.out.alerts through the platform's primitives.
#include "platform/platform.h"

namespace platform {

void DeliverAlerts(const core::FrameOutput& out) {
  const core::Alerts& a = out.alerts;
  if (a.chime) Chime();
  if (a.breath_cue >= 0) BreathCue(a.breath_cue);
  if (a.vibrate_ms > 0) Vibrate(a.vibrate_ms);
  if (a.ask_notifications) AskNotifications();
  if (!a.notify_title.empty()) Notify(a.notify_title, a.notify_body);
  if (!a.announce.empty()) Announce(a.announce);
  DeliverOutbox(out.outbox);
  if (out.lock.action != core::LockAction::None) DeliverLock(out.lock);
  if (out.seal.action != core::SealAction::None) DeliverSeal(out.seal);
}

void DeliverOutbox(const core::Outbox& o) {
  for (const auto& f : o.downloads) Download(f);
  if (!o.copy_text.empty()) CopyText(o.copy_text);
  if (!o.print.title.empty()) PrintPage(o.print);
  if (o.quick_exit) QuickExit();
  if (o.apply_update) ApplyUpdate();
}

}  // namespace platform
