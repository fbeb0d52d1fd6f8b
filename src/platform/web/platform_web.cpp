// The browser platform: WebGL2 + imgui_impl_opengl3 for drawing, and the event glue with
// the JS library beside it (frame.js, input.js, mirror.js, mirror_events.js, alerts.js, page.js,
// store.js, lock.js: pointer, wheel, keys, the accessibility mirror, storage, frames on demand).
// Emscripten's GLFW port is not used (see shared notes): input comes from our own listeners.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <cmath>
#include <cstdlib>
#include <string>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "platform/imgui_feed.h"
#include "platform/input.h"
#include "platform/platform.h"
#include "platform/web/codes.h"
#include "platform/web/fonts_web.h"

// The codes the JS side sends are the values of these enums (codes.h names them for both sides).
#define HEARTH_SAME(code, value) static_assert(static_cast<int>(value) == platform::js::code, #code)
HEARTH_SAME(POINTER_MOVE, platform::PointerEv::Move);
HEARTH_SAME(POINTER_DOWN, platform::PointerEv::Down);
HEARTH_SAME(POINTER_UP, platform::PointerEv::Up);
HEARTH_SAME(POINTER_CANCEL, platform::PointerEv::Cancel);
HEARTH_SAME(POINTER_LEAVE, platform::PointerEv::Leave);
HEARTH_SAME(POINTER_MOUSE, platform::PointerKind::Mouse);
HEARTH_SAME(POINTER_TOUCH, platform::PointerKind::Touch);
HEARTH_SAME(POINTER_PEN, platform::PointerKind::Pen);
HEARTH_SAME(SCROLL_LINE_UP, core::ScrollKey::LineUp);
HEARTH_SAME(SCROLL_LINE_DOWN, core::ScrollKey::LineDown);
HEARTH_SAME(SCROLL_PAGE_UP, core::ScrollKey::PageUp);
HEARTH_SAME(SCROLL_PAGE_DOWN, core::ScrollKey::PageDown);
HEARTH_SAME(SCROLL_HOME, core::ScrollKey::Home);
HEARTH_SAME(SCROLL_END, core::ScrollKey::End);
HEARTH_SAME(FIND_OPEN, core::FindKey::Open);
HEARTH_SAME(FIND_CLOSE, core::FindKey::Close);
HEARTH_SAME(FIND_BACK, core::FindKey::Back);
HEARTH_SAME(LOCK_UNLOCK, core::LockAction::Unlock);
HEARTH_SAME(LOCK_SET, core::LockAction::Set);
HEARTH_SAME(LOCK_REMOVE, core::LockAction::Remove);
HEARTH_SAME(LOCK_NOW, core::LockAction::LockNow);
HEARTH_SAME(LOCK_EVENT_UNLOCKED, core::LockEvent::Unlocked);
HEARTH_SAME(LOCK_EVENT_WRONG, core::LockEvent::Wrong);
HEARTH_SAME(LOCK_EVENT_SET, core::LockEvent::Set);
HEARTH_SAME(LOCK_EVENT_REMOVED, core::LockEvent::Removed);
HEARTH_SAME(LOCK_EVENT_FAILED, core::LockEvent::Failed);
HEARTH_SAME(LOCK_STATE_NONE, core::LockState::None);
HEARTH_SAME(LOCK_STATE_OPEN, core::LockState::Open);
HEARTH_SAME(LOCK_STATE_LOCKED, core::LockState::Locked);
HEARTH_SAME(SEAL_SEAL, core::SealAction::Seal);
HEARTH_SAME(SEAL_OPEN, core::SealAction::Open);
HEARTH_SAME(SEAL_EVENT_SEALED, core::SealEvent::Sealed);
HEARTH_SAME(SEAL_EVENT_OPENED, core::SealEvent::Opened);
HEARTH_SAME(SEAL_EVENT_WRONG, core::SealEvent::Wrong);
HEARTH_SAME(SEAL_EVENT_FAILED, core::SealEvent::Failed);
HEARTH_SAME(ACCESS_NORMAL, core::StorageAccess::Normal);
HEARTH_SAME(ACCESS_CHECKING, core::StorageAccess::Checking);
HEARTH_SAME(ACCESS_CAN_ASK, core::StorageAccess::CanAsk);
HEARTH_SAME(ACCESS_GRANTED, core::StorageAccess::Granted);
HEARTH_SAME(ACCESS_REFUSED, core::StorageAccess::Refused);
HEARTH_SAME(ACCESS_UNAVAILABLE, core::StorageAccess::Unavailable);
HEARTH_SAME(HANDOFF_DELIVERED, core::HandoffEvent::Delivered);
HEARTH_SAME(HANDOFF_BLOCKED, core::HandoffEvent::PopupBlocked);
HEARTH_SAME(HANDOFF_NO_ANSWER, core::HandoffEvent::NoAnswer);
HEARTH_SAME(NOTIFY_UNSUPPORTED, platform::NotifyState::Unsupported);
HEARTH_SAME(NOTIFY_NOT_ASKED, platform::NotifyState::NotAsked);
HEARTH_SAME(NOTIFY_ALLOWED, platform::NotifyState::Allowed);
HEARTH_SAME(NOTIFY_REFUSED, platform::NotifyState::Refused);
#undef HEARTH_SAME

