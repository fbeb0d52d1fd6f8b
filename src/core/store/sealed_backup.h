// Encrypted backups: the file format, and what the person is told. The encryption is the browser's
// (AES-GCM under a PBKDF2-SHA-256 key, the same scheme as the passphrase lock; src/platform/web);
// here are the rules for the envelope, checked before any passphrase is asked for:
//   {"hearthEncrypted":1,"about":"...","cipher":"AES-GCM","kdf":"PBKDF2-SHA-256",
//    "iter":310000,"salt":"<base64, 16 bytes>","iv":"<base64, 12 bytes>","data":"<base64>"}
// data is the AES-GCM ciphertext (with its 16-byte tag) of a plain backup (DocToJson).
#pragma once
#include <string>
#include <string_view>
#include <utility>

namespace core {

inline constexpr int kSealedFormat = 1;          // "hearthEncrypted": a larger number is a newer format
inline constexpr int kSealedIterMin = 100000;    // fewer PBKDF2 rounds than this is not a file we made
inline constexpr int kSealedIterMax = 5000000;   // more would keep the browser busy for minutes
inline constexpr size_t kSealedSaltBytes = 16;
inline constexpr size_t kSealedIvBytes = 12;
inline constexpr size_t kSealedTagBytes = 16;    // AES-GCM's tag, at the end of data

struct SealedBackup {
  // Constructors (not an aggregate): GCC 12 warns of "maybe uninitialized" strings when a struct
  // holding this one is reset with `= DataView{}`.
  SealedBackup() {}
  SealedBackup(int i, std::string s, std::string v, std::string d)
      : iter(i), salt(std::move(s)), iv(std::move(v)), data(std::move(d)) {}
  int iter = 0;
  std::string salt, iv, data;  // base64, standard alphabet with padding
  bool operator==(const SealedBackup& o) const { return iter == o.iter && salt == o.salt && iv == o.iv && data == o.data; }
};

enum class SealedStatus { NotSealed, Ok, Damaged, Newer };

// Recognizes an encrypted backup and checks every field. NotSealed: the text is not one (a plain
// backup, or anything else: the plain import check decides). `out` is filled only when Ok.
SealedStatus ReadSealedBackup(std::string_view text, SealedBackup& out);
std::string SealedBackupJson(const SealedBackup& b);  // the file's text

// Strict base64 (standard alphabet, '=' padding to a multiple of 4). False when `text` is not base64.
bool Base64Decode(std::string_view text, std::string& out);
std::string Base64Encode(std::string_view bytes);

// Passing the work to the browser and back (FrameOutput::seal, FrameInput::seal).
enum class SealAction { None = 0, Seal = 1, Open = 2 };
enum class SealEvent { None = 0, Sealed = 1, Opened = 2, Wrong = 3, Failed = 4 };
struct SealRequest {
  SealAction action = SealAction::None;
  std::string text;        // Seal: the plain backup, encrypted with the lock's key (its salt goes in the file)
  SealedBackup box;        // Open: the file's envelope ...
  std::string passphrase;  // ... and the passphrase typed for it
};
struct SealResult {
  SealEvent event = SealEvent::None;
  SealAction action = SealAction::None;  // what was asked
  SealedBackup box;  // Sealed
  std::string text;  // Opened: the plain backup
};

inline constexpr const char* kSealedAsk =
    "This backup is encrypted. Type the passphrase it was made with to open it.";
inline constexpr const char* kSealedWrong =
    "That passphrase does not open this backup. Check for typing mistakes and capital letters, and try again. "
    "Nothing was changed.";
inline constexpr const char* kSealedDamaged = "This encrypted backup is damaged and cannot be opened. Nothing was changed.";
inline constexpr const char* kSealedNewer =
    "This backup was made by a newer version of Hearth. Reload the page to update Hearth, then try again. "
    "Nothing was changed.";
inline constexpr const char* kPlainWarning = "Anyone who opens this file can read everything in it.";

}  // namespace core
