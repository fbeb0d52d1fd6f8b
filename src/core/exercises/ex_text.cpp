// The exercises' words from the guide's file, checked against what the app keeps inside (ids, kinds).
#include "core/exercises/ex_text.h"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>

#include "core/exercises/open-questions.h"
#include "core/exercises/reflective-listening.h"
#include "core/guide/content.h"

namespace core {

using nlohmann::json;

namespace {

constexpr const char* kListening = "listening";
constexpr const char* kQuestions = "open_questions";
constexpr const char* kCoachWords = "coach_words";
constexpr const char* kDecks = "decks";
constexpr const char* kIdeas = "ideas";
constexpr const char* kCloseness = "closeness";
constexpr const char* kRepair = "repair";

bool WordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '-'; }

struct Reader {
  const std::string& file;
  std::vector<ContentError>& errors;
  bool ok = true;
  void Error(const std::string& field, const std::string& message) {
    errors.push_back({file, "", field, message});
    ok = false;
  }
  // A piece of text: a string, not empty, not too long.
  bool Text(const json& value, const std::string& field, std::string& out) {
    if (!value.is_string()) {
      Error(field, "must be text");
      return false;
    }
    const std::string& s = value.get_ref<const std::string&>();
    if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
      Error(field, "is empty");
      return false;
    }
    if (s.size() > kExerciseTextMax) {
      Error(field, "is longer than " + std::to_string(kExerciseTextMax) + " bytes");
      return false;
    }
    out = s;
    return true;
  }
  // Each id the app knows must come exactly once: `index` is where the app has it (-1 = nowhere),
  // `seen` marks them; returns the index, or -1 for an unknown id or one seen before.
  int Once(int index, const std::string& id, const std::string& field, std::vector<char>& seen,
           const char* known = "one the app knows") {
    if (index < 0) {
      Error(field, "'" + id + "' is not " + known);
    } else if (seen[static_cast<size_t>(index)]) {
      Error(field, "'" + id + "' comes twice");
      index = -1;
    } else {
      seen[static_cast<size_t>(index)] = true;
    }
    return index;
  }
  // Names each id the app knows that `seen` did not mark.
  void Missing(const std::string& field, const std::vector<char>& seen, const char* (*id)(size_t)) {
    for (size_t i = 0; i < seen.size(); ++i)
      if (!seen[i]) Error(field, "has no entry for '" + std::string(id(i)) + "'");
  }
};

// Where `x` sits in `v` (an entry of Decks(), a deck's cards, Ideas()), or -1.
template <class T>
int IndexIn(const std::vector<T>& v, const T& x) {
  std::less<const T*> before;
  if (v.empty() || before(&x, v.data()) || !before(&x, v.data() + v.size())) return -1;
  return static_cast<int>(&x - v.data());
}

int QuestionIndex(const std::string& id) {
  const ClosedQuestion* q = FindClosedQuestion(id);
  return q ? IndexIn(ClosedQuestions(), *q) : -1;
}

int DeckIndex(const std::string& id) {
  const Deck* d = FindDeck(id);
  return d ? IndexIn(Decks(), *d) : -1;
}

int IdeaIndex(const std::string& id) {
  const Idea* i = FindIdea(id);
  return i ? IndexIn(Ideas(), *i) : -1;
}

// The lists of texts in the compact form: {id: [text, ...]}, each entry with as many pieces as the
// app needs, in the app's order (a deck: its title, its line, then each card's text in Decks() order).
struct TextList {
  const char* key;
  size_t (*count)();
  int (*find)(const std::string& id);  // its index, or -1
  const char* (*id)(size_t index);
  size_t (*pieces)(size_t index);
};
enum { kListeningList, kQuestionList, kDeckList, kIdeaList, kLists };
constexpr TextList kTextLists[kLists] = {  // constant: read during other files' static set-up
    {kListening, [] { return Scenarios().size(); }, [](const std::string& id) { return FindScenario(id); },
     [](size_t i) { return Scenarios()[i].id; }, [](size_t i) { return 1 + Scenarios()[i].replies.size(); }},
    {kQuestions, [] { return ClosedQuestions().size(); }, QuestionIndex, [](size_t i) { return ClosedQuestions()[i].id; },
     [](size_t) { return size_t{3}; }},
    {kDecks, [] { return Decks().size(); }, DeckIndex, [](size_t i) { return Decks()[i].id; },
     [](size_t i) { return 2 + Decks()[i].cards.size(); }},
    {kIdeas, [] { return Ideas().size(); }, IdeaIndex, [](size_t i) { return Ideas()[i].id; }, [](size_t) { return size_t{2}; }},
};

