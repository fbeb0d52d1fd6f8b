// The accessibility mirror (core/a11y): its JSON, the roles' ARIA names, and where a focus request lands.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/app/a11y.h"

using namespace core;
using nlohmann::json;

namespace {
MirrorItem Item(uint32_t id, Role role, const std::string& name, int level = 0, bool in_nav = false) {
  MirrorItem m;
  m.id = id;
  m.role = role;
  m.name = name;
  m.level = level;
  m.in_nav = in_nav;
  return m;
}
}  // namespace

TEST_CASE("SerializeMirror gives valid JSON with names escaped and kept literally", "[a11y]") {
  std::vector<MirrorItem> items(5);
  items[0].id = 1;
  items[0].role = Role::Button;
  items[0].name = R"(Say "hello")";
  items[1].id = 2;
  items[1].role = Role::Text;
  items[1].name = R"(C:\path\to "x" \n not a newline)";
  items[2].id = 3;
  items[2].role = Role::Heading;
  items[2].level = 2;
  items[2].name = "<script>alert('x')</script> & <b>bold</b>";
  items[3].id = 4;
  items[3].role = Role::TextBox;
  items[3].multiline = true;
  items[3].name = "Notes";
  items[3].value_text = "line one\nline two\ttab \x01 control \xE2\x80\x9C" "curly\xE2\x80\x9D \xF0\x9F\x98\x80";
  items[4].id = 5;
  items[4].role = Role::Link;
  items[4].name = "]}\",{\"id\":666,\"r\":\"button\"";  // an attempt to inject another item
  items[4].href = "https://example.org/?a=1&b=\"2\"";

  const std::string text = SerializeMirror(items);
  CHECK(text.find('\n') == std::string::npos);  // compact: the newline inside is escaped
  CHECK(text.find(R"(Say \"hello\")") != std::string::npos);
  CHECK(text.find(R"(C:\\path\\to)") != std::string::npos);
  CHECK(text.find("<script>alert('x')</script>") != std::string::npos);  // text, not entities: the DOM side sets textContent
  CHECK(text.find("&lt;") == std::string::npos);

  json j;
  REQUIRE_NOTHROW(j = json::parse(text));
  REQUIRE(j.is_array());
  REQUIRE(j.size() == items.size());  // the injection attempt did not add an item
  for (size_t i = 0; i < items.size(); ++i) {
    INFO(i);
    CHECK(j[i]["id"] == items[i].id);
    CHECK(j[i]["n"].get<std::string>() == items[i].name);
    CHECK(j[i]["r"] == RoleName(items[i].role));
  }
  CHECK(j[3]["vt"].get<std::string>() == items[3].value_text);
  CHECK(j[4]["href"].get<std::string>() == items[4].href);
  CHECK(j[2]["lv"] == 2);
  CHECK(j[3]["ml"] == 1);
  CHECK(j[4]["r"] == "link");
}

