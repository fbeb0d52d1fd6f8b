// Our ground rules: logic and JSON.
#include "core/ex_rules.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json GroundRulesToJson(const GroundRulesState& s) { return json::object(); }

void GroundRulesFromJson(const json& j, GroundRulesState& out) { out = GroundRulesState{}; }

}  // namespace core
