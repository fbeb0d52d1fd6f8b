#include "platform/small_libc.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace platform {

namespace {

struct Out {
  char* buf;
  size_t n;
  size_t len = 0;
  void Put(char c) {
    if (len + 1 < n) buf[len] = c;
    ++len;
  }
  void Put(const char* s, size_t k) {
    for (size_t i = 0; i < k; ++i) Put(s[i]);
  }
  void Pad(char c, int k) {
    for (int i = 0; i < k; ++i) Put(c);
  }
};

struct Spec {
  bool left = false, zero = false, plus = false, space = false, alt = false;
  int width = 0;
  int prec = -1;
};

// a*b - p exactly, where p = a*b rounded (Dekker's product: plain double operations; wasm has no
// fused multiply-add, and the library's fma is software).
double ProductError(double a, double b, double p) {
  auto split = [](double x, double& hi, double& lo) {
    double c = 134217729.0 * x;  // 2^27 + 1
    hi = c - (c - x);
    lo = x - hi;
  };
  double ah, al, bh, bl;
  split(a, ah, al);
  split(b, bh, bl);
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

// Digits of v in `base`, backwards into the end of tmp; returns their count.
int Digits(uint64_t v, unsigned base, bool upper, char* end) {
  const char* d = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  int k = 0;
  do {
    *--end = d[v % base];
    v /= base;
    ++k;
  } while (v);
  return k;
}

// One number: sign, prefix ("0x"), digits with their precision zeros, in the field's width.
void Emit(Out& o, const Spec& s, char sign, const char* prefix, const char* digits, int nd, int zeros_before,
          const char* tail = nullptr, int ntail = 0) {
  int plen = static_cast<int>(std::strlen(prefix));
  int body = (sign ? 1 : 0) + plen + zeros_before + nd + ntail;
  int pad = s.width > body ? s.width - body : 0;
  if (!s.left && !s.zero) o.Pad(' ', pad);
  if (sign) o.Put(sign);
  o.Put(prefix, static_cast<size_t>(plen));
  if (!s.left && s.zero) o.Pad('0', pad);
  o.Pad('0', zeros_before);
  o.Put(digits, static_cast<size_t>(nd));
  if (tail) o.Put(tail, static_cast<size_t>(ntail));
  if (s.left) o.Pad(' ', pad);
}

void Integer(Out& o, Spec s, uint64_t mag, bool negative, bool is_signed, unsigned base, bool upper) {
  char tmp[32];
  char* end = tmp + sizeof tmp;
  int nd = (s.prec == 0 && mag == 0) ? 0 : Digits(mag, base, upper, end);
  int zeros = s.prec > nd ? s.prec - nd : 0;
  if (s.prec >= 0) s.zero = false;  // C: a precision turns the 0 flag off for integers
  char sign = negative ? '-' : is_signed && s.plus ? '+' : is_signed && s.space ? ' ' : 0;
  const char* prefix = "";
  if (s.alt && mag != 0 && base == 16) prefix = upper ? "0X" : "0x";
  if (s.alt && base == 8 && zeros == 0 && (nd == 0 || end[-nd] != '0')) zeros = 1;
  Emit(o, s, sign, prefix, end - nd, nd, zeros);
}

void Fixed(Out& o, Spec s, double v) {
  char sign = std::signbit(v) ? '-' : s.plus ? '+' : s.space ? ' ' : 0;
  v = std::fabs(v);
  if (!std::isfinite(v)) {
    s.zero = false;
    Emit(o, s, sign, "", std::isnan(v) ? "nan" : "inf", 3, 0);
    return;
  }
  int prec = s.prec < 0 ? 6 : s.prec > 9 ? 9 : s.prec;
  int extra = s.prec > 9 ? s.prec - 9 : 0;  // asked for more digits than kept: zeros
  static const uint64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};
  const uint64_t scale = kPow10[prec];
  char tmp[360];
  char* end = tmp + sizeof tmp;
  int nd = 0;
  double ip = std::floor(v), f = v - ip;  // both exact
  // The fraction's digits, rounded as the C library does: to nearest, a true tie to even. The
  // product's own rounding error (ProductError) tells a true tie from a value just above or below one.
  double x = f * static_cast<double>(scale);
  double err = ProductError(f, static_cast<double>(scale), x);
  double r = std::nearbyint(x);
  if (x - std::floor(x) == 0.5) {
    if (err != 0) r = err > 0 ? std::ceil(x) : std::floor(x);
    else if (prec == 0) r = ip - 2 * std::floor(ip / 2) == 1 ? 1 : 0;  // a true tie with no fraction digits: the even whole number
  }
  uint64_t frac = static_cast<uint64_t>(r);
  if (frac >= scale) {  // 0.999.. rounded up: carry into the integer part
    frac -= scale;
    ip += 1;
  }
  for (int i = 0; i < prec; ++i) {
    *(end - ++nd) = static_cast<char>('0' + frac % 10);
    frac /= 10;
  }
  if (ip < 1.8e19) {
    nd += Digits(static_cast<uint64_t>(ip), 10, false, end - nd);
  } else {  // beyond 64 bits: the integer digits from the double
    do {
      double q = std::floor(ip / 10);
      *(end - ++nd) = static_cast<char>('0' + static_cast<int>(ip - q * 10));
      ip = q;
    } while (ip >= 1 && nd < 340);
  }
  const char* digits = end - nd;
  int int_digits = nd - prec;
  // Integer part, the point, the fraction: laid out in a second buffer.
  char num[380];
  int k = 0;
  for (int i = 0; i < int_digits; ++i) num[k++] = digits[i];
  if (prec > 0 || s.alt) num[k++] = '.';
  for (int i = 0; i < prec; ++i) num[k++] = digits[int_digits + i];
  for (int i = 0; i < extra && k < static_cast<int>(sizeof num); ++i) num[k++] = '0';
  Emit(o, s, sign, "", num, k, 0);
}

}  // namespace