// The id of a writers' entry (an object with an "id" text), or "" after naming the problem.
std::string EntryId(Reader& r, const json& item, const std::string& at) {
  auto id = item.is_object() ? item.find("id") : item.end();
  if (!item.is_object() || id == item.end() || !id->is_string() || id->get_ref<const std::string&>().empty()) {
    r.Error(at + ".id", "is missing");
    return "";
  }
  return id->get<std::string>();
}

// A writers' entry's piece of text, checked as the app will check it.
bool EntryText(Reader& r, const json& item, const char* key, const std::string& at, json& out) {
  auto f = item.find(key);
  if (f == item.end()) {
    r.Error(at + "." + key, "is missing");
    return false;
  }
  std::string s;
  if (!r.Text(*f, at + "." + key, s)) return false;
  out = std::move(s);
  return true;
}

// "decks": [{"id", "title", "line", "cards": [{"id", "level", "text"}]}] -> {id: [title, line, text...]},
// the cards' texts in the app's order (the app knows each card by its place there).
void CompactDecks(const json& j, Reader& r, json& compact) {
  auto decks = j.find(kDecks);
  if (decks == j.end() || !decks->is_array()) {
    r.Error(kDecks, "is missing");
    return;
  }
  json& to = compact[kDecks] = json::object();
  std::vector<char> seen(Decks().size(), false);
  for (size_t i = 0; i < decks->size(); ++i) {
    const json& item = (*decks)[i];
    std::string id = EntryId(r, item, std::string(kDecks) + "[" + std::to_string(i) + "]");
    if (id.empty()) continue;
    std::string at = std::string(kDecks) + "." + id;
    int index = r.Once(DeckIndex(id), id, at, seen, "a deck the app knows");
    if (index < 0) continue;
    const Deck& deck = Decks()[static_cast<size_t>(index)];
    json words = json::array({nullptr, nullptr});
    EntryText(r, item, "title", at, words[0]);
    EntryText(r, item, "line", at, words[1]);
    auto list = item.find("cards");
    if (list == item.end() || !list->is_array()) {
      r.Error(at + ".cards", "must be a list of cards");
      continue;
    }
    std::vector<char> have(deck.cards.size(), false);
    std::vector<json> cards(deck.cards.size());
    for (size_t k = 0; k < list->size(); ++k) {
      const json& card = (*list)[k];
      std::string cid = EntryId(r, card, at + ".cards[" + std::to_string(k) + "]");
      if (cid.empty()) continue;
      std::string cat = at + ".cards." + cid;
      const Card* known = FindCard(deck, cid);
      int c = r.Once(known ? IndexIn(deck.cards, *known) : -1, cid, cat, have,
                     ("a card the app knows in '" + id + "'").c_str());
      if (c < 0) continue;
      const char* want = LevelKey(deck.cards[static_cast<size_t>(c)].level);
      auto level = card.find("level");
      if (level == card.end() || !level->is_string()) {
        r.Error(cat + ".level", std::string("is missing (the app has '") + want + "')");
      } else if (level->get_ref<const std::string&>() != want) {
        r.Error(cat + ".level", "is '" + level->get<std::string>() + "' but the app has '" + want +
                                    "' (drawing by level happens before the words come)");
      }
      EntryText(r, card, "text", cat, cards[static_cast<size_t>(c)]);
    }
    for (size_t c = 0; c < have.size(); ++c)
      if (!have[c]) r.Error(at + ".cards", "has no entry for '" + std::string(deck.cards[c].id) + "'");
    for (json& text : cards) words.push_back(std::move(text));
    to[id] = std::move(words);
  }
  r.Missing(kDecks, seen, kTextLists[kDeckList].id);
}

