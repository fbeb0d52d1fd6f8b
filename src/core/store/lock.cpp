#include "core/store/lock.h"

namespace core {

int CountCodePoints(const std::string& utf8) {
  int n = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string PassphraseProblem(const std::string& passphrase, const std::string& repeat) {
  int n = CountCodePoints(passphrase);
  if (n == 0) return "Type a passphrase first.";
  if (n < kPassphraseMin)
    return "This passphrase is too short. Use at least " + std::to_string(kPassphraseMin) + " characters.";
  if (n > kPassphraseMax) return "That is longer than Hearth can use. Keep it under " + std::to_string(kPassphraseMax) + " characters.";
  if (passphrase.find_first_not_of(" \t") == std::string::npos) return "A passphrase needs more than spaces.";
  if (repeat != passphrase) return "The two passphrases are not the same. Type them again.";
  return "";
}

int PassphraseProblemField(const std::string& passphrase, const std::string& repeat) {
  std::string p = PassphraseProblem(passphrase, repeat);
  if (p.empty()) return 0;
  return PassphraseProblem(passphrase, passphrase).empty() ? 2 : 1;  // fine alone: only the repeat differs
}

bool ApplyLockEvent(LockView& v, LockEvent e) {
  if (e == LockEvent::None) return false;
  v.busy = false;
  v.passphrase.clear();
  v.repeat.clear();
  v.confirm_start_over = false;
  v.confirm_remove = false;
  v.problem_field = 0;
  switch (e) {
    case LockEvent::Unlocked: v.message.clear(); return true;
    case LockEvent::Wrong:
      v.message = kWrongPassphrase;
      v.problem_field = 1;  // the field is marked, and focus goes back to it
      break;
    case LockEvent::Set:
      v.setting = false;
      v.message = "Hearth is now locked with your passphrase. It will ask for it each time it opens here.";
      break;
    case LockEvent::Removed: v.message = "The passphrase is removed. Hearth opens without it now."; break;
    case LockEvent::Failed:
      v.message = "This browser could not do the encryption, so nothing was changed. A current browser on an "
                  "https page can.";
      break;
    case LockEvent::None: break;
  }
  return false;
}

}  // namespace core