extern "C" {
// Implemented in the JS library files beside this one.
void hearth_js_init();
void hearth_js_fatal(const char* message);
void hearth_js_request_frame();
void hearth_js_wake_at(double shown_ms, double hidden_ms);
void hearth_js_view(float* out);  // css width, css height, dpr
int hearth_js_prefs();            // bit 0 dark, 1 more contrast, 2 reduced motion, 3 forced colours
void hearth_js_set_backing(int w, int h);
void hearth_js_mirror(const char* json);
void hearth_js_focus(unsigned id);  // moves DOM focus to that mirror element
void hearth_js_text_select(unsigned id, int anchor, int caret);  // selects in that DOM field (bytes)
void hearth_js_caret(unsigned id, int anchor, int caret, int comp_start, int comp_end);  // what was drawn (tests)
void hearth_js_frame_done();
void hearth_js_set_address(const char* hash, int replace);
char* hearth_js_get_address();  // malloc'd
int hearth_js_store_read(const char* key, char** out);
int hearth_js_store_write(const char* key, const char* value);
int hearth_js_store_remove_all(const char* prefix);
int hearth_js_store_copy(const char* from, const char* to);
void hearth_js_download_stored(const char* key, const char* name, const char* mime);
void hearth_js_choose_file();
int hearth_js_utc_offset(double wall_ms);
int hearth_js_uses_24h();
void hearth_js_chime();
void hearth_js_breath_cue(int kind);
void hearth_js_vibrate(int ms);
int hearth_js_notify_state();
void hearth_js_notify_ask();
void hearth_js_notify(const char* title, const char* body);
void hearth_js_announce(const char* text);
void hearth_js_download(const char* name, const char* mime, const char* data, int size);
void hearth_js_copy(const char* text);
void hearth_js_selection(const char* text, int over);  // select.js: the canvas's selected text, the pointer over it
void hearth_js_print(const char* page_json);
void hearth_js_quick_exit();
int hearth_js_update_ready();
int hearth_js_access_state();
void hearth_js_access_ask();
void hearth_js_open_tab(const char* doc);
int hearth_js_handoff_poll();
char* hearth_js_handoff_take();  // malloc'd, or null
int hearth_js_lock_state();
int hearth_js_lock_poll();
void hearth_js_lock(int action, const char* passphrase, const char* prefix);
void hearth_js_apply_update();
void hearth_js_seal(int action, const char* text, int iter, const char* salt, const char* iv, const char* data,
                    const char* passphrase);
char* hearth_js_page_query();  // malloc'd
void hearth_js_warn(const char* text);
void hearth_js_post_height(const char* origin, double css_h);
void hearth_js_fetch_guide(int fresh);
}

