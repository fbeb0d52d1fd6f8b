// Reflective listening: the scenarios are well formed, the reply order is steady but shuffled,
// answers and reflections are kept, the score, the JSON, and no tells. The screen is in
// test_ui_reflective-listening.cpp. The words come in the guide's file (content/exercises.json): the data rules
// below read them from the copy the native build embeds, as the app would receive it.
#include <catch2/catch.hpp>
#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/base/text.h"
#include "core/exercises/reflective-listening.h"
#include "core/guide/content.h"
#include "support.h"

using namespace core;
using nlohmann::json;

// Each scenario with its words, from the guide's file the native build embeds (checked as the app
// checks it when the file arrives).
namespace written {
struct Reply {
  ReplyKind kind;
  std::string text;
};
struct Scenario {
  const char* id;
  std::string says;
  std::vector<Reply> replies;
};
const std::vector<Scenario>& Scenarios() {
  static const std::vector<Scenario> all = [] {
    Guide g;
    std::vector<ContentError> errors;
    bool ok = ParseBundle(platform::NativeGuideFile(), g, errors);
    if (!ok || g.exercises.listening.size() != core::Scenarios().size()) {
      for (const auto& e : errors) std::cerr << e.ToString() << "\n";
      std::abort();
    }
    std::vector<Scenario> out;
    for (size_t i = 0; i < core::Scenarios().size(); ++i) {
      const core::Scenario& sc = core::Scenarios()[i];
      const ScenarioText& t = g.exercises.listening[i];
      Scenario x{sc.id, t.says, {}};
      for (size_t k = 0; k < sc.replies.size(); ++k) x.replies.push_back({sc.replies[k].kind, t.replies.at(k)});
      out.push_back(std::move(x));
    }
    return out;
  }();
  return all;
}
}  // namespace written

TEST_CASE("at least 30 scenarios, each with four replies: one of each kind", "[ex][listening]") {
  using written::Reply, written::Scenario, written::Scenarios;
  REQUIRE(Scenarios().size() >= 30);
  std::set<std::string> ids, says;
  for (const Scenario& sc : Scenarios()) {
    INFO(sc.id);
    CHECK(ids.insert(sc.id).second);
    CHECK(says.insert(sc.says).second);
    CHECK(std::string(sc.says).size() > 15);
    CHECK(sc.replies.size() == 4);
    int reflective = 0;
    std::set<ReplyKind> kinds;
    std::set<std::string> texts;
    for (const Reply& r : sc.replies) {
      reflective += r.kind == ReplyKind::Reflective ? 1 : 0;
      kinds.insert(r.kind);
      CHECK(texts.insert(r.text).second);
    }
    CHECK(reflective == 1);
    CHECK(kinds.size() == sc.replies.size());  // one of each kind: each teaches something different
    CHECK(FindScenario(sc.id) >= 0);
  }
  CHECK(FindScenario("no-such") == -1);
  for (ReplyKind k : {ReplyKind::Reflective, ReplyKind::Fixing, ReplyKind::Dismissing, ReplyKind::Defensive}) {
    CHECK(std::string(ReplyKindName(k)).size() > 3);
    CHECK(std::string(ReplyWhy(k)).size() > 40);
  }
}

TEST_CASE("reply order is a steady permutation, and the reflective reply moves around", "[ex][listening]") {
  for (unsigned seed : {1u, 7u, 123456789u}) {
    std::set<int> positions;
    for (size_t i = 0; i < Scenarios().size(); ++i) {
      std::vector<int> o = ReplyOrder(i, seed);
      CHECK(o == ReplyOrder(i, seed));  // the same every time
      std::vector<int> sorted = o;
      std::sort(sorted.begin(), sorted.end());
      std::vector<int> want;
      for (size_t k = 0; k < Scenarios()[i].replies.size(); ++k) want.push_back(static_cast<int>(k));
      CHECK(sorted == want);
      for (size_t pos = 0; pos < o.size(); ++pos)
        if (Scenarios()[i].replies[static_cast<size_t>(o[pos])].kind == ReplyKind::Reflective)
          positions.insert(static_cast<int>(pos));
    }
    CHECK(positions.size() >= 3);  // not always in the same place
  }
  bool differs = false;  // another seed gives another order somewhere
  for (size_t i = 0; i < Scenarios().size(); ++i) differs |= ReplyOrder(i, 1) != ReplyOrder(i, 2);
  CHECK(differs);
  CHECK(ReplyOrder(Scenarios().size(), 1).empty());
}

