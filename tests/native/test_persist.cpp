// The saved document (core/persist): round trips of every record type, damaged and newer data, wrong
// types, huge numbers, the committed fixtures of every earlier version, the merge by section, and the
// save throttle.
#include <catch2/catch.hpp>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "core/app/settings.h"
#include "core/exercises/catalog.h"
#include "core/guide/reader.h"
#include "core/store/doc_apply.h"
#include "core/store/persist.h"
#include "helpers.h"

using namespace core;
using nlohmann::json;

namespace {

SavedDoc SampleDoc() {
  SavedDoc d;
  d.settings.text_size_index = 4;
  d.settings.theme = ThemeChoice::Dark;
  d.settings.reduce_motion = true;
  d.reader.chapters["what-intimacy-is"] = {3, 0.25f, true, 1700000000123.5};
  d.reader.chapters["conflict"] = {0, 0.0f, false, 42.0};
  d.reader.chapters["caf\xC3\xA9"] = {12, 1.0f, false, 0};  // any valid UTF-8 id survives
  d.reader.bookmarks.push_back({"conflict", "time-out", 1000});
  d.reader.bookmarks.push_back({"what-intimacy-is", "", 2000});
  return d;
}

// A document whose settings and reader are not the defaults, to see `out` being reset.
SavedDoc NotDefaults() { return SampleDoc(); }

void CheckDefaults(const SavedDoc& d) {
  const SavedDoc def;
  CHECK(d.settings.text_size_index == def.settings.text_size_index);
  CHECK(d.settings.theme == def.settings.theme);
  CHECK(d.settings.reduce_motion == def.settings.reduce_motion);
  CHECK(d.reader.chapters.empty());
  CHECK(d.reader.bookmarks.empty());
}

std::string Doc(const std::string& settings, const std::string& reader) {
  return R"({"app":"hearth","version":1,"settings":)" + settings + R"(,"reader":)" + reader + "}";
}

}  // namespace

// ---- the document ---------------------------------------------------------------------------

TEST_CASE("DocToJson then DocFromJson gives back settings and reading state", "[persist]") {
  const SavedDoc d = SampleDoc();
  std::string text = DocToJson(d);

  json j = json::parse(text);  // throws (and fails the test) if not JSON
  CHECK(j["app"] == "hearth");
  CHECK(j["version"] == kDocVersion);
  CHECK(j["settings"]["textSize"] == 150);  // stored as a percentage, not an index
  CHECK(j["settings"]["theme"] == "dark");

  SavedDoc back;
  LoadResult r = DocFromJson(text, back);
  CHECK(r.status == LoadStatus::Ok);
  CHECK(r.message.empty());
  CHECK(back.settings.text_size_index == 4);
  CHECK(back.settings.theme == ThemeChoice::Dark);
  CHECK(back.settings.reduce_motion);
  REQUIRE(back.reader.chapters.size() == 3);
  for (const auto& [id, p] : d.reader.chapters) {
    INFO(id);
    REQUIRE(back.reader.chapters.count(id) == 1);
    const ChapterProgress& q = back.reader.chapters.at(id);
    CHECK(q.block == p.block);
    CHECK(q.offset == Approx(p.offset));
    CHECK(q.read == p.read);
    CHECK(q.opened_ms == p.opened_ms);
  }
  REQUIRE(back.reader.bookmarks.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(back.reader.bookmarks[i].chapter == d.reader.bookmarks[i].chapter);
    CHECK(back.reader.bookmarks[i].section == d.reader.bookmarks[i].section);
    CHECK(back.reader.bookmarks[i].created_ms == d.reader.bookmarks[i].created_ms);
  }
  // Saving what was loaded gives the same text again.
  CHECK(DocToJson(back) == text);
}

