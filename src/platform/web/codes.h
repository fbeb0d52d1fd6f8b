// The integers the browser glue passes between C++ (platform_web.cpp) and JS (src/platform/web/*.js),
// named once. cmake/js_codes.cmake reads this list and writes it as the JS object HC (HC.STORE_FULL
// ...), a --js-library the .js files depend on ('$HC'); platform_web.cpp uses the enum below, and its
// static_asserts tie each group to the core enum it carries.
#pragma once

// X(name, value): one line per code, grouped by what they carry.
#define HEARTH_JS_CODES(X)                                                                          \
  /* what a storage call answers (store.js, lock.js) */                                             \
  X(STORE_OK, 0) X(STORE_MISSING, 1) X(STORE_BLOCKED, 2) X(STORE_FULL, 3) X(STORE_LOCKED, 4)        \
  /* pointer events and kinds (input.js -> hearth_on_pointer): platform::PointerEv, PointerKind */  \
  X(POINTER_MOVE, 0) X(POINTER_DOWN, 1) X(POINTER_UP, 2) X(POINTER_CANCEL, 3) X(POINTER_LEAVE, 4)   \
  X(POINTER_MOUSE, 0) X(POINTER_TOUCH, 1) X(POINTER_PEN, 2)                                          \
  /* keys that scroll (input.js -> hearth_on_scroll_key): core::ScrollKey */                        \
  X(SCROLL_LINE_UP, 1) X(SCROLL_LINE_DOWN, 2) X(SCROLL_PAGE_UP, 3) X(SCROLL_PAGE_DOWN, 4)           \
  X(SCROLL_HOME, 5) X(SCROLL_END, 6)                                                                 \
  /* keys for finding on the screen (input.js -> hearth_on_find_key): core::FindKey */              \
  X(FIND_OPEN, 1) X(FIND_CLOSE, 2) X(FIND_BACK, 3)                                                   \
  /* the passphrase lock (lock.js): core::LockAction asked, core::LockEvent and LockState reported */             \
  X(LOCK_UNLOCK, 1) X(LOCK_SET, 2) X(LOCK_REMOVE, 3) X(LOCK_NOW, 4)                                  \
  X(LOCK_EVENT_UNLOCKED, 1) X(LOCK_EVENT_WRONG, 2) X(LOCK_EVENT_SET, 3) X(LOCK_EVENT_REMOVED, 4)  \
  X(LOCK_EVENT_FAILED, 5)                                                                            \
  X(LOCK_STATE_NONE, 0) X(LOCK_STATE_OPEN, 1) X(LOCK_STATE_LOCKED, 2)                                \
  /* encrypted backups (lock.js): core::SealAction asked, core::SealEvent reported */               \
  X(SEAL_SEAL, 1) X(SEAL_OPEN, 2)                                                                    \
  X(SEAL_EVENT_SEALED, 1) X(SEAL_EVENT_OPENED, 2) X(SEAL_EVENT_WRONG, 3) X(SEAL_EVENT_FAILED, 4)     \
  /* notification permission (alerts.js): platform::NotifyState */                                  \
  X(NOTIFY_UNSUPPORTED, 0) X(NOTIFY_NOT_ASKED, 1) X(NOTIFY_ALLOWED, 2) X(NOTIFY_REFUSED, 3)          \
  /* a frame's storage access (access.js): core::StorageAccess; handing the document to a new tab: core::HandoffEvent */ \
  X(ACCESS_NORMAL, 0) X(ACCESS_CHECKING, 1) X(ACCESS_CAN_ASK, 2) X(ACCESS_GRANTED, 3) X(ACCESS_REFUSED, 4)         \
  X(ACCESS_UNAVAILABLE, 5)                                                                           \
  X(HANDOFF_DELIVERED, 1) X(HANDOFF_BLOCKED, 2) X(HANDOFF_NO_ANSWER, 3)                              \
  /* a breathing phase's soft tone (alerts.js) */                                                    \
  X(BREATH_IN, 0) X(BREATH_HOLD, 1) X(BREATH_OUT, 2)

namespace platform::js {
#define HEARTH_JS_ENUM(name, value) name = value,
enum Code : int { HEARTH_JS_CODES(HEARTH_JS_ENUM) };
#undef HEARTH_JS_ENUM
}  // namespace platform::js