int FormatV(char* buf, size_t n, const char* fmt, va_list ap) {
  Out o{buf, n};
  for (const char* p = fmt; *p; ++p) {
    if (*p != '%') {
      o.Put(*p);
      continue;
    }
    const char* start = p;
    ++p;
    Spec s;
    for (;; ++p) {
      if (*p == '-') s.left = true;
      else if (*p == '0') s.zero = true;
      else if (*p == '+') s.plus = true;
      else if (*p == ' ') s.space = true;
      else if (*p == '#') s.alt = true;
      else break;
    }
    if (*p == '*') {
      s.width = va_arg(ap, int);
      if (s.width < 0) {
        s.left = true;
        s.width = -s.width;
      }
      ++p;
    } else {
      while (*p >= '0' && *p <= '9') s.width = s.width * 10 + (*p++ - '0');
    }
    if (*p == '.') {
      ++p;
      s.prec = 0;
      if (*p == '*') {
        s.prec = va_arg(ap, int);
        ++p;
      } else {
        while (*p >= '0' && *p <= '9') s.prec = s.prec * 10 + (*p++ - '0');
      }
    }
    if (s.left) s.zero = false;
    int len = 0;  // 0 int, 1 long, 2 long long / intmax / size / ptrdiff, -1 short, -2 char
    for (;; ++p) {
      if (*p == 'l') len = len >= 1 ? 2 : 1;
      else if (*p == 'z' || *p == 'j' || *p == 't' || *p == 'q') len = 2;
      else if (*p == 'L') len = 1;
      else if (*p == 'h') len = len <= -1 ? -2 : -1;
      else break;
    }
    char c = *p;
    switch (c) {
      case 'd':
      case 'i': {
        long long v = len == 2 ? va_arg(ap, long long) : len == 1 ? va_arg(ap, long) : va_arg(ap, int);
        if (len == -1) v = static_cast<short>(v);
        if (len == -2) v = static_cast<signed char>(v);
        uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        Integer(o, s, mag, v < 0, true, 10, false);
        break;
      }
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        unsigned long long v = len == 2   ? va_arg(ap, unsigned long long)
                               : len == 1 ? va_arg(ap, unsigned long)
                                          : va_arg(ap, unsigned int);
        if (len == -1) v = static_cast<unsigned short>(v);
        if (len == -2) v = static_cast<unsigned char>(v);
        Integer(o, s, v, false, false, c == 'u' ? 10 : c == 'o' ? 8 : 16, c == 'X');
        break;
      }
      case 'p': {
        s.alt = true;
        Integer(o, s, reinterpret_cast<uintptr_t>(va_arg(ap, void*)), false, false, 16, false);
        break;
      }
      case 'c': {
        char ch = static_cast<char>(va_arg(ap, int));
        s.zero = false;
        Emit(o, s, 0, "", &ch, 1, 0);
        break;
      }
      case 's': {
        const char* str = va_arg(ap, const char*);
        if (!str) str = "(null)";
        size_t k = 0;
        while ((s.prec < 0 || k < static_cast<size_t>(s.prec)) && str[k]) ++k;
        s.zero = false;
        Emit(o, s, 0, "", str, static_cast<int>(k), 0);
        break;
      }
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
      case 'a':
      case 'A': Fixed(o, s, va_arg(ap, double)); break;
      case '%': o.Put('%'); break;
      case 'n': (void)va_arg(ap, int*); break;  // never written: no format here asks for it
      default:  // not a conversion: print it as written
        o.Put(start, static_cast<size_t>(p - start) + (c ? 1 : 0));
        if (!c) --p;
        break;
    }
  }
  if (n) buf[o.len < n ? o.len : n - 1] = 0;
  return static_cast<int>(o.len);
}