TEST_CASE("every settings value round trips", "[persist]") {
  for (int i = 0; i < static_cast<int>(kTextSizes.size()); ++i)
    for (ThemeChoice t : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark})
      for (bool rm : {false, true}) {
        SavedDoc d, back;
        d.settings = {i, t, rm};
        REQUIRE(DocFromJson(DocToJson(d), back).status == LoadStatus::Ok);
        CHECK(back.settings.text_size_index == i);
        CHECK(back.settings.theme == t);
        CHECK(back.settings.reduce_motion == rm);
      }
  // A damaged index in memory is saved as a real size.
  SavedDoc d, back;
  d.settings.text_size_index = 99;
  REQUIRE(DocFromJson(DocToJson(d), back).status == LoadStatus::Ok);
  CHECK(TextSizePercent(back.settings) == 200);
}

TEST_CASE("an empty store loads as Empty with defaults", "[persist]") {
  SavedDoc out = NotDefaults();
  LoadResult r = DocFromJson("", out);
  CHECK(r.status == LoadStatus::Empty);
  CheckDefaults(out);
}

TEST_CASE("damaged documents load as Corrupt with a message and defaults", "[persist]") {
  const std::string good = DocToJson(SampleDoc());
  const std::string cases[] = {
      "not json at all",
      good.substr(0, good.size() / 2),  // truncated
      good.substr(0, good.size() - 1),  // last brace lost
      "[1, 2, 3]",
      "\"hearth\"",
      "42",
      "null",
      R"({"app":"other","version":1})",
      R"({"version":1})",
      R"({"app":"hearth"})",
      R"({"app":"hearth","version":"1"})",
      R"({"app":7,"version":1})",
      R"({"app":"hearth","version":0})",
      R"({"app":"hearth","version":-3})",
      std::string("{\"app\":\"hearth\",\0}", 18),  // a NUL byte inside
  };
  for (const auto& text : cases) {
    INFO(text);
    SavedDoc out = NotDefaults();
    LoadResult r;
    REQUIRE_NOTHROW(r = DocFromJson(text, out));
    CHECK(r.status == LoadStatus::Corrupt);
    CHECK_FALSE(r.message.empty());
    CheckDefaults(out);
  }
}

TEST_CASE("a document from a newer version is reported, not used", "[persist]") {
  for (const char* text : {R"({"app":"hearth","version":4,"settings":{"textSize":200}})",
                           R"({"app":"hearth","version":3.5})", R"({"app":"hearth","version":1e300})",
                           R"({"app":"hearth","version":18446744073709551615})"}) {
    INFO(text);
    SavedDoc out = NotDefaults();
    LoadResult r = DocFromJson(text, out);
    CHECK(r.status == LoadStatus::NewerVersion);
    CHECK_FALSE(r.message.empty());
    CheckDefaults(out);
  }
}

