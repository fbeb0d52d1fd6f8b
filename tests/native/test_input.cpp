// The pointer gesture rules (platform/input): tap, drag, inertia, wheel.
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "platform/input.h"

using platform::PointerEv;
using platform::PointerEvent;
using platform::PointerFrame;
using platform::PointerInput;
using platform::PointerKind;

namespace {

constexpr double kFrameMs = 16;

PointerEvent Touch(PointerEv type, float x, float y, double t) { return {type, PointerKind::Touch, x, y, 0, t}; }
PointerEvent Mouse(PointerEv type, float x, float y, double t, int button = 0) {
  return {type, PointerKind::Mouse, x, y, button, t};
}

// Runs frames until the input has nothing more to hand out (bounded), collecting them.
std::vector<PointerFrame> RunUntilIdle(PointerInput& in, double& now, bool reduce_motion = false, int limit = 1000) {
  std::vector<PointerFrame> frames;
  do {
    frames.push_back(in.Next(now, reduce_motion));
    now += kFrameMs;
  } while (in.Busy() && static_cast<int>(frames.size()) < limit);
  return frames;
}

struct Clicks {
  int presses = 0, releases = 0;
  int press_frame = -1, release_frame = -1;
};

// Counts button-0 transitions across frames, starting from "up".
Clicks CountClicks(const std::vector<PointerFrame>& frames, bool was_down = false) {
  Clicks c;
  for (size_t i = 0; i < frames.size(); ++i) {
    bool d = frames[i].down[0];
    if (d && !was_down) {
      ++c.presses;
      c.press_frame = static_cast<int>(i);
    }
    if (!d && was_down) {
      ++c.releases;
      c.release_frame = static_cast<int>(i);
    }
    was_down = d;
  }
  return c;
}

float TotalScroll(const std::vector<PointerFrame>& frames) {
  float s = 0;
  for (const auto& f : frames) s += f.scroll_px;
  return s;
}

// A finger drag from (x, y0) to (x, y1) in `steps` moves, one frame apart, then the finger lifts.
// Returns the frames up to and including the one after the lift.
std::vector<PointerFrame> Drag(PointerInput& in, double& now, float y0, float y1, int steps, bool reduce_motion) {
  std::vector<PointerFrame> frames;
  in.Push(Touch(PointerEv::Down, 100, y0, now));
  frames.push_back(in.Next(now, reduce_motion));
  for (int i = 1; i <= steps; ++i) {
    now += kFrameMs;
    in.Push(Touch(PointerEv::Move, 100, y0 + (y1 - y0) * i / steps, now));
    frames.push_back(in.Next(now, reduce_motion));
  }
  now += kFrameMs;
  in.Push(Touch(PointerEv::Up, 100, y1, now));
  return frames;
}

}  // namespace

TEST_CASE("a touch tap is one press and one release, in separate frames, at the tapped place", "[input]") {
  PointerInput in;
  double now = 1000;
  CHECK_FALSE(in.Busy());
  in.Push(Touch(PointerEv::Down, 120, 340, now));
  in.Push(Touch(PointerEv::Up, 120, 340, now + 60));
  CHECK(in.Busy());
  now += 70;
  std::vector<PointerFrame> frames = RunUntilIdle(in, now);
  CHECK_FALSE(in.Busy());
  REQUIRE(frames.size() < 10);

  Clicks c = CountClicks(frames);
  CHECK(c.presses == 1);
  CHECK(c.releases == 1);
  REQUIRE(c.press_frame >= 0);
  REQUIRE(c.release_frame >= 0);
  CHECK(c.press_frame < c.release_frame);  // never in the same frame
  for (int k : {c.press_frame, c.release_frame}) {
    INFO("frame " << k);
    CHECK(frames[k].has_pos);
    CHECK(frames[k].x == 120);
    CHECK(frames[k].y == 340);
  }
  for (const auto& f : frames) {
    CHECK(f.scroll_px == 0);
    CHECK(f.wheel_lines == 0);
  }
  // After the tap the finger is gone: no hover sticks.
  CHECK_FALSE(frames.back().has_pos);
  PointerFrame after = in.Next(now, false);
  CHECK_FALSE(after.has_pos);
  CHECK_FALSE(after.down[0]);
}

