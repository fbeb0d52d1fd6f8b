// After an argument (exercise "after-argument"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct AfterArgumentState {
};

nlohmann::json AfterArgumentToJson(const AfterArgumentState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void AfterArgumentFromJson(const nlohmann::json& j, AfterArgumentState& out);

}  // namespace core
