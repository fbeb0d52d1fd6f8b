// The exercises' words from the guide's file, checked against what the app keeps inside (ids, kinds).
#include "core/exercises/ex_text.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/exercises/open-questions.h"
#include "core/exercises/reflective-listening.h"
#include "core/guide/content.h"

namespace core {

using nlohmann::json;

namespace {

const char* kListening = "listening";
const char* kQuestions = "open_questions";
const char* kCoachWords = "coach_words";

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
  // Each id the app knows must come exactly once: `seen` marks them; returns the index or -1.
  int Id(const std::string& list, const std::string& id, const std::string& field, std::vector<bool>& seen) {
    int index = -1;
    if (list == kListening) {
      index = FindScenario(id);
    } else if (const ClosedQuestion* q = FindClosedQuestion(id)) {
      index = static_cast<int>(q - ClosedQuestions().data());
    }
    if (index < 0) {
      Error(field, "'" + id + "' is not one the app knows");
    } else if (seen[static_cast<size_t>(index)]) {
      Error(field, "'" + id + "' comes twice");
      index = -1;
    } else {
      seen[static_cast<size_t>(index)] = true;
    }
    return index;
  }
  void AllSeen(const std::string& list, const std::vector<bool>& seen) {
    for (size_t i = 0; i < seen.size(); ++i)
      if (!seen[i]) Error(list, "has no entry for '" + std::string(list == kListening ? Scenarios()[i].id : ClosedQuestions()[i].id) + "'");
  }
};

size_t Count(const std::string& list) { return list == kListening ? Scenarios().size() : ClosedQuestions().size(); }

}  // namespace

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
    std::vector<bool> seen(Count(list), false);
    for (size_t i = 0; i < it->size(); ++i) {
      const json& item = (*it)[i];
      std::string at = std::string(list) + "[" + std::to_string(i) + "]";
      auto id = item.is_object() ? item.find("id") : item.end();
      if (!item.is_object() || id == item.end() || !id->is_string()) {
        r.Error(at + ".id", "is missing");
        continue;
      }
      int index = r.Id(list, id->get<std::string>(), at + ".id", seen);
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
    r.AllSeen(list, seen);
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
  t.listening.resize(Scenarios().size());
  t.openq.resize(ClosedQuestions().size());
  for (const char* list : {kListening, kQuestions}) {
    auto it = j.find(list);
    if (it == j.end() || !it->is_object()) {
      r.Error(list, "is missing");
      continue;
    }
    std::vector<bool> seen(Count(list), false);
    for (auto item = it->begin(); item != it->end(); ++item) {
      std::string at = std::string(list) + "." + item.key();
      int index = r.Id(list, item.key(), at, seen);
      if (index < 0) continue;
      const size_t want = list == kQuestions ? 3 : 1 + Scenarios()[static_cast<size_t>(index)].replies.size();
      if (!item->is_array() || item->size() != want) {
        r.Error(at, "must list " + std::to_string(want) + " pieces of text");
        continue;
      }
      std::vector<std::string> words(want);
      for (size_t k = 0; k < want; ++k) r.Text((*item)[k], at + "[" + std::to_string(k) + "]", words[k]);
      if (list == kQuestions) {
        t.openq[static_cast<size_t>(index)] = {words[0], words[1], words[2]};
      } else {
        ScenarioText& st = t.listening[static_cast<size_t>(index)];
        st.says = words[0];
        st.replies.assign(words.begin() + 1, words.end());
      }
    }
    r.AllSeen(list, seen);
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
  if (!r.ok) return false;
  out = std::move(t);
  return true;
}

}  // namespace core
