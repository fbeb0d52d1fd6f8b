// Ritual planner (exercise "ritual-planner"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct RitualsState {
};

nlohmann::json RitualsToJson(const RitualsState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void RitualsFromJson(const nlohmann::json& j, RitualsState& out);

}  // namespace core
