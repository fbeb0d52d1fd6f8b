// Ideas for new things to do together, in Hearth's own words. Doing something new side by side is
// one of the simplest ways to feel close again: the point is the shared first time, not the cost.
// Ids are stable (saved records refer to them).
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
      {"pottery", Hob, C2, Ev, Out, "Take a pottery class", "Get your hands muddy and laugh at the wobbly first bowls."},
      {"dance", Hob, C1, Ev, Out, "Try a beginners' dance class", "Salsa, swing or line dancing: step on each other's toes together."},
      {"language", Hob, C0, Sh, In, "Learn ten words of a new language", "Pick a language neither of you speaks and quiz each other."},
      {"climbing", Hob, C2, Ev, Out, "Go indoor climbing", "Take turns holding the rope and cheering each other on."},
      {"sketch", Hob, C1, Sh, In, "Sketch each other", "Ten minutes each, no skill needed. Swap drawings at the end."},
      {"birding", Hob, C0, Day, Out, "Start a bird list", "Take a notebook to a park and count how many kinds you can spot."},
      {"instrument", Hob, C1, Sh, In, "Learn a song on a cheap instrument", "A ukulele, a harmonica or a free piano app."},
      {"bread", Hob, C1, Day, In, "Bake bread from scratch", "Knead, wait, shape, wait again. The waiting is the best part."},
      {"photo-walk", Hob, C0, Ev, Out, "Go on a photo walk", "Each take ten photos of one theme, like \"red\" or \"old\", then compare."},
      // A novelty date: somewhere or something new.
      {"new-cuisine", Nov, C2, Ev, Out, "Eat a food you have never tried", "Choose a place that serves something new to you both."},
      {"tourists", Nov, C1, Day, Out, "Be tourists in your own town", "Visit the spot visitors love and locals skip."},
      {"sunrise", Nov, C0, Sh, Out, "Watch the sunrise", "Set an early alarm, bring something warm to drink, and watch it come up."},
      {"escape-room", Nov, C2, Ev, Out, "Do an escape room", "Solve puzzles against the clock, as one team."},
      {"stargazing", Nov, C0, Ev, Out, "Go stargazing", "Find a dark spot, lie back, and use a free app to name what you see."},
      {"open-mic", Nov, C1, Ev, Out, "Go to an open mic night", "Poetry, comedy or music: cheer for brave strangers."},
      {"random-bus", Nov, C1, Day, Out, "Take a bus or train somewhere random", "Get off at a stop you have never visited and explore."},
      {"museum-night", Nov, C1, Ev, Out, "Visit a museum you would never pick", "A tiny, odd one is best. Find your favorite item each."},
      {"night-picnic", Nov, C1, Ev, Out, "Have a picnic at night", "Blanket, snacks and a torch, somewhere safe and quiet."},
      // A team project: make something, side by side.
      {"garden-bed", Team, C1, Day, Out, "Plant something together", "A window box, a pot of herbs, or a corner of a garden."},
      {"fix-thing", Team, C0, Sh, In, "Fix something that has been broken for ages", "The wobbly chair or the dripping tap. Celebrate when it works."},
      {"puzzle", Team, C1, Ev, In, "Build a big jigsaw puzzle", "Leave it out on a table and add a few pieces each evening."},
      {"scrapbook", Team, C1, Ev, In, "Make a scrapbook of this year", "Tickets, photos and notes about what each one meant."},
      {"volunteer", Team, C0, Day, Out, "Volunteer together", "A food bank, a park clean-up or an animal shelter."},
      {"cook-new", Team, C1, Ev, In, "Cook a meal from a country you have not visited", "Split the jobs and taste as you go."},
      {"room-refresh", Team, C1, Day, In, "Give one room a fresh look", "Move the furniture, clear a shelf, hang something new."},
      {"short-film", Team, C0, Ev, In, "Make a one-minute film", "Use a phone, plan three shots, and give it a silly title."},
      {"race", Team, C0, Day, Out, "Train for a fun run or a long walk", "Pick a date and a distance you both find a stretch."},
      // At home: new, without going anywhere.
      {"blanket-fort", Home, C0, Ev, In, "Build a blanket fort", "Pillows, fairy lights if you have them, and a film inside."},
      {"tasting", Home, C1, Sh, In, "Hold a blind taste test", "Chocolates, crisps or teas. Guess and score each other."},
      {"recreate-date", Home, C1, Ev, In, "Recreate your first date at home", "The same food, the same music, or your best guess."},
      {"game-night", Home, C0, Ev, In, "Learn a new board or card game", "Pick one neither of you knows and read the rules together."},
      {"reading-aloud", Home, C0, Sh, In, "Read a book aloud to each other", "A chapter a night, taking turns."},
      {"candle-dinner", Home, C1, Ev, In, "Have a no-screens dinner by candlelight", "Phones in another room, and one good question each."},
      {"karaoke", Home, C0, Ev, In, "Have a kitchen karaoke night", "Lyrics on the screen, a spoon for a microphone."},
      {"spa-night", Home, C1, Ev, In, "Have a home spa night", "Warm towels, a foot soak, and slow hand or shoulder rubs."},
      {"time-capsule", Home, C0, Sh, In, "Make a time capsule", "Write notes to yourselves to open in a year."},
      // Free: costs nothing at all.
      {"new-walk", Free, C0, Sh, Out, "Walk a route you have never taken", "Turn left where you would usually turn right."},
      {"library", Free, C0, Sh, Out, "Pick books for each other at the library", "Each choose one the other would never pick."},
      {"free-event", Free, C0, Ev, Out, "Go to a free local event", "A talk, a market or a concert in the park."},
      {"swap-playlists", Free, C0, Sh, In, "Swap playlists", "Ten songs that say something about you, with a note for each."},
      {"cloud-watching", Free, C0, Sh, Out, "Lie on the grass and watch clouds", "Name the shapes and make up their stories."},
      {"childhood-tour", Free, C0, Day, Out, "Give a tour of your childhood places", "Or show them on a map and tell the stories."},
      {"teach-skill", Free, C0, Sh, In, "Teach each other a skill", "A card trick, a stretch, a recipe: ten minutes each."},
      {"sunset-walk", Free, C0, Sh, Out, "Take a sunset walk with no phones", "Notice five things you have never seen before."},
      {"memory-lane", Free, C0, Ev, In, "Look through old photos together", "Tell the story behind each one you choose."},
  };
  return list;
}

}  // namespace core
