// The web build's vsnprintf, snprintf, fprintf and strtod: platform/small_libc.h's, in place of
// the C library's (why: see there). Linked as an object of the app itself (CMakeLists.txt), so
// these definitions are the ones every caller gets: ImGui's text formatting, nlohmann's number
// reading and escaping, core's dates and clocks. fprintf (ImGui's WebGL backend reports a shader
// that did not compile with it) goes to the browser's console.
#include <emscripten/console.h>

#include <cstdarg>
#include <cstdio>

#include "platform/small_libc.h"

extern "C" {

int vsnprintf(char* buf, size_t n, const char* fmt, va_list ap) { return platform::FormatV(buf, n, fmt, ap); }

int snprintf(char* buf, size_t n, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = platform::FormatV(buf, n, fmt, ap);
  va_end(ap);
  return r;
}

static int ToConsole(const char* fmt, va_list ap) {
  char line[512];
  int r = platform::FormatV(line, sizeof line, fmt, ap);
  emscripten_console_error(line);
  return r;
}

int fprintf(FILE*, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = ToConsole(fmt, ap);
  va_end(ap);
  return r;
}

int fiprintf(FILE*, const char* fmt, ...) {  // what the compiler calls for an fprintf without floats
  va_list ap;
  va_start(ap, fmt);
  int r = ToConsole(fmt, ap);
  va_end(ap);
  return r;
}

double strtod(const char* s, char** end) { return platform::ParseDouble(s, end); }
// The C library keeps these three in one file: defining strtod alone would bring that file in anyway.
float strtof(const char* s, char** end) { return static_cast<float>(platform::ParseDouble(s, end)); }
long double strtold(const char* s, char** end) { return platform::ParseDouble(s, end); }

}  // extern "C"