// "ideas": [{"id", "title", "line"}] -> {id: [title, line]}
void CompactIdeas(const json& j, Reader& r, json& compact) {
  auto ideas = j.find(kIdeas);
  if (ideas == j.end() || !ideas->is_array()) {
    r.Error(kIdeas, "is missing");
    return;
  }
  json& to = compact[kIdeas] = json::object();
  std::vector<char> seen(Ideas().size(), false);
  for (size_t i = 0; i < ideas->size(); ++i) {
    const json& item = (*ideas)[i];
    std::string id = EntryId(r, item, std::string(kIdeas) + "[" + std::to_string(i) + "]");
    if (id.empty()) continue;
    std::string at = std::string(kIdeas) + "." + id;
    if (r.Once(IdeaIndex(id), id, at, seen, "an idea the app knows") < 0) continue;
    json words = json::array({nullptr, nullptr});
    EntryText(r, item, "title", at, words[0]);
    EntryText(r, item, "line", at, words[1]);
    to[id] = std::move(words);
  }
  r.Missing(kIdeas, seen, kTextLists[kIdeaList].id);
}

// "closeness": {"source", "sets": [{"id": "set-1", "title", "line", "questions": [text, ...]}, ...]} ->
// {"source": text, "sets": [[title, line, question, ...], ...]}. The sets come in order (a session in
// progress keeps its place by set and question number), each with exactly kClosenessPerSet questions.
void CompactCloseness(const json& j, Reader& r, json& compact) {
  auto c = j.find(kCloseness);
  if (c == j.end() || !c->is_object()) {
    r.Error(kCloseness, "is missing");
    return;
  }
  json to = {{"source", nullptr}, {"sets", json::array()}};
  EntryText(r, *c, "source", kCloseness, to["source"]);
  auto sets = c->find("sets");
  if (sets == c->end() || !sets->is_array() || sets->size() != static_cast<size_t>(kClosenessSets)) {
    r.Error(std::string(kCloseness) + ".sets", "must list " + std::to_string(kClosenessSets) + " sets");
    return;
  }
  for (size_t i = 0; i < sets->size(); ++i) {
    const json& set = (*sets)[i];
    std::string want = "set-" + std::to_string(i + 1);
    std::string id = EntryId(r, set, std::string(kCloseness) + ".sets[" + std::to_string(i) + "]");
    if (id.empty()) continue;
    std::string at = std::string(kCloseness) + "." + want;
    if (id != want) {
      r.Error(std::string(kCloseness) + ".sets[" + std::to_string(i) + "].id",
              "is '" + id + "' but must be '" + want + "' (the sets go in order, from light to most personal)");
      continue;
    }
    json words = json::array({nullptr, nullptr});
    EntryText(r, set, "title", at, words[0]);
    EntryText(r, set, "line", at, words[1]);
    auto qs = set.find("questions");
    if (qs == set.end() || !qs->is_array() || qs->size() != static_cast<size_t>(kClosenessPerSet)) {
      std::string has = qs != set.end() && qs->is_array() ? " (it has " + std::to_string(qs->size()) + ")" : "";
      r.Error(at + ".questions", "must list " + std::to_string(kClosenessPerSet) + " questions" + has);
      continue;
    }
    for (size_t q = 0; q < qs->size(); ++q) {
      std::string text;
      if (r.Text((*qs)[q], at + ".questions[" + std::to_string(q) + "]", text)) words.push_back(text);
    }
    to["sets"].push_back(std::move(words));
  }
  compact[kCloseness] = std::move(to);
}

// The compact form, as the app reads it: the source and kClosenessSets sets of 2 + kClosenessPerSet texts.
void ParseCloseness(const json& j, Reader& r, ClosenessText& out) {
  auto c = j.find(kCloseness);
  if (c == j.end() || !c->is_object()) {
    r.Error(kCloseness, "is missing");
    return;
  }
  auto source = c->find("source");
  if (source == c->end()) r.Error(std::string(kCloseness) + ".source", "is missing");
  else r.Text(*source, std::string(kCloseness) + ".source", out.source);
  auto sets = c->find("sets");
  if (sets == c->end() || !sets->is_array() || sets->size() != static_cast<size_t>(kClosenessSets)) {
    r.Error(std::string(kCloseness) + ".sets", "must list " + std::to_string(kClosenessSets) + " sets");
    return;
  }
  const size_t want = 2 + static_cast<size_t>(kClosenessPerSet);
  for (size_t i = 0; i < sets->size(); ++i) {
    const json& set = (*sets)[i];
    std::string at = std::string(kCloseness) + ".sets[" + std::to_string(i) + "]";
    if (!set.is_array() || set.size() != want) {
      r.Error(at, "must list " + std::to_string(want) + " pieces of text");
      continue;
    }
    ClosenessSetText t;
    r.Text(set[0], at + "[0]", t.title);
    r.Text(set[1], at + "[1]", t.line);
    t.questions.resize(static_cast<size_t>(kClosenessPerSet));
    for (size_t q = 0; q < t.questions.size(); ++q) r.Text(set[2 + q], at + "[" + std::to_string(2 + q) + "]", t.questions[q]);
    out.sets.push_back(std::move(t));
  }
}

