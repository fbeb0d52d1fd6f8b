// The exercise words Hearth ships (for any test that needs them), and for the worksheet tests
// (core/exercises/worksheet.h) a worksheet's words and blocks by kind.
#pragma once
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/exercises/ex_text.h"
#include "core/exercises/exercises.h"
#include "core/exercises/worksheet.h"
#include "core/guide/content.h"
#include "platform/native/test_hooks.h"

// The exercise words from the guide's file, as the app has them once it has come.
inline const core::ExerciseText& ShippedWords() {
  static const core::ExerciseText words = [] {
    core::ExerciseText t;
    std::vector<core::ContentError> errors;
    REQUIRE(core::ParseExerciseText(nlohmann::json::parse(platform::NativeGuideFile())["exercises"], "exercises", t,
                                    errors));
    return t;
  }();
  return words;
}

inline core::PrintDoc Sheet(const std::string& id, const core::ExercisesState& ex, bool filled) {
  return core::ExerciseWorksheet(id, ex, ShippedWords(), filled, "");
}

// Whether the sheet's words (core::PrintDocText: questions, answers, ticks) hold `part`.
inline bool SheetHas(const core::PrintDoc& d, const std::string& part) {
  return core::PrintDocText(d).find(part) != std::string::npos;
}

// The blocks a person writes in or marks: Answer, Scale, Check.
inline int SheetQuestions(const core::PrintDoc& d) {
  int n = 0;
  for (const auto& b : d.blocks)
    n += b.kind == core::PrintKind::Answer || b.kind == core::PrintKind::Scale || b.kind == core::PrintKind::Check;
  return n;
}
