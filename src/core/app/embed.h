// Options a counseling site sets when it embeds Hearth (URL parameters of the page, written by
// embed.js from its data- attributes, or typed by hand on a plain <iframe>). A bad option is
// ignored with one warning; it never stops the app.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/app/nav.h"
#include "core/app/palette.h"
#include "core/guide/content.h"

namespace core {

// Desire is the question deck about sex and desire (core/exercises/question-decks.h): shown (after the
// person's own one-time choice) unless the site names its parts and leaves `desire` out.
enum class Part { Guide, Exercises, Timeout, Progress, Desire };

struct EmbedOptions {
  bool has_accent = false;
  Rgb accent{0, 0, 0};           // the site's colour for buttons and links (used where it keeps contrast)
  std::string org;               // "Shared by <org>" on the home page (plain text, at most 80 bytes)
  bool show[5] = {true, true, true, true, true};  // which parts the site shows (index by Part)
  bool has_start = false;
  Route start;                   // where Hearth opens when the address names no screen
  std::string lang = "en";       // only English for now
  bool has_help = false;
  HelpInfo help;                 // the site's own help lines (replace the built-in list)
  std::string ns;                // storage namespace ([a-z0-9-]{1,32}); "" = the default
  std::string host_origin;       // the embedding page's origin, for size messages ("" = not embedded)
};

// `query` is the page's search string, with or without the leading '?'. Each problem adds one
// plain warning (for the browser console) and leaves that option at its default.
EmbedOptions ParseEmbedOptions(std::string_view query, std::vector<std::string>& warnings);
std::string PercentDecode(std::string_view s);  // '+' becomes a space; bad escapes stay as they are
bool ParseHexColour(std::string_view s, Rgb& out);  // "#2a6f97", "2A6F97"
bool PartShown(const EmbedOptions& o, Part p);
// The screen's part (Home and Settings belong to none and are always shown).
bool RouteShown(const EmbedOptions& o, const Route& r);
// Puts the site's accent into a palette when it keeps WCAG AA: text on the accent 4.5:1 (black or
// white text, whichever passes), the accent against the page 3:1 (controls), links 4.5:1 (else the
// palette's own link colour stays). False (palette unchanged) when the colour cannot be used.
bool ApplyAccent(Palette& p, Rgb accent);

}  // namespace core