// The repair toolkit's sources: a list of references, each a piece of text.
void RepairSources(Reader& r, const json& part, const std::string& at, RepairText& t) {
  auto list = part.find("sources");
  if (list == part.end() || !list->is_array() || list->empty()) {
    r.Error(at + ".sources", "must be a list of full references");
    return;
  }
  for (size_t i = 0; i < list->size(); ++i) {
    std::string text;
    if (r.Text((*list)[i], at + ".sources[" + std::to_string(i) + "]", text)) t.sources.push_back(std::move(text));
  }
}

// The toolkit's own rules (core::RepairTextProblems), each named under `at`.
void RepairRules(Reader& r, const std::string& at, const RepairText& t) {
  for (const std::string& problem : RepairTextProblems(t)) r.Error(at, problem);
}

// What the writers' and the compact "repair" share: the part, its sources (into `t`) and its list of
// groups, or null (with the problem named) when the part or its groups are missing.
const json* RepairGroups(const json& j, Reader& r, RepairText& t) {
  auto part = j.find(kRepair);
  if (part == j.end() || !part->is_object()) {
    r.Error(kRepair, "is missing");
    return nullptr;
  }
  RepairSources(r, *part, kRepair, t);
  auto groups = part->find("groups");
  if (groups == part->end() || !groups->is_array()) {
    r.Error(std::string(kRepair) + ".groups", "must be a list of groups");
    return nullptr;
  }
  return &*groups;
}

// The writers' "repair": {"sources": [...], "groups": [{"id", "title", "phrases": [{"id", "text"}]}]}
// -> {"sources": [...], "groups": [[id, title, phrase id, phrase text, ...], ...]}, in the written order.
void CompactRepair(const json& j, Reader& r, json& compact) {
  RepairText t;
  const json* groups = RepairGroups(j, r, t);
  if (!groups) return;
  json out = json::array();
  for (size_t i = 0; i < groups->size(); ++i) {
    const json& item = (*groups)[i];
    RepairGroup g;
    g.id = EntryId(r, item, std::string(kRepair) + ".groups[" + std::to_string(i) + "]");
    if (g.id.empty()) continue;
    std::string at = std::string(kRepair) + ".groups." + g.id;
    json words = json::array({g.id, nullptr});
    if (EntryText(r, item, "title", at, words[1])) g.title = words[1].get<std::string>();
    auto list = item.find("phrases");
    if (list == item.end() || !list->is_array()) {
      r.Error(at + ".phrases", "must be a list of phrases");
      continue;
    }
    for (size_t k = 0; k < list->size(); ++k) {
      const json& phrase = (*list)[k];
      RepairPhrase p;
      p.id = EntryId(r, phrase, at + ".phrases[" + std::to_string(k) + "]");
      if (p.id.empty()) continue;
      json text;
      if (!EntryText(r, phrase, "text", at + ".phrases." + p.id, text)) continue;
      p.text = text.get<std::string>();
      words.push_back(p.id);
      words.push_back(p.text);
      g.phrases.push_back(std::move(p));
    }
    t.groups.push_back(std::move(g));
    out.push_back(std::move(words));
  }
  RepairRules(r, kRepair, t);
  compact[kRepair] = json{{"sources", t.sources}, {"groups", std::move(out)}};
}

// The compact "repair" part, as the app reads it.
void ParseRepair(const json& j, Reader& r, RepairText& out) {
  RepairText t;
  const json* groups = RepairGroups(j, r, t);
  if (!groups) return;
  for (size_t i = 0; i < groups->size(); ++i) {
    const json& item = (*groups)[i];
    std::string at = std::string(kRepair) + ".groups[" + std::to_string(i) + "]";
    if (!item.is_array() || item.size() < 2 || item.size() % 2 != 0) {
      r.Error(at, "must be [id, title, phrase id, phrase text, ...]");
      continue;
    }
    RepairGroup g;
    bool ok = r.Text(item[0], at + "[0]", g.id) & r.Text(item[1], at + "[1]", g.title);
    for (size_t k = 2; k + 1 < item.size(); k += 2) {
      RepairPhrase p;
      ok &= r.Text(item[k], at + "[" + std::to_string(k) + "]", p.id) &
            r.Text(item[k + 1], at + "[" + std::to_string(k + 1) + "]", p.text);
      g.phrases.push_back(std::move(p));
    }
    if (ok) t.groups.push_back(std::move(g));
  }
  RepairRules(r, kRepair, t);
  out = std::move(t);
}

}  // namespace

