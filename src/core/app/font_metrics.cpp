#include "core/app/font_metrics.h"

#include <cstdint>
#include <cstring>

namespace core {
namespace {
std::uint32_t U32(const unsigned char* p) {
  return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}
int U16(const unsigned char* p) { return (p[0] << 8) | p[1]; }
int S16(const unsigned char* p) { return static_cast<std::int16_t>(static_cast<std::uint16_t>(U16(p))); }

// The table `tag`'s start, when it lies whole inside the data and is at least `need` bytes long.
const unsigned char* Table(const unsigned char* data, std::size_t size, const char* tag, std::size_t need) {
  if (size < 12) return nullptr;
  std::uint32_t version = U32(data);
  if (version != 0x00010000u && version != 0x4F54544Fu /* OTTO */ && version != 0x74727565u /* true */)
    return nullptr;
  std::size_t count = static_cast<std::size_t>(U16(data + 4));
  if (12 + count * 16 > size) return nullptr;
  for (std::size_t i = 0; i < count; ++i) {
    const unsigned char* rec = data + 12 + i * 16;
    if (std::memcmp(rec, tag, 4) != 0) continue;
    std::size_t off = U32(rec + 8), len = U32(rec + 12);
    if (len < need || off > size || len > size - off) return nullptr;
    return data + off;
  }
  return nullptr;
}
}  // namespace

bool ReadFontVMetrics(const unsigned char* data, std::size_t size, FontVMetrics& out) {
  if (!data) return false;
  const unsigned char* head = Table(data, size, "head", 54);
  const unsigned char* hhea = Table(data, size, "hhea", 36);
  if (!head || !hhea) return false;
  FontVMetrics m;
  m.units_per_em = U16(head + 18);
  m.ascent = S16(hhea + 4);
  m.descent = S16(hhea + 6);
  if (m.units_per_em < 16 || m.ascent - m.descent <= 0) return false;
  out = m;
  return true;
}

float ImGuiSizeForEm(const FontVMetrics& m, float em_px) {
  if (m.units_per_em <= 0 || m.ascent - m.descent <= 0) return em_px * (2789.0f / 2048.0f);
  return em_px * static_cast<float>(m.ascent - m.descent) / static_cast<float>(m.units_per_em);
}

}  // namespace core