TEST_CASE("a tap whose events arrive over several frames is still one click", "[input]") {
  PointerInput in;
  double now = 0;
  std::vector<PointerFrame> frames;
  in.Push(Touch(PointerEv::Down, 50, 60, now));
  for (int i = 0; i < 5; ++i) {  // the finger rests 80 ms: no press yet (it may still become a drag)
    frames.push_back(in.Next(now, false));
    now += kFrameMs;
  }
  for (const auto& f : frames) CHECK_FALSE(f.down[0]);
  in.Push(Touch(PointerEv::Move, 53, 64, now));  // a small wobble (5 px) is still a tap
  in.Push(Touch(PointerEv::Up, 53, 64, now + 1));
  std::vector<PointerFrame> rest = RunUntilIdle(in, now);
  frames.insert(frames.end(), rest.begin(), rest.end());
  Clicks c = CountClicks(frames);
  CHECK(c.presses == 1);
  CHECK(c.releases == 1);
  CHECK(c.press_frame < c.release_frame);
  CHECK(frames[c.press_frame].x == 50);  // where the finger came down
  CHECK(frames[c.press_frame].y == 60);
  CHECK(TotalScroll(frames) == 0);
  CHECK_FALSE(frames.back().has_pos);
}

TEST_CASE("two taps in a row are two clicks", "[input]") {
  PointerInput in;
  double now = 0;
  std::vector<PointerFrame> frames;
  for (int tap = 0; tap < 2; ++tap) {
    in.Push(Touch(PointerEv::Down, 10.0f + tap * 100, 20, now));
    in.Push(Touch(PointerEv::Up, 10.0f + tap * 100, 20, now + 50));
    now += 60;
    auto f = RunUntilIdle(in, now);
    frames.insert(frames.end(), f.begin(), f.end());
    now += 100;
  }
  Clicks c = CountClicks(frames);
  CHECK(c.presses == 2);
  CHECK(c.releases == 2);
  CHECK(frames[c.press_frame].x == 110);  // the second press is at the second place
}

TEST_CASE("a quick mouse drag presses where the button went down, even when its moves come in the same frame", "[input]") {
  // Firefox and WebKit under WebDriver deliver a whole drag between two frames: the press used to
  // take the last move's place, so a drag selection started in the middle of the text.
  PointerInput in;
  double now = 0;
  in.Push(Mouse(PointerEv::Move, 10, 20, now));
  in.Push(Mouse(PointerEv::Down, 10, 20, now));
  for (int i = 1; i <= 4; ++i) in.Push(Mouse(PointerEv::Move, 10.0f + 50 * i, 20, now + i));
  in.Push(Mouse(PointerEv::Up, 210, 20, now + 5));
  std::vector<PointerFrame> frames = RunUntilIdle(in, now);
  Clicks c = CountClicks(frames);
  REQUIRE(c.presses == 1);
  REQUIRE(c.releases == 1);
  CHECK(frames[c.press_frame].x == 10);  // the press, where it happened
  CHECK(frames[c.release_frame].x == 210);  // the release, where the drag ended
  // Between them a frame sees the button held at the drag's end (a selection extends while held).
  bool held_at_end = false;
  for (int k = c.press_frame + 1; k < c.release_frame; ++k) held_at_end |= frames[k].down[0] && frames[k].x == 210;
  CHECK(held_at_end);
}

