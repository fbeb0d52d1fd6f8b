// The words of some exercises come in the guide's file (guide.<hash>.json, fetched after the first
// frame), not inside the app: the listening scenarios, the open-questions list, the coach's word
// lists (core/exercises/i-statement-coach-words.h), the question decks and the shared-experience ideas.
// What the app needs to check saved progress at start-up stays inside it (each scenario's id and the
// kind of each reply, each question's id, each deck's and card's id and each card's level, each idea's
// id and what its filters need), so saved answers are kept whether or not the file has come. The text
// lives in content/exercises.json; the build checks it against those ids, kinds and levels, and so
// does the app when the file arrives.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/exercises/closeness-session.h"
#include "core/exercises/i-statement-coach-words.h"
#include "core/exercises/question-decks.h"
#include "core/exercises/repair-toolkit.h"
#include "core/exercises/shared-experiences.h"

namespace core {

struct ContentError;  // content.h

struct ScenarioText {
  std::string says;                  // what the partner says
  std::vector<std::string> replies;  // in the order of Scenarios()[i].replies (the same kinds)
};

struct QuestionText {
  std::string closed;  // "Did you have a good day?"
  std::string open;    // one good open version
  std::string answer;  // what an answer to the open version might sound like
};

struct DeckText {
  std::string title;               // "Story swap"
  std::string line;                // one line about the deck
  std::vector<std::string> cards;  // each card's text, in the order of Decks()[i].cards
};

struct IdeaText {
  std::string title;  // "Take a pottery class"
  std::string line;   // one line about it
};

// The closeness session's words: the study it follows (one full reference), and its three sets, from light
// to most personal, each with a title, one line and kClosenessPerSet questions.
struct ClosenessSetText {
  std::string title;                   // "Light and easy"
  std::string line;                    // one line about the set
  std::vector<std::string> questions;  // kClosenessPerSet of them, in the order asked
};
struct ClosenessText {
  std::string source;                  // the full reference, shown on the screen
  std::vector<ClosenessSetText> sets;  // kClosenessSets of them once the file has come
};

struct ExerciseText {
  std::vector<ScenarioText> listening;  // one per Scenarios(), in its order
  std::vector<QuestionText> openq;      // one per ClosedQuestions(), in its order
  CoachWords coach;                     // the coach's word lists (installed for the analyser on arrival)
  std::vector<DeckText> decks;          // one per Decks(), in its order
  std::vector<IdeaText> ideas;          // one per Ideas(), in its order
  ClosenessText closeness;              // the closeness session's source and question sets
  RepairText repair;                    // the repair toolkit's groups of phrases and its sources
  bool Ready() const {
    return !listening.empty() && !openq.empty() && coach.Ready() && !decks.empty() && !ideas.empty() &&
           closeness.sets.size() == static_cast<size_t>(kClosenessSets) && !repair.groups.empty();
  }
};

// The words of a deck (from Decks()), of one of its cards, of an idea (from Ideas()): nullptr until
// the file has come.
const DeckText* WordsOf(const ExerciseText& t, const Deck& d);
const std::string* WordsOf(const ExerciseText& t, const Deck& d, const Card& c);
const IdeaText* WordsOf(const ExerciseText& t, const Idea& i);

inline constexpr size_t kExerciseTextMax = 600;  // bytes in one piece of text

// content/exercises.json (the writers' form, with each reply's kind and each card's level) becomes the
// guide file's compact "exercises" part: {"listening": {id: [says, reply, ...]}, "open_questions": {id:
// [closed, open, answer]}, "coach_words": {list: "word word ..."}} (written as lines of words, shipped as
// one line per list), "decks": {id: [title, line, card text, ...]} (the cards in the app's order, known
// by their place), "ideas": {id: [title, line]}, "closeness": {"source": text, "sets": [[title, line,
// question, ...], ...]}, "repair": {"sources": [text, ...], "groups": [[id, title, phrase id, phrase
// text, ...], ...]}}. The writers' "closeness" has {"source", "sets": [{"id": "set-1", "title", "line",
// "questions": [...]}, ...]}: exactly kClosenessSets sets, in order, of exactly kClosenessPerSet questions,
// since a session in progress keeps its place by set and question number. The writers' "repair":
// {"sources", "groups": [{"id", "title", "phrases": [{"id", "text"}]}]}, in the order shown; the app knows
// none of these ids beforehand, so the toolkit's own rules are checked instead: core::RepairTextProblems.
// Every scenario, question, deck, card and idea the app knows must be there exactly once, each reply in
// the app's place of the app's kind (saved answers keep a reply's place) and each card of the app's
// level (drawing by level happens before the words come); a deck's, card's or idea's words may not be
// empty or longer than kExerciseTextMax. On any problem `out` is left as it was and each problem is
// added to `errors`, named by `file` and field (by id where it has one). (The build's content check.)
bool CompactExerciseText(const nlohmann::json& content, const std::string& file, nlohmann::json& out,
                         std::vector<ContentError>& errors);

// Reads the compact form, as the app does when the guide's file arrives: every scenario, question, deck,
// card and idea the app knows exactly once, with as many pieces of text as it needs (a scenario's says
// and one per reply), none empty or longer than kExerciseTextMax; the closeness session's source and its
// kClosenessSets sets of 2 + kClosenessPerSet pieces each; and every word list, each a line of words separated
// by one space, folded (a-z, 0-9, ' and -), none longer than kCoachWordMax. On any problem `out` is left
// as it was.
bool ParseExerciseText(const nlohmann::json& compact, const std::string& file, ExerciseText& out,
                       std::vector<ContentError>& errors);

}  // namespace core