namespace platform {
namespace {

struct Web {
  void (*frame)() = nullptr;
  void (*hidden)() = nullptr;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
  PointerInput pointer;                 // gesture rules (platform/input.h)
  core::FrameInput pending;             // input gathered between frames
  bool input_since_frame = false;       // any event arrived since the last frame
  int settle_frames = 0;                // ImGui needs a frame or two after input to settle
  std::string last_mirror;              // published only when it changes
  core::TextCaret last_caret;           // the caret last reported to the page (window.hearth.caret)
  std::string last_selection;           // the selected text select.js holds, sent only when it changes
  bool over_selection = false;          // ... and whether the pointer is over it
  std::string last_address;             // the page's address as BeginFrame read it: EndFrame sets a new one only when different
  int backing_w = 0, backing_h = 0;
  double last_frame_ms = 0;             // for ImGui's delta time (caret blink and such)
  uint32_t focus_id = 0;                // mirror element with DOM focus
  bool focus_visible = false;
  bool device_ready = false;            // the GL backend has created its objects
  float posted_height = 0;              // the content height last sent to an embedding page
  bool discard = false;                 // this frame is not drawn (DiscardPicture)
  int guide_fetch = 0;                  // the app asked for the guide's file: sent after a shown frame
};
Web g;

void Wake() {
  g.input_since_frame = true;
  hearth_js_request_frame();
}

}  // namespace

bool Init(std::string& error) {
  hearth_js_init();
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = false;
  attrs.depth = false;
  attrs.stencil = false;
  attrs.antialias = false;  // ImGui anti-aliases its own shapes
  attrs.premultipliedAlpha = false;
  g.gl = emscripten_webgl_create_context("#canvas", &attrs);
  if (g.gl <= 0) {
    error = "Hearth needs WebGL2, which this browser has turned off or does not have. Turning on hardware "
            "acceleration in the browser's settings, or another browser, should help. Your data is safe.";
    hearth_js_fatal(error.c_str());
    return false;
  }
  emscripten_webgl_make_context_current(g.gl);
  ImGui::GetIO().BackendPlatformName = "hearth_web";
  ImGui_ImplOpenGL3_Init("#version 300 es");
  return true;
}

void SetFrameCallback(void (*frame)()) { g.frame = frame; }
void SetHiddenCallback(void (*hidden)()) { g.hidden = hidden; }
void RequestFrame() { hearth_js_request_frame(); }

void BeginFrame(core::AppState& s) {
  float view[3];
  hearth_js_view(view);
  s.frame.in = std::move(g.pending);
  g.pending = core::FrameInput{};
  s.frame.in.now_ms = emscripten_date_now();
  s.frame.in.css_w = view[0];
  s.frame.in.css_h = view[1];
  s.frame.in.dpr = view[2] > 0 ? view[2] : 1.0f;
  int prefs = hearth_js_prefs();
  s.system.prefers_dark = prefs & 1;
  s.system.prefers_more_contrast = (prefs & 2) || (prefs & 8);  // forced colours: our high-contrast theme
  s.system.prefers_reduced_motion = prefs & 4;
  s.frame.in.page_hidden = prefs & 16;

  int bw = static_cast<int>(s.frame.in.css_w * s.frame.in.dpr + 0.5f), bh = static_cast<int>(s.frame.in.css_h * s.frame.in.dpr + 0.5f);
  if (bw != g.backing_w || bh != g.backing_h) {
    hearth_js_set_backing(bw, bh);
    g.backing_w = bw;
    g.backing_h = bh;
  }
  // Gestures run on the monotonic clock that stamps pointer events (performance.now), not the wall clock.
  PointerFrame pf = g.pointer.Next(emscripten_get_now(), core::ReduceMotion(s.doc.settings, s.system));
  s.frame.in.scroll_lines += pf.wheel_lines;
  s.frame.in.scroll_pixels += pf.scroll_px;
  s.frame.in.long_press = pf.long_press;
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(bw), static_cast<float>(bh));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  double last = g.last_frame_ms;
  io.DeltaTime = last > 0 && s.frame.in.now_ms > last ? static_cast<float>((s.frame.in.now_ms - last) / 1000.0) : 1.0f / 60.0f;
  if (io.DeltaTime > 1.0f) io.DeltaTime = 1.0f;
  g.last_frame_ms = s.frame.in.now_ms;
  if (char* a = hearth_js_get_address()) {
    s.frame.in.address = a;
    // What the address bar says now: a link opened again (a homework link, read and replaced once
    // already) must be replaced again, so EndFrame compares with this, not with what it last set.
    g.last_address = s.frame.in.address;
    free(a);
  }
  s.frame.in.utc_offset_min = UtcOffsetMinutes(s.frame.in.now_ms);
  s.frame.in.use_24h = Uses24HourClock();
  s.frame.in.notify_state = static_cast<int>(NotificationState());
  s.frame.in.update_ready = UpdateReady();
  s.frame.in.lock_state = LockStateNow();
  s.frame.in.lock_event = LockPoll();
  s.frame.in.access = StorageAccessNow();
  s.frame.in.handoff_event = HandoffPoll();
  s.frame.in.handoff = TakeHandoff();
  s.frame.in.focus_id = g.focus_id;
  s.frame.in.focus_visible = g.focus_visible;
  FeedImGui(pf, s.frame.in.dpr);
}

