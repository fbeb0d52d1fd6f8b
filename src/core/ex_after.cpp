// After an argument: logic and JSON.
#include "core/ex_after.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json AfterArgumentToJson(const AfterArgumentState& s) { return json::object(); }

void AfterArgumentFromJson(const json& j, AfterArgumentState& out) { out = AfterArgumentState{}; }

}  // namespace core
