#pragma once
// QR codes for links a person carries to another device or hands out on paper (a counselor's
// homework link, later a partner's packet). Nayuki's QR Code generator (Debian's source package
// qr-code-generator, fetched by .tools/setup.sh) does the encoding; this wraps it in Hearth's terms.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core {

// How much of the code can be damaged and still read: M (15 %) suits a screen or a printed page.
enum class QrLevel { Low, Medium, Quartile, High };

struct QrCode {
  int size = 0;                // modules per side (21 for version 1, 4 more per version); 0 when it failed
  int version = 0;             // 1..40
  std::vector<uint8_t> dark;   // size*size, row by row: 1 = dark module
  bool Dark(int x, int y) const { return x >= 0 && y >= 0 && x < size && y < size && dark[y * size + x]; }
};

// The largest version Hearth makes: 33 (149 modules a side, 1,628 bytes at level M). Hearth's links
// are far shorter; a text longer than that is offered as a link or a file instead.
inline constexpr int kQrMaxVersion = 33;

// Encodes `text` (UTF-8, as bytes or a denser mode when it allows) in the smallest version that fits,
// at `level` or better when that costs no size. Returns size 0 when it does not fit in max_version
// or has a NUL byte (a link or packet never does): the caller then offers the link or a file instead.
QrCode EncodeQr(std::string_view text, QrLevel level = QrLevel::Medium, int max_version = kQrMaxVersion);

// The code as an SVG image (one path, a 4-module quiet border, black on white), for a printed
// handout or a page: `px` is its width and height in CSS pixels.
std::string QrSvg(const QrCode& q, int px);

}  // namespace core