const DeckText* WordsOf(const ExerciseText& t, const Deck& d) {
  int i = IndexIn(Decks(), d);
  return i < 0 || static_cast<size_t>(i) >= t.decks.size() ? nullptr : &t.decks[static_cast<size_t>(i)];
}

const std::string* WordsOf(const ExerciseText& t, const Deck& d, const Card& c) {
  const DeckText* dt = WordsOf(t, d);
  int i = IndexIn(d.cards, c);
  return !dt || i < 0 || static_cast<size_t>(i) >= dt->cards.size() ? nullptr : &dt->cards[static_cast<size_t>(i)];
}

const IdeaText* WordsOf(const ExerciseText& t, const Idea& idea) {
  int i = IndexIn(Ideas(), idea);
  return i < 0 || static_cast<size_t>(i) >= t.ideas.size() ? nullptr : &t.ideas[static_cast<size_t>(i)];
}

bool CompactExerciseText(const json& j, const std::string& file, json& out, std::vector<ContentError>& errors) {
  Reader r{file, errors};
  if (!j.is_object()) {
    r.Error("exercises", "must be an object");
    return false;
  }
  json compact = json::object();
  for (const char* list : {kListening, kQuestions}) {
    auto it = j.find(list);
    if (it == j.end() || !it->is_array()) {
      r.Error(list, "is missing");
      continue;
    }
    json& to = compact[list] = json::object();
    const TextList& tl = kTextLists[list == kListening ? kListeningList : kQuestionList];
    std::vector<char> seen(tl.count(), false);
    for (size_t i = 0; i < it->size(); ++i) {
      const json& item = (*it)[i];
      std::string at = std::string(list) + "[" + std::to_string(i) + "]";
      auto id = item.is_object() ? item.find("id") : item.end();
      if (!item.is_object() || id == item.end() || !id->is_string()) {
        r.Error(at + ".id", "is missing");
        continue;
      }
      int index = r.Once(tl.find(id->get<std::string>()), id->get<std::string>(), at + ".id", seen);
      if (index < 0) continue;
      json words = json::array();
      auto field = [&](const char* key) {
        auto f = item.find(key);
        if (f == item.end()) r.Error(at + "." + key, "is missing");
        else words.push_back(*f);
      };
      if (list == kQuestions) {
        for (const char* key : {"closed", "open", "answer"}) field(key);
      } else {
        field("says");
        const Scenario& sc = Scenarios()[static_cast<size_t>(index)];
        auto replies = item.find("replies");
        if (replies == item.end() || !replies->is_array() || replies->size() != sc.replies.size()) {
          r.Error(at + ".replies", "must list " + std::to_string(sc.replies.size()) + " replies");
          continue;
        }
        for (size_t k = 0; k < sc.replies.size(); ++k) {
          const json& pair = (*replies)[k];
          std::string where = at + ".replies[" + std::to_string(k) + "]";
          const char* want = ReplyKindKey(sc.replies[k].kind);
          if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string()) {
            r.Error(where, "must be [kind, text]");
          } else if (pair[0].get_ref<const std::string&>() != want) {
            r.Error(where, "is '" + pair[0].get<std::string>() + "' but the app has '" + want +
                               "' here (saved answers keep each reply's place)");
          } else {
            words.push_back(pair[1]);
          }
        }
      }
      to[id->get<std::string>()] = std::move(words);
    }
    r.Missing(list, seen, tl.id);
  }
  // Each list: lines of words (or one line), joined with single spaces; the words are checked on reading.
  auto words = j.find(kCoachWords);
  if (words == j.end() || !words->is_object()) {
    r.Error(kCoachWords, "is missing");
  } else {
    json& to = compact[kCoachWords] = json::object();
    for (auto it = words->begin(); it != words->end(); ++it) {
      json lines = it->is_string() ? json::array({*it}) : *it;
      std::string joined, at = std::string(kCoachWords) + "." + it.key();
      if (!lines.is_array()) r.Error(at, "must be lines of words");
      for (const json& line : lines) {
        if (!line.is_string()) {
          r.Error(at, "must be lines of words");
          break;
        }
        std::string word;
        for (char c : line.get<std::string>() + " ") {
          if (c != ' ' && c != '\t') {
            word += c;
          } else if (!word.empty()) {
            joined += (joined.empty() ? "" : " ") + word;
            word.clear();
          }
        }
      }
      to[it.key()] = joined;
    }
  }
  CompactDecks(j, r, compact);
  CompactIdeas(j, r, compact);
  CompactCloseness(j, r, compact);
  CompactRepair(j, r, compact);
  if (!r.ok) return false;
  out = std::move(compact);
  return true;
}

