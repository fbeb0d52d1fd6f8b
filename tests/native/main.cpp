// Catch2 runner for the native tests, and the ImGui assert hook that turns a failed ImGui
// assert into a test failure (see src/ui/imconfig/hearth_imconfig.h).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

void HearthImGuiAssertFailed(const char* expr, const char* file, int line) {
  throw std::runtime_error(std::string("ImGui assert failed: ") + expr + " at " + file + ":" + std::to_string(line));
}