TEST_CASE("wrongly typed fields fall back to defaults without failing", "[persist]") {
  SECTION("settings") {
    for (const char* settings : {R"({"textSize":"big","theme":5,"reduceMotion":"yes"})",
                                 R"({"textSize":null,"theme":"purple","reduceMotion":1})", R"([])", R"("x")",
                                 R"(null)"}) {
      INFO(settings);
      SavedDoc out = NotDefaults();
      LoadResult r = DocFromJson(Doc(settings, "{}"), out);
      CHECK(r.status == LoadStatus::Ok);
      CheckDefaults(out);
    }
  }
  SECTION("one good field among bad ones is kept") {
    SavedDoc out;
    REQUIRE(DocFromJson(Doc(R"({"textSize":"big","theme":"light","reduceMotion":"no"})", "{}"), out).status ==
            LoadStatus::Ok);
    CHECK(out.settings.theme == ThemeChoice::Light);
    CHECK(out.settings.text_size_index == kDefaultTextSizeIndex);
    CHECK_FALSE(out.settings.reduce_motion);
  }
  SECTION("reader") {
    SavedDoc out;
    const char* reader = R"({"chapters":{"not-an-object":"x","bad-fields":{"block":"3","offset":"half","read":1,
        "opened":"yesterday"},"good":{"block":2,"offset":0.5,"read":true,"opened":10}, "":{"block":1}},
        "bookmarks":[1, "x", {"chapter":5}, {"section":"s"}, {"chapter":"good","section":7},
        {"chapter":"good","section":"s","at":"now"}, {"chapter":"good","section":"ok","at":5}]})";
    LoadResult r = DocFromJson(Doc("{}", reader), out);
    REQUIRE(r.status == LoadStatus::Ok);
    CHECK(out.reader.chapters.count("not-an-object") == 0);
    CHECK(out.reader.chapters.count("") == 0);
    REQUIRE(out.reader.chapters.count("bad-fields") == 1);
    const ChapterProgress& bad = out.reader.chapters.at("bad-fields");
    CHECK(bad.block == 0);
    CHECK(bad.offset == 0.0f);
    CHECK_FALSE(bad.read);
    CHECK(bad.opened_ms == 0);
    REQUIRE(out.reader.chapters.count("good") == 1);
    CHECK(out.reader.chapters.at("good").block == 2);
    CHECK(out.reader.chapters.at("good").offset == Approx(0.5f));
    CHECK(out.reader.chapters.at("good").read);
    // Bookmarks without a usable chapter are dropped; a bad section or time falls back to the default.
    REQUIRE(out.reader.bookmarks.size() == 3);
    CHECK(out.reader.bookmarks[0].chapter == "good");
    CHECK(out.reader.bookmarks[0].section == "");
    CHECK(out.reader.bookmarks[1].section == "s");
    CHECK(out.reader.bookmarks[1].created_ms == 0);
    CHECK(out.reader.bookmarks[2].section == "ok");
    CHECK(out.reader.bookmarks[2].created_ms == 5);
  }
  SECTION("reader of the wrong type") {
    for (const char* reader : {"[]", "3", R"({"chapters":[],"bookmarks":{}})"}) {
      INFO(reader);
      SavedDoc out = NotDefaults();
      CHECK(DocFromJson(Doc("{}", reader), out).status == LoadStatus::Ok);
      CheckDefaults(out);
    }
  }
}

TEST_CASE("huge, negative and out-of-range numbers do not overflow", "[persist]") {
  const char* reader = R"({"chapters":{
      "a":{"block":1e300,"offset":1e300,"opened":1e300},
      "b":{"block":-1e300,"offset":-0.5},
      "c":{"block":18446744073709551615},
      "d":{"block":9223372036854775807},
      "e":{"block":-9223372036854775808},
      "f":{"block":2147483648},
      "g":{"block":99999,"offset":1},
      "h":{"block":7.9,"offset":0}}})";
  SavedDoc out;
  REQUIRE(DocFromJson(Doc(R"({"textSize":1e308})", reader), out).status == LoadStatus::Ok);
  CHECK(TextSizePercent(out.settings) == 200);
  auto& ch = out.reader.chapters;
  REQUIRE(ch.size() == 8);
  for (const char* id : {"a", "b", "c", "d", "e", "f"}) {
    INFO(id);
    CHECK(ch.at(id).block >= 0);
    CHECK(ch.at(id).block < 100000);
    CHECK(ch.at(id).offset >= 0.0f);
    CHECK(ch.at(id).offset <= 1.0f);
  }
  CHECK(ch.at("g").block == 99999);  // large but sane values are kept
  CHECK(ch.at("g").offset == 1.0f);
  CHECK(ch.at("h").block == 7);
  // And what was loaded can be saved and loaded again.
  SavedDoc again;
  CHECK(DocFromJson(DocToJson(out), again).status == LoadStatus::Ok);
  CHECK(again.reader.chapters.size() == 8);

  for (const char* size : {R"({"textSize":-1e308})", R"({"textSize":18446744073709551615})", R"({"textSize":0})"}) {
    SavedDoc o;
    INFO(size);
    REQUIRE(DocFromJson(Doc(size, "{}"), o).status == LoadStatus::Ok);
    CHECK(o.settings.text_size_index >= 0);
    CHECK(o.settings.text_size_index < static_cast<int>(kTextSizes.size()));
  }
}

