#include "core/share/qr.h"

#include <algorithm>

extern "C" {
#include "qrcodegen.h"
}

namespace core {

QrCode EncodeQr(std::string_view text, QrLevel level, int max_version) {
  QrCode out;
  max_version = std::clamp(max_version, qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX);
  if (text.find('\0') != std::string_view::npos) return out;
  // The library reads a C string and writes into two buffers sized for the largest version allowed.
  const size_t len = qrcodegen_BUFFER_LEN_FOR_VERSION(max_version);
  if (text.size() + 1 > len) return out;  // cannot fit: more bytes than the largest code holds modules
  std::vector<uint8_t> temp(len), code(len);
  std::string s(text);
  const qrcodegen_Ecc ecc = level == QrLevel::Low        ? qrcodegen_Ecc_LOW
                            : level == QrLevel::Quartile ? qrcodegen_Ecc_QUARTILE
                            : level == QrLevel::High     ? qrcodegen_Ecc_HIGH
                                                         : qrcodegen_Ecc_MEDIUM;
  if (!qrcodegen_encodeText(s.c_str(), temp.data(), code.data(), ecc, qrcodegen_VERSION_MIN, max_version,
                            qrcodegen_Mask_AUTO, true))
    return out;
  out.size = qrcodegen_getSize(code.data());
  out.version = (out.size - 17) / 4;
  out.dark.resize(static_cast<size_t>(out.size) * static_cast<size_t>(out.size));
  for (int y = 0; y < out.size; ++y)
    for (int x = 0; x < out.size; ++x) out.dark[static_cast<size_t>(y * out.size + x)] = qrcodegen_getModule(code.data(), x, y) ? 1 : 0;
  return out;
}

std::string QrSvg(const QrCode& q, int px) {
  if (q.size <= 0) return std::string();
  const int border = 4, n = q.size + 2 * border;
  std::string d;
  for (int y = 0; y < q.size; ++y) {
    // Runs of dark modules on a row become one rectangle each: a smaller file than one per module.
    for (int x = 0; x < q.size;) {
      if (!q.Dark(x, y)) { ++x; continue; }
      int run = 1;
      while (q.Dark(x + run, y)) ++run;
      d += 'M' + std::to_string(x + border) + ',' + std::to_string(y + border) + 'h' + std::to_string(run) + "v1h-" +
           std::to_string(run) + 'z';
      x += run;
    }
  }
  const std::string side = std::to_string(px), box = std::to_string(n);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + side + "\" height=\"" + side + "\" viewBox=\"0 0 " + box + ' ' +
         box + "\" shape-rendering=\"crispEdges\"><rect width=\"" + box + "\" height=\"" + box +
         "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + d + "\"/></svg>";
}

}  // namespace core
