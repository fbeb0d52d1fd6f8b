// Where the person is in the app: a screen plus its arguments, and the address (#/...) for it.
#pragma once
#include <string>
#include <vector>

namespace core {

enum class Screen { Home, Guide, Chapter, Exercises, Exercise, Timeout, Progress, Settings, Homework };

struct Route {
  Screen screen = Screen::Home;
  std::string id;       // chapter or exercise id, when the screen has one; a homework link's steps as they arrived
  std::string section;  // a section inside a chapter (optional)
  bool operator==(const Route& o) const { return screen == o.screen && id == o.id && section == o.section; }
  bool operator!=(const Route& o) const { return !(*this == o); }
};

struct Nav {
  Route route;                // the screen shown now
  std::vector<Route> back;    // in-app history, for the Back button
  bool menu_open = false;     // narrow layout: the navigation menu is unfolded
  bool route_changed = true;  // set on every move; the page scrolls to the top / restores a position
  unsigned moves = 0;         // counts moves: one made while a frame draws is seen by the next frame
  bool scroll_top = false;    // the screen moved to a new stage (a reveal, a hand-over): show its top
  std::string address;        // the address the app last published
  std::string seen_address;   // the page's address at the last frame
};

// Follows the page's address when it changed outside the app (Back/Forward, a typed or linked #/...).
// Returns true when the route changed.
bool FollowAddress(Nav& nav, const std::string& page_address);

void Go(Nav& nav, const Route& to);  // moves and remembers where we came from
bool GoBack(Nav& nav);               // false when there is nowhere to go back to
void MarkMoved(Nav& nav);            // the screen changed in place (a stage): treat it as a move
const char* ScreenTitle(Screen s);

// "#/guide/what-intimacy-is/trust" <-> Route. Unknown addresses give Home and false.
std::string RouteToHash(const Route& r);
bool RouteFromHash(const std::string& hash, Route& out);

// A content link's target ("chapter:ID", "chapter:ID#SECTION", "exercise:ID", "timeout", "progress",
// "settings", "exercises", "guide") as a route. Addresses of other sites give false.
bool RouteFromTarget(const std::string& target, Route& out);

// The address a content link goes to, for the mirror's link elements (open in a new tab, copy the
// address): an app target as "#/..." (RouteToHash), an https address as it is, "" for anything else.
std::string TargetToHref(const std::string& target);

}  // namespace core
