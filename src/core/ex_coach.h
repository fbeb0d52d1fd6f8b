// I-statement coach (exercise "i-statement-coach"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct CoachState {
};

nlohmann::json CoachToJson(const CoachState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void CoachFromJson(const nlohmann::json& j, CoachState& out);

}  // namespace core