TEST_CASE("a mouse click that arrives during a tap waits for the tap to end: no drag from the tapped place", "[input]") {
  // A phone test tapped a text field and clicked with the mouse before the tap's release frame;
  // the mouse move ran while the tap still held the button, and became a drag selection.
  PointerInput in;
  double now = 0;
  in.Push(Touch(PointerEv::Down, 100, 40, now));
  in.Push(Touch(PointerEv::Up, 100, 40, now + 50));
  now += 60;
  std::vector<PointerFrame> frames;
  frames.push_back(in.Next(now, false));  // the tap's press
  now += kFrameMs;
  REQUIRE(frames[0].down[0]);
  in.Push(Mouse(PointerEv::Move, 300, 40, now));
  in.Push(Mouse(PointerEv::Down, 300, 40, now));
  in.Push(Mouse(PointerEv::Up, 300, 40, now + 5));
  std::vector<PointerFrame> rest = RunUntilIdle(in, now);
  frames.insert(frames.end(), rest.begin(), rest.end());
  Clicks c = CountClicks(frames);
  CHECK(c.presses == 2);
  CHECK(c.releases == 2);
  // While the button is held, the pointer is only ever where that press happened.
  bool down = false;
  float press_x = 0;
  for (size_t k = 0; k < frames.size(); ++k) {
    INFO("frame " << k);
    if (frames[k].down[0] && !down) press_x = frames[k].x;
    if (frames[k].down[0]) CHECK(frames[k].x == press_x);
    down = frames[k].down[0];
  }
  CHECK(frames[c.press_frame].x == 300);  // the second press (CountClicks keeps the last) is the mouse's
  CHECK_FALSE(frames.back().down[0]);
}

TEST_CASE("a touch drag scrolls by the finger's movement and never clicks", "[input]") {
  PointerInput in;
  double now = 0;
  // The finger moves up 200 px: the content scrolls down (+).
  std::vector<PointerFrame> frames = Drag(in, now, 500, 300, 10, false);
  CHECK(TotalScroll(frames) == Approx(200.0f));
  for (size_t i = 1; i < frames.size(); ++i) CHECK(frames[i].scroll_px > 0);
  std::vector<PointerFrame> after = RunUntilIdle(in, now);
  frames.insert(frames.end(), after.begin(), after.end());
  Clicks c = CountClicks(frames);
  CHECK(c.presses == 0);
  CHECK(c.releases == 0);
  CHECK_FALSE(frames.back().has_pos);  // no hover left behind

  // The other way: the finger moves down, the content scrolls up (-).
  PointerInput in2;
  now = 0;
  std::vector<PointerFrame> down = Drag(in2, now, 300, 450, 10, false);
  CHECK(TotalScroll(down) == Approx(-150.0f));
  auto rest = RunUntilIdle(in2, now);
  CHECK(CountClicks(rest).presses == 0);
}

TEST_CASE("a move just past kDragThreshold is a drag, one within it is a tap", "[input]") {
  const float t = PointerInput::kDragThreshold;
  for (float dy : {t + 1.0f, t - 1.0f}) {
    PointerInput in;
    double now = 0;
    in.Push(Touch(PointerEv::Down, 100, 100, now));
    in.Push(Touch(PointerEv::Move, 100, 100 - dy, now + 30));
    in.Push(Touch(PointerEv::Up, 100, 100 - dy, now + 200));  // rested: no fling
    now += 210;
    auto frames = RunUntilIdle(in, now);
    Clicks c = CountClicks(frames);
    INFO("moved " << dy << " px");
    if (dy > t) {
      CHECK(c.presses == 0);
      CHECK(TotalScroll(frames) == Approx(dy));
    } else {
      CHECK(c.presses == 1);
      CHECK(c.releases == 1);
      CHECK(TotalScroll(frames) == 0);
    }
  }
}