bool ParseExerciseText(const json& j, const std::string& file, ExerciseText& out, std::vector<ContentError>& errors) {
  Reader r{file, errors};
  if (!j.is_object()) {
    r.Error("exercises", "must be an object");
    return false;
  }
  ExerciseText t;
  std::vector<std::vector<std::string>> got[kLists];  // each list's entries, in the app's order
  for (size_t l = 0; l < kLists; ++l) {
    const TextList& list = kTextLists[l];
    auto it = j.find(list.key);
    if (it == j.end() || !it->is_object()) {
      r.Error(list.key, "is missing");
      continue;
    }
    std::vector<char> seen(list.count(), false);
    got[l].resize(list.count());
    for (auto item = it->begin(); item != it->end(); ++item) {
      std::string at = std::string(list.key) + "." + item.key();
      int index = r.Once(list.find(item.key()), item.key(), at, seen);
      if (index < 0) continue;
      const size_t want = list.pieces(static_cast<size_t>(index));
      if (!item->is_array() || item->size() != want) {
        r.Error(at, "must list " + std::to_string(want) + " pieces of text");
        continue;
      }
      std::vector<std::string>& words = got[l][static_cast<size_t>(index)];
      words.resize(want);
      for (size_t k = 0; k < want; ++k) r.Text((*item)[k], at + "[" + std::to_string(k) + "]", words[k]);
    }
    r.Missing(list.key, seen, list.id);
  }
  auto words = j.find(kCoachWords);
  if (words == j.end() || !words->is_object()) {
    r.Error(kCoachWords, "is missing");
  } else {
    for (auto it = words->begin(); it != words->end(); ++it) {
      std::string at = std::string(kCoachWords) + "." + it.key();
      size_t list = 0;
      while (list < kWordLists && it.key() != WordListKey(list)) ++list;
      if (list == kWordLists) {
        r.Error(at, "is not a list the coach uses");
        continue;
      }
      if (!it->is_string()) {
        r.Error(at, "must be one line of words");
        continue;
      }
      std::vector<std::string>& to = t.coach.lists[list];
      const std::string& line = it->get_ref<const std::string&>();
      size_t start = 0;
      while (start <= line.size()) {
        size_t end = std::min(line.find(' ', start), line.size());
        std::string word = line.substr(start, end - start);
        bool ok = !word.empty() && word.size() <= kCoachWordMax;
        for (char c : word) ok = ok && WordByte(c);
        if (!ok) {
          r.Error(at, word.empty() ? "has an empty word (one space between words)"
                                   : "has \"" + word.substr(0, kCoachWordMax) + "\", which is not a folded word");
          break;
        }
        to.push_back(std::move(word));
        start = end + 1;
      }
    }
    for (size_t list = 0; list < kWordLists; ++list)
      if (t.coach.lists[list].empty()) r.Error(std::string(kCoachWords) + "." + WordListKey(list), "is missing");
  }
  ParseCloseness(j, r, t.closeness);
  ParseRepair(j, r, t.repair);
  if (!r.ok) return false;
  for (auto& w : got[kListeningList]) t.listening.push_back({w[0], {w.begin() + 1, w.end()}});
  for (auto& w : got[kQuestionList]) t.openq.push_back({w[0], w[1], w[2]});
  for (auto& w : got[kDeckList]) t.decks.push_back({w[0], w[1], {w.begin() + 2, w.end()}});
  for (auto& w : got[kIdeaList]) t.ideas.push_back({w[0], w[1]});
  out = std::move(t);
  return true;
}

}  // namespace core