void EndFrame(core::AppState& s) {
  emscripten_webgl_make_context_current(g.gl);
  ImGui_ImplOpenGL3_NewFrame();  // creates shaders and the font texture on the first frame
  g.device_ready = true;
  web::DrawGlyphsIfNeeded();     // the browser draws the atlas's glyphs into that texture
  ImDrawData* dd = ImGui::GetDrawData();
  bool shown = !g.discard;  // not drawing at all leaves the last picture on the canvas
  g.discard = false;
  if (shown) {
    glViewport(0, 0, g.backing_w, g.backing_h);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (dd) ImGui_ImplOpenGL3_RenderDrawData(dd);
  }

  std::string mirror = core::SerializeMirror(s.frame.out.mirror);
  bool mirror_changed = mirror != g.last_mirror;
  if (mirror_changed) {
    hearth_js_mirror(mirror.c_str());
    g.last_mirror = std::move(mirror);
  }
  if (s.frame.out.focus) hearth_js_focus(s.frame.out.focus);  // after the mirror holds the element
  if (s.frame.out.text_select.id) hearth_js_text_select(s.frame.out.text_select.id, s.frame.out.text_select.anchor, s.frame.out.text_select.caret);
  if (s.frame.out.caret != g.last_caret) {
    const core::TextCaret& c = s.frame.out.caret;
    hearth_js_caret(c.id, c.anchor, c.caret, c.comp_start, c.comp_end);
    g.last_caret = c;
  }
  if (s.frame.out.selection != g.last_selection || s.frame.out.over_selection != g.over_selection) {
    hearth_js_selection(s.frame.out.selection.c_str(), s.frame.out.over_selection ? 1 : 0);
    g.last_selection = s.frame.out.selection;
    g.over_selection = s.frame.out.over_selection;
  }
  if (!s.frame.out.address.empty() && s.frame.out.address != g.last_address) {
    // One history entry for Hearth when the person asked for it (and while locked: nothing to go back to).
    const bool replace = s.doc.settings.one_history_entry || s.save.locked || s.frame.out.replace_address;
    hearth_js_set_address(s.frame.out.address.c_str(), replace ? 1 : 0);  // the next BeginFrame reads it back
  }
  DeliverAlerts(s.frame.out);
  // Inside an embed: the host page sizes its frame to our content (whole CSS px, sent on change).
  float h = std::round(s.frame.out.content_h);
  if (!s.embed.host_origin.empty() && h > 0 && h != g.posted_height) {
    PostContentHeight(s.embed.host_origin, h);
    g.posted_height = h;
  }
  if (s.frame.out.outbox.choose_file) ChooseFile();
  if (s.frame.out.ask_access) AskStorageAccess();
  if (!s.frame.out.open_tab.empty()) OpenOwnTab(s.frame.out.open_tab);
  if (shown) hearth_js_frame_done();  // counts drawn frames; the first one marks the page ready
  // The guide's file: only once a frame is on screen, so it never delays the first one.
  if (s.frame.out.guide_fetch > 0) g.guide_fetch = s.frame.out.guide_fetch;
  if (shown && g.guide_fetch > 0) {
    FetchGuide(g.guide_fetch);
    g.guide_fetch = 0;
  }

  // Frames on demand: while input settles, something animates, or a gesture is running.
  if (g.input_since_frame) g.settle_frames = 2;
  else if (mirror_changed && g.settle_frames == 0) g.settle_frames = 1;
  g.input_since_frame = false;
  bool more = !shown || s.frame.out.animate || g.pointer.Busy() || g.settle_frames > 0;
  if (g.settle_frames > 0) --g.settle_frames;
  if (more) hearth_js_request_frame();
  // Always re-arm: a timer that fired a hair early leaves the same wake time, and must run again.
  hearth_js_wake_at(s.frame.out.wake_at_ms, s.frame.out.wake_hidden_ms);  // 0 cancels
}

