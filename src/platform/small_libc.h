// A small vsnprintf and strtod for the web build (src/platform/web/libc_small.cpp puts them in
// place of the C library's). The library's versions carry 128-bit long-double arithmetic (musl's
// float scanning and printing work in long double, which is 128-bit soft-float in wasm): about
// 20 KB of code (8 KB gzip) for what Hearth needs, which is integers, strings and a few fixed-point
// numbers. Pure C++17; the native tests compare both with glibc's.
#pragma once
#include <cstdarg>
#include <cstddef>

namespace platform {

// vsnprintf for what Hearth, ImGui and nlohmann format: %d %i %u %x %X %o %c %s %p %% and %f/%F,
// with the flags - 0 + space #, a width and a precision (numbers or *), and the length modifiers hh h
// l ll z j t (L is read as l: nothing here formats a long double). %f is exact for values below 2^63
// once scaled by its precision (at most 9 digits after the point), which covers every use; larger
// values print their integer digits from the double, then zeros. %e %g %a print as %f. Writes at
// most n bytes with the ending NUL, and returns the length the whole result would have.
int FormatV(char* buf, size_t n, const char* fmt, va_list ap);

// strtod for decimal numbers (JSON's, with "inf"/"nan" words as C reads them): correctly rounded
// when the digits fit 2^53 and the power of ten is at most 22 either way (Clinger's fast path:
// every number Hearth writes, shortest-form doubles included, but those of 17 significant digits);
// otherwise within an ulp or two. Hex floats are read as 0 followed by the rest, as JSON has none.
double ParseDouble(const char* s, char** end);

}  // namespace platform
