// Open-ended questions (exercise "open-questions"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct OpenQuestionsState {
};

nlohmann::json OpenQuestionsToJson(const OpenQuestionsState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void OpenQuestionsFromJson(const nlohmann::json& j, OpenQuestionsState& out);

}  // namespace core
