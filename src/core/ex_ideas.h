// Shared-experience ideas (exercise "shared-experiences"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct IdeasState {
};

nlohmann::json IdeasToJson(const IdeasState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void IdeasFromJson(const nlohmann::json& j, IdeasState& out);

}  // namespace core
