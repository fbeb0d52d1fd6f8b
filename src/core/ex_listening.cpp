// Reflective listening: logic and JSON.
#include "core/ex_listening.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json ListeningToJson(const ListeningState& s) { return json::object(); }

void ListeningFromJson(const json& j, ListeningState& out) { out = ListeningState{}; }

}  // namespace core
