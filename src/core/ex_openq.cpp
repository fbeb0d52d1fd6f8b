// Open-ended questions: logic and JSON.
#include "core/ex_openq.h"

#include <nlohmann/json.hpp>

#include "core/jsonread.h"

namespace core {

using nlohmann::json;

json OpenQuestionsToJson(const OpenQuestionsState& s) { return json::object(); }

void OpenQuestionsFromJson(const json& j, OpenQuestionsState& out) { out = OpenQuestionsState{}; }

}  // namespace core
