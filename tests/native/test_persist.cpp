// The saved document (round trip, damaged and newer data, wrong types, huge numbers), the save
// throttle, and the reading-state rules.
#include <catch2/catch.hpp>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "core/persist.h"
#include "core/reader.h"
#include "core/settings.h"

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
  for (const char* text : {R"({"app":"hearth","version":3,"settings":{"textSize":200}})",
                           R"({"app":"hearth","version":2.5})", R"({"app":"hearth","version":1e300})",
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

// ---- reading state ------------------------------------------------------------------------

TEST_CASE("UpdatePosition records the position and reports changes", "[reader]") {
  ReaderState r;
  CHECK(StatusOf(r, "a") == ChapterStatus::Unread);
  CHECK(UpdatePosition(r, "a", 3, 0.5f, false));
  CHECK(r.chapters.at("a").block == 3);
  CHECK(r.chapters.at("a").offset == Approx(0.5f));
  CHECK_FALSE(r.chapters.at("a").read);
  CHECK(StatusOf(r, "a") == ChapterStatus::InProgress);

  CHECK_FALSE(UpdatePosition(r, "a", 3, 0.5f, false));    // nothing moved
  CHECK_FALSE(UpdatePosition(r, "a", 3, 0.505f, false));  // a jitter smaller than 1% is not a change
  CHECK(UpdatePosition(r, "a", 3, 0.6f, false));
  CHECK(UpdatePosition(r, "a", 4, 0.6f, false));

  // Out-of-range input is clamped.
  UpdatePosition(r, "b", -5, 7.0f, false);
  CHECK(r.chapters.at("b").block == 0);
  CHECK(r.chapters.at("b").offset == 1.0f);
  UpdatePosition(r, "b", 2, -1.0f, false);
  CHECK(r.chapters.at("b").offset == 0.0f);
  UpdatePosition(r, "b", 2, std::numeric_limits<float>::quiet_NaN(), false);
  CHECK(r.chapters.at("b").offset == 0.0f);
  UpdatePosition(r, "b", 2, std::numeric_limits<float>::infinity(), false);
  CHECK(r.chapters.at("b").offset >= 0.0f);
  CHECK(r.chapters.at("b").offset <= 1.0f);
}

TEST_CASE("reaching the end marks a chapter read, for good", "[reader]") {
  ReaderState r;
  CHECK(UpdatePosition(r, "a", 9, 1.0f, true));
  CHECK(r.chapters.at("a").read);
  CHECK(StatusOf(r, "a") == ChapterStatus::Read);
  CHECK(ChaptersRead(r) == 1);
  CHECK_FALSE(UpdatePosition(r, "a", 9, 1.0f, true));  // already read, same place

  // Scrolling back up to the start later keeps it read.
  CHECK(UpdatePosition(r, "a", 0, 0.0f, false));
  CHECK(r.chapters.at("a").read);
  CHECK(StatusOf(r, "a") == ChapterStatus::Read);

  // At the end of a chapter without moving: still a change, because it becomes read.
  UpdatePosition(r, "b", 2, 0.0f, false);
  CHECK(UpdatePosition(r, "b", 2, 0.0f, true));
  CHECK(ChaptersRead(r) == 2);
}

TEST_CASE("StatusOf: unread, in progress, read", "[reader]") {
  ReaderState r;
  CHECK(StatusOf(r, "x") == ChapterStatus::Unread);
  UpdatePosition(r, "top", 0, 0.0f, false);  // at the very top and never opened
  CHECK(StatusOf(r, "top") == ChapterStatus::Unread);
  MarkOpened(r, "opened", 123);
  CHECK(StatusOf(r, "opened") == ChapterStatus::InProgress);
  CHECK(r.chapters.at("opened").opened_ms == 123);
  UpdatePosition(r, "partly", 0, 0.3f, false);
  CHECK(StatusOf(r, "partly") == ChapterStatus::InProgress);
  UpdatePosition(r, "done", 5, 0.0f, true);
  CHECK(StatusOf(r, "done") == ChapterStatus::Read);
  // Reading one chapter says nothing about another.
  CHECK(StatusOf(r, "x") == ChapterStatus::Unread);
}

TEST_CASE("ToggleBookmark adds, keeps order and removes", "[reader]") {
  ReaderState r;
  CHECK_FALSE(IsBookmarked(r, "a", ""));
  ToggleBookmark(r, "a", "", 10);
  CHECK(IsBookmarked(r, "a", ""));
  CHECK_FALSE(IsBookmarked(r, "a", "s"));  // the chapter start is not a section
  CHECK_FALSE(IsBookmarked(r, "b", ""));
  ToggleBookmark(r, "a", "s", 20);
  ToggleBookmark(r, "b", "s", 30);
  REQUIRE(r.bookmarks.size() == 3);
  CHECK(r.bookmarks.back().chapter == "b");  // newest last
  CHECK(r.bookmarks.back().created_ms == 30);

  ToggleBookmark(r, "a", "s", 40);  // toggling again removes just that one
  CHECK_FALSE(IsBookmarked(r, "a", "s"));
  CHECK(IsBookmarked(r, "a", ""));
  CHECK(IsBookmarked(r, "b", "s"));
  REQUIRE(r.bookmarks.size() == 2);
  CHECK(r.bookmarks[0].chapter == "a");
  CHECK(r.bookmarks[1].chapter == "b");

  // Bookmarks survive a save and load.
  SavedDoc d, back;
  d.reader = r;
  REQUIRE(DocFromJson(DocToJson(d), back).status == LoadStatus::Ok);
  CHECK(IsBookmarked(back.reader, "a", ""));
  CHECK(IsBookmarked(back.reader, "b", "s"));
  CHECK_FALSE(IsBookmarked(back.reader, "a", "s"));
}

TEST_CASE("ChaptersRead counts read chapters only", "[reader]") {
  ReaderState r;
  CHECK(ChaptersRead(r) == 0);
  UpdatePosition(r, "a", 1, 0, false);
  MarkOpened(r, "b", 5);
  CHECK(ChaptersRead(r) == 0);
  UpdatePosition(r, "a", 9, 1, true);
  UpdatePosition(r, "c", 9, 1, true);
  CHECK(ChaptersRead(r) == 2);
  UpdatePosition(r, "a", 0, 0, false);
  CHECK(ChaptersRead(r) == 2);
}

TEST_CASE("BlockAt finds the block at the top of the view", "[reader]") {
  ReaderView v;
  int block = -1;
  float offset = -1;
  BlockAt(v, 500, block, offset);  // no layout yet
  CHECK(block == 0);
  CHECK(offset == 0);

  v.block_top = {0, 100, 300};
  v.block_h = {100, 200, 50};
  BlockAt(v, 0, block, offset);
  CHECK(block == 0);
  CHECK(offset == 0);
  BlockAt(v, 150, block, offset);
  CHECK(block == 1);
  CHECK(offset == Approx(0.25f));
  BlockAt(v, 325, block, offset);
  CHECK(block == 2);
  CHECK(offset == Approx(0.5f));
  BlockAt(v, 10000, block, offset);  // past the end
  CHECK(block == 2);
  CHECK(offset == 1.0f);
}
