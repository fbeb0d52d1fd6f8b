// Interdependence check: logic and JSON.
#include "core/ex_interdep.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json InterdependenceToJson(const InterdependenceState& s) { return json::object(); }

void InterdependenceFromJson(const json& j, InterdependenceState& out) { out = InterdependenceState{}; }

}  // namespace core
