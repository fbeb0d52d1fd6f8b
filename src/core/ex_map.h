// Intimacy map (exercise "intimacy-map"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct IntimacyMapState {
};

nlohmann::json IntimacyMapToJson(const IntimacyMapState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void IntimacyMapFromJson(const nlohmann::json& j, IntimacyMapState& out);

}  // namespace core
