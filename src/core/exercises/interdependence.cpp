// Interdependence check: the statements (our own words for the contrast in chapter 11), the scoring,
// and the JSON.
#include "core/exercises/interdependence.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/base/jsonread.h"
#include "core/exercises/worksheet.h"

namespace core {

using nlohmann::json;

const std::vector<InterdepItem>& InterdepItems() {
  static const std::vector<InterdepItem> list = {
      {"whole", "I feel like a whole person, with my partner and on my own.", false, 0},
      {"shrunk", "My world has shrunk down to our relationship.", true, 1},
      {"interests", "I make time for interests that are just mine.", false, 2},
      {"approval", "How I feel about myself depends on my partner's approval.", true, 3},
      {"glad-growth", "I'm glad when my partner grows or tries something new.", false, 4},
      {"worry-control", "Being close comes with worry, and I try to control what my partner does.", true, 5},
      {"lost", "Without my partner, I feel lost or less worthy.", true, 0},
      {"friends", "I keep up friendships of my own.", false, 1},
      {"give-up", "I drop things I enjoy to keep my partner happy.", true, 2},
      {"okay-self", "I still feel okay about myself when my partner is unhappy with me.", false, 3},
      {"growth-threat", "When my partner changes or grows, it feels like a threat.", true, 4},
      {"freeing", "We lean on each other for comfort, and closeness feels freeing.", false, 5},
  };
  return list;
}

const char* InterdepTheme(int pair) {
  static const char* names[kInterdepPairs] = {"Feeling whole",   "Your own friends", "Your own interests",
                                              "Your self-worth", "Growing",          "Comfort and freedom"};
  return pair >= 0 && pair < kInterdepPairs ? names[pair] : "";
}

const InterdepItem* InterdepFind(int pair, bool pattern) {
  for (const InterdepItem& it : InterdepItems())
    if (it.pair == pair && it.pattern == pattern) return &it;
  return nullptr;
}

InterdepScore ScoreInterdep(const std::vector<int>& ratings) {
  InterdepScore sc;
  const auto& items = InterdepItems();
  if (ratings.size() != items.size()) return sc;
  double sum[2] = {0, 0};
  int healthy[kInterdepPairs] = {}, pattern[kInterdepPairs] = {};
  for (size_t i = 0; i < items.size(); ++i) {
    if (ratings[i] < 1 || ratings[i] > 5) return sc;
    sum[items[i].pattern] += ratings[i];
    (items[i].pattern ? pattern : healthy)[items[i].pair] = ratings[i];
  }
  sc.complete = true;
  sc.balance = sum[0] / kInterdepPairs;
  sc.pattern = sum[1] / kInterdepPairs;
  for (int p = 0; p < kInterdepPairs; ++p)
    if (pattern[p] >= 4 || healthy[p] <= 2) sc.pairs.push_back(p);
  if (sc.pattern >= 3.5) {
    sc.level = 3;
    sc.title = "Codependent patterns stand out";
    sc.text = "When your happiness and sense of worth rest on a partner's approval, closeness can start to feel like "
              "worry and control. You deserve a bond where you feel strong together and apart. A counselor can help "
              "you find your footing.";
  } else if (sc.pattern >= 2.5) {
    sc.level = 2;
    sc.title = "Some codependent patterns show up";
    sc.text = "Most people see a bit of themselves on both sides at times. What matters is the overall pattern. The "
              "themes below are good places to start.";
  } else if (sc.balance >= 3.5) {
    sc.level = 0;
    sc.title = "Mostly interdependent";
    sc.text = "You seem to lean on each other while each of you keeps a self of your own. That is the heart of healthy "
              "closeness. Keep protecting the friends, interests and time that are yours.";
  } else {
    sc.level = 1;
    sc.title = "Few patterns, and a quiet side of your own";
    sc.text = "Few codependent patterns show up, but the side about your own life is quiet too. Time for your own "
              "friends and interests is good for you, and it brings something new back to the two of you.";
  }
  return sc;
}

void InterdepRate(InterdependenceState& s, int item, int value) {
  if (item < 0 || item >= kInterdepItems || value < 1 || value > 5) return;
  s.ratings.resize(kInterdepItems, 0);
  s.ratings[item] = value;
}

bool InterdepFinish(InterdependenceState& s, double now_ms, int utc_offset_min) {
  if (!ScoreInterdep(s.ratings).complete) return false;
  s.history.push_back({now_ms, LocalDay(now_ms, utc_offset_min), s.ratings});
  if (s.history.size() > kInterdepHistoryMax)
    s.history.erase(s.history.begin(), s.history.begin() + (s.history.size() - kInterdepHistoryMax));
  s.show_result = true;
  return true;
}

void InterdepAgain(InterdependenceState& s) {
  s.ratings.assign(kInterdepItems, 0);
  s.show_result = false;
}

// Ratings are saved by statement id, so a reordered list still reads back right.
static json RatingsToJson(const std::vector<int>& r) {
  json o = json::object();
  const auto& items = InterdepItems();
  for (size_t i = 0; i < items.size() && i < r.size(); ++i)
    if (r[i] >= 1 && r[i] <= 5) o[items[i].id] = r[i];
  return o;
}

static std::vector<int> RatingsFromJson(const json& o) {
  std::vector<int> r(kInterdepItems, 0);
  const auto& items = InterdepItems();
  for (size_t i = 0; i < items.size(); ++i) jr::Int(o, items[i].id, 1, 5, r[i]);
  return r;
}

json InterdependenceToJson(const InterdependenceState& s) {
  json hist = json::array();
  for (const InterdepCheck& c : s.history)
    hist.push_back({{"at", c.at_ms}, {"day", c.day}, {"ratings", RatingsToJson(c.ratings)}});
  return {{"ratings", RatingsToJson(s.ratings)}, {"history", std::move(hist)}, {"show_result", s.show_result}};
}

void InterdependenceFromJson(const json& j, InterdependenceState& out) {
  out = InterdependenceState{};
  if (!j.is_object()) return;
  if (const json* r = jr::Field(j, "ratings")) out.ratings = RatingsFromJson(*r);
  if (const json* h = jr::Field(j, "history"); h && h->is_array()) {
    for (const json& e : *h) {
      if (out.history.size() >= kInterdepHistoryMax) break;
      InterdepCheck c;
      const json* r = jr::Field(e, "ratings");
      if (!jr::Time(e, "at", c.at_ms) || !r) continue;
      jr::Int(e, "day", -1000000, 1000000, c.day);
      c.ratings = RatingsFromJson(*r);
      if (!ScoreInterdep(c.ratings).complete) continue;  // a damaged check is left out
      out.history.push_back(std::move(c));
    }
  }
  jr::Bool(j, "show_result", out.show_result);
  if (out.history.empty()) out.show_result = false;
}

void InterdependenceWorksheet(const InterdependenceState& s, const ExerciseText&, bool filled, PrintDoc& doc) {
  // Filled: the check being filled in, else the newest finished one.
  bool draft = std::any_of(s.ratings.begin(), s.ratings.end(), [](int v) { return v > 0; });
  const bool newest = !draft && !s.history.empty();
  const std::vector<int>& ratings = newest ? s.history.back().ratings : s.ratings;
  doc.Paragraph(kInterdepIntro);
  doc.Paragraph(std::string(kInterdepRateLine) + " Circle one number for each: 1 is " + kInterdepLow + ", 5 is " +
                kInterdepHigh + ".");
  if (filled && newest) doc.Note("Checked on " + DayLabel(s.history.back().day) + ".");
  const auto& items = InterdepItems();
  for (size_t i = 0; i < items.size(); ++i) {
    int v = i < ratings.size() && ratings[i] >= 1 && ratings[i] <= 5 ? ratings[i] : 0;
    doc.Scale(items[i].text, v, 5, kInterdepLow, kInterdepHigh);
  }
  doc.Note("This is not a diagnosis, just a way to look at the balance.");
  doc.Heading(kInterdepHelpHead);
  doc.Paragraph(kInterdepHelpText);
}

}  // namespace core
