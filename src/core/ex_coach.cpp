// I-statement coach: logic and JSON.
#include "core/ex_coach.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json CoachToJson(const CoachState& s) { return json::object(); }

void CoachFromJson(const json& j, CoachState& out) { out = CoachState{}; }

}  // namespace core
