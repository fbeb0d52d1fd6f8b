// Encrypted backups' envelope (core/sealed_backup): base64 and the envelope's rules. The encryption
// itself is the browser's (tests/browser/privacy.test.mjs).
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/store/persist.h"
#include "core/store/sealed_backup.h"

#include "helpers.h"

using namespace core;

TEST_CASE("base64: the RFC 4648 examples both ways, and strict refusals", "[sealed]") {
  const std::pair<const char*, const char*> cases[] = {{"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},
                                                       {"foo", "Zm9v"},  {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="},
                                                       {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, coded] : cases) {
    INFO(plain);
    CHECK(Base64Encode(plain) == coded);
    std::string back;
    CHECK(Base64Decode(coded, back));
    CHECK(back == plain);
  }
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  std::string back;
  REQUIRE(Base64Decode(Base64Encode(all), back));
  CHECK(back == all);
  for (const char* bad : {"Zg", "Zg=", "Z===", "Zm9v!A==", "Zm=v", "Zh==", "Zm9=", "Zm 9v", "Zm9v\n"}) {
    INFO(bad);
    CHECK_FALSE(Base64Decode(bad, back));
  }
}

TEST_CASE("an encrypted backup's envelope round trips, and a plain backup is not one", "[sealed]") {
  SealedBackup b{310000, Salt(), Iv(), Data()}, read;
  std::string text = SealedBackupJson(b);
  CHECK(text.rfind("{\"hearthEncrypted\":1,", 0) == 0);
  REQUIRE(ReadSealedBackup(text, read) == SealedStatus::Ok);
  CHECK(read == b);
  CHECK(ReadSealedBackup(Envelope(), read) == SealedStatus::Ok);
  CHECK(read.iter == 310000);
  // Not ours to judge: a plain backup, other JSON, not JSON at all.
  SealedBackup untouched = read;
  CHECK(ReadSealedBackup(DocToJson(SavedDoc{}), read) == SealedStatus::NotSealed);
  CHECK(ReadSealedBackup("[1,2]", read) == SealedStatus::NotSealed);
  CHECK(ReadSealedBackup("not json", read) == SealedStatus::NotSealed);
  CHECK(ReadSealedBackup("", read) == SealedStatus::NotSealed);
  CHECK(read == untouched);
}

TEST_CASE("an encrypted backup with a bad or missing field is damaged; a newer format says so", "[sealed]") {
  SealedBackup out;
  CHECK(ReadSealedBackup(Envelope("hearthEncrypted", "2"), out) == SealedStatus::Newer);
  const std::pair<const char*, std::string> bad[] = {
      {"hearthEncrypted", "\"1\""},
      {"hearthEncrypted", "0"},
      {"hearthEncrypted", "1.5e-3"},
      {"cipher", "\"AES-CBC\""},
      {"cipher", ""},
      {"kdf", "\"scrypt\""},
      {"iter", "99999"},
      {"iter", "5000001"},
      {"iter", "310000.5"},
      {"iter", "\"310000\""},
      {"iter", ""},
      {"salt", "\"" + Base64Encode(std::string(15, 'x')) + "\""},
      {"salt", "\"" + Base64Encode(std::string(17, 'x')) + "\""},
      {"salt", "\"not base64!\""},
      {"salt", ""},
      {"iv", "\"" + Base64Encode(std::string(16, 'x')) + "\""},
      {"iv", "12"},
      {"data", "\"" + Base64Encode(std::string(kSealedTagBytes, 'x')) + "\""},  // a tag and nothing sealed
      {"data", "\"Zm9v!\""},
      {"data", ""},
  };
  for (const auto& [field, value] : bad) {
    INFO(field << " = " << value);
    CHECK(ReadSealedBackup(Envelope(field, value), out) == SealedStatus::Damaged);
  }
  CHECK(ReadSealedBackup(Envelope("iter", "100000"), out) == SealedStatus::Ok);
  CHECK(ReadSealedBackup(Envelope("iter", "5000000"), out) == SealedStatus::Ok);
}

TEST_CASE("an encrypted backup's envelope is the same text as before: its fields in their order, one line", "[sealed]") {
  SealedBackup b{310000, Salt(), Iv(), Data()};
  // The envelope as it was first written, with an ordered JSON object (files people keep have this text).
  nlohmann::ordered_json want = {
      {"hearthEncrypted", 1},
      {"about", "An encrypted Hearth backup. To open it, use Import a backup file in Hearth's Settings, with the "
                "passphrase it was made with."},
      {"cipher", "AES-GCM"},
      {"kdf", "PBKDF2-SHA-256"},
      {"iter", 310000},
      {"salt", b.salt},
      {"iv", b.iv},
      {"data", b.data},
  };
  CHECK(SealedBackupJson(b) == want.dump());
  b.iter = 1234567;
  b.data = "QUJD";
  want["iter"] = 1234567;
  want["data"] = "QUJD";
  CHECK(SealedBackupJson(b) == want.dump());
}