TEST_CASE("answers, the score, the next scenario and reflections", "[ex][listening]") {
  ListeningState s;
  EnsureSeed(s, 1795396800123.0);
  CHECK(s.seed != 0);
  unsigned seed = s.seed;
  EnsureSeed(s, 5);
  CHECK(s.seed == seed);
  CHECK(Score(s).answers == 0);
  const Scenario& first = Scenarios()[0];
  int reflective = -1, other = -1;
  for (size_t k = 0; k < first.replies.size(); ++k)
    (first.replies[k].kind == ReplyKind::Reflective ? reflective : other) = static_cast<int>(k);
  CHECK_FALSE(RecordAnswer(s, 9, 1000));
  CHECK_FALSE(RecordAnswer(s, -1, 1000));
  REQUIRE(RecordAnswer(s, other, 1000));
  CHECK(s.picked == other);
  REQUIRE(RecordAnswer(s, reflective, 2000));
  const ListeningAnswer* last = LastAnswer(s, first.id);
  REQUIRE(last);
  CHECK(last->reflective);
  CHECK(last->at_ms == 2000);
  ListeningScore sc = Score(s);
  CHECK(sc.answers == 2);
  CHECK(sc.reflective == 1);
  CHECK(sc.scenarios_tried == 1);
  CHECK(sc.recent == 2);

  s.draft = "   ";
  CHECK_FALSE(SaveReflection(s));
  s.draft = "  So what I'm hearing is that work is too much right now. ";
  REQUIRE(SaveReflection(s));
  REQUIRE(FindReflection(s, first.id));
  CHECK(FindReflection(s, first.id)->text == "So what I'm hearing is that work is too much right now.");
  s.draft = "Second try";
  REQUIRE(SaveReflection(s));
  CHECK(s.reflections.size() == 1);  // one per scenario: the latest
  NextScenario(s);
  CHECK(s.current == 1);
  CHECK(s.picked == -1);
  CHECK(s.draft.empty());
  for (size_t i = 1; i < Scenarios().size(); ++i) NextScenario(s);
  CHECK(s.current == 0);  // wraps
  CHECK(s.draft == "Second try");  // its reflection comes back

  for (int i = 0; i < 12; ++i) RecordAnswer(s, other, 3000 + i);
  sc = Score(s);
  CHECK(sc.recent == 10);
  CHECK(sc.recent_reflective == 0);
  CHECK(sc.reflective == 1);
}

