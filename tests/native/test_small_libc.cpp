// The web build's own vsnprintf and strtod (platform/small_libc.h), against glibc's.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include "platform/small_libc.h"

namespace {
std::string Ours(const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  int n = platform::FormatV(buf, sizeof buf, fmt, ap);
  va_end(ap);
  CHECK(n == static_cast<int>(std::strlen(buf)));
  return buf;
}
std::string Theirs(const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return buf;
}
#define SAME(...) CHECK(Ours(__VA_ARGS__) == Theirs(__VA_ARGS__))
}  // namespace

TEST_CASE("the small vsnprintf formats as the C library does, for what Hearth, ImGui and nlohmann ask",
          "[small-libc]") {
  // core: dates, clock times, ids; ImGui: ids, labels; nlohmann: escapes.
  SAME("%04d-%02d-%02d", 2026, 3, 7);
  SAME("%04d%02d%02d", 987, 12, 31);
  SAME("%lld:%02lld:%02lld", 1LL, 5LL, 9LL);
  SAME("%d:%02d %s", 12, 0, "am");
  SAME("%c%02d", 'L', 7);
  SAME("%.0f", 1795396800000.0);
  SAME("%.0f", 0.5);
  SAME("%.0f", 2.5);
  SAME("%.0f", -0.4);
  SAME("%s/%s_%08X", "Window", "field", 0xBEEFu);
  SAME("##%08X", 0x1234ABCDu);
  SAME("\\u%04x", 0x1f);
  SAME("<U+%.4X>", 0x7u);
  SAME("%.*s|", 3, "abcdef");
  SAME("%-6s|%6s|", "ab", "cd");
  SAME("%5d|%-5d|%05d|%+d|% d|%x|%#x|%o|%#o|%u", 42, 42, -42, 7, 7, 255u, 255u, 8u, 8u, 4000000000u);
  SAME("%hhd %hd %ld %zu %lu", 300, 70000, -5L, static_cast<size_t>(12), 9UL);
  SAME("%lld %llu %llx", -9223372036854775807LL - 1, 18446744073709551615ULL, 0xFFFFFFFFFFFFFFFFULL);
  SAME("%.3f %.1f %8.2f %-8.2f| %08.3f %+.2f", 3.14159, -0.05, 2.5, 2.5, -1.5, 0.0);
  SAME("%f %.9f %.2f", 1.0 / 3, 123.456789012, 1e15 + 0.25);
  SAME("%.0f%%", 99.5);
  SAME("%f %f %.1f", HUGE_VAL, -HUGE_VAL, 0.05);
  SAME("%.5d %.0d| %5.3d", 42, 0, 7);
  SAME("%s", "");
  SAME("100%% sure");
  // Large numbers past the exact range: the integer digits, then zeros.
  CHECK(Ours("%.0f", 1e20) == "100000000000000000000");
  CHECK(Ours("%.2f", 12345678901234567890.0).substr(0, 5) == "12345");
  // nan prints as nan (its sign aside).
  CHECK(Ours("%f", std::nan("")).find("nan") != std::string::npos);
}

TEST_CASE("the small vsnprintf never writes past the buffer and returns the whole length", "[small-libc]") {
  char buf[8];
  std::memset(buf, 'x', sizeof buf);
  auto call = [&](size_t n, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = platform::FormatV(buf, n, fmt, ap);
    va_end(ap);
    return r;
  };
  CHECK(call(5, "%s-%d", "abcdef", 12) == 9);
  CHECK(std::string(buf) == "abcd");
  CHECK(buf[5] == 'x');
  CHECK(call(0, "%d", 12345) == 5);
  CHECK(buf[0] == 'a');  // nothing written with n == 0
  CHECK(call(1, "%d", 7) == 1);
  CHECK(buf[0] == 0);
}

TEST_CASE("the small strtod reads JSON's numbers exactly as the C library does", "[small-libc]") {
  const char* cases[] = {"0",     "-0",      "1",          "1795396800000",    "1795396800000.0", "0.5",
                         "2.5e-3", "1E10",   "-12.75",     "0.3333333432674408", "3.14159",        "1e22",
                         "1e-22", "123456789012345", "9007199254740993", "0.1", "0.2", "1e308", "4.9e-324",
                         "  42 rest", "+7", "inf", "-Infinity", "1.5e", "12abc", ".5", "5."};
  for (const char* c : cases) {
    INFO(c);
    char *e1 = nullptr, *e2 = nullptr;
    double ours = platform::ParseDouble(c, &e1);
    double theirs = std::strtod(c, &e2);
    CHECK(e1 - c == e2 - c);
    if (std::isfinite(theirs) && theirs != 0) CHECK(std::fabs(ours - theirs) <= std::fabs(theirs) * 4e-16);
    else CHECK(ours == theirs);
  }
  char* e = nullptr;
  CHECK(platform::ParseDouble("abc", &e) == 0);
  CHECK(std::string(e) == "abc");
  CHECK(std::isnan(platform::ParseDouble("nan", nullptr)));
}

TEST_CASE("the small strtod round-trips every double nlohmann writes in its shortest form", "[small-libc]") {
  // Shortest round-trip text (%.17g then shorter while it still reads back) of many doubles: times,
  // fractions, floats widened to double. Exact where the digits fit 2^53 (nearly all); else an ulp.
  std::mt19937_64 rng(7);
  int exact = 0, total = 0;
  for (int i = 0; i < 20000; ++i) {
    double v;
    switch (i % 4) {
      case 0: v = std::floor(std::uniform_real_distribution<double>(0, 4e12)(rng)); break;  // a time in ms
      case 1: v = static_cast<float>(std::uniform_real_distribution<double>(0, 1)(rng)); break;  // a float
      case 2: v = std::uniform_real_distribution<double>(-1e6, 1e6)(rng); break;
      default: v = std::round(std::uniform_real_distribution<double>(0, 1e4)(rng)) / 100; break;  // cents
    }
    char text[40];
    for (int p = 1; p <= 17; ++p) {
      std::snprintf(text, sizeof text, "%.*g", p, v);
      if (std::strtod(text, nullptr) == v) break;
    }
    double back = platform::ParseDouble(text, nullptr);
    ++total;
    exact += back == v;
    INFO(text);
    CHECK(std::fabs(back - v) <= std::fabs(v) * 4.5e-16);
  }
  CHECK(exact >= total * 999 / 1000);
}
