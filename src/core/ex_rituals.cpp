// Ritual planner: logic and JSON.
#include "core/ex_rituals.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json RitualsToJson(const RitualsState& s) { return json::object(); }

void RitualsFromJson(const json& j, RitualsState& out) { out = RitualsState{}; }

}  // namespace core