double ParseDouble(const char* s, char** end) {
  const char* p = s;
  while (*p == ' ' || (*p >= '\t' && *p <= '\r')) ++p;
  bool neg = false;
  if (*p == '+' || *p == '-') neg = *p++ == '-';
  auto word = [&](const char* w) {
    size_t k = 0;
    while (w[k] && (p[k] | 0x20) == w[k]) ++k;
    return w[k] ? 0 : k;
  };
  if (size_t k = word("infinity") ? 8 : word("inf") ? 3 : 0) {
    if (end) *end = const_cast<char*>(p + k);
    return neg ? -HUGE_VAL : HUGE_VAL;
  }
  if (word("nan")) {
    if (end) *end = const_cast<char*>(p + 3);
    return neg ? -NAN : NAN;
  }
  uint64_t mant = 0;
  int digits = 0, exp10 = 0;
  bool any = false;
  for (; *p >= '0' && *p <= '9'; ++p, any = true) {
    if (digits < 19) {
      mant = mant * 10 + static_cast<uint64_t>(*p - '0');
      if (mant) ++digits;
    } else {
      ++exp10;  // digits past 19 only scale
    }
  }
  if (*p == '.') {
    ++p;
    for (; *p >= '0' && *p <= '9'; ++p, any = true) {
      if (digits < 19) {
        mant = mant * 10 + static_cast<uint64_t>(*p - '0');
        if (mant) ++digits;
        --exp10;
      }
    }
  }
  if (!any) {
    if (end) *end = const_cast<char*>(s);
    return 0;
  }
  if (*p == 'e' || *p == 'E') {
    const char* q = p + 1;
    bool eneg = false;
    if (*q == '+' || *q == '-') eneg = *q++ == '-';
    if (*q >= '0' && *q <= '9') {
      int e = 0;
      for (; *q >= '0' && *q <= '9'; ++q)
        if (e < 100000) e = e * 10 + (*q - '0');
      exp10 += eneg ? -e : e;
      p = q;
    }
  }
  if (end) *end = const_cast<char*>(p);
  static const double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  double v;
  if (mant == 0) {
    v = 0;
  } else if (exp10 >= -22 && exp10 <= 22) {
    // The digits as two doubles (hi + lo, exact: up to 19 digits), then one exact power of ten.
    // Under 2^53 (lo = 0) this is Clinger's fast path: one rounding, correct. Above it, the error
    // of the first step is carried (ProductError) into the second: correct but for rare near-ties.
    double hi = static_cast<double>(mant);
    double lo = static_cast<double>(static_cast<int64_t>(mant - static_cast<uint64_t>(hi)));
    double p = kExact[exp10 < 0 ? -exp10 : exp10];
    if (exp10 < 0) {
      double q = hi / p;
      double rem = -ProductError(q, p, q * p) + (hi - q * p);  // hi - q*p, exactly
      v = q + (rem + lo) / p;
    } else {
      double m = hi * p;
      double e = ProductError(hi, p, m);  // hi*p - m, exactly
      v = m + (e + lo * p);
    }
  } else {
    // Far from 1: scale in steps of exact powers (each step rounds once; an ulp or two at most).
    v = static_cast<double>(mant);
    int e = exp10;
    while (e > 22 && v < HUGE_VAL) {
      v *= 1e22;
      e -= 22;
    }
    while (e < -22 && v > 0) {
      v /= 1e22;
      e += 22;
    }
    v = e < 0 ? v / kExact[-e] : v * kExact[e];
  }
  return neg ? -v : v;
}

}  // namespace platform
