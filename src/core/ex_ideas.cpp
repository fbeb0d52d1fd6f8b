// Shared-experience ideas: logic and JSON.
#include "core/ex_ideas.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json IdeasToJson(const IdeasState& s) { return json::object(); }

void IdeasFromJson(const json& j, IdeasState& out) { out = IdeasState{}; }

}  // namespace core
