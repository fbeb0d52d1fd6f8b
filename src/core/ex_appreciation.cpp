// Appreciation moments: logic and JSON.
#include "core/ex_appreciation.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json AppreciationToJson(const AppreciationState& s) { return json::object(); }

void AppreciationFromJson(const json& j, AppreciationState& out) { out = AppreciationState{}; }

}  // namespace core