void DiscardPicture() { g.discard = true; }

void FontsChanged() {
  // Upload the rebuilt atlas. Before the first frame EndFrame's NewFrame creates everything.
  // Only the texture is remade: 1.86's backend keeps its buffer sizes across
  // DestroyDeviceObjects, so recreating the buffers would overflow them.
  if (!g.device_ready) return;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  web::GlyphsNeeded();
  web::DrawGlyphsIfNeeded();
}

// What the JS side's storage calls answer (codes.h), as core's StoreResult.
static StoreResult FromJs(int code) {
  switch (code) {
    case js::STORE_OK: return StoreResult::Ok;
    case js::STORE_MISSING: return StoreResult::Missing;
    case js::STORE_FULL: return StoreResult::Full;
    case js::STORE_LOCKED: return StoreResult::Locked;
    default: return StoreResult::Blocked;
  }
}

StoreResult StoreRead(const std::string& key, std::string& out) {
  char* buf = nullptr;
  StoreResult r = FromJs(hearth_js_store_read(key.c_str(), &buf));
  if (r != StoreResult::Ok) return r;
  if (!buf) return StoreResult::Blocked;  // the text could not be handed over
  out = buf;
  free(buf);
  return r;
}
StoreResult StoreWrite(const std::string& key, const std::string& value) {
  return FromJs(hearth_js_store_write(key.c_str(), value.c_str()));
}
StoreResult StoreCopy(const std::string& from, const std::string& to) {
  return FromJs(hearth_js_store_copy(from.c_str(), to.c_str()));
}
StoreResult StoreRemoveAll(const std::string& prefix) { return FromJs(hearth_js_store_remove_all(prefix.c_str())); }

void ChooseFile() { hearth_js_choose_file(); }

int UtcOffsetMinutes(double wall_ms) { return hearth_js_utc_offset(wall_ms); }
bool Uses24HourClock() { return hearth_js_uses_24h() != 0; }
void Chime() { hearth_js_chime(); }
void BreathCue(int kind) { hearth_js_breath_cue(kind); }
void Vibrate(int ms) { hearth_js_vibrate(ms); }
NotifyState NotificationState() { return static_cast<NotifyState>(hearth_js_notify_state()); }
void AskNotifications() { hearth_js_notify_ask(); }
void Notify(const std::string& title, const std::string& body) { hearth_js_notify(title.c_str(), body.c_str()); }
void Announce(const std::string& text) { hearth_js_announce(text.c_str()); }
void Download(const core::FileOut& f) {
  if (!f.stored_key.empty()) return hearth_js_download_stored(f.stored_key.c_str(), f.name.c_str(), f.mime.c_str());
  hearth_js_download(f.name.c_str(), f.mime.c_str(), f.data.data(), static_cast<int>(f.data.size()));
}
void CopyText(const std::string& text) { hearth_js_copy(text.c_str()); }
void QuickExit() { hearth_js_quick_exit(); }
bool UpdateReady() { return hearth_js_update_ready() != 0; }
core::StorageAccess StorageAccessNow() { return static_cast<core::StorageAccess>(hearth_js_access_state()); }
core::HandoffEvent HandoffPoll() { return static_cast<core::HandoffEvent>(hearth_js_handoff_poll()); }
std::string TakeHandoff() {
  char* p = hearth_js_handoff_take();
  if (!p) return {};
  std::string doc = p;
  free(p);
  return doc;
}
void AskStorageAccess() { hearth_js_access_ask(); }
void OpenOwnTab(const std::string& doc) { hearth_js_open_tab(doc.c_str()); }
core::LockState LockStateNow() { return static_cast<core::LockState>(hearth_js_lock_state()); }
core::LockEvent LockPoll() { return static_cast<core::LockEvent>(hearth_js_lock_poll()); }
void DeliverLock(const core::LockRequest& r) {
  hearth_js_lock(static_cast<int>(r.action), r.passphrase.c_str(), r.prefix.c_str());
}
void DeliverSeal(const core::SealRequest& r) {
  hearth_js_seal(static_cast<int>(r.action), r.text.c_str(), r.box.iter, r.box.salt.c_str(), r.box.iv.c_str(),
                 r.box.data.c_str(), r.passphrase.c_str());
}
void ApplyUpdate() { hearth_js_apply_update(); }
void FetchGuide(int attempt) {
  hearth_js_fetch_guide(attempt > 1 ? 1 : 0);
}
std::string PageQuery() {
  char* q = hearth_js_page_query();
  std::string out = q ? q : "";
  free(q);
  return out;
}
void Warn(const std::string& text) { hearth_js_warn(text.c_str()); }
void PostContentHeight(const std::string& host_origin, float css_h) {
  hearth_js_post_height(host_origin.c_str(), css_h);
}
void PrintPage(const core::PrintDoc& doc) { hearth_js_print(core::PrintDocJson(doc).c_str()); }

}  // namespace platform

