// Shared-experience ideas (exercise "shared-experiences"): forty-plus things to do together, by
// category, with filters (cost, time, in or out), and a record of what was tried and how it went. Each
// idea's words (title and line) come in the guide's file (core/exercises/ex_text.h, ExerciseText::ideas):
// the app keeps ids and what the filters need, so saved records and filters work before it has come.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core {

enum class IdeaCategory { Hobby, Novelty, Team, Home, Free };
enum class IdeaCost { Free, Low, Some };    // nothing; a little; a treat
enum class IdeaTime { Short, Evening, Day };  // under an hour; an evening; half a day or more
enum class IdeaPlace { In, Out };

inline constexpr int kIdeaCategoryCount = 5;
const char* CategoryName(IdeaCategory c);  // "A new hobby", "A novelty date", "A team project", "At home", "Free"

// Words shared by the screen and the printed worksheet.
inline constexpr const char* kIdeasIntro =
    "Doing something new together, even something small, brings back the feeling of discovering each other. Pick "
    "one that makes you both a little curious.";
inline constexpr const char* kIdeasAskHow = "How was it?";
inline constexpr const char* kIdeasHowLow = "not for us";
inline constexpr const char* kIdeasHowHigh = "loved it";

struct Idea {
  const char* id;  // stable: saved records refer to it
  IdeaCategory category;
  IdeaCost cost;
  IdeaTime time;
  IdeaPlace place;
};

const std::vector<Idea>& Ideas();  // at least 40, in the order shown (shared-experiences-list.cpp)
const Idea* FindIdea(const std::string& id);

struct IdeaFilter {
  int category = -1;  // IdeaCategory, -1 = any
  int max_cost = -1;  // IdeaCost: at most this, -1 = any
  int time = -1;      // IdeaTime, -1 = any
  int place = -1;     // IdeaPlace, -1 = any
  bool hide_tried = false;
};

struct IdeaRecord {
  bool tried = false;
  int rating = 0;         // 1..5 after trying, 0 = not rated
  double tried_ms = 0;
};

struct IdeasState {
  IdeaFilter filter;
  std::map<std::string, IdeaRecord> records;  // by idea id
};

std::vector<const Idea*> FilterIdeas(const IdeasState& s);
bool MarkTried(IdeasState& s, const std::string& id, bool tried, double now_ms);  // false for unknown ids
bool RateIdea(IdeasState& s, const std::string& id, int rating);                  // 1..5, only once tried
int TriedCount(const IdeasState& s);

nlohmann::json IdeasToJson(const IdeasState& s);
// Never throws: unknown ideas are dropped, bad fields keep their defaults.
void IdeasFromJson(const nlohmann::json& j, IdeasState& out);

}  // namespace core
