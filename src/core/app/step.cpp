// One frame's core step (see step.h).
#include "core/app/step.h"

#include "core/app/embed.h"
#include "core/app/privacy.h"
#include "core/store/doc_apply.h"

namespace core {

void WakeAt(FrameOutput& out, double t, bool even_hidden) {
  if (t <= 0) return;
  if (out.wake_at_ms == 0 || t < out.wake_at_ms) out.wake_at_ms = t;
  if (even_hidden && (out.wake_hidden_ms == 0 || t < out.wake_hidden_ms)) out.wake_hidden_ms = t;
}

void StepTimeout(AppState& s) {
  TimeoutState& t = s.doc.timeout;
  double now = s.frame.in.now_ms;
  if (CheckExpiry(t, now)) {
    MarkDirty(s.save, now);
    s.frame.out.alerts.announce = "Your time-out is over. Time to come back.";  // screen readers hear it either way
    if (now - t.run.ended_ms < 60 * 1000) {  // no chime for a break that ended long before a reload
      Alerts& a = s.frame.out.alerts;
      a.chime = t.settings.sound;
      a.vibrate_ms = t.settings.sound ? 400 : 0;  // sound and buzz go together, and both are off by default
      a.notify_title = "Time to come back";
      a.notify_body = "Your time-out is over. Check in with yourself, then with your partner.";
    }
    Go(s.nav, {Screen::Timeout, "", ""});
  }
  if (t.run.status == TimeoutStatus::Running) WakeAt(s.frame.out, t.run.deadline_ms, /*even_hidden=*/true);
}

// A counselor's homework link that just arrived (#/homework/<steps>): kept, or a plain message and
// nothing changed (with the lock closed, it waits until it is opened). A link whose ':' and ','
// were percent-encoded on the way (some mail and chat apps do) is read the same. The address then
// reads "#/homework", so a reload or Back does not take it again and the steps leave the address bar.
void StepHomework(AppState& s) {
  Route& r = s.nav.route;
  if (r.screen != Screen::Homework || r.id.empty()) return;
  if (s.save.locked) return;  // what is saved is not open yet: taken once the passphrase opens it
  std::vector<HomeworkStep> steps;
  std::string why;
  if (ParseHomeworkSteps(PercentDecode(r.id), steps, why)) {
    s.views.homework.message.clear();
    if (ReceiveHomework(s.doc.homework, std::move(steps), s.embed.org, s.frame.in.now_ms)) MarkDirty(s.save, s.frame.in.now_ms);
  } else {
    s.views.homework.message = why;
  }
  r.id.clear();
  MarkMoved(s.nav);
  s.frame.out.replace_address = true;  // the entry with the steps is replaced: Back does not bring them again
}

void Step(AppState& s, StoragePort& port) {
  s.frame.out = FrameOutput{};
  if (s.frame.in.returned_after_exit && ForgetScreenAfterExit(s)) s.frame.out.lock = {LockAction::LockNow, "", s.save.ns + ":"};
  StepStorage(s, port);
  ApplySealResult(s, s.frame.in.seal);
  ReceiveGuide(s.guide_load, s.guide, s.frame.in.guide);
  // An embedding site's start page, when the address names no screen.
  bool no_address = s.frame.in.address.empty() && s.nav.seen_address.empty();
  const Route& start = s.embed.start;
  const std::string start_hash = start.screen == Screen::Homework && !start.id.empty() ? "#/homework/" + start.id : RouteToHash(start);
  FollowAddress(s.nav, no_address && s.embed.has_start ? start_hash : s.frame.in.address);
  StepHomework(s);
  StepTimeout(s);
}

}  // namespace core
