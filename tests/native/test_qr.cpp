// QR codes (core/share/qr): the modules match Debian's python3-qrcodegen (a separate port of the same
// generator) for link-like texts in every mode and level (tests/native/data/qr_golden.tsv, written by
// tests/tools/qr_golden.py); the fixed patterns a camera looks for are where the standard puts them;
// what does not fit says so with size 0; the SVG has one square per dark module.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/share/qr.h"

using core::EncodeQr;
using core::QrLevel;

namespace {

std::string Hex(const core::QrCode& q) {
  std::string bits;
  for (uint8_t d : q.dark) bits += d ? '1' : '0';
  while (bits.size() % 4) bits += '0';
  std::string out;
  for (size_t i = 0; i < bits.size(); i += 4) out += "0123456789abcdef"[std::stoi(bits.substr(i, 4), nullptr, 2)];
  return out;
}

// A finder pattern: a 7x7 dark ring, a light ring, a dark 3x3 centre, and a light separator around it.
bool FinderAt(const core::QrCode& q, int x0, int y0) {
  for (int dy = -1; dy <= 7; ++dy)
    for (int dx = -1; dx <= 7; ++dx) {
      int x = x0 + dx, y = y0 + dy;
      if (x < 0 || y < 0 || x >= q.size || y >= q.size) continue;
      int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));  // 0 centre .. 3 outer ring, 4 separator
      bool want = ring != 2 && ring != 4;
      if (q.Dark(x, y) != want) return false;
    }
  return true;
}

}  // namespace

TEST_CASE("QR codes match the Python port of the same generator, module for module", "[qr]") {
  std::ifstream in(std::string(HEARTH_SOURCE_DIR) + "/tests/native/data/qr_golden.tsv");
  REQUIRE(in);
  int cases = 0;
  for (std::string line; std::getline(in, line);) {
    std::istringstream row(line);
    std::string level, text, size, hex;
    std::getline(row, level, '\t');
    std::getline(row, text, '\t');
    std::getline(row, size, '\t');
    std::getline(row, hex, '\t');
    const std::string plain = nlohmann::json::parse(text).get<std::string>();
    const QrLevel l = level == "L" ? QrLevel::Low : level == "Q" ? QrLevel::Quartile : level == "H" ? QrLevel::High : QrLevel::Medium;
    INFO(plain);
    core::QrCode q = EncodeQr(plain, l, 40);
    CHECK(q.size == std::stoi(size));
    CHECK(q.size == 17 + 4 * q.version);
    CHECK(Hex(q) == hex);
    ++cases;
  }
  CHECK(cases == 7);
}

TEST_CASE("a QR code has its three finder patterns and its timing lines", "[qr]") {
  const core::QrCode q = EncodeQr("https://care.example/hearth/index.html?org=Riverside#/timeout");
  REQUIRE(q.size > 0);
  CHECK(FinderAt(q, 0, 0));
  CHECK(FinderAt(q, q.size - 7, 0));
  CHECK(FinderAt(q, 0, q.size - 7));
  CHECK_FALSE(FinderAt(q, q.size - 7, q.size - 7));  // the fourth corner holds data
  for (int i = 8; i < q.size - 8; ++i) {
    CHECK(q.Dark(i, 6) == (i % 2 == 0));
    CHECK(q.Dark(6, i) == (i % 2 == 0));
  }
}

TEST_CASE("longer text takes a larger code; more error correction never a smaller one", "[qr]") {
  const std::string base = "https://care.example/hearth/index.html#/guide/conflict";
  const core::QrCode a = EncodeQr(base), b = EncodeQr(base + std::string(200, 'x'));
  REQUIRE(a.size > 0);
  REQUIRE(b.size > 0);
  CHECK(b.version > a.version);
  CHECK(EncodeQr(base, QrLevel::High).version >= EncodeQr(base, QrLevel::Low).version);
  CHECK(EncodeQr(base).dark == a.dark);  // the same text, the same code
}

TEST_CASE("what does not fit, or is not text, gives no code", "[qr]") {
  // Version 33 at level M holds 1,628 bytes: more is refused, never cut.
  CHECK(EncodeQr(std::string(1628, '~')).size == 17 + 4 * 33);
  CHECK(EncodeQr(std::string(1629, '~')).size == 0);
  CHECK(EncodeQr(std::string(60, '~'), QrLevel::Medium, 1).size == 0);  // version 1 holds 14 bytes at M
  CHECK(EncodeQr(std::string(14, '~'), QrLevel::Medium, 1).size == 21);
  CHECK(EncodeQr(std::string("a\0b", 3)).size == 0);
  CHECK(EncodeQr(std::string(100000, 'x')).size == 0);
  CHECK(EncodeQr("").size == 21);  // an empty code is still a valid code
}

TEST_CASE("the SVG draws each dark module once, inside a quiet border", "[qr]") {
  const core::QrCode q = EncodeQr("HEARTH");
  const std::string svg = core::QrSvg(q, 160);
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"160\" height=\"160\" viewBox=\"0 0 29 29\"", 0) == 0);
  // Each run "M x,y h n v1 h-n z" covers n modules; together they are exactly the dark ones.
  std::vector<uint8_t> drawn(q.dark.size(), 0);
  const size_t from = svg.find(" d=\"") + 4, to = svg.find('"', from);
  REQUIRE(to != std::string::npos);
  const std::string path = svg.substr(from, to - from);
  for (size_t at = path.find('M'); at != std::string::npos; at = path.find('M', at + 1)) {
    int x = 0, y = 0, n = 0;
    REQUIRE(std::sscanf(path.c_str() + at, "M%d,%dh%d", &x, &y, &n) == 3);
    for (int i = 0; i < n; ++i) {
      int mx = x - 4 + i, my = y - 4;
      REQUIRE(mx >= 0);
      REQUIRE(my >= 0);
      CHECK(drawn[static_cast<size_t>(my * q.size + mx)]++ == 0);
    }
  }
  CHECK(drawn == q.dark);
  CHECK(core::QrSvg(core::QrCode{}, 100).empty());
}