TEST_CASE("listening JSON round-trips; bad input keeps defaults; the data decides what was reflective", "[ex][listening]") {
  ListeningState s;
  s.seed = 4242;
  s.current = 3;
  s.draft = "So what I'm hearing";
  s.answers.push_back({Scenarios()[3].id, 1, Scenarios()[3].replies[1].kind == ReplyKind::Reflective, 1795396800000.0});
  s.reflections.push_back({Scenarios()[3].id, "You feel unseen."});
  s.picked = 1;
  json j = ListeningToJson(s);
  ListeningState r;
  ListeningFromJson(json::parse(j.dump()), r);
  CHECK(r.seed == 4242);
  CHECK(r.current == 3);
  CHECK(r.draft == s.draft);
  REQUIRE(r.answers.size() == 1);
  CHECK(r.answers[0].scenario == s.answers[0].scenario);
  CHECK(r.answers[0].reply == 1);
  CHECK(r.answers[0].reflective == s.answers[0].reflective);
  CHECK(r.answers[0].at_ms == s.answers[0].at_ms);
  REQUIRE(r.reflections.size() == 1);
  CHECK(r.reflections[0].text == "You feel unseen.");
  CHECK(r.picked == -1);  // passing UI state is not saved

  for (const char* bad : {"null", "[1]", "{\"current\":99,\"seed\":-1,\"answers\":{},\"reflections\":7}",
                          "{\"current\":1.5,\"seed\":2.5,\"draft\":[],\"answers\":[null,{\"scenario\":\"gone\",\"reply\":0},"
                          "{\"scenario\":\"work-week\",\"reply\":9},{\"scenario\":\"work-week\"}]}"}) {
    INFO(bad);
    ListeningState x;
    x.current = 2;
    ListeningFromJson(json::parse(bad, nullptr, false), x);
    CHECK(x.current == 0);
    CHECK(x.seed == 0);
    CHECK(x.answers.empty());
    CHECK(x.reflections.empty());
  }
  // A saved "reflective: true" for a reply that is not reflective is not believed.
  int wrong = Scenarios()[0].replies[0].kind == ReplyKind::Reflective ? 1 : 0;
  json lie = {{"answers", {{{"scenario", Scenarios()[0].id}, {"reply", wrong}, {"reflective", true}}}}};
  ListeningState y;
  ListeningFromJson(lie, y);
  REQUIRE(y.answers.size() == 1);
  CHECK_FALSE(y.answers[0].reflective);

  json many = {{"answers", json::array()}};
  for (int i = 0; i < 2100; ++i) many["answers"].push_back({{"scenario", "work-week"}, {"reply", 0}, {"at", i}});
  ListeningState z;
  ListeningFromJson(many, z);
  CHECK(z.answers.size() == kAnswersMax);
  CHECK(z.answers.back().at_ms == 2099);
}

TEST_CASE("scenarios that existed before keep their reply kinds at the same indexes", "[ex][listening]") {
  // Saved answers keep the index of the reply picked; the data decides whether it was reflective. So a
  // rewritten scenario must keep each old index's kind (new replies go at the end).
  using K = ReplyKind;
  const std::map<std::string, std::vector<K>> before = {
      {"work-week", {K::Fixing, K::Reflective, K::Dismissing, K::Defensive}},
      {"saturday-plans", {K::Defensive, K::Dismissing, K::Reflective, K::Fixing}},
      {"family-visit", {K::Reflective, K::Defensive, K::Fixing, K::Dismissing}},
      {"attractive", {K::Dismissing, K::Fixing, K::Defensive, K::Reflective}},
      {"housework", {K::Defensive, K::Reflective, K::Fixing, K::Dismissing}},
      {"phone-dinner", {K::Fixing, K::Defensive, K::Dismissing, K::Reflective}},
      {"birthday", {K::Dismissing, K::Reflective, K::Fixing}},
      {"money-worry", {K::Fixing, K::Dismissing, K::Reflective, K::Defensive}},
      {"roommates", {K::Reflective, K::Defensive, K::Dismissing, K::Fixing}},
      {"career-doubt", {K::Fixing, K::Dismissing, K::Reflective}},
      {"pickup", {K::Defensive, K::Dismissing, K::Fixing, K::Reflective}},
      {"promotion", {K::Dismissing, K::Reflective, K::Defensive}},
      {"anniversary-loss", {K::Fixing, K::Dismissing, K::Reflective}},
  };
  CHECK(std::string(Scenarios()[0].id) == "work-week");  // the first one on screen (browser tests rely on it)
  for (const auto& [id, kinds] : before) {
    INFO(id);
    int i = FindScenario(id);
    REQUIRE(i >= 0);
    const Scenario& sc = Scenarios()[static_cast<size_t>(i)];
    REQUIRE(sc.replies.size() >= kinds.size());
    for (size_t k = 0; k < kinds.size(); ++k) CHECK(sc.replies[k].kind == kinds[k]);
  }
}

// ---- no tell: the reflective reply must be found by listening, not by a surface trick ---------------

