// The optional passphrase lock. The browser encrypts what Hearth stores (AES-GCM, with a key made from
// the passphrase by PBKDF2-SHA-256, 310,000 rounds, through WebCrypto: src/platform/web). Here: what
// the screens keep, the rules for a new passphrase, and what each outcome tells the person.
#pragma once
#include <string>

namespace core {

inline constexpr int kPassphraseMin = 8;      // characters (UTF-8 code points)
inline constexpr int kPassphraseMax = 200;

enum class LockState { None = 0, Open = 1, Locked = 2 };  // no lock; set and opened; set and not opened
// What the platform reports once an asynchronous step has finished.
enum class LockEvent { None = 0, Unlocked = 1, Wrong = 2, Set = 3, Removed = 4, Failed = 5 };
// What the UI asks the platform to do (with LockRequest::passphrase).
enum class LockAction { None = 0, Unlock, Set, Remove, LockNow };

struct LockRequest {
  LockAction action = LockAction::None;
  std::string passphrase;
  std::string prefix;  // the storage namespace's keys ("hearth:")
};

// Passing state of the lock screen and the Settings section (never saved).
struct LockView {
  std::string passphrase;  // what is typed in the passphrase field
  std::string repeat;      // "Repeat the passphrase"
  std::string message;     // the outcome of the last step, or what is wrong with the input
  int problem_field = 0;   // the message says what is wrong with a field: 1 the passphrase, 2 the repeat (0: no field)
  bool setting = false;    // Settings: the form for a new passphrase is open
  std::string message_said;  // the message last read out to screen readers
  bool busy = false;       // the browser is making the key (a moment, on purpose)
  bool confirm_start_over = false;  // "Forgot it?" was pressed on the lock screen
  bool confirm_remove = false;      // "Remove the passphrase" was pressed in Settings
};

int CountCodePoints(const std::string& utf8);
// "" when the new passphrase can be used, else what to fix (in plain words).
std::string PassphraseProblem(const std::string& passphrase, const std::string& repeat);
// Which field that problem is about: 2 the repeat (they differ), 1 the passphrase itself, 0 none.
int PassphraseProblemField(const std::string& passphrase, const std::string& repeat);

// Applies a finished step to the view: clears the typed passphrase once it has been used, says what
// happened. Returns true when the stored document must be (re)loaded (Unlocked).
bool ApplyLockEvent(LockView& v, LockEvent e);

inline constexpr const char* kLockWarning =
    "If you forget the passphrase, nobody can open your Hearth data again, not even us. You would have to "
    "delete it and start over.";
// Stated beside the field before anyone types (not only after a failed try).
inline constexpr const char* kPassphraseRule =
    "Use at least 8 characters. A short sentence you will remember works well.";
inline constexpr const char* kWrongPassphrase =
    "That passphrase does not open your data. Check for typing mistakes and capital letters, and try again.";

}  // namespace core
