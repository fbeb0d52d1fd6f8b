// UTF-8 decoding and the folding rules used by search (case- and accent-insensitive).
#include "core/base/text.h"

namespace core {

uint32_t DecodeUtf8(std::string_view s, size_t& i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) { ++i; return c; }
  int len = (c >= 0xF0 && c <= 0xF4) ? 4 : (c >= 0xE0 && c < 0xF0) ? 3 : (c >= 0xC2 && c < 0xE0) ? 2 : 0;  // F5..FF never lead
  if (len == 0 || i + len > s.size()) { ++i; return 0xFFFD; }
  uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len; ++k) {
    unsigned char cc = b(i + k);
    if ((cc & 0xC0) != 0x80) { ++i; return 0xFFFD; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  // Reject overlong forms, surrogates and out-of-range values.
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) out += static_cast<char>(cp);
  else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t before = i;
    uint32_t cp = DecodeUtf8(s, i);
    if (cp == 0xFFFD && !(i - before == 3 && static_cast<unsigned char>(s[before]) == 0xEF)) return false;
  }
  return true;
}

// Base letters for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), lower case.
// '\0' marks code points that are not letters with a simple base (handled separately).
static const char kLatinBase[] =
    "aaaaaaaceeeeiiii"  // C0-CF  (C6 Æ -> handled below)
    "dnooooo\0ouuuuyts"  // D0-DF  (D7 × kept, DE Þ -> t, DF ß -> handled)
    "aaaaaaaceeeeiiii"  // E0-EF
    "dnooooo\0ouuuuyty"  // F0-FF
    "aaaaaaccccccccdd"  // 100-10F
    "ddeeeeeeeeeegggg"  // 110-11F
    "gggghhhhiiiiiiii"  // 120-12F
    "iiiijjkkklllllll"  // 130-13F
    "lllnnnnnnnnnoooo"  // 140-14F
    "oooorrrrrrssssss"  // 150-15F
    "ssttttttuuuuuuuu"  // 160-16F
    "uuuuwwyyyzzzzzzs";  // 170-17F

std::string FoldCodePoint(uint32_t cp) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return std::string(1, c);
  }
  switch (cp) {
    case 0xC6: case 0xE6: return "ae";
    case 0xDF: return "ss";
    case 0x152: case 0x153: return "oe";
    case 0x132: case 0x133: return "ij";
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: return "'";
    case 0x201C: case 0x201D: case 0x201F: case 0x2033: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: return "-";
    case 0xA0: case 0x2009: case 0x202F: return " ";
    default: break;
  }
  if (cp >= 0xC0 && cp <= 0x17F) {
    char base = kLatinBase[cp - 0xC0];
    if (base) return std::string(1, base);
  }
  std::string out;
  AppendUtf8(out, cp);
  return out;
}

Folded Fold(std::string_view s) {
  Folded f;
  f.text.reserve(s.size());
  f.origin.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    std::string piece = FoldCodePoint(DecodeUtf8(s, i));
    f.text += piece;
    f.origin.insert(f.origin.end(), piece.size(), static_cast<uint32_t>(start));
  }
  return f;
}

std::string FoldSimple(std::string_view s) { return Fold(s).text; }

bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || u >= 0x80 || c == '\'';
}

std::string Trim(std::string_view s) {
  size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
  return a == std::string_view::npos ? std::string() : std::string(s.substr(a, b - a + 1));
}

int CountWords(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    bool w = IsWordByte(c);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

size_t CharBoundary(std::string_view text, size_t at) {
  if (at >= text.size()) return text.size();
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

namespace {

enum class CharKind { Word, Space, Newline, Other };

CharKind KindOf(uint32_t c) {
  if (c == '\n') return CharKind::Newline;
  if (c == ' ' || c == '\t' || c == '\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x3000)
    return CharKind::Space;
  if (c < 0x80)
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_' ? CharKind::Word
                                                                                          : CharKind::Other;
  // Punctuation and symbols outside ASCII: Latin-1's (but not its letters ª µ º), general punctuation
  // (dashes, quotes, the ellipsis), CJK punctuation, and pictographs (an emoji stands alone).
  if (c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA ? CharKind::Word : CharKind::Other;
  if (c == 0xD7 || c == 0xF7) return CharKind::Other;
  if ((c >= 0x2010 && c <= 0x206F) || (c >= 0x3001 && c <= 0x303F) || c >= 0x1F000) return CharKind::Other;
  return CharKind::Word;  // letters of any script, and combining accents
}

}  // namespace

std::pair<size_t, size_t> WordAt(std::string_view text, size_t at) {
  struct Char {
    size_t at;
    uint32_t cp;
  };
  std::vector<Char> cs;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    cs.push_back({start, DecodeUtf8(text, i)});
  }
  if (cs.empty()) return {0, 0};
  at = CharBoundary(text, at);
  size_t k = 0;
  while (k < cs.size() && cs[k].at < at) ++k;
  if (k == cs.size() || cs[k].cp == '\n') {  // the end of the text or of a line: the character before
    if (k == 0 || cs[k - 1].cp == '\n') return {at, at};
    --k;
  }
  auto kind = [&](size_t i) {
    bool apostrophe = cs[i].cp == '\'' || cs[i].cp == 0x2019;
    if (apostrophe && i > 0 && i + 1 < cs.size() && KindOf(cs[i - 1].cp) == CharKind::Word &&
        KindOf(cs[i + 1].cp) == CharKind::Word)
      return CharKind::Word;
    return KindOf(cs[i].cp);
  };
  auto end_of = [&](size_t i) { return i + 1 < cs.size() ? cs[i + 1].at : text.size(); };
  CharKind want = kind(k);
  if (want == CharKind::Other) return {cs[k].at, end_of(k)};
  size_t a = k, b = k;
  while (a > 0 && kind(a - 1) == want) --a;
  while (b + 1 < cs.size() && kind(b + 1) == want) ++b;
  return {cs[a].at, end_of(b)};
}

bool ValidId(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

}  // namespace core