TEST_CASE("a text size between steps loads as the nearest step not above it", "[persist]") {
  struct Case {
    double pct;
    int expect;
  };
  for (Case c : {Case{85, 85}, Case{100, 100}, Case{120, 115}, Case{129.9, 130}, Case{149, 130}, Case{174, 150},
                 Case{500, 200}}) {
    SavedDoc o;
    INFO(c.pct);
    REQUIRE(DocFromJson(Doc(R"({"textSize":)" + std::to_string(c.pct) + "}", "{}"), o).status == LoadStatus::Ok);
    CHECK(TextSizePercent(o.settings) == c.expect);
  }
}

TEST_CASE("ids that are too long or not UTF-8 are dropped, duplicate bookmarks merged", "[persist]") {
  std::string long_id(65, 'a');
  std::string reader = R"({"chapters":{")" + long_id + R"(":{"block":1},"ok":{"block":1}},
      "bookmarks":[{"chapter":"ok","section":"s"},{"chapter":"ok","section":"s"},{"chapter":")" + long_id +
                       R"("},{"chapter":"ok","section":")" + long_id + R"("}]})";
  SavedDoc out;
  REQUIRE(DocFromJson(Doc("{}", reader), out).status == LoadStatus::Ok);
  CHECK(out.reader.chapters.size() == 1);
  CHECK(out.reader.chapters.count("ok") == 1);
  REQUIRE(out.reader.bookmarks.size() == 1);
  CHECK(out.reader.bookmarks[0].section == "s");
}

// ---- the save throttle --------------------------------------------------------------------

TEST_CASE("nothing is saved while nothing changed", "[persist][save]") {
  SaveState s;
  CHECK_FALSE(ShouldSave(s, 0, false));
  CHECK_FALSE(ShouldSave(s, 1e9, false));
  CHECK_FALSE(ShouldSave(s, 1e9, true));
  CHECK(NextSaveAt(s) == 0);
}

TEST_CASE("a change is saved after kSaveDelayMs, bursts are coalesced", "[persist][save]") {
  SaveState s;
  MarkDirty(s, 1000);
  CHECK(s.dirty);
  CHECK(NextSaveAt(s) == 1000 + kSaveDelayMs);
  CHECK_FALSE(ShouldSave(s, 1000, false));
  CHECK_FALSE(ShouldSave(s, 1000 + kSaveDelayMs - 1, false));

  // More changes during the wait do not push the save later.
  MarkDirty(s, 1500);
  MarkDirty(s, 1700);
  CHECK(NextSaveAt(s) == 1000 + kSaveDelayMs);
  CHECK(ShouldSave(s, 1000 + kSaveDelayMs, false));
  CHECK(ShouldSave(s, 5000, false));

  // After the save (the caller clears dirty) the next change starts a new wait.
  s.dirty = false;
  CHECK_FALSE(ShouldSave(s, 5000, false));
  CHECK(NextSaveAt(s) == 0);
  MarkDirty(s, 6000);
  CHECK(NextSaveAt(s) == 6000 + kSaveDelayMs);
  CHECK_FALSE(ShouldSave(s, 6100, false));
}

TEST_CASE("an urgent save (page hidden) happens at once", "[persist][save]") {
  SaveState s;
  MarkDirty(s, 1000);
  CHECK(ShouldSave(s, 1000, true));
  CHECK(ShouldSave(s, 1001, true));
  CHECK_FALSE(ShouldSave(s, 1001, false));
}

TEST_CASE("read-only state never saves", "[persist][save]") {
  SaveState s;
  s.read_only = true;
  MarkDirty(s, 1000);
  CHECK_FALSE(ShouldSave(s, 1000, true));
  CHECK_FALSE(ShouldSave(s, 1000 + kSaveDelayMs, false));
  CHECK_FALSE(ShouldSave(s, 1e12, true));
  CHECK(NextSaveAt(s) == 0);  // and no wake-up is asked for it
}

