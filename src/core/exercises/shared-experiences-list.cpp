// Ideas for new things to do together: each idea's id and what the filters need (kind, cost, time,
// in or out), in the order shown. Doing something new side by side is one of the simplest ways to feel
// close again: the point is the shared first time, not the cost. The words (title and line) are in
// content/exercises.json ("ideas"), which the build puts in the guide's file (core/exercises/ex_text.h).
// Ids are stable (saved records refer to them); a new idea needs its id here and its words there, and
// the build stops, naming the idea, when the two disagree.
#include "core/exercises/shared-experiences.h"

namespace core {

namespace {
constexpr IdeaCategory Hob = IdeaCategory::Hobby, Nov = IdeaCategory::Novelty, Team = IdeaCategory::Team,
                       Home = IdeaCategory::Home, Free = IdeaCategory::Free;
constexpr IdeaCost C0 = IdeaCost::Free, C1 = IdeaCost::Low, C2 = IdeaCost::Some;
constexpr IdeaTime Sh = IdeaTime::Short, Ev = IdeaTime::Evening, Day = IdeaTime::Day;
constexpr IdeaPlace In = IdeaPlace::In, Out = IdeaPlace::Out;
}  // namespace

const std::vector<Idea>& Ideas() {
  static const std::vector<Idea> list = {
      // A new hobby: something neither of you is good at yet.
      {"pottery", Hob, C2, Ev, Out},
      {"dance", Hob, C1, Ev, Out},
      {"language", Hob, C0, Sh, In},
      {"climbing", Hob, C2, Ev, Out},
      {"sketch", Hob, C1, Sh, In},
      {"birding", Hob, C0, Day, Out},
      {"instrument", Hob, C1, Sh, In},
      {"bread", Hob, C1, Day, In},
      {"photo-walk", Hob, C0, Ev, Out},
      // A novelty date: somewhere or something new.
      {"new-cuisine", Nov, C2, Ev, Out},
      {"tourists", Nov, C1, Day, Out},
      {"sunrise", Nov, C0, Sh, Out},
      {"escape-room", Nov, C2, Ev, Out},
      {"stargazing", Nov, C0, Ev, Out},
      {"open-mic", Nov, C1, Ev, Out},
      {"random-bus", Nov, C1, Day, Out},
      {"museum-night", Nov, C1, Ev, Out},
      {"night-picnic", Nov, C1, Ev, Out},
      // A team project: make something, side by side.
      {"garden-bed", Team, C1, Day, Out},
      {"fix-thing", Team, C0, Sh, In},
      {"puzzle", Team, C1, Ev, In},
      {"scrapbook", Team, C1, Ev, In},
      {"volunteer", Team, C0, Day, Out},
      {"cook-new", Team, C1, Ev, In},
      {"room-refresh", Team, C1, Day, In},
      {"short-film", Team, C0, Ev, In},
      {"race", Team, C0, Day, Out},
      // At home: new, without going anywhere.
      {"blanket-fort", Home, C0, Ev, In},
      {"tasting", Home, C1, Sh, In},
      {"recreate-date", Home, C1, Ev, In},
      {"game-night", Home, C0, Ev, In},
      {"reading-aloud", Home, C0, Sh, In},
      {"candle-dinner", Home, C1, Ev, In},
      {"karaoke", Home, C0, Ev, In},
      {"spa-night", Home, C1, Ev, In},
      {"time-capsule", Home, C0, Sh, In},
      // Free: costs nothing at all.
      {"new-walk", Free, C0, Sh, Out},
      {"library", Free, C0, Sh, Out},
      {"free-event", Free, C0, Ev, Out},
      {"swap-playlists", Free, C0, Sh, In},
      {"cloud-watching", Free, C0, Sh, Out},
      {"childhood-tour", Free, C0, Day, Out},
      {"teach-skill", Free, C0, Sh, In},
      {"sunset-walk", Free, C0, Sh, Out},
      {"memory-lane", Free, C0, Ev, In},
  };
  return list;
}

}  // namespace core