namespace {
// Folded words: lower case, letters and digits only, apostrophes dropped ("You're" -> "youre").
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : FoldSimple(text)) {
    if (c == '\'') continue;
    if (IsWordByte(c)) {
      w += c;
    } else if (!w.empty()) {
      out.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}
std::string Joined(const std::string& text) {  // " word word word " for whole-word phrase search
  std::string j = " ";
  for (const std::string& w : Words(text)) j += w + " ";
  return j;
}
bool HasPhrase(const std::string& text, const std::string& phrase) {
  return Joined(text).find(" " + phrase + " ") != std::string::npos;
}
std::string Opening(const std::string& text, size_t n) {  // the first n words, space-separated
  std::vector<std::string> w = Words(text);
  std::string o;
  for (size_t i = 0; i < n && i < w.size(); ++i) o += (i ? " " : "") + w[i];
  return o;
}
size_t ReflectiveIndex(const written::Scenario& sc) {
  for (size_t i = 0; i < sc.replies.size(); ++i)
    if (sc.replies[i].kind == ReplyKind::Reflective) return i;
  return 0;
}
// A strategy scores each reply; it picks the top score, breaking ties at random. Its expected hit rate
// over all scenarios: 1/k for a scenario where the reflective reply shares the top score with k replies
// in all (a strategy that cannot tell the replies apart gets 1/4), 0 where it misses.
double HitRate(const std::function<double(const written::Scenario&, const written::Reply&)>& score) {
  double hits = 0;
  for (const written::Scenario& sc : written::Scenarios()) {
    std::vector<double> s;
    for (const written::Reply& r : sc.replies) s.push_back(score(sc, r));
    double top = *std::max_element(s.begin(), s.end());
    int tied = static_cast<int>(std::count(s.begin(), s.end(), top));
    if (s[ReflectiveIndex(sc)] == top) hits += 1.0 / tied;
  }
  return hits / static_cast<double>(Scenarios().size());
}
// Common feeling words (fixed here, not fitted to the data).
const std::set<std::string> kFeelWords = {
    "feel", "feels", "feeling", "feelings", "felt", "hurt", "hurts", "sad", "upset", "angry", "mad",
    "furious", "scared", "afraid", "frightened", "frightening", "worried", "worry", "worrying", "anxious",
    "nervous", "lonely", "alone", "tired", "exhausted", "exhausting", "stressed", "stress", "overwhelmed",
    "guilty", "guilt", "ashamed", "embarrassed", "embarrassing", "jealous", "proud", "happy", "thrilled",
    "glad", "relieved", "disappointed", "hopeless", "sorry", "hard", "heavy"};
// Stock "reflecting" phrases a reader could learn to spot.
const char* const kStockPhrases[] = {"sounds like", "it sounds", "so you",  "you feel", "youre feeling",
                                     "it seems",    "i hear",    "im hearing", "you must", "you sound"};
int FeelWords(const std::string& text) {
  int n = 0;
  for (const std::string& w : Words(text)) n += kFeelWords.count(w) ? 1 : 0;
  return n;
}
}  // namespace

TEST_CASE("no tell by length: the reflective reply is the longest in at most a third of scenarios",
          "[ex][listening][tells]") {
  using written::Reply, written::Scenario, written::Scenarios;
  const auto& all = Scenarios();
  int longest_chars = 0, longest_words = 0;
  for (const Scenario& sc : all) {
    size_t ri = ReflectiveIndex(sc);
    bool by_chars = true, by_words = true;
    for (size_t i = 0; i < sc.replies.size(); ++i) {
      if (i == ri) continue;
      by_chars &= std::string(sc.replies[ri].text).size() > std::string(sc.replies[i].text).size();
      by_words &= Words(sc.replies[ri].text).size() > Words(sc.replies[i].text).size();
    }
    longest_chars += by_chars ? 1 : 0;
    longest_words += by_words ? 1 : 0;
  }
  std::cout << "reflective is strictly longest: by characters in " << longest_chars << " of " << all.size()
            << ", by words in " << longest_words << "\n";
  CHECK(longest_chars * 3 <= static_cast<int>(all.size()));
  CHECK(longest_words * 3 <= static_cast<int>(all.size()));
}