TEST_CASE("a clock that goes backwards does not hold a save back", "[persist][save]") {
  SaveState s;
  MarkDirty(s, 100000);
  // The wall clock was set back an hour: waiting for dirty_since + delay would wait an hour.
  CHECK(ShouldSave(s, 100000 - 3600000, false));
  CHECK(ShouldSave(s, 99999, false));
  // Moving forward normally still waits.
  CHECK_FALSE(ShouldSave(s, 100000 + kSaveDelayMs / 2, false));
}

TEST_CASE("every record type survives a round trip, and a second trip gives the same text", "[store]") {
  const SavedDoc d = FullDoc();
  std::string text = DocToJson(d);
  SavedDoc back;
  LoadResult r = DocFromJson(text, back);
  REQUIRE(r.status == LoadStatus::Ok);
  CHECK(r.version == kDocVersion);
  CHECK(back.settings.text_size_index == 3);
  CHECK(back.settings.theme == ThemeChoice::Light);
  CHECK(back.settings.reduce_motion);
  REQUIRE(back.reader.chapters.size() == 2);
  CHECK(back.reader.chapters["conflict"].block == 4);
  CHECK(back.reader.chapters["what-intimacy-is"].read);
  REQUIRE(back.reader.bookmarks.size() == 2);
  CHECK(back.reader.bookmarks[0].section == "ground-rules");
  CHECK(back.timeout.settings.signal == "Time for a breather");
  CHECK(back.timeout.settings.default_minutes == 45);
  CHECK(back.timeout.resting_bpm == 61);
  REQUIRE(back.timeout.log.size() == 2);
  CHECK(back.timeout.log[1].ended == TimeoutEnd::Early);
  REQUIRE(back.ex.done.size() == 2);
  CHECK(back.ex.done[1].id == "appreciation");
  CHECK(back.updated == d.updated);
  CHECK(ExercisesToJson(back.ex) == ExercisesToJson(d.ex));
  CHECK(DocToJson(back) == text);
}

TEST_CASE("duplicate ids load once, without failing", "[store]") {
  std::string text = R"({"app":"hearth","version":2,"reader":{"chapters":{"a":{"block":1},"a":{"block":2}},
      "bookmarks":[{"chapter":"a","section":"s"},{"chapter":"a","section":"s"}]},
      "settings":{"theme":"dark","theme":"light"}})";
  SavedDoc d;
  REQUIRE(DocFromJson(text, d).status == LoadStatus::Ok);
  CHECK(d.reader.chapters.size() == 1);
  CHECK(d.reader.bookmarks.size() == 1);
}

TEST_CASE("a version 1 document (fixture) loads with nothing lost, and saves as the current version", "[store]") {
  const std::string v1 = ReadFixture("doc-v1.json");
  SavedDoc d;
  LoadResult r = DocFromJson(v1, d);
  REQUIRE(r.status == LoadStatus::Ok);
  CHECK(r.version == 1);
  CHECK(TextSizePercent(d.settings) == 115);
  CHECK(d.settings.theme == ThemeChoice::Dark);
  CHECK(d.settings.reduce_motion);
  REQUIRE(d.reader.chapters.size() == 3);
  CHECK(d.reader.chapters["conflict"].block == 7);
  CHECK(d.reader.chapters["conflict"].offset == Approx(0.4f));
  CHECK(d.reader.chapters["conflict"].opened_ms == 1794870000000.0);
  CHECK(d.reader.chapters["kinds-of-intimacy"].read);
  CHECK(d.reader.chapters["what-intimacy-is"].block == 12);
  REQUIRE(d.reader.bookmarks.size() == 2);
  CHECK(d.reader.bookmarks[0].chapter == "conflict");
  CHECK(d.reader.bookmarks[0].section == "ground-rules");
  CHECK(d.reader.bookmarks[1].created_ms == 1794700200000.0);
  CHECK(d.timeout.settings.signal == "Can we take a breather?");
  CHECK(d.timeout.settings.default_minutes == 30);
  CHECK(d.timeout.settings.pattern_id == "cyclic-sigh");
  CHECK_FALSE(d.timeout.settings.sound);
  CHECK(d.timeout.safety_seen);
  CHECK(d.timeout.resting_bpm == 64);
  REQUIRE(d.timeout.log.size() == 2);
  CHECK(d.timeout.log[0].planned_minutes == 20);
  CHECK(d.timeout.log[1].extensions == std::vector<int>{5});
  CHECK(d.timeout.log[1].ended == TimeoutEnd::Early);
  CHECK(d.ex.done.empty());
  CHECK(d.updated.empty());
  // Saved again it is the current version, and loads to the same thing.
  json j = json::parse(DocToJson(d));
  CHECK(j["version"] == kDocVersion);
  CHECK(j["exercises"].is_object());
  SavedDoc again;
  REQUIRE(DocFromJson(DocToJson(d), again).status == LoadStatus::Ok);
  CHECK(DocToJson(again) == DocToJson(d));
}

