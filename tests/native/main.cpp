// Catch2 runner for the native tests, and the ImGui assert hook that turns a failed ImGui
// assert into a test failure (see src/ui/imconfig/hearth_imconfig.h).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

void HearthImGuiAssertFailed(const char* expr, const char* file, int line) {
  throw std::runtime_error(std::string("ImGui assert failed: ") + expr + " at " + file + ":" + std::to_string(line));
}

// The coach's word lists come in the guide's file (core/exercises/i-statement-coach-words.h), which the app installs when
// the file arrives. The tests call the coach directly, so they install the native build's embedded copy
// before any test runs (a test that needs them absent installs an empty set and puts these back).
#include <cstdlib>
#include <iostream>

#include "core/guide/content.h"
#include "platform/native/test_hooks.h"

static const bool kCoachWordsInstalled = [] {
  core::Guide guide;
  std::vector<core::ContentError> errors;
  if (!core::ParseBundle(platform::NativeGuideFile(), guide, errors) || !guide.exercises.coach.Ready()) {
    std::cerr << "the embedded guide file's coach words do not load"
              << (errors.empty() ? std::string() : ": " + errors.front().ToString()) << "\n";
    std::abort();
  }
  core::InstallCoachWords(guide.exercises.coach);
  return true;
}();
