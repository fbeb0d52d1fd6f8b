// When closeness feels scary (exercise "closeness-fears"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct FearsState {
};

nlohmann::json FearsToJson(const FearsState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void FearsFromJson(const nlohmann::json& j, FearsState& out);

}  // namespace core
