// Question decks (exercise "question-decks"): its saved state and logic. Pure C++17; the time is passed in.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace core {

struct DecksState {
};

nlohmann::json DecksToJson(const DecksState& s);
// Never throws: a missing or bad field keeps its default; anything else is kept.
void DecksFromJson(const nlohmann::json& j, DecksState& out);

}  // namespace core
