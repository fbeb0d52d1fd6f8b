// Reflective listening: the scenarios' ids and the kind of each reply, in the order saved answers
// refer to. Their words (what the partner says, each reply) are in content/exercises.json, which the
// build puts in the guide's file (core/exercises/ex_text.h): the app checks saved answers with this table alone,
// before that file has come. Each has exactly four replies, one of each kind: one reflects, the others
// fix, brush off, or defend. All our own words; no genders assumed for the partner.
//
// Rules the data keeps (tests/native/test_ex_listening.cpp checks them, so a reader cannot win by a
// trick instead of by listening):
// - The wrong replies are things real people say, often kind or reasonable on the surface.
// - The reflective reply names the situation and the feeling, tentatively, but it is not the longest
//   one most of the time, does not always start the same way, and does not own the question mark,
//   "sounds like" or the feeling words: the others use them too.
// - Saved answers store the reply's index, so a scenario that existed before keeps the kind at each
//   index; a fourth reply was added at the end of those that had three. content/exercises.json lists
//   the replies in this order with their kinds, and the build stops if the two disagree.
#include "core/exercises/reflective-listening.h"

namespace core {

const std::vector<Scenario>& Scenarios() {
  constexpr ReplyKind R = ReplyKind::Reflective, F = ReplyKind::Fixing, N = ReplyKind::Dismissing,
                      D = ReplyKind::Defensive;
  static const std::vector<Scenario> all = {
      {"work-week", {{F}, {R}, {N}, {D}}},
      {"saturday-plans", {{D}, {N}, {R}, {F}}},
      {"family-visit", {{R}, {D}, {F}, {N}}},
      {"attractive", {{N}, {F}, {D}, {R}}},
      {"housework", {{D}, {R}, {F}, {N}}},
      {"phone-dinner", {{F}, {D}, {N}, {R}}},
      {"birthday", {{N}, {R}, {F}, {D}}},
      {"money-worry", {{F}, {N}, {R}, {D}}},
      {"roommates", {{R}, {D}, {N}, {F}}},
      {"career-doubt", {{F}, {N}, {R}, {D}}},
      {"pickup", {{D}, {N}, {F}, {R}}},
      {"promotion", {{N}, {R}, {D}, {F}}},
      {"anniversary-loss", {{F}, {N}, {R}, {D}}},
      {"rent-rise", {{R}, {F}, {N}, {D}}},
      {"hidden-card", {{D}, {N}, {R}, {F}}},
      {"touch", {{F}, {R}, {D}, {N}}},
      {"turned-down", {{D}, {N}, {F}, {R}}},
      {"low-desire", {{N}, {D}, {R}, {F}}},
      {"parent-scans", {{N}, {F}, {D}, {R}}},
      {"kids-comment", {{R}, {F}, {N}, {D}}},
      {"holidays", {{D}, {F}, {N}, {R}}},
      {"idea-taken", {{F}, {N}, {D}, {R}}},
      {"layoffs", {{F}, {D}, {R}, {N}}},
      {"back-pain", {{F}, {R}, {N}, {D}}},
      {"panic-store", {{N}, {D}, {R}, {F}}},
      {"pet-leash", {{N}, {D}, {F}, {R}}},
      {"grief-months", {{R}, {N}, {F}, {D}}},
      {"dishes", {{D}, {R}, {F}, {N}}},
      {"remembering", {{F}, {N}, {D}, {R}}},
      {"ex-texts", {{D}, {R}, {N}, {F}}},
      {"work-friend", {{D}, {F}, {R}, {N}}},
      {"party-dread", {{F}, {R}, {D}, {N}}},
      {"car-cry", {{N}, {F}, {R}, {D}}},
      {"first-draft", {{R}, {N}, {F}, {D}}},
      {"called-friend", {{D}, {N}, {F}, {R}}},
      {"moved-here", {{F}, {R}, {D}, {N}}},
  };
  return all;
}

}  // namespace core
