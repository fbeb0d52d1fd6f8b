// Our ground rules (exercise "ground-rules"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct GroundRulesState {
};

nlohmann::json GroundRulesToJson(const GroundRulesState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void GroundRulesFromJson(const nlohmann::json& j, GroundRulesState& out);

}  // namespace core
