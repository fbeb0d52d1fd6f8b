// Find on this screen (core/find): matching the typed words in the screen's text, the count, and
// moving between matches.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/app/find.h"

using namespace core;

namespace {

MirrorItem Item(uint32_t id, Role role, const std::string& name, bool in_nav = false) {
  MirrorItem m;
  m.id = id;
  m.role = role;
  m.name = name;
  m.in_nav = in_nav;
  return m;
}

std::vector<MirrorItem> Screen() {
  return {Item(1, Role::Link, "Guide", true),  // the bar: never searched
          Item(2, Role::Heading, "Café talk"),
          Item(3, Role::Text, "Share a CAFE memory, then another cafe memory."),
          Item(4, Role::Button, "Cafe button"),  // controls' names are not the screen's text
          Item(5, Role::Link, "Read about the café"),
          Item(6, Role::TextBox, "cafe")};
}

}  // namespace

TEST_CASE("FindInItems ignores case and accents and finds every match in reading order", "[find]") {
  std::vector<FindHit> hits = FindInItems(Screen(), "cafe");
  REQUIRE(hits.size() == 4);
  CHECK(hits[0].item == 2);
  CHECK(hits[1].item == 3);
  CHECK(hits[2].item == 3);
  CHECK(hits[3].item == 5);
  std::vector<MirrorItem> items = Screen();
  // The byte ranges are in the original text: "Café" keeps its accent (é is two bytes).
  CHECK(items[1].name.substr(hits[0].begin, hits[0].end - hits[0].begin) == "Café");
  CHECK(items[2].name.substr(hits[1].begin, hits[1].end - hits[1].begin) == "CAFE");
  CHECK(items[2].name.substr(hits[2].begin, hits[2].end - hits[2].begin) == "cafe");
  CHECK(items[4].name.substr(hits[3].begin, hits[3].end - hits[3].begin) == "café");
  // An accented query finds the plain word too.
  CHECK(FindInItems(Screen(), "  CAFÉ ").size() == 4);
}

TEST_CASE("FindInItems: nothing typed or nothing there finds nothing; `first` skips earlier items", "[find]") {
  CHECK(FindInItems(Screen(), "").empty());
  CHECK(FindInItems(Screen(), "   ").empty());
  CHECK(FindInItems(Screen(), "tea").empty());
  CHECK(FindInItems(Screen(), "guide").empty());   // only in the navigation bar
  CHECK(FindInItems(Screen(), "button").empty());  // only a button's name
  std::vector<FindHit> later = FindInItems(Screen(), "cafe", 3);
  REQUIRE(later.size() == 1);
  CHECK(later[0].item == 5);
  CHECK(FindInItems(Screen(), "memory").size() == 2);
  CHECK(FindInItems(Screen(), "cafe memory, then").size() == 1);  // several words, punctuation and all
}

TEST_CASE("FindRefresh: a new query starts at its first match; the count says where", "[find]") {
  FindView f;
  CHECK(FindCount(f) == "");
  f.query = "cafe";
  FindRefresh(f, Screen());
  CHECK(f.current == 0);
  CHECK(f.reveal);
  CHECK(FindTarget(f) == 2);
  CHECK(FindCount(f) == "1 of 4");
  f.query = "tea";
  FindRefresh(f, Screen());
  CHECK(f.current == -1);
  CHECK(FindTarget(f) == 0);
  CHECK(FindCount(f) == "No matches");
  f.query = "";
  FindRefresh(f, Screen());
  CHECK(FindCount(f) == "");
}

TEST_CASE("FindStep moves to the next and previous match and wraps at both ends", "[find]") {
  FindView f;
  f.query = "cafe";
  FindRefresh(f, Screen());
  f.reveal = false;
  FindStep(f, true);
  CHECK(FindCount(f) == "2 of 4");
  CHECK(f.reveal);
  FindStep(f, true);
  FindStep(f, true);
  CHECK(FindCount(f) == "4 of 4");
  CHECK(FindTarget(f) == 5);
  FindStep(f, true);  // past the last: back to the first
  CHECK(FindCount(f) == "1 of 4");
  FindStep(f, false);  // before the first: the last
  CHECK(FindCount(f) == "4 of 4");
  FindStep(f, false);
  CHECK(FindCount(f) == "3 of 4");
  // No matches: stepping stays at none.
  f.query = "tea";
  FindRefresh(f, Screen());
  FindStep(f, true);
  CHECK(f.current == -1);
  CHECK(FindCount(f) == "No matches");
}

TEST_CASE("FindRefresh with the same query keeps the match shown while the screen's text changes", "[find]") {
  FindView f;
  f.query = "memory";
  FindRefresh(f, Screen());
  FindStep(f, true);  // the second "memory"
  f.reveal = false;
  std::vector<MirrorItem> items = Screen();
  items.insert(items.begin() + 1, Item(9, Role::Text, "A memory of a new line above."));
  FindRefresh(f, items);
  REQUIRE(f.hits.size() == 3);
  CHECK(FindCount(f) == "3 of 3");  // the same match, now third
  CHECK_FALSE(f.reveal);            // not a new query: the view is left where it is
  // The item holding it goes: the nearest match is shown.
  items.erase(items.begin() + 3);
  FindRefresh(f, items);
  CHECK(FindCount(f) == "1 of 1");
  CHECK(FindTarget(f) == 9);
}