TEST_CASE("the version 2 fixture loads as written", "[store]") {
  const std::string v2 = ReadFixture("doc-v2.json");
  SavedDoc d;
  LoadResult r = DocFromJson(v2, d);
  REQUIRE(r.status == LoadStatus::Ok);
  CHECK(r.version == 2);
  CHECK(d.reader.bookmarks.size() == 2);
  CHECK(d.ex.done.size() == 2);
  CHECK(d.updated.at("settings") == 1794000000000.0);
}

TEST_CASE("the migration chain: each earlier version is known, others are refused", "[store]") {
  json j = json::parse(R"({"app":"hearth","version":1,"settings":{"theme":"dark"}})");
  REQUIRE(MigrateDoc(j, 1));
  CHECK(j["version"] == kDocVersion);
  CHECK(j["exercises"].is_object());
  CHECK(j["updated"].is_object());
  CHECK(j["settings"]["theme"] == "dark");
  json k = json::parse(R"({"app":"hearth"})");
  CHECK_FALSE(MigrateDoc(k, 0));
  CHECK_FALSE(MigrateDoc(k, kDocVersion + 1));
  CHECK(MigrateDoc(k, kDocVersion));  // already current: nothing to do
  json arr = json::array();
  CHECK_FALSE(MigrateDoc(arr, 1));
}

TEST_CASE("merge: edits to different sections are both kept", "[store][merge]") {
  SavedDoc base = FullDoc();
  SavedDoc a = base, b = base;
  a.settings.theme = ThemeChoice::Dark;
  a.updated["settings"] = 1795000000000.0;
  b.reader.bookmarks.push_back({"kinds-of-intimacy", "physical", 1795000001000.0});
  b.updated["bookmarks"] = 1795000001000.0;
  for (const SavedDoc& m : {MergeDocs(a, b), MergeDocs(b, a)}) {
    CHECK(m.settings.theme == ThemeChoice::Dark);
    CHECK(m.reader.bookmarks.size() == 3);
    CHECK(m.updated.at("settings") == 1795000000000.0);
    CHECK(m.updated.at("bookmarks") == 1795000001000.0);
  }
}

TEST_CASE("merge: in one section the newest wins, a tie keeps mine", "[store][merge]") {
  SavedDoc a = FullDoc(), b = FullDoc();
  a.settings.theme = ThemeChoice::Dark;
  a.updated["settings"] = 2000;
  b.settings.theme = ThemeChoice::System;
  b.updated["settings"] = 3000;
  CHECK(MergeDocs(a, b).settings.theme == ThemeChoice::System);
  CHECK(MergeDocs(b, a).settings.theme == ThemeChoice::System);
  b.updated["settings"] = 2000;
  CHECK(MergeDocs(a, b).settings.theme == ThemeChoice::Dark);
  CHECK(MergeDocs(b, a).settings.theme == ThemeChoice::System);
}

