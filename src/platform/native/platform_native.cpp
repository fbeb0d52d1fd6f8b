// Native stand-in for the browser: no window and no GPU. Tests set the view, clock and input
// through platform/native/test_hooks.h and read what a frame published.
#include <iterator>
#include <map>
#include <utility>

#include "imgui.h"
#include "platform/imgui_feed.h"
#include "platform/native/test_hooks.h"
#include "platform/platform.h"

extern const char kGuideFile[];  // the checked chapters, embedded for the native build only
extern const std::size_t kGuideFileSize;

namespace platform {

std::string_view NativeGuideFile() { return {kGuideFile, kGuideFileSize}; }

NativeHost& Host() {
  static NativeHost host;  // the stand-in's whole world
  return host;
}

bool Init(std::string& error) {
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "hearth_native";
  return true;
}

void SetFrameCallback(void (*frame)()) { Host().frame = frame; }
void SetHiddenCallback(void (*hidden)()) { Host().hidden = hidden; }
void RequestFrame() { Host().frames_requested++; }

void BeginFrame(core::AppState& s) {
  NativeHost& h = Host();
  s.frame.in = std::move(h.next);
  h.next = core::FrameInput{};
  if (s.frame.in.focus_id) {  // the test moved focus itself
    h.focused = s.frame.in.focus_id;
    h.keyboard = s.frame.in.focus_visible;
  } else if (h.focused) {  // focus stays where it was, as in a page
    s.frame.in.focus_id = h.focused;
    s.frame.in.focus_visible = h.keyboard;
  }
  s.frame.in.now_ms = h.now_ms;
  s.frame.in.css_w = h.css_w;
  s.frame.in.css_h = h.css_h;
  s.frame.in.dpr = h.dpr;
  s.frame.in.address = h.address;
  s.system = h.system;
  s.frame.in.utc_offset_min = h.utc_offset_min;
  s.frame.in.use_24h = h.use_24h;
  s.frame.in.notify_state = h.notify_state;
  s.frame.in.update_ready = UpdateReady();
  s.frame.in.lock_state = LockStateNow();
  s.frame.in.lock_event = LockPoll();
  s.frame.in.access = StorageAccessNow();
  s.frame.in.handoff_event = HandoffPoll();
  s.frame.in.handoff = TakeHandoff();
  s.frame.in.seal = std::move(h.seal_result);
  h.seal_result = core::SealResult{};
  PointerFrame pf = h.pointer.Next(h.now_ms, core::ReduceMotion(s.doc.settings, s.system));
  s.frame.in.scroll_lines += pf.wheel_lines;
  s.frame.in.scroll_pixels += pf.scroll_px;
  s.frame.in.long_press = pf.long_press;
  s.frame.in.page_hidden = h.page_hidden;
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(h.css_w * h.dpr, h.css_h * h.dpr);
  io.DeltaTime = 1.0f / 60.0f;
  FeedImGui(pf, h.dpr);
}

void EndFrame(core::AppState& s) {
  NativeHost& h = Host();
  h.frames_drawn++;
  h.last_mirror = s.frame.out.mirror;
  bool kept = false;  // a focused element that is no longer drawn loses focus, as in the browser
  for (const auto& m : h.last_mirror) kept |= m.id == h.focused;
  if (!kept) h.focused = 0;
  if (s.frame.out.focus) {
    h.focused = s.frame.out.focus;
    h.focus_moves.push_back(s.frame.out.focus);
  }
  if (!s.embed.host_origin.empty() && s.frame.out.content_h != h.posted_height) PostContentHeight(s.embed.host_origin, s.frame.out.content_h);
  DeliverAlerts(s.frame.out);
  if (s.frame.out.outbox.choose_file) ChooseFile();
  if (s.frame.out.ask_access) AskStorageAccess();
  if (!s.frame.out.open_tab.empty()) OpenOwnTab(s.frame.out.open_tab);
  if (!s.frame.out.address.empty()) {
    h.address_replaced += s.frame.out.replace_address ? 1 : 0;
    h.address = s.frame.out.address;
  }
  if (s.frame.out.guide_fetch > 0) FetchGuide(s.frame.out.guide_fetch);
  h.wake_at_ms = s.frame.out.wake_at_ms;
  h.wake_hidden_ms = s.frame.out.wake_hidden_ms;
}

void DiscardPicture() {
  Host().frames_discarded++;
  RequestFrame();
}

void FontsChanged() {
  unsigned char* pixels;
  int w, h;
  ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
}

StoreResult StoreRead(const std::string& key, std::string& out) {
  NativeHost& h = Host();
  if (h.storage_blocked) return StoreResult::Blocked;
  auto it = h.storage.find(key);
  if (it == h.storage.end()) return StoreResult::Missing;
  if (!h.lock_pass.empty() && !h.lock_open) return StoreResult::Locked;
  out = it->second;
  return StoreResult::Ok;
}

StoreResult StoreWrite(const std::string& key, const std::string& value) {
  NativeHost& h = Host();
  if (h.storage_blocked) return StoreResult::Blocked;
  if (h.storage_full) return StoreResult::Full;
  if (!h.lock_pass.empty() && !h.lock_open) return StoreResult::Locked;
  h.storage[key] = value;
  return StoreResult::Ok;
}

StoreResult StoreCopy(const std::string& from, const std::string& to) {
  NativeHost& h = Host();
  if (h.storage_blocked) return StoreResult::Blocked;
  auto it = h.storage.find(from);
  if (it == h.storage.end()) return StoreResult::Missing;
  if (!h.lock_pass.empty() && !h.lock_open) return StoreResult::Locked;
  if (h.storage_full) return StoreResult::Full;
  h.storage[to] = std::string(it->second);
  return StoreResult::Ok;
}

StoreResult StoreRemoveAll(const std::string& prefix) {
  NativeHost& h = Host();
  if (h.storage_blocked) return StoreResult::Blocked;
  for (auto it = h.storage.begin(); it != h.storage.end();)
    it = it->first.rfind(prefix, 0) == 0 ? h.storage.erase(it) : std::next(it);
  h.lock_pass.clear();  // nothing locked is left
  h.lock_open = false;
  return StoreResult::Ok;
}

void ChooseFile() { Host().file_choosers++; }
core::StorageAccess StorageAccessNow() { return Host().access; }
core::HandoffEvent HandoffPoll() {
  core::HandoffEvent e = Host().handoff_event;
  Host().handoff_event = core::HandoffEvent::None;
  return e;
}
std::string TakeHandoff() { return std::exchange(Host().handoff, std::string()); }
void AskStorageAccess() { Host().access_asks++; }
void OpenOwnTab(const std::string& doc) { Host().opened_tabs.push_back(doc); }

int UtcOffsetMinutes(double) { return Host().utc_offset_min; }
bool Uses24HourClock() { return Host().use_24h; }
void Chime() { Host().chimes++; }
void BreathCue(int kind) { Host().breath_cues.push_back(kind); }
void Vibrate(int ms) { Host().vibrations.push_back(ms); }
NotifyState NotificationState() { return static_cast<NotifyState>(Host().notify_state); }
void AskNotifications() { Host().notify_asks++; }
void Notify(const std::string& title, const std::string& body) { Host().notifications.push_back(title + ": " + body); }
void Announce(const std::string& text) { Host().announcements.push_back(text); }
void Download(const core::FileOut& f) {
  core::FileOut out = f;
  if (!f.stored_key.empty()) {
    auto it = Host().storage.find(f.stored_key);
    out.data = it == Host().storage.end() ? std::string() : it->second;
  }
  Host().downloads.push_back(out);
}
void CopyText(const std::string& text) { Host().copied.push_back(text); }
void QuickExit() { Host().quick_exits++; }
bool UpdateReady() { return Host().update_ready; }
core::LockState LockStateNow() {
  const NativeHost& h = Host();
  return h.lock_pass.empty() ? core::LockState::None : h.lock_open ? core::LockState::Open : core::LockState::Locked;
}
core::LockEvent LockPoll() {
  int e = Host().lock_event;
  Host().lock_event = 0;
  return static_cast<core::LockEvent>(e);
}
void DeliverLock(const core::LockRequest& r) {
  NativeHost& h = Host();
  using A = core::LockAction;
  using E = core::LockEvent;
  switch (r.action) {
    case A::Unlock:
      h.lock_open = !h.lock_pass.empty() && r.passphrase == h.lock_pass;
      h.lock_event = static_cast<int>(h.lock_open ? E::Unlocked : E::Wrong);
      break;
    case A::Set: h.lock_pass = r.passphrase; h.lock_open = true; h.lock_event = static_cast<int>(E::Set); break;
    case A::Remove: h.lock_pass.clear(); h.lock_open = false; h.lock_event = static_cast<int>(E::Removed); break;
    case A::LockNow: h.lock_nows++; break;
    case A::None: break;
  }
}
void DeliverSeal(const core::SealRequest& r) {
  NativeHost& h = Host();
  h.seal_requests++;
  core::SealResult out;
  out.action = r.action;
  const std::string tag(core::kSealedTagBytes, 't');
  if (r.action == core::SealAction::Seal) {
    if (h.lock_pass.empty() || !h.lock_open) out.event = core::SealEvent::Failed;
    else {
      out.event = core::SealEvent::Sealed;
      out.box = {310000, core::Base64Encode(std::string(core::kSealedSaltBytes, 's')),
                 core::Base64Encode(std::string(core::kSealedIvBytes, 'i')), core::Base64Encode(h.lock_pass + "\n" + r.text + tag)};
    }
  } else if (r.action == core::SealAction::Open) {
    std::string bytes, head = r.passphrase + "\n";
    core::Base64Decode(r.box.data, bytes);
    bool fits = bytes.size() >= head.size() + tag.size() && bytes.compare(0, head.size(), head) == 0;
    out.event = fits ? core::SealEvent::Opened : core::SealEvent::Wrong;
    if (fits) out.text = bytes.substr(head.size(), bytes.size() - head.size() - tag.size());
  }
  h.seal_result = std::move(out);
}
void ApplyUpdate() { Host().updates_applied++; }
void FetchGuide(int attempt) {
  NativeHost& h = Host();
  h.guide_fetches.push_back(attempt);
  if (!h.guide_answers) return;  // a test answers itself (late, failing or damaged)
  h.next.guide = {true, 200, false, std::string(NativeGuideFile())};  // arrives with the next frame
}
std::string PageQuery() { return Host().query; }
void Warn(const std::string& text) { Host().warnings.push_back(text); }
void PostContentHeight(const std::string&, float css_h) { Host().posted_height = css_h; }
void PrintPage(const core::PrintDoc& doc) {
  Host().printed.push_back(core::PrintDocText(doc));
  Host().printed_docs.push_back(doc);
}

}  // namespace platform
