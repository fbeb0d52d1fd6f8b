// Reflective listening (exercise "reflective-listening"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct ListeningState {
};

nlohmann::json ListeningToJson(const ListeningState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void ListeningFromJson(const nlohmann::json& j, ListeningState& out);

}  // namespace core
