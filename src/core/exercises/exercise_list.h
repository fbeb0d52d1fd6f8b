// Every exercise, one row each. Adding an exercise is one row here plus its own files, named by its
// id: core/exercises/<id>.h/.cpp (state, logic, JSON) and ui/exercises/<id>.cpp (its screen).
//
//   X(id, Name, member, "Title", "One line for the Exercises list")
//
//   id      the exercise's one name outside the code: its address (#/exercise/<id>), its key in the
//           saved document ("exercises": {"<id>": ...}), its section for merging ("exercise:<id>")
//           its completions ({"id": "<id>"}) and its files' names
//   Name    the code's name: core's <Name>State, <Name>ToJson and <Name>FromJson (core/exercises/<id>.h),
//           and ui's DrawEx<Name> (ui/exercises/<id>.cpp)
//   member  its field in ExercisesState (core/exercises/exercises.h)
//
// Documents written before version 3 used short keys; core/store/persist.cpp's migration renames them.
#pragma once

#define HEARTH_EXERCISES(X)                                                                               \
  X("intimacy-map", IntimacyMap, map, "Intimacy map",                                                       \
    "Rate five kinds of closeness and see where you stand together.")                                       \
  X("daily-check-in", CheckIn, checkin, "Daily check-in",                                                   \
    "Ten guided minutes: the best and the hardest part of each day.")                                       \
  X("question-decks", Decks, decks, "Question decks", "Cards that start real talks, from light to deep.")  \
  X("i-statement-coach", Coach, coach, "I-statement coach",                                                 \
    "Turn a hard thought into words your partner can hear.")                                                \
  X("reflective-listening", Listening, listening, "Reflective listening",                                   \
    "Practice replies that show you heard, not fixed.")                                                     \
  X("open-questions", OpenQuestions, openq, "Open-ended questions",                                         \
    "Swap yes-or-no questions for ones that invite a story.")                                               \
  X("appreciation", Appreciation, appreciation, "Appreciation moments",                                     \
    "One line a day about something you valued.")                                                           \
  X("ground-rules", GroundRules, rules, "Our ground rules", "Agree how you argue, and your time-out signal.") \
  X("after-argument", AfterArgument, after, "After an argument",                                            \
    "Find the need under the fight, and a repair to offer.")                                                \
  X("repair-toolkit", RepairToolkit, repair, "Repair toolkit",                                              \
    "Short, kind words to reach for in the middle of a hard talk.")                                         \
  X("ritual-planner", Rituals, rituals, "Ritual planner", "Pick small rituals and put them in your calendar.") \
  X("closeness-fears", Fears, fears, "When closeness feels scary", "A gentle look at what makes closeness hard.") \
  X("interdependence", Interdependence, interdep, "Interdependence check",                                  \
    "Close and still yourself: a check on balance.")                                                        \
  X("shared-experiences", Ideas, ideas, "Shared-experience ideas",                                          \
    "Forty-plus ideas for new things to do together.")                                                    \
  X("closeness-session", Closeness, closeness, "Getting closer in 45 minutes",                             \
    "Three sets of questions, taken in turns, that grow more personal.")
