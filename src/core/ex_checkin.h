// Daily check-in (exercise "daily-check-in"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct CheckInState {
};

nlohmann::json CheckInToJson(const CheckInState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void CheckInFromJson(const nlohmann::json& j, CheckInState& out);

}  // namespace core