TEST_CASE("no tell by opening words or stock phrases", "[ex][listening][tells]") {
  using written::Reply, written::Scenario, written::Scenarios;
  // The rule, for first words and for two-word openings: an opening is a tell if a reader who saw it on
  // a reflective reply could bet on it next time. A one-off opening cannot be learned, so the rule
  // looks at openings used by 2 or more reflective replies, and asks that (a) no such opening is used
  // by more than a quarter of the reflective replies, and (b) the other replies use it at least as
  // often, so seeing it makes "this one reflects" no better than even odds. The same (b) holds for the
  // stock reflecting phrases ("sounds like", "so you", "you feel"…) anywhere in a reply, so those
  // appear in every kind of reply, not only the reflective one.
  const auto& all = Scenarios();
  const double n = static_cast<double>(all.size());
  for (size_t words : {1u, 2u}) {
    std::map<std::string, int> refl, other;
    for (const Scenario& sc : all)
      for (const Reply& r : sc.replies) (r.kind == ReplyKind::Reflective ? refl : other)[Opening(r.text, words)]++;
    int most = 0;
    for (const auto& [opening, count] : refl) {
      most = std::max(most, count);
      if (count < 2) continue;
      INFO("opening \"" << opening << "\": " << count << " reflective replies, " << other[opening] << " others");
      CHECK(count <= n * 0.25);
      CHECK(other[opening] >= count);
    }
    std::cout << "most reflective replies sharing one " << words << "-word opening: " << most << " of " << all.size()
              << "\n";
  }
  for (const char* phrase : kStockPhrases) {
    int refl = 0, other = 0;
    for (const Scenario& sc : all)
      for (const Reply& r : sc.replies) (r.kind == ReplyKind::Reflective ? refl : other) += HasPhrase(r.text, phrase);
    INFO("\"" << phrase << "\": " << refl << " reflective replies, " << other << " others");
    if (refl >= 2) CHECK(other >= refl);
  }
}

TEST_CASE("simple strategies do not find the reflective reply", "[ex][listening][tells]") {
  using written::Reply, written::Scenario, written::Scenarios;
  std::map<std::string, int> first_count;          // how many replies in all start with each word
  for (const Scenario& sc : Scenarios())
    for (const Reply& r : sc.replies) first_count[Opening(r.text, 1)]++;
  auto chars = [](const Reply& r) { return static_cast<double>(std::string(r.text).size()); };
  const std::vector<std::pair<const char*, std::function<double(const Scenario&, const Reply&)>>> strategies = {
      {"pick the longest", [&](const Scenario&, const Reply& r) { return chars(r); }},
      {"pick the most words", [](const Scenario&, const Reply& r) { return static_cast<double>(Words(r.text).size()); }},
      {"pick the shortest", [&](const Scenario&, const Reply& r) { return -chars(r); }},
      {"pick the one with a question mark",
       [](const Scenario&, const Reply& r) { return std::string(r.text).find('?') != std::string::npos ? 1.0 : 0.0; }},
      {"pick the most feeling words", [](const Scenario&, const Reply& r) { return static_cast<double>(FeelWords(r.text)); }},
      {"pick \"you feel\", \"sounds like\" and the like",
       [](const Scenario&, const Reply& r) {
         double n = 0;
         for (const char* p : kStockPhrases) n += HasPhrase(r.text, p) ? 1 : 0;
         return n;
       }},
      {"pick the one starting with \"you\"",
       [](const Scenario&, const Reply& r) {
         std::string w = Opening(r.text, 1);
         return w == "you" || w == "youre" || w == "youve" || w == "youd" || w == "your" ? 1.0 : 0.0;
       }},
      {"pick the one with the rarest first word",
       [&](const Scenario&, const Reply& r) { return -static_cast<double>(first_count[Opening(r.text, 1)]); }},
      {"pick the one starting with a word the partner said",
       [](const Scenario& sc, const Reply& r) {
         std::vector<std::string> said = Words(sc.says);
         return std::find(said.begin(), said.end(), Opening(r.text, 1)) != said.end() ? 1.0 : 0.0;
       }},
  };
  for (const auto& [name, score] : strategies) {
    double rate = HitRate(score);
    std::cout << "strategy \"" << name << "\" finds the reflective reply in " << static_cast<int>(rate * 100 + 0.5)
              << "% of scenarios (chance: 25%)\n";
    INFO(name << ": " << rate);
    CHECK(rate <= 0.40);
  }
}

