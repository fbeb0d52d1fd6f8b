// Daily check-in: logic and JSON.
#include "core/ex_checkin.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json CheckInToJson(const CheckInState& s) { return json::object(); }

void CheckInFromJson(const json& j, CheckInState& out) { out = CheckInState{}; }

}  // namespace core
