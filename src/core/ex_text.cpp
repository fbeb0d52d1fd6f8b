// The exercises' words from the guide's file, checked against what the app keeps inside (ids, kinds).
#include "core/ex_text.h"

#include <nlohmann/json.hpp>

#include "core/content.h"
#include "core/ex_listening.h"
#include "core/ex_openq.h"

namespace core {

using nlohmann::json;

namespace {

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
  bool Field(const json& obj, const char* key, const std::string& at, std::string& out) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      Error(at + "." + key, "is missing");
      return false;
    }
    return Text(*it, at + "." + key, out);
  }
  // The list under `key` of objects with an "id"; calls each(index in the app, item, where) for each.
  template <typename FindFn, typename EachFn>
  void List(const json& j, const char* key, size_t count, FindFn find, EachFn each) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_array()) {
      Error(key, "is missing");
      return;
    }
    std::vector<bool> seen(count, false);
    for (size_t i = 0; i < it->size(); ++i) {
      const json& item = (*it)[i];
      std::string at = std::string(key) + "[" + std::to_string(i) + "]";
      auto id = item.is_object() ? item.find("id") : item.end();
      if (!item.is_object() || id == item.end() || !id->is_string()) {
        Error(at + ".id", "is missing");
        continue;
      }
      const std::string& name = id->get_ref<const std::string&>();
      int index = find(name);
      if (index < 0) {
        Error(at + ".id", "'" + name + "' is not one the app knows");
        continue;
      }
      if (seen[static_cast<size_t>(index)]) {
        Error(at + ".id", "'" + name + "' comes twice");
        continue;
      }
      seen[static_cast<size_t>(index)] = true;
      each(static_cast<size_t>(index), item, at);
    }
    for (size_t i = 0; i < count; ++i)
      if (!seen[i]) Error(key, "has no entry for '" + IdAt(key, i) + "'");
  }
  static std::string IdAt(const char* key, size_t i) {
    return std::string(key) == "listening" ? Scenarios()[i].id : ClosedQuestions()[i].id;
  }
};

}  // namespace

bool ParseExerciseText(const json& j, const std::string& file, ExerciseText& out, std::vector<ContentError>& errors) {
  Reader r{file, errors};
  if (!j.is_object()) {
    r.Error("exercises", "must be an object");
    return false;
  }
  ExerciseText t;
  const auto& scenarios = Scenarios();
  t.listening.resize(scenarios.size());
  r.List(j, "listening", scenarios.size(), FindScenario, [&](size_t index, const json& item, const std::string& at) {
    const Scenario& sc = scenarios[index];
    ScenarioText& st = t.listening[index];
    r.Field(item, "says", at, st.says);
    auto replies = item.find("replies");
    if (replies == item.end() || !replies->is_array() || replies->size() != sc.replies.size()) {
      r.Error(at + ".replies", "must list " + std::to_string(sc.replies.size()) + " replies");
      return;
    }
    for (size_t k = 0; k < sc.replies.size(); ++k) {
      const json& pair = (*replies)[k];
      std::string where = at + ".replies[" + std::to_string(k) + "]";
      if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string()) {
        r.Error(where, "must be [kind, text]");
        continue;
      }
      const char* want = ReplyKindKey(sc.replies[k].kind);
      if (pair[0].get_ref<const std::string&>() != want) {
        r.Error(where, "is '" + pair[0].get<std::string>() + "' but the app has '" + want +
                           "' here (saved answers keep each reply's place)");
        continue;
      }
      std::string text;
      if (r.Text(pair[1], where, text)) st.replies.push_back(std::move(text));
    }
  });
  const auto& questions = ClosedQuestions();
  t.openq.resize(questions.size());
  auto find_question = [&](const std::string& id) {
    const ClosedQuestion* q = FindClosedQuestion(id);
    return q ? static_cast<int>(q - questions.data()) : -1;
  };
  r.List(j, "open_questions", questions.size(), find_question, [&](size_t index, const json& item, const std::string& at) {
    QuestionText& q = t.openq[index];
    r.Field(item, "closed", at, q.closed);
    r.Field(item, "open", at, q.open);
    r.Field(item, "answer", at, q.answer);
  });
  if (!r.ok) return false;
  out = std::move(t);
  return true;
}

}  // namespace core
