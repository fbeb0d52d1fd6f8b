// Gesture rules for pointer input; see input.h.
#include "platform/input.h"

#include <cmath>

namespace platform {

void PointerInput::Push(const PointerEvent& e) {
  if (e.kind == PointerKind::Touch) {
    // Touch gestures are decided here, as events arrive; frames only see their outcome.
    switch (e.type) {
      case PointerEv::Down:
        inertia_ = false;
        velocity_ = 0;
        touch_ = Touch::Pending;
        start_x_ = e.x;
        start_y_ = e.y;
        last_y_ = e.y;
        last_t_ = e.t_ms;
        start_t_ = e.t_ms;
        long_fired_ = false;
        queue_.push_back({PointerEv::Move, PointerKind::Touch, e.x, e.y, 0, e.t_ms});
        break;
      case PointerEv::Move:
        if (touch_ == Touch::None) break;
        if (touch_ == Touch::Pending && std::hypot(e.x - start_x_, e.y - start_y_) > kDragThreshold) {
          touch_ = Touch::Dragging;
          pending_scroll_ += start_y_ - e.y;
        } else if (touch_ == Touch::Dragging) {
          pending_scroll_ += last_y_ - e.y;
        }
        if (touch_ == Touch::Dragging) {
          double dt = e.t_ms - last_t_;
          if (dt > 0) {
            float v = static_cast<float>((last_y_ - e.y) / dt);
            velocity_ = 0.8f * v + 0.2f * velocity_;  // smoothed, recent movement weighs most
          }
          queue_.push_back({PointerEv::Move, PointerKind::Touch, e.x, e.y, 0, e.t_ms});
        }
        last_y_ = e.y;
        last_t_ = e.t_ms;
        break;
      case PointerEv::Up:
        if (touch_ == Touch::Pending && long_fired_) {
          queue_.push_back({PointerEv::Leave, PointerKind::Touch, 0, 0, 0, e.t_ms});  // the long press was the gesture
        } else if (touch_ == Touch::Pending) {
          // The tap: press, release on the next frame, then the finger is gone (no sticky hover).
          // Queued like any event, so a mouse event that arrives meanwhile waits for the tap to end
          // (it once landed between the press and the release and became a drag).
          queue_.push_back({PointerEv::Move, PointerKind::Touch, start_x_, start_y_, 0, e.t_ms});
          queue_.push_back({PointerEv::Down, PointerKind::Touch, start_x_, start_y_, 0, e.t_ms});
          queue_.push_back({PointerEv::Up, PointerKind::Touch, start_x_, start_y_, 0, e.t_ms});
          queue_.push_back({PointerEv::Leave, PointerKind::Touch, 0, 0, 0, e.t_ms});
        } else if (touch_ == Touch::Dragging) {
          // A finger that rested before lifting does not fling.
          if (e.t_ms - last_t_ > 100) velocity_ = 0;
          inertia_ = std::fabs(velocity_) > kInertiaStop;
          inertia_t_ = e.t_ms;
          queue_.push_back({PointerEv::Leave, PointerKind::Touch, 0, 0, 0, e.t_ms});
        }
        touch_ = Touch::None;
        break;
      case PointerEv::Cancel:
      case PointerEv::Leave:
        if (touch_ != Touch::None) queue_.push_back({PointerEv::Leave, PointerKind::Touch, 0, 0, 0, e.t_ms});
        touch_ = Touch::None;
        break;
    }
    return;
  }
  queue_.push_back(e);
}

PointerFrame PointerInput::Next(double now_ms, bool reduce_motion) {
  bool changed[3] = {false, false, false};
  bool moved_held = false;  // this frame moved the pointer while a button was down
  while (Queued()) {
    const PointerEvent& e = queue_[head_];
    if (e.type == PointerEv::Down || e.type == PointerEv::Up) {
      int b = (e.button >= 0 && e.button < 3) ? e.button : 0;
      if (changed[b]) break;  // one transition per button per frame: the rest waits for the next frame
      if (e.type == PointerEv::Up && moved_held) break;  // a drag is seen held where it went before it ends
      changed[b] = true;
      down_[b] = e.type == PointerEv::Down;
      x_ = e.x;
      y_ = e.y;
      has_pos_ = true;
    } else if (e.type == PointerEv::Move) {
      // A press or release keeps its own position for this frame: ImGui takes a click's place from the
      // frame it sees the press in, so a move that came right after the press (a quick drag) waits for
      // the next frame instead of moving where the press landed.
      if (changed[0] || changed[1] || changed[2]) break;
      if (down_[0] || down_[1] || down_[2]) moved_held = true;
      x_ = e.x;
      y_ = e.y;
      has_pos_ = true;
    } else {  // Leave / Cancel
      if (changed[0] || changed[1] || changed[2]) break;
      has_pos_ = false;
      for (bool& d : down_) d = false;
    }
    ++head_;
  }
  if (!Queued()) {
    queue_.clear();
    head_ = 0;
  }

  PointerFrame f;
  f.has_pos = has_pos_;
  f.x = x_;
  f.y = y_;
  for (int i = 0; i < 3; ++i) f.down[i] = down_[i];
  f.wheel_lines = wheel_;
  wheel_ = 0;
  f.scroll_px = pending_scroll_;
  pending_scroll_ = 0;
  if (touch_ == Touch::Pending && !long_fired_ && !Queued() && now_ms - start_t_ >= kLongPressMs) {
    long_fired_ = true;
    f.long_press = true;
    f.has_pos = true;
    f.x = start_x_;
    f.y = start_y_;
  }
  if (inertia_) {
    if (reduce_motion) inertia_ = false;
    else {
      double dt = now_ms - inertia_t_;
      if (dt > 100) dt = 100;  // a late frame does not jump
      if (dt > 0) {
        f.scroll_px += static_cast<float>(velocity_ * dt);
        velocity_ *= static_cast<float>(std::exp(-dt / kInertiaTauMs));
        inertia_t_ = now_ms;
      }
      if (std::fabs(velocity_) < kInertiaStop) inertia_ = false;
    }
  }
  return f;
}

// A resting finger needs frames until it becomes a long press (or moves, or lifts).
bool PointerInput::Busy() const {
  return Queued() || inertia_ || (touch_ == Touch::Pending && !long_fired_);
}

}  // namespace platform
