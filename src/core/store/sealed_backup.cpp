#include "core/store/sealed_backup.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/store/backup.h"
#include "core/store/persist.h"

namespace core {

static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int B64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

bool Base64Decode(std::string_view t, std::string& out) {
  out.clear();
  if (t.size() % 4 != 0) return false;
  size_t pad = 0;
  if (!t.empty() && t.back() == '=') pad = t.size() >= 2 && t[t.size() - 2] == '=' ? 2 : 1;
  out.reserve(t.size() / 4 * 3);
  for (size_t i = 0; i < t.size(); i += 4) {
    bool last = i + 4 == t.size();
    int v[4];
    for (int k = 0; k < 4; ++k) {
      bool is_pad = last && k >= 4 - static_cast<int>(pad);
      v[k] = is_pad ? 0 : B64Value(t[i + k]);
      if (v[k] < 0) return false;  // a character outside the alphabet, or '=' in the middle
    }
    uint32_t n = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
    out += static_cast<char>(n >> 16);
    if (!(last && pad == 2)) out += static_cast<char>((n >> 8) & 0xFF);
    if (!(last && pad >= 1)) out += static_cast<char>(n & 0xFF);
    // Bits under the padding must be zero: one text for each byte string.
    if (last && pad == 2 && (v[1] & 0x0F)) return false;
    if (last && pad == 1 && (v[2] & 0x03)) return false;
  }
  return true;
}

std::string Base64Encode(std::string_view b) {
  std::string out;
  out.reserve((b.size() + 2) / 3 * 4);
  for (size_t i = 0; i < b.size(); i += 3) {
    uint32_t n = static_cast<uint8_t>(b[i]) << 16;
    if (i + 1 < b.size()) n |= static_cast<uint8_t>(b[i + 1]) << 8;
    if (i + 2 < b.size()) n |= static_cast<uint8_t>(b[i + 2]);
    out += kB64[n >> 18];
    out += kB64[(n >> 12) & 63];
    out += i + 1 < b.size() ? kB64[(n >> 6) & 63] : '=';
    out += i + 2 < b.size() ? kB64[n & 63] : '=';
  }
  return out;
}

static bool Sized(const std::string& b64, size_t min, size_t max) {
  std::string bytes;
  return Base64Decode(b64, bytes) && bytes.size() >= min && bytes.size() <= max;
}

SealedStatus ReadSealedBackup(std::string_view text, SealedBackup& out) {
  // Not JSON, too deep or too large: not ours to judge here (the plain import check says why).
  if (text.size() > 2 * kImportMaxBytes || JsonDepth(text) > kMaxJsonDepth) return SealedStatus::NotSealed;
  nlohmann::json j = jr::Parse(text);
  if (j.is_discarded() || !j.is_object() || !j.contains("hearthEncrypted")) return SealedStatus::NotSealed;
  const nlohmann::json& f = j["hearthEncrypted"];
  if (!f.is_number()) return SealedStatus::Damaged;
  double format = f.get<double>();
  if (std::isfinite(format) && format > kSealedFormat) return SealedStatus::Newer;
  if (format != kSealedFormat) return SealedStatus::Damaged;
  std::string cipher, kdf;
  SealedBackup b;
  if (!jr::String(j, "cipher", cipher, 32) || cipher != "AES-GCM") return SealedStatus::Damaged;
  if (!jr::String(j, "kdf", kdf, 32) || kdf != "PBKDF2-SHA-256") return SealedStatus::Damaged;
  if (!jr::Int(j, "iter", kSealedIterMin, kSealedIterMax, b.iter)) return SealedStatus::Damaged;
  if (!jr::String(j, "salt", b.salt, 64) || !Sized(b.salt, kSealedSaltBytes, kSealedSaltBytes)) return SealedStatus::Damaged;
  if (!jr::String(j, "iv", b.iv, 64) || !Sized(b.iv, kSealedIvBytes, kSealedIvBytes)) return SealedStatus::Damaged;
  if (!jr::String(j, "data", b.data, 2 * kImportMaxBytes) || !Sized(b.data, kSealedTagBytes + 1, kImportMaxBytes + kSealedTagBytes))
    return SealedStatus::Damaged;
  out = std::move(b);
  return SealedStatus::Ok;
}

std::string SealedBackupJson(const SealedBackup& b) {
  // The fields in this order, as one line of JSON. Written out field by field: an ordered_json object
  // for the order would build a second JSON type into the app (6 KB of wasm).
  auto field = [](const char* key, const nlohmann::json& v) { return "\"" + std::string(key) + "\":" + v.dump(); };
  return "{" + field("hearthEncrypted", kSealedFormat) + "," +
         field("about", "An encrypted Hearth backup. To open it, use Import a backup file in Hearth's Settings, "
                        "with the passphrase it was made with.") + "," +
         field("cipher", "AES-GCM") + "," + field("kdf", "PBKDF2-SHA-256") + "," + field("iter", b.iter) + "," +
         field("salt", b.salt) + "," + field("iv", b.iv) + "," + field("data", b.data) + "}";
}

}  // namespace core
