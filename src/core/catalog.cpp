// The exercise catalogue. Titles and lines are Hearth's own words.
#include "core/catalog.h"

namespace core {

const std::vector<ExerciseInfo>& Exercises() {
  static const std::vector<ExerciseInfo> list = {
      {"intimacy-map", "Intimacy map", "Rate five kinds of closeness and see where you stand together."},
      {"daily-check-in", "Daily check-in", "Ten guided minutes: the best and the hardest part of each day."},
      {"question-decks", "Question decks", "Cards that start real talks, from light to deep."},
      {"i-statement-coach", "I-statement coach", "Turn a hard thought into words your partner can hear."},
      {"reflective-listening", "Reflective listening", "Practice replies that show you heard, not fixed."},
      {"open-questions", "Open-ended questions", "Swap yes-or-no questions for ones that invite a story."},
      {"appreciation", "Appreciation moments", "One line a day about something you valued."},
      {"ground-rules", "Our ground rules", "Agree how you argue, and your time-out signal."},
      {"after-argument", "After an argument", "Find the need under the fight, and a repair to offer."},
      {"ritual-planner", "Ritual planner", "Pick small rituals and put them in your calendar."},
      {"closeness-fears", "When closeness feels scary", "A gentle look at what makes closeness hard."},
      {"interdependence", "Interdependence check", "Close and still yourself: a check on balance."},
      {"shared-experiences", "Shared-experience ideas", "Forty-plus ideas for new things to do together."},
  };
  return list;
}

const ExerciseInfo* FindExercise(const std::string& id) {
  for (const auto& e : Exercises())
    if (id == e.id) return &e;
  return nullptr;
}

bool IsScreenTarget(const std::string& t) {
  return t == "timeout" || t == "progress" || t == "settings" || t == "exercises" || t == "guide";
}

}  // namespace core
