// Navigation: moving between screens and mapping routes to addresses.
#include "core/app/nav.h"

#include "core/base/text.h"

namespace core {

void Go(Nav& nav, const Route& to) {
  nav.menu_open = false;
  if (to == nav.route) return;
  nav.back.push_back(nav.route);
  if (nav.back.size() > 50) nav.back.erase(nav.back.begin());  // history is a convenience, keep it small
  nav.route = to;
  MarkMoved(nav);
}

void MarkMoved(Nav& nav) {
  nav.route_changed = true;
  ++nav.moves;
}

bool GoBack(Nav& nav) {
  nav.menu_open = false;
  if (nav.back.empty()) return false;
  nav.route = nav.back.back();
  nav.back.pop_back();
  MarkMoved(nav);
  return true;
}

const char* ScreenTitle(Screen s) {
  switch (s) {
    case Screen::Home: return "Home";
    case Screen::Guide: return "Guide";
    case Screen::Chapter: return "Guide";
    case Screen::Exercises: return "Exercises";
    case Screen::Exercise: return "Exercises";
    case Screen::Timeout: return "Time-out";
    case Screen::Progress: return "Progress";
    case Screen::Settings: return "Settings";
    case Screen::Homework: return "Your homework";
  }
  return "";
}

bool FollowAddress(Nav& nav, const std::string& page_address) {
  if (page_address == nav.seen_address) return false;  // unchanged since the last frame
  nav.seen_address = page_address;
  if (page_address.empty() || page_address == nav.address) return false;  // nothing asked, or our own move
  Route r;
  RouteFromHash(page_address, r);  // unknown addresses open Home
  nav.address = RouteToHash(r);
  if (r == nav.route) return false;
  nav.back.push_back(nav.route);
  nav.route = r;
  MarkMoved(nav);
  nav.menu_open = false;
  return true;
}

std::string RouteToHash(const Route& r) {
  switch (r.screen) {
    case Screen::Home: return "#/";
    case Screen::Guide: return "#/guide";
    case Screen::Chapter: return "#/guide/" + r.id + (r.section.empty() ? "" : "/" + r.section);
    case Screen::Exercises: return "#/exercises";
    case Screen::Exercise: return "#/exercise/" + r.id;
    case Screen::Timeout: return "#/timeout";
    case Screen::Progress: return "#/progress";
    case Screen::Settings: return "#/settings";
    case Screen::Homework: return "#/homework";  // the steps in an arriving link are read once, then dropped
  }
  return "#/";
}

bool RouteFromHash(const std::string& hash, Route& out) {
  std::string h = hash;
  if (!h.empty() && h[0] == '#') h.erase(0, 1);
  if (!h.empty() && h[0] == '/') h.erase(0, 1);
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= h.size()) {
    size_t slash = h.find('/', start);
    if (slash == std::string::npos) slash = h.size();
    if (slash > start) parts.push_back(h.substr(start, slash - start));
    start = slash + 1;
  }
  Route r;
  bool ok = true;
  // A counselor's homework link: "#/homework/chapter:conflict,exercise:after-argument" (its steps are
  // read by core::StepHomework; core/progress/homework.h).
  if (h.rfind("homework", 0) == 0 && (h.size() == 8 || h[8] == '/')) {
    out = {Screen::Homework, h.size() > 9 ? h.substr(9) : "", ""};
    return true;
  }
  if (parts.empty()) r.screen = Screen::Home;
  else if (parts[0] == "guide" && parts.size() == 1) r.screen = Screen::Guide;
  else if (parts[0] == "guide" && parts.size() <= 3 && ValidId(parts[1])) {
    r.screen = Screen::Chapter;
    r.id = parts[1];
    if (parts.size() == 3) {
      if (ValidId(parts[2])) r.section = parts[2];
      else ok = false;
    }
  } else if (parts[0] == "exercises" && parts.size() == 1) r.screen = Screen::Exercises;
  else if (parts[0] == "exercise" && parts.size() == 2 && ValidId(parts[1])) {
    r.screen = Screen::Exercise;
    r.id = parts[1];
  } else if (parts[0] == "timeout" && parts.size() == 1) r.screen = Screen::Timeout;
  else if (parts[0] == "progress" && parts.size() == 1) r.screen = Screen::Progress;
  else if (parts[0] == "settings" && parts.size() == 1) r.screen = Screen::Settings;
  else ok = false;
  out = ok ? r : Route{};
  return ok;
}

bool RouteFromTarget(const std::string& t, Route& out) {
  auto after = [&](const char* prefix) { return t.substr(std::string(prefix).size()); };
  if (t.rfind("chapter:", 0) == 0) {
    std::string rest = after("chapter:");
    size_t hash = rest.find('#');
    out = {Screen::Chapter, rest.substr(0, hash), hash == std::string::npos ? "" : rest.substr(hash + 1)};
    return !out.id.empty();
  }
  if (t.rfind("exercise:", 0) == 0) {
    out = {Screen::Exercise, after("exercise:"), ""};
    return !out.id.empty();
  }
  const struct {
    const char* name;
    Screen screen;
  } screens[] = {{"timeout", Screen::Timeout},     {"progress", Screen::Progress}, {"settings", Screen::Settings},
                 {"exercises", Screen::Exercises}, {"guide", Screen::Guide},       {"home", Screen::Home}};
  for (const auto& sc : screens)
    if (t == sc.name) {
      out = {sc.screen, "", ""};
      return true;
    }
  return false;
}

std::string TargetToHref(const std::string& target) {
  if (target.rfind("https://", 0) == 0) return target;
  Route r;
  if (!RouteFromTarget(target, r)) return "";
  return RouteToHash(r);
}

}  // namespace core
