// The record of finished exercises (core/exercises) and the exercises' part of the saved document.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/base/calendar.h"
#include "core/exercises/exercises.h"
#include "core/store/persist.h"

using namespace core;
using nlohmann::json;

TEST_CASE("finished exercises are recorded by id and day, and survive a save", "[exercises]") {
  ExercisesState e;
  double t = 1795396800000.0;
  MarkDone(e, "intimacy-map", t, 0);
  MarkDone(e, "intimacy-map", t + 86400000.0, 0);
  MarkDone(e, "no-such-exercise", t, 0);
  CHECK(TimesDone(e, "intimacy-map") == 2);
  CHECK(TimesDone(e, "appreciation") == 0);
  CHECK(LastDone(e, "appreciation") == nullptr);
  REQUIRE(LastDone(e, "intimacy-map"));
  CHECK(LastDone(e, "intimacy-map")->day == LocalDay(t, 0) + 1);

  SavedDoc d;
  d.ex = e;
  SavedDoc back;
  REQUIRE(DocFromJson(DocToJson(d), back).status == LoadStatus::Ok);
  CHECK(TimesDone(back.ex, "intimacy-map") == 2);
  CHECK(back.ex.done[1].day == e.done[1].day);
}

TEST_CASE("a damaged exercises part loads what it can", "[exercises][persist]") {
  json doc = {{"app", "hearth"}, {"version", 1},
              {"exercises", {{"done", json::array({{{"id", "appreciation"}, {"at", 5.0e11}, {"day", 5787}},
                                                   {{"id", 42}, {"at", 1}},
                                                   {{"id", "unknown"}, {"at", 1}},
                                                   {{"id", "ground-rules"}, {"at", "yesterday"}},
                                                   "junk"})},
                             {"map", "not an object"},
                             {"decks", json::array()}}}};
  SavedDoc d;
  REQUIRE(DocFromJson(doc.dump(), d).status == LoadStatus::Ok);
  REQUIRE(d.ex.done.size() == 1);
  CHECK(d.ex.done[0].id == "appreciation");
  CHECK(d.ex.done[0].day == 5787);
  // the exercises part itself of the wrong type: defaults, and the rest of the document still loads
  doc["exercises"] = "oops";
  doc["settings"] = {{"reduceMotion", true}};
  REQUIRE(DocFromJson(doc.dump(), d).status == LoadStatus::Ok);
  CHECK(d.ex.done.empty());
  CHECK(d.settings.reduce_motion);
}