using platform::g;

// Called from the JS library files.
extern "C" {
EMSCRIPTEN_KEEPALIVE void hearth_on_frame() {
  if (g.frame) g.frame();
}
EMSCRIPTEN_KEEPALIVE void hearth_on_pointer(int type, int kind, float x, float y, int button, double t) {
  platform::PointerEvent e;
  e.type = static_cast<platform::PointerEv>(type);
  e.kind = static_cast<platform::PointerKind>(kind);
  e.x = x;
  e.y = y;
  e.button = button;
  e.t_ms = t;
  g.pointer.Push(e);
  platform::Wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_on_wheel(float lines) {
  g.pointer.PushWheel(lines);
  platform::Wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_on_scroll_key(int key) {
  g.pending.scroll_key = static_cast<core::ScrollKey>(key);
  platform::Wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_on_find_key(int key) {
  g.pending.find_key = static_cast<core::FindKey>(key);
  platform::Wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_on_activate(unsigned id) {
  g.pending.activations.push_back(id);
  platform::Wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_on_text(unsigned id, const char* value, int sel_start, int sel_end, int comp_start,
                                         int comp_end) {
  g.pending.text_edits.push_back({id, value ? value : "", sel_start, sel_end, comp_start, comp_end});
  platform::Wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_on_enter(unsigned id) {
  g.pending.entered.push_back(id);
  platform::Wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_on_slider(unsigned id, float value) {
  g.pending.slider_edits.push_back({id, value});
  platform::Wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_on_focus(unsigned id, int visible) {
  g.focus_id = id;
  g.focus_visible = visible != 0;
  platform::Wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_on_wake() { platform::Wake(); }
// Another tab changed this site's storage: merge it in at the end of the next frame.
EMSCRIPTEN_KEEPALIVE void hearth_on_storage() {
  g.pending.storage_changed = true;
  platform::Wake();
}
// A file the person chose to import; `text` is null when it was too large to read.
EMSCRIPTEN_KEEPALIVE void hearth_on_file(const char* name, const char* text, double size) {
  g.pending.files.push_back({name ? name : "", text ? text : "", size});
  platform::Wake();
}
// An encrypted backup is made or opened (hearth_js_seal): event and action as core::SealEvent/SealAction.
EMSCRIPTEN_KEEPALIVE void hearth_on_seal(int event, int action, int iter, const char* salt, const char* iv,
                                         const char* data, const char* text) {
  core::SealResult& r = g.pending.seal;
  r.event = static_cast<core::SealEvent>(event);
  r.action = static_cast<core::SealAction>(action);
  r.box = {iter, salt ? salt : "", iv ? iv : "", data ? data : ""};
  r.text = text ? text : "";
  platform::Wake();
}
// The page is shown again after a quick exit (web/boot.js): Home, with nothing personal on it.
EMSCRIPTEN_KEEPALIVE void hearth_on_return() {
  g.pending.returned_after_exit = true;
  platform::Wake();
}
// The guide's file came back: `status` is the server's answer (0: none came), `offline` what the
// browser says of the connection, and the file's bytes when status is 200 (not 0-terminated).
EMSCRIPTEN_KEEPALIVE void hearth_on_guide(int status, int offline, const char* data, int size) {
  core::GuideArrival& a = g.pending.guide;
  a.arrived = true;
  a.http_status = status;
  a.offline = offline != 0;
  a.text.assign(data && size > 0 ? data : "", data && size > 0 ? static_cast<size_t>(size) : 0);
  platform::Wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_on_hidden() {
  if (g.hidden) g.hidden();
}
}
