// Embed options: parsed from the page's URL parameters, each checked on its own.
#include "core/app/embed.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/base/text.h"
#include "core/store/persist.h"

namespace core {

using nlohmann::json;

static int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string PercentDecode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') out += ' ';
    else if (s[i] == '%' && i + 2 < s.size() && Hex(s[i + 1]) >= 0 && Hex(s[i + 2]) >= 0) {
      out += static_cast<char>(Hex(s[i + 1]) * 16 + Hex(s[i + 2]));
      i += 2;
    } else out += s[i];
  }
  return out;
}

bool ParseHexColour(std::string_view s, Rgb& out) {
  if (!s.empty() && s[0] == '#') s.remove_prefix(1);
  if (s.size() != 6) return false;
  int v[6];
  for (int i = 0; i < 6; ++i)
    if ((v[i] = Hex(s[i])) < 0) return false;
  out = {static_cast<uint8_t>(v[0] * 16 + v[1]), static_cast<uint8_t>(v[2] * 16 + v[3]),
         static_cast<uint8_t>(v[4] * 16 + v[5])};
  return true;
}

bool PartShown(const EmbedOptions& o, Part p) { return o.show[static_cast<int>(p)]; }

bool RouteShown(const EmbedOptions& o, const Route& r) {
  switch (r.screen) {
    case Screen::Guide: case Screen::Chapter: return PartShown(o, Part::Guide);
    case Screen::Exercises: case Screen::Exercise: return PartShown(o, Part::Exercises);
    case Screen::Timeout: return PartShown(o, Part::Timeout);
    case Screen::Progress: return PartShown(o, Part::Progress);
    case Screen::Home: case Screen::Settings: case Screen::Homework: return true;
  }
  return true;
}

static Rgb Mix(Rgb a, Rgb b, double t) {
  auto m = [t](uint8_t x, uint8_t y) { return static_cast<uint8_t>(x + (y - x) * t + 0.5); };
  return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b)};
}

bool ApplyAccent(Palette& p, Rgb accent) {
  const Rgb white{255, 255, 255}, black{0, 0, 0};
  bool white_text = ContrastRatio(accent, white) >= ContrastRatio(accent, black);
  Rgb on = white_text ? white : black;
  if (ContrastRatio(accent, on) < 4.5 || ContrastRatio(accent, p.bg) < 3.0) return false;
  Rgb hi = Mix(accent, white_text ? black : white, 0.15);  // hover: a step away from the text colour
  if (ContrastRatio(hi, on) < 4.5) hi = accent;
  p.accent = accent;
  p.on_accent = on;
  p.accent_hi = hi;
  if (ContrastRatio(accent, p.bg) >= 4.5 && ContrastRatio(accent, p.surface) >= 4.5) p.link = accent;
  return true;
}


static bool HttpUrl(const std::string& s) {
  if (s.size() > 2000 || !IsValidUtf8(s)) return false;
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x21) return false;  // no spaces or controls
  return s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0;
}

static bool ParseHelpOption(const std::string& text, HelpInfo& out) {
  json j = jr::Parse(text);
  const json* list = &j;
  HelpInfo h;
  if (j.is_object()) {
    jr::String(j, "emergency", h.emergency, 600);
    list = jr::Field(j, "resources");
  }
  if (!list || !list->is_array() || list->empty() || list->size() > 40) return false;
  for (const json& r : *list) {
    HelpResource x;
    if (!jr::String(r, "name", x.name, 200) || x.name.empty()) return false;
    jr::String(r, "country", x.country, 100);
    jr::String(r, "phone", x.phone, 60);
    jr::String(r, "text", x.text, 300);
    jr::String(r, "url", x.url, 500);
    jr::String(r, "about", x.about, 400);
    if (!x.url.empty() && x.url.rfind("https://", 0) != 0) return false;
    if (x.phone.empty() && x.url.empty()) return false;
    std::string why;
    if (!ReadHelpKinds(r, x.kinds, why)) return false;  // no "kind": an abuse line, as lists were before
    h.resources.push_back(std::move(x));
  }
  out = std::move(h);
  return true;
}

EmbedOptions ParseEmbedOptions(std::string_view query, std::vector<std::string>& warnings) {
  EmbedOptions o;
  if (!query.empty() && query[0] == '?') query.remove_prefix(1);
  auto warn = [&](const std::string& key, const std::string& why) {
    warnings.push_back("Hearth: the option '" + key + "' was ignored: " + why + ".");
  };
  size_t at = 0;
  while (at <= query.size() && !query.empty()) {
    size_t amp = query.find('&', at);
    if (amp == std::string_view::npos) amp = query.size();
    std::string_view pair = query.substr(at, amp - at);
    at = amp + 1;
    if (pair.empty()) {
      if (amp >= query.size()) break;
      continue;
    }
    size_t eq = pair.find('=');
    std::string key = PercentDecode(pair.substr(0, eq));
    std::string val = eq == std::string_view::npos ? "" : PercentDecode(pair.substr(eq + 1));
    if (!IsValidUtf8(val)) {
      warn(key, "it is not valid text");
    } else if (key == "accent") {
      if (ParseHexColour(val, o.accent)) o.has_accent = true;
      else warn(key, "give a color like #2a6f97");
    } else if (key == "org") {
      std::string clean;
      for (char c : val)
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) clean += c;
      if (clean.empty() || clean.size() > 80) warn(key, "give a name of 1 to 80 characters");
      else o.org = clean;
    } else if (key == "parts") {
      bool show[5] = {false, false, false, false, false};  // a part left out of the list is not shown
      bool ok = true;
      size_t p = 0;
      while (p <= val.size()) {
        size_t c = val.find(',', p);
        if (c == std::string::npos) c = val.size();
        std::string part = val.substr(p, c - p);
        p = c + 1;
        if (part == "guide") show[0] = true;
        else if (part == "exercises") show[1] = true;
        else if (part == "timeout") show[2] = true;
        else if (part == "progress") show[3] = true;
        else if (part == "desire") show[4] = true;
        else if (!part.empty()) ok = false;
      }
      if (!ok || !(show[0] || show[1] || show[2] || show[3]))
        warn(key, "use a comma list of guide, exercises, timeout, progress, desire");
      else std::copy(show, show + 5, o.show);
    } else if (key == "start") {
      Route r;
      if (RouteFromHash(val, r) && !val.empty()) {
        o.start = r;
        o.has_start = true;
      } else warn(key, "give an address such as #/exercise/ritual-planner");
    } else if (key == "lang") {
      if (val != "en") warn(key, "only English (en) is available so far");
    } else if (key == "help") {
      if (ParseHelpOption(val, o.help)) o.has_help = true;
      else warn(key, "give a JSON list of {\"name\", \"phone\" or \"url\" (https), \"country\", \"about\"}");
    } else if (key == "ns") {
      if (ValidNamespace(val) == val) o.ns = val;
      else warn(key, "use 1 to 32 lower-case letters, digits or dashes");
    } else if (key == "host") {
      if (HttpUrl(val) && val.find('/', val.find("//") + 2) == std::string::npos) o.host_origin = val;
      else warn(key, "give the embedding page's origin, such as https://example.org");
    }
    // Unknown keys are left alone: a site may add its own parameters. `exit` (quick exit's
    // destination) is the page's own: web/boot.js reads it, checks it and warns, before the app loads.
    if (amp >= query.size()) break;
  }
  if (o.has_start && !RouteShown(o, o.start)) {
    warn("start", "that part is not shown");
    o.has_start = false;
  }
  return o;
}

}  // namespace core
