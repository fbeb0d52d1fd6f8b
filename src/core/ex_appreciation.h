// Appreciation moments (exercise "appreciation"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct AppreciationState {
};

nlohmann::json AppreciationToJson(const AppreciationState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void AppreciationFromJson(const nlohmann::json& j, AppreciationState& out);

}  // namespace core
