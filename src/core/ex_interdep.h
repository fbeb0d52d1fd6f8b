// Interdependence check (exercise "interdependence"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct InterdependenceState {
};

nlohmann::json InterdependenceToJson(const InterdependenceState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void InterdependenceFromJson(const nlohmann::json& j, InterdependenceState& out);

}  // namespace core