TEST_CASE("a fling keeps scrolling after the finger lifts, slows down, then stops", "[input]") {
  PointerInput in;
  double now = 0;
  std::vector<PointerFrame> drag = Drag(in, now, 600, 300, 10, false);  // 30 px per 16 ms frame
  float dragged = TotalScroll(drag);
  REQUIRE(dragged == Approx(300.0f));
  REQUIRE(in.Busy());  // the lift is queued

  std::vector<PointerFrame> after;
  for (int i = 0; i < 1000 && in.Busy(); ++i) {
    now += kFrameMs;
    after.push_back(in.Next(now, false));
  }
  CHECK_FALSE(in.Busy());  // it stopped on its own
  REQUIRE(after.size() > 5);  // and kept going for a while
  CHECK(after.size() < 300);  // but not for ever (about 5 s at most)
  // Same direction as the drag, never speeding up.
  for (size_t i = 0; i < after.size(); ++i) {
    INFO("frame " << i);
    CHECK(after[i].scroll_px >= 0);
    if (i > 0) CHECK(after[i].scroll_px <= after[i - 1].scroll_px + 1e-3f);
    CHECK_FALSE(after[i].down[0]);
  }
  CHECK(after.front().scroll_px > 10);  // it starts near the finger's speed (30 px a frame)
  CHECK(after.front().scroll_px <= 30 * 1.01f);
  CHECK(after.back().scroll_px < 1.0f);
  CHECK(TotalScroll(after) > 30);

  // Once stopped, frames are quiet.
  now += kFrameMs;
  PointerFrame quiet = in.Next(now, false);
  CHECK(quiet.scroll_px == 0);
  CHECK_FALSE(in.Busy());
}

TEST_CASE("a new touch stops a running fling", "[input]") {
  PointerInput in;
  double now = 0;
  Drag(in, now, 600, 300, 10, false);
  now += kFrameMs;
  CHECK(in.Next(now, false).scroll_px > 0);
  in.Push(Touch(PointerEv::Down, 100, 400, now + 1));
  now += kFrameMs;
  PointerFrame f = in.Next(now, false);
  CHECK(f.scroll_px == 0);
}

TEST_CASE("with reduce_motion a drag still scrolls but there is no fling", "[input]") {
  PointerInput in;
  double now = 0;
  std::vector<PointerFrame> drag = Drag(in, now, 600, 300, 10, true);
  CHECK(TotalScroll(drag) == Approx(300.0f));
  now += kFrameMs;
  PointerFrame lift = in.Next(now, true);
  CHECK(lift.scroll_px == 0);
  CHECK_FALSE(in.Busy());
  for (int i = 0; i < 10; ++i) {
    now += kFrameMs;
    CHECK(in.Next(now, true).scroll_px == 0);
  }
}

TEST_CASE("a finger that rests before lifting does not fling", "[input]") {
  PointerInput slow;
  double now = 0;
  slow.Push(Touch(PointerEv::Down, 100, 600, now));
  for (int i = 1; i <= 10; ++i) {
    now += kFrameMs;
    slow.Push(Touch(PointerEv::Move, 100, 600 - 30.0f * i, now));
    slow.Next(now, false);
  }
  for (int i = 0; i < 20; ++i) {  // 320 ms without moving
    now += kFrameMs;
    CHECK(slow.Next(now, false).scroll_px == 0);
  }
  slow.Push(Touch(PointerEv::Up, 100, 300, now));
  now += kFrameMs;
  auto after = RunUntilIdle(slow, now);
  CHECK(TotalScroll(after) == 0);
  CHECK(after.size() <= 2);
}

TEST_CASE("a cancelled touch leaves no press, no hover and no fling", "[input]") {
  PointerInput in;
  double now = 0;
  in.Push(Touch(PointerEv::Down, 100, 100, now));
  in.Push(Touch(PointerEv::Cancel, 100, 100, now + 20));
  now += 30;
  auto frames = RunUntilIdle(in, now);
  CHECK(CountClicks(frames).presses == 0);
  CHECK_FALSE(frames.back().has_pos);
  CHECK(TotalScroll(frames) == 0);
}

