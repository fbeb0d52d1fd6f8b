// Pointer input, turned into what one frame sees. Pure C++ (no browser, no ImGui) so the gesture
// rules are unit-tested: a tap is exactly one click at the tapped place, a drag scrolls with
// inertia, a press and its release never land in the same frame, hover never sticks after touch, and a
// finger that rests is a long press (it selects a word).
#pragma once
#include <cstddef>
#include <vector>

namespace platform {

enum class PointerKind { Mouse, Touch, Pen };
enum class PointerEv { Move, Down, Up, Cancel, Leave };

struct PointerEvent {
  PointerEv type = PointerEv::Move;
  PointerKind kind = PointerKind::Mouse;
  float x = 0, y = 0;  // CSS pixels, relative to the canvas
  int button = 0;      // 0 left, 1 middle, 2 right
  double t_ms = 0;     // event time
};

// What the UI gets for one frame.
struct PointerFrame {
  bool has_pos = false;    // false: no pointer over the app (hover nothing)
  float x = 0, y = 0;      // CSS pixels
  bool down[3] = {false, false, false};
  float wheel_lines = 0;   // + scrolls content down
  float scroll_px = 0;     // touch drag and inertia, + scrolls content down
  bool long_press = false; // a finger rested kLongPressMs without moving, at (x, y): select the word there
};

class PointerInput {
 public:
  void Push(const PointerEvent& e);
  void PushWheel(float lines) { wheel_ += lines; }
  // Consumes what belongs to this frame. `reduce_motion` turns off inertia.
  PointerFrame Next(double now_ms, bool reduce_motion);
  // More frames are needed (queued events, a pending tap release, inertia running).
  bool Busy() const;

  static constexpr float kDragThreshold = 8.0f;    // CSS px a finger moves before a touch becomes a drag
  static constexpr double kInertiaTauMs = 325.0;   // time constant of the fling's decay
  static constexpr float kInertiaStop = 0.015f;    // px/ms below which the fling stops
  static constexpr double kLongPressMs = 500.0;    // a finger resting this long (within kDragThreshold) is a long press

 private:
  enum class Touch { None, Pending, Dragging };
  // A vector read from head_ (not a std::deque: the same queue for 0.6 KB less of the wasm); emptied
  // once all of it is read.
  std::vector<PointerEvent> queue_;
  size_t head_ = 0;
  bool Queued() const { return head_ < queue_.size(); }
  float x_ = 0, y_ = 0;
  bool has_pos_ = false;
  bool down_[3] = {false, false, false};
  float wheel_ = 0;
  // touch gesture
  Touch touch_ = Touch::None;
  float start_x_ = 0, start_y_ = 0, last_y_ = 0;
  double last_t_ = 0;
  double start_t_ = 0;         // when the finger came down
  bool long_fired_ = false;    // this touch was a long press: its lift is not a tap
  float velocity_ = 0;         // px/ms, + = content scrolls down
  float pending_scroll_ = 0;   // drag movement not yet handed to a frame
  bool inertia_ = false;
  double inertia_t_ = 0;
};

}  // namespace platform
