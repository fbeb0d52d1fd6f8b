// Delivers what the UI asked for in s.out.alerts through the platform's primitives.
#include "platform/platform.h"

namespace platform {

void DeliverAlerts(const core::FrameOutput& out) {
  const core::Alerts& a = out.alerts;
  if (a.chime) Chime();
  if (a.breath_cue >= 0) BreathCue(a.breath_cue);
  if (a.vibrate_ms > 0) Vibrate(a.vibrate_ms);
  if (a.ask_notifications) AskNotifications();
  if (!a.notify_title.empty()) Notify(a.notify_title, a.notify_body);
  if (a.alarm_ms >= 0) SetAlarm(a.alarm_ms);
  if (!a.announce.empty()) Announce(a.announce);
}

}  // namespace platform