TEST_CASE("a mouse click is a press and a release in separate frames; hover stays for a mouse", "[input]") {
  PointerInput in;
  double now = 0;
  in.Push(Mouse(PointerEv::Move, 30, 40, now));
  PointerFrame f = in.Next(now, false);
  CHECK(f.has_pos);
  CHECK(f.x == 30);
  CHECK(f.y == 40);
  CHECK_FALSE(f.down[0]);

  // Down and up arrive between two frames (a fast click).
  in.Push(Mouse(PointerEv::Down, 31, 41, now + 5));
  in.Push(Mouse(PointerEv::Up, 31, 41, now + 9));
  now += kFrameMs;
  auto frames = RunUntilIdle(in, now);
  Clicks c = CountClicks(frames);
  CHECK(c.presses == 1);
  CHECK(c.releases == 1);
  CHECK(c.press_frame < c.release_frame);
  CHECK(frames[c.press_frame].x == 31);
  CHECK(frames[c.release_frame].y == 41);
  CHECK(frames.back().has_pos);  // a mouse still hovers after a click

  // Right button.
  in.Push(Mouse(PointerEv::Down, 31, 41, now, 2));
  PointerFrame r = in.Next(now, false);
  CHECK(r.down[2]);
  CHECK_FALSE(r.down[0]);
  in.Push(Mouse(PointerEv::Up, 31, 41, now + 1, 2));
  CHECK_FALSE(in.Next(now + kFrameMs, false).down[2]);

  // The mouse leaves the page.
  in.Push(Mouse(PointerEv::Leave, 0, 0, now + 20));
  PointerFrame gone = in.Next(now + 2 * kFrameMs, false);
  CHECK_FALSE(gone.has_pos);
}

TEST_CASE("mouse wheel lines pass through, once", "[input]") {
  PointerInput in;
  in.PushWheel(3);
  in.PushWheel(-0.5f);
  PointerFrame f = in.Next(0, false);
  CHECK(f.wheel_lines == Approx(2.5f));
  CHECK(f.scroll_px == 0);
  CHECK(in.Next(16, false).wheel_lines == 0);
  in.PushWheel(-2);
  CHECK(in.Next(32, true).wheel_lines == Approx(-2.0f));  // reduce_motion does not change the wheel
}

TEST_CASE("a finger resting kLongPressMs is one long press where it came down, and its lift is no tap", "[input]") {
  PointerInput in;
  double now = 0;
  in.Push(Touch(PointerEv::Down, 40, 70, now));
  std::vector<PointerFrame> frames;
  while (now < PointerInput::kLongPressMs + 100) {
    CHECK(in.Busy());  // frames keep coming while the finger rests, until the long press
    frames.push_back(in.Next(now, false));
    now += kFrameMs;
    if (frames.back().long_press) break;
  }
  REQUIRE(frames.back().long_press);
  CHECK(now - kFrameMs >= PointerInput::kLongPressMs);
  CHECK(frames.back().x == 40);
  CHECK(frames.back().y == 70);
  int long_presses = 0;
  for (const auto& f : frames) long_presses += f.long_press;
  CHECK(long_presses == 1);
  CHECK_FALSE(in.Busy());  // still resting, but nothing more to wait for
  in.Push(Touch(PointerEv::Up, 41, 70, now));
  auto rest = RunUntilIdle(in, now);
  frames.insert(frames.end(), rest.begin(), rest.end());
  Clicks c = CountClicks(frames);
  CHECK(c.presses == 0);
  for (const auto& f : rest) CHECK_FALSE(f.long_press);
}

TEST_CASE("a finger that moves or lifts before kLongPressMs is no long press", "[input]") {
  PointerInput in;
  double now = 0;
  in.Push(Touch(PointerEv::Down, 40, 70, now));
  in.Push(Touch(PointerEv::Move, 40, 40, now + 100));  // a drag: it scrolls
  auto frames = RunUntilIdle(in, now);
  now += PointerInput::kLongPressMs;
  frames.push_back(in.Next(now, false));
  in.Push(Touch(PointerEv::Up, 40, 40, now));
  auto more = RunUntilIdle(in, now);
  frames.insert(frames.end(), more.begin(), more.end());
  for (const auto& f : frames) CHECK_FALSE(f.long_press);
  CHECK(TotalScroll(frames) > 0);
}