TEST_CASE("SerializeMirror writes the optional fields only when they are set", "[a11y]") {
  CHECK(SerializeMirror({}) == "[]");

  MirrorItem plain;
  plain.id = 7;
  plain.role = Role::Button;
  plain.name = "OK";
  plain.x = 10.04f;
  plain.y = 20.06f;
  plain.w = 100.0f;
  plain.h = 44.0f;

  MirrorItem full;
  full.id = 8;
  full.role = Role::Slider;
  full.name = "Text size";
  full.offscreen = true;
  full.checked = 1;
  full.current = true;
  full.has_expanded = true;
  full.expanded = false;
  full.disabled = true;
  full.value = 3;
  full.min = 0;
  full.max = 6;
  full.value_text = "130 percent";

  MirrorItem tab;
  tab.id = 9;
  tab.role = Role::Tab;
  tab.name = "Tab";
  tab.checked = 0;  // not selected is still written: it is checkable

  json j = json::parse(SerializeMirror({plain, full, tab}));
  REQUIRE(j.size() == 3);
  const json& a = j[0];
  CHECK(a["r"] == "button");
  CHECK(a["x"].get<double>() == Approx(10.0));
  CHECK(a["y"].get<double>() == Approx(20.1));
  CHECK(a["w"].get<double>() == Approx(100.0));
  CHECK(a["h"].get<double>() == Approx(44.0));
  for (const char* key : {"off", "lv", "ck", "cur", "ex", "dis", "ml", "v", "min", "max", "vt", "href"}) {
    INFO(key);
    CHECK_FALSE(a.contains(key));
  }
  const json& b = j[1];
  CHECK(b["r"] == "slider");
  CHECK(b["off"] == 1);
  CHECK(b["ck"] == 1);
  CHECK(b["cur"] == 1);
  CHECK(b["ex"] == 0);
  CHECK(b["dis"] == 1);
  CHECK(b["v"].get<double>() == Approx(3));
  CHECK(b["min"].get<double>() == Approx(0));
  CHECK(b["max"].get<double>() == Approx(6));
  CHECK(b["vt"] == "130 percent");
  CHECK(j[2]["ck"] == 0);
}

TEST_CASE("SerializeMirror survives invalid UTF-8 in a name", "[a11y]") {
  MirrorItem m;
  m.id = 1;
  m.name = "bad \xFF\xFE bytes";
  std::string text;
  REQUIRE_NOTHROW(text = SerializeMirror({m}));
  json j;
  REQUIRE_NOTHROW(j = json::parse(text));
  std::string name = j[0]["n"].get<std::string>();
  CHECK(name.find("bad ") == 0);
  CHECK(name.find("\xEF\xBF\xBD") != std::string::npos);  // replaced, not dropped silently
  CHECK(name.find(" bytes") != std::string::npos);
}

TEST_CASE("every role has its ARIA name", "[a11y]") {
  CHECK(std::string(RoleName(Role::Button)) == "button");
  CHECK(std::string(RoleName(Role::Link)) == "link");
  CHECK(std::string(RoleName(Role::Checkbox)) == "checkbox");
  CHECK(std::string(RoleName(Role::Radio)) == "radio");
  CHECK(std::string(RoleName(Role::Slider)) == "slider");
  CHECK(std::string(RoleName(Role::TextBox)) == "textbox");
  CHECK(std::string(RoleName(Role::Heading)) == "heading");
  CHECK(std::string(RoleName(Role::Tab)) == "tab");
  CHECK(std::string(RoleName(Role::Banner)) == "banner");
  CHECK(std::string(RoleName(Role::Navigation)) == "navigation");
  CHECK(std::string(RoleName(Role::Main)) == "main");
}

TEST_CASE("a focus request finds the page's main heading or the named item", "[a11y][focus]") {
  std::vector<MirrorItem> tree = {Item(1, Role::Heading, "Menu", 1, true), Item(2, Role::Link, "Back"),
                                  Item(3, Role::Heading, "Intro", 2), Item(4, Role::Heading, "Title", 1),
                                  Item(5, Role::Radio, "Every week")};
  CHECK(ResolveFocus(tree, FocusMainHeading()) == 4);  // the page's h1, not the bar's, not an h2 before it
  tree.erase(tree.begin() + 3);
  CHECK(ResolveFocus(tree, FocusMainHeading()) == 3);  // no h1: the first heading of the page
  CHECK(ResolveFocus(tree, FocusItem(Role::Radio, "Every week")) == 5);
  CHECK(ResolveFocus(tree, FocusItem(Role::Link, "Every week")) == 0);  // role and name must both match
  CHECK(ResolveFocus(tree, FocusRequest{}) == 0);
  tree.erase(tree.begin() + 2);
  CHECK(ResolveFocus({tree[0]}, FocusMainHeading()) == 0);  // the bar's heading never counts
}
