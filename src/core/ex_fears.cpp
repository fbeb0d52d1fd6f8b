// When closeness feels scary: logic and JSON.
#include "core/ex_fears.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json FearsToJson(const FearsState& s) { return json::object(); }

void FearsFromJson(const json& j, FearsState& out) { out = FearsState{}; }

}  // namespace core
