// Intimacy map: logic and JSON.
#include "core/ex_map.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json IntimacyMapToJson(const IntimacyMapState& s) { return json::object(); }

void IntimacyMapFromJson(const json& j, IntimacyMapState& out) { out = IntimacyMapState{}; }

}  // namespace core