TEST_CASE("every reflective reply is tentative, and no reply names a gender", "[ex][listening]") {
  using written::Reply, written::Scenario, written::Scenarios;
  // Reflecting checks rather than tells: each reflective reply carries a hedge or asks.
  const char* const hedges[] = {"maybe", "i guess", "id guess", "i bet", "im guessing", "i think", "seems", "seem",
                                "sounds",  "sound",   "must",     "kind of", "is that",  "no wonder", "like"};
  // The partner can be anyone: no gendered pronouns or partner words anywhere in the scenarios.
  const std::set<std::string> gendered = {"he",    "she",     "him",       "her",        "his",    "hers",
                                          "himself", "herself", "husband", "wife",       "boyfriend", "girlfriend"};
  for (const Scenario& sc : Scenarios()) {
    INFO(sc.id);
    for (const std::string& w : Words(sc.says)) CHECK(gendered.count(w) == 0);
    for (const Reply& r : sc.replies) {
      INFO(r.text);
      for (const std::string& w : Words(r.text)) CHECK(gendered.count(w) == 0);
      if (r.kind != ReplyKind::Reflective) continue;
      bool tentative = std::string(r.text).find('?') != std::string::npos;
      for (const char* h : hedges) tentative |= HasPhrase(r.text, h);
      CHECK(tentative);
    }
  }
}


#include "worksheet_support.h"

TEST_CASE("reflective listening worksheet: a handful of scenarios with their replies to tick and room for "
          "your own words; the words wait for the guide", "[worksheet][listening]") {
  const ExerciseText& words = ShippedWords();
  ExercisesState ex;
  ListeningState& l = ex.listening;
  EnsureSeed(l, 12345);
  l.current = 9;  // far from the first few: a blank sheet does not show it
  REQUIRE(RecordAnswer(l, 2, 1));
  l.draft = "So the birthday felt overlooked and small";
  REQUIRE(SaveReflection(l));
  l.draft = "Sounds like a lonely evening, the one by the window";  // still being written

  const std::string says = words.listening[9].says;
  PrintDoc filled = Sheet("reflective-listening", ex, true);
  CHECK(SheetHas(filled, kListeningIntro));
  CHECK(SheetHas(filled, says));
  const std::vector<int> order = ReplyOrder(9, l.seed);
  const size_t pos = static_cast<size_t>(std::find(order.begin(), order.end(), 2) - order.begin());
  REQUIRE(pos < 4);
  CHECK(SheetHas(filled, "[x] " + std::string(1, "ABCD"[pos]) + ". \"" + words.listening[9].replies[2] + "\""));
  CHECK(SheetHas(filled, kListeningAskOwn));
  CHECK(SheetHas(filled, "the one by the window"));
  CHECK(SheetQuestions(filled) == 6 * 5);

  PrintDoc blank = Sheet("reflective-listening", ex, false);
  CHECK(SheetHas(blank, kListeningAskOwn));
  CHECK(SheetHas(blank, words.listening[0].says));
  CHECK_FALSE(SheetHas(blank, says));
  CHECK_FALSE(SheetHas(blank, "[x]"));
  CHECK_FALSE(SheetHas(blank, "by the window"));
  CHECK_FALSE(SheetHas(blank, "overlooked"));
  CHECK(SheetHas(blank, ReplyWhy(ReplyKind::Reflective)));

  PrintDoc loading = ExerciseWorksheet("reflective-listening", ex, ExerciseText{}, false, "");
  CHECK(SheetHas(loading, "still loading"));
}