TEST_CASE("merge: each chapter is its own record; completions are the union", "[store][merge]") {
  SavedDoc a, b;
  a.reader.chapters["conflict"] = {3, 0, false, 100};
  a.updated["chapter:conflict"] = 100;
  b.reader.chapters["conflict"] = {8, 0, true, 200};
  b.updated["chapter:conflict"] = 200;
  b.reader.chapters["questions"] = {1, 0, false, 50};
  a.ex.done.push_back(ExerciseDone{"appreciation", 10, 0});
  b.ex.done.push_back(ExerciseDone{"appreciation", 10, 0});
  b.ex.done.push_back(ExerciseDone{"daily-check-in", 5, 0});
  SavedDoc m = MergeDocs(a, b);
  CHECK(m.reader.chapters["conflict"].block == 8);
  CHECK(m.reader.chapters["conflict"].read);
  CHECK(m.reader.chapters.count("questions") == 1);
  REQUIRE(m.ex.done.size() == 2);
  CHECK(m.ex.done[0].id == "daily-check-in");  // oldest first
}

TEST_CASE("DocSections names every section and StampChanges stamps only what changed", "[store][merge]") {
  SavedDoc d = FullDoc();
  auto secs = DocSections(d);
  for (const char* k : {"settings", "bookmarks", "timeout", "chapter:conflict", "exercise:done", "exercise:intimacy-map"})
    CHECK(secs.count(k) == 1);
  SaveState s;
  s.seen = secs;
  const SectionTimes times = d.updated;
  CHECK_FALSE(StampChanges(s, d, 500));
  CHECK(d.updated == times);
  d.timeout.settings.default_minutes = 60;
  CHECK(StampChanges(s, d, 700));
  CHECK(d.updated.at("timeout") == 700);
  CHECK(d.updated["settings"] == times.at("settings"));  // unchanged sections keep their time
}

TEST_CASE("version 2 documents with exercise records (fixture) keep them under the exercises' ids", "[store]") {
  // Written by Hearth's version 2 code (short keys: "map", "ideas", "rules"...).
  const std::string v2 = ReadFixture("doc-v2-exercises.json");
  SavedDoc d;
  LoadResult r = DocFromJson(v2, d);
  REQUIRE(r.status == LoadStatus::Ok);
  CHECK(r.version == 2);
  REQUIRE(d.ex.appreciation.entries.size() == 1);
  CHECK(d.ex.appreciation.entries[0].text == "You made soup when I was tired.");
  CHECK(d.ex.ideas.records.at("blanket-fort").rating == 4);
  CHECK(d.ex.fears.safe_with == "Being told plainly what is going on.");
  CHECK(d.ex.rules.own == std::vector<std::string>{"No big talks after 10 pm."});
  CHECK(d.ex.coach.draft == "I feel left out when plans change without a word.");
  CHECK(d.ex.map.two);
  // The section times follow their exercise, so a merge with another tab still knows which is newer.
  CHECK(d.updated.at("exercise:shared-experiences") == 1794700000000.0);
  CHECK(d.updated.at("exercise:ground-rules") == 1794720000000.0);
  CHECK(d.updated.at("exercise:intimacy-map") == 1794740000000.0);
  CHECK(d.updated.at("exercise:appreciation") == 1794900000000.0);
  CHECK(d.updated.count("exercise:ideas") == 0);
  // Saved again: the current version, every exercise under its id, and the same records.
  json j = json::parse(DocToJson(d));
  CHECK(j["version"] == kDocVersion);
  for (const char* old : {"map", "checkin", "decks", "coach", "listening", "openq", "rules", "after", "rituals", "fears",
                          "interdep", "ideas"})
    CHECK_FALSE(j["exercises"].contains(old));
  for (const auto& e : Exercises()) CHECK(j["exercises"].contains(e.id));
  SavedDoc again;
  REQUIRE(DocFromJson(j.dump(), again).status == LoadStatus::Ok);
  CHECK(DocToJson(again) == DocToJson(d));
}
