// The I-statement coach's lexicons. Lists, not rules: the rules that use them are in ex_coach.cpp.
// The trait list is broad on purpose (several hundred words people throw at a partner), so the
// "you" + to-be + label pattern catches labels it was never shown.
#include "core/ex_coach_words.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace core::coachwords {

namespace {

// A word list kept as plain string literals, sorted once for binary search (a set of std::string built
// from an initializer list costs a constructor call per word in the wasm).
struct Set {
  std::vector<std::string_view> words;
  template <size_t N>
  explicit Set(const char* const (&list)[N]) : words(list, list + N) {
    std::sort(words.begin(), words.end());
  }
};

bool Has(const Set& s, const std::string& w) { return std::binary_search(s.words.begin(), s.words.end(), std::string_view(w)); }

const Set& Traits() {
  static const char* const k[] = {
      // adjectives
      "lazy", "selfish", "stupid", "dumb", "useless", "pathetic", "hopeless", "worthless", "crazy", "insane", "psycho",
      "childish", "immature", "ridiculous", "clueless", "incompetent", "disgusting", "gross", "ugly", "fat", "boring",
      "dull", "cold", "heartless", "cruel", "mean", "nasty", "vicious", "spiteful", "petty", "vain", "arrogant",
      "smug", "conceited", "cocky", "pompous", "stuck-up", "snobby", "snobbish", "rude", "obnoxious", "annoying",
      "irritating", "unbearable", "impossible", "insufferable", "intolerable", "exhausting", "draining", "toxic",
      "manipulative", "controlling", "possessive", "jealous", "paranoid", "neurotic", "hysterical", "dramatic",
      "melodramatic", "overdramatic", "oversensitive", "hypersensitive", "sensitive", "touchy", "moody", "grumpy",
      "cranky", "bitter", "negative", "pessimistic", "whiny", "needy", "clingy", "desperate", "weak", "spineless",
      "gutless", "cowardly", "pushover", "naive", "gullible", "ignorant", "thick", "slow", "dense", "dim", "dimwitted",
      "brainless", "mindless", "thoughtless", "careless", "reckless", "irresponsible", "unreliable", "untrustworthy",
      "dishonest", "deceitful", "sneaky", "shady", "fake", "phony", "hypocritical", "two-faced", "disloyal",
      "unfaithful", "cheap", "stingy", "greedy", "materialistic", "shallow", "superficial", "fickle", "flaky",
      "inconsiderate", "insensitive", "uncaring", "unkind", "unfeeling", "callous", "self-centered", "self-absorbed",
      "self-obsessed", "egotistical", "narcissistic", "entitled", "spoiled", "spoilt", "bratty", "ungrateful",
      "demanding", "bossy", "domineering", "overbearing", "judgmental", "critical", "condescending", "patronizing",
      "passive-aggressive", "aggressive", "hostile", "violent", "abusive", "unhinged", "deranged", "nuts", "mental",
      "delusional", "irrational", "unreasonable", "illogical", "stubborn", "pigheaded", "bullheaded", "hardheaded",
      "closed-minded", "narrow-minded", "rigid", "uptight", "frigid", "prudish", "useless", "lame", "sad", "messy",
      "filthy", "dirty", "sloppy", "slovenly", "disorganized", "scatterbrained", "forgetful", "absent-minded",
      "hopeless", "helpless", "incapable", "inept", "clumsy", "awkward", "embarrassing", "shameless", "sleazy",
      "creepy", "weird", "psychotic", "sick", "twisted", "evil", "wicked", "horrible", "awful", "terrible", "dreadful",
      "miserable", "unlovable", "unbelievable", "impatient", "intolerant", "lousy", "rotten", "vile", "despicable",
      "contemptible", "unworthy", "inferior", "incapable", "unambitious", "aimless", "idle", "workshy", "slack",
      "sluggish", "apathetic", "indifferent", "distant", "detached", "emotionless", "robotic", "clingy", "smothering",
      "suffocating", "nosy", "intrusive", "pushy", "loud", "rowdy", "obsessive", "compulsive", "unstable", "volatile",
      "explosive", "hotheaded", "short-tempered", "bad-tempered", "ill-tempered", "irritable", "sulky", "petulant",
      "whiny", "complaining", "argumentative", "combative", "defensive", "difficult", "high-maintenance", "dense",
      "obtuse", "idiotic", "moronic", "imbecilic", "retarded", "deluded", "dishonest", "lying", "cheating",
      "worst", "biggest", "useless", "pitiful", "tight", "tight-fisted", "spoilt-brat", "laughable", "a-joke", "unemployable", "broke", "cheapskate",
      // nouns
      "idiot", "moron", "imbecile", "fool", "clown", "joke", "loser", "failure", "disappointment", "disgrace",
      "embarrassment", "mess", "wreck", "disaster", "nightmare", "burden", "parasite", "leech", "slob", "pig", "animal",
      "jerk", "creep", "freak", "weirdo", "psycho", "lunatic", "maniac", "nutcase", "nutjob", "basket-case", "liar",
      "cheat", "cheater", "fraud", "hypocrite", "snake", "rat", "coward", "wimp", "baby", "crybaby", "child", "kid",
      "toddler", "brat", "teenager", "nag", "control-freak", "know-it-all", "snob", "bully", "tyrant", "dictator",
      "monster", "narcissist", "sociopath", "brute", "thug", "pest", "drama-queen", "diva", "princess", "martyr",
      "doormat", "pushover", "airhead", "bimbo", "dope", "dork", "dummy", "dunce", "halfwit", "nitwit", "numbskull",
      "simpleton", "cretin", "buffoon", "oaf", "dimwit", "bonehead", "blockhead", "meathead", "airhead", "scatterbrain",
      "klutz", "goof", "nobody", "waste", "muppet", "flake", "sponge", "pillock", "plonker", "prat", "git",
      "tosser", "wanker", "numpty", "eejit", "dipstick", "dingbat", "drongo", "galah", "knobhead", "bellend",
      "doofus", "dumbass", "dipshit", "shithead", "jerkface", "tool", "snowflake", "hothead", "crybaby",
      "sook", "whinger", "moaner", "complainer", "naysayer", "slacker", "layabout", "waster", "good-for-nothing",
      "do-nothing", "dead-weight", "deadweight", "letdown", "let-down", "headcase", "head-case", "space-cadet",
      "sad-sack", "wet-lettuce", "wet-rag", "stick-in-the-mud", "spoilsport", "debbie-downer", "know-all", "waste-of-space", "deadbeat", "bum", "couch-potato", "sloth",
      "slacker", "freeloader", "mooch", "moocher", "user", "gold-digger", "tramp", "slut", "whore", "bitch",
      "bastard", "asshole", "arsehole", "dick", "prick", "douche", "douchebag", "scumbag", "dirtbag", "sleazebag",
      "jackass", "ass", "twat", "cow", "witch", "hag", "shrew", "harpy", "wuss", "sissy", "pansy", "chicken",
      "addict", "drunk", "lush", "sloth", "lump", "sod", "five-year-old", "two-year-old", "three-year-old",
      "six-year-old", "teenager", "schoolkid", "schoolboy", "schoolgirl", "alcoholic", "junkie", "psychopath", "lost-cause", "charity-case", "mama's-boy", "baby-man",
      "manchild", "man-child", "couch-potato", "workaholic", "miser", "scrooge", "skinflint", "penny-pincher",
      "grump", "grouch", "crank", "killjoy", "buzzkill", "wet-blanket", "party-pooper", "bore", "pain",
      // what someone is said to be doing, as a label ("you're overreacting", "you're being dramatic")
      "overreacting", "exaggerating", "overthinking", "whining", "nagging", "sulking", "pouting", "moaning",
      "bitching", "hysterical", "paranoid", "delusional", "imagining",
  };
  static const Set s(k);
  return s;
}

const Set& Positives() {
  static const char* const k[] = {
      "love", "loved", "loving", "lovely", "adore", "adorable", "thank", "thanks", "thankful", "grateful",
      "appreciate", "appreciated", "glad", "happy", "happier", "proud", "kind", "kinder", "kindest", "sweet",
      "sweetest", "thoughtful", "considerate", "caring", "gentle", "patient", "generous", "good", "great", "best",
      "better", "wonderful", "amazing", "awesome", "incredible", "fantastic", "brilliant", "beautiful", "gorgeous",
      "handsome", "pretty", "cute", "funny", "hilarious", "smart", "clever", "wise", "brave", "strong", "special",
      "safe", "calm", "warm", "fun", "talented", "gifted", "helpful", "supportive", "encouraging", "reliable",
      "dependable", "honest", "loyal", "trustworthy", "fair", "forgiving", "understanding", "attentive", "romantic",
      "charming", "delightful", "radiant", "inspiring", "inspire", "inspires", "amaze", "amazes", "impress",
      "impresses", "delight", "delights", "brighten", "brightens", "brightened", "cheer", "cheers", "cheered",
      "lift", "lifts", "comfort", "comforts", "comforted", "support", "supports", "supported", "encourage",
      "encourages", "soothe", "soothes", "protect", "protects", "understand", "understands", "laugh", "smile",
      "smiling", "giggle", "whole", "seen", "heard", "valued", "cherished", "treasured", "welcome", "home",
      "relaxed", "content", "peaceful", "hopeful", "excited", "special", "lucky", "blessed", "cozy", "hug",
      "hugs", "kiss", "kisses", "spoil", "treat", "surprise", "surprises", "nicest", "nice", "fine", "okay",
      "ok", "sunshine", "joy", "light", "well", "after", "beloved", "darling", "favorite", "perfect", "magic", "magical",
      "anything", "mind", "capable", "unstoppable", "beautifully", "perfectly", "considerate",
  };
  static const Set s(k);
  return s;
}

const Set& Faults() {
  static const char* const k[] = {
      "late", "worse", "worst", "ruin", "ruins", "ruined", "mess", "messes", "forget", "forgets", "forgot",
      "ignore", "ignores", "ignored", "interrupt", "interrupts", "criticize", "criticizes", "complain", "complains",
      "nag", "nags", "yell", "yells", "shout", "shouts", "lie", "lies", "lied", "leave", "leaves", "mad", "angry",
      "upset", "wrong", "fault", "blame", "blames", "embarrass", "embarrasses", "annoy", "annoys", "hate",
      "hurt", "hurts", "sulk", "sulks", "whine", "whines", "excuse", "excuses", "phone", "drunk", "broke",
      "spend", "spends", "waste", "wastes", "miserable", "cry", "late", "sorry", "argue", "argues", "fight",
      "fights", "alone", "lonely", "invisible", "small", "unwanted", "stranger", "unloved", "guilty", "bad",
      "never", "don't", "doesn't", "can't", "won't", "not", "no", "nothing",
  };
  static const Set s(k);
  return s;
}

}  // namespace

bool NegativeTrait(const std::string& w) { return Has(Traits(), w); }
bool PositiveWord(const std::string& w) { return Has(Positives(), w); }
bool PraiseVerb(const std::string& w) {
  static const char* const k[] = {"listen", "listens", "know", "knows", "remember", "remembers", "remembered", "notice",
                        "notices", "noticed"};
  static const Set s(k);
  return Has(s, w);
}
bool FaultWord(const std::string& w) { return Has(Faults(), w) || NegativeTrait(w); }

bool PraiseAfterNever(const std::string& w) {
  static const char* const k[] = {"fail", "fails", "complain", "complains", "judge", "judges", "disappoint", "disappoints",
                        "forgot", "forgotten", "missed", "lose", "loses", "falters", "wavers", "hesitated",
                        "hesitate", "hesitates", "waver", "quit", "forget", "forgets", "boring", "dull", "judged",
                        "doubt", "doubted", "wavered", "flinch", "flinched", "falter", "stopped", "tire", "tires",
                        "gives", "give", "miss", "misses", "cease", "ceases"};
  static const Set s(k);
  return Has(s, w) || NegativeTrait(w);
}

bool Intensifier(const std::string& w) {
  static const char* const k[] = {"so",      "such",     "a",        "an",     "the",   "really", "very",    "truly",
                        "total",   "totally",  "complete", "completely", "absolute", "absolutely", "utter",
                        "utterly", "real",     "little",   "big",    "biggest", "most",  "just",   "being",
                        "like",    "kind",     "sort",     "of",     "bit",   "such",  "pretty", "quite",
                        "fucking", "freaking", "effing",   "bloody", "damn",  "goddamn", "incredibly", "unbelievably",
                        "ridiculously", "always", "constantly", "right", "proper", "acting", "behaving", "some", "sooo", "soo",
                        "too",     "way",      "extremely", "seriously", "honestly", "literally", "actually",
                        "officially", "still", "becoming", "turning", "into", "getting", "one", "another", "typical"};
  static const Set s(k);
  return Has(s, w);
}

bool Negator(const std::string& w) {
  static const char* const k[] = {"not", "never", "aren't", "isn't", "wasn't", "weren't", "ain't", "don't", "no",
                        "hardly", "barely", "nothing", "nowhere", "neither"};
  static const Set s(k);
  return Has(s, w);
}

bool BeVerb(const std::string& w) {
  static const char* const k[] = {"are", "were", "was", "be", "been", "is", "am", "sound", "sounded", "act", "acted",
                        "acting", "behave", "behaved", "behaving", "seem", "seemed", "look", "looked", "get",
                        "got", "become", "became", "turned", "come", "came", "play", "playing", "being", "sounding"};
  static const Set s(k);
  return Has(s, w);
}

bool HarmVerb(const std::string& w) {
  static const char* const k[] = {"hurt",   "hit",     "kill",    "slap",    "punch",   "smack",  "beat",   "strangle",
                        "choke",  "stab",    "shoot",   "burn",    "smash",   "break",  "destroy", "wreck",
                        "trash",  "ruin",    "drown",   "kick",    "bury",    "poison", "murder", "bash",
                        "batter", "whack",   "torch",   "slash",   "throttle", "harm",  "injure", "maim",
                        "crush",  "rip",     "shred",   "wreck",   "end",     "finish", "get",    "expose",
                        "humiliate", "shame", "strangle", "knock", "sell",    "dump",   "report", "deport",
                        "disown", "beat",    "hunt",    "find",    "follow",  "slit",   "cut",    "pound",
                        "bust",   "blow",    "throw",   "drag",   "lock",    "chuck",   "burn",   "snap",   "take",
                        "keep",   "tell",    "post",    "key",     "empty",   "drain",   "freeze",  "cancel",  "block",    "send",    "leak",    "share",  "show",   "spread"};
  static const Set s(k);
  return Has(s, w);
}

bool Vulnerable(const std::string& w) {
  static const char* const k[] = {"kids",   "kid",     "children", "child",  "baby",   "babies", "son",     "daughter",
                        "sons",   "daughters", "dog",    "dogs",   "cat",    "cats",   "pet",     "pets",
                        "puppy",  "kitten",  "bird",     "horse",  "rabbit", "hamster", "fish",   "car",
                        "house",  "home",    "place",    "stuff",  "things", "clothes", "phone",  "laptop",
                        "computer", "guitar", "tv",      "room",   "apartment", "flat", "bike",   "plants",
                        "photos", "pictures", "videos",  "texts",  "messages", "secrets", "secret", "family",
                        "face",   "head",    "neck",     "teeth",  "legs",   "arm",    "arms",    "everything",
                        "everyone", "everybody", "someone", "somebody", "mother", "mom", "mum", "dad",
                        "father", "sister",  "brother",  "parents", "friends", "boss",  "money",   "savings",
                        "nudes",  "diary",   "journal", "fingers", "finger", "hand", "hands", "nose", "ribs", "jaw",
                        "knees",  "screenshots", "pics", "recordings", "tyres", "tires", "console", "records", "account",
                        "accounts", "cards", "passport", "garden", "plates", "windows", "door", "furniture", "shoes",
                        "boys", "girls", "twins", "kitty", "doggo", "pup", "parrot", "tortoise", "guinea", "goldfish"};
  static const Set s(k);
  return Has(s, w);
}

bool PersonNoun(const std::string& w) {
  static const char* const k[] = {"mom",     "mum",     "mother",  "dad",    "father",  "parents", "brother", "sister",
                        "siblings", "family", "friend",  "friends", "boss",   "kids",    "children", "son",
                        "daughter", "ex",     "aunt",    "uncle",  "cousin", "cousins", "grandma", "grandpa",
                        "grandmother", "grandfather", "stepmom", "stepdad", "stepmother", "stepfather",
                        "mother-in-law", "father-in-law", "in-laws", "inlaws", "folks", "buddies", "pals",
                        "coworkers", "colleagues", "roommate", "roommates", "flatmate", "flatmates", "housemate",
                        "housemates", "coach", "neighbor", "neighbors", "neighbour", "neighbours", "landlord", "teacher", "bestie", "crew", "mates", "mate",
                        "partner", "wife", "husband", "girlfriend", "boyfriend", "spouse", "fiance", "fiancee",
                        "people", "relatives", "nephew", "niece", "stepson", "stepdaughter", "teenager", "team"};
  static const Set s(k);
  return Has(s, w);
}

bool DismissedAct(const std::string& w) {
  static const char* const k[] = {"overreacting", "exaggerating", "overthinking", "whining", "whinging", "nagging",
                        "sulking", "pouting", "moaning", "bitching", "complaining", "crying", "being", "acting",
                        "making", "playing", "freaking", "stressing", "obsessing", "fussing", "griping",
                        "harping", "dramatizing", "catastrophizing", "pretending", "lying", "babbling",
                        "rambling", "yapping", "bickering", "sniveling", "wallowing", "feeling"};
  static const Set s(k);
  return Has(s, w);
}

bool ScornGerund(const std::string& w) {
  static const char* const k[] = {"talking",  "arguing", "dealing", "living", "reasoning", "trying",  "speaking",
                        "explaining", "being", "working", "discussing", "planning", "fighting", "asking",
                        "waiting", "depending", "counting", "relying", "texting", "travelling", "traveling"};
  static const Set s(k);
  return Has(s, w);
}

bool Futility(const std::string& w) {
  static const char* const k[] = {"pointless", "useless", "hopeless", "impossible", "exhausting", "draining", "torture",
                        "hell",      "nightmare", "waste",  "joke",       "futile",     "unbearable", "miserable",
                        "painful",   "agony",   "worthless", "tiring",    "meaningless", "a-waste"};
  static const Set s(k);
  return Has(s, w);
}

bool Adverb(const std::string& w) {
  static const char* const k[] = {"just",  "really", "seriously", "literally", "honestly", "definitely", "personally",
                        "totally", "actually", "swear", "fucking", "freaking", "damn", "gladly", "happily",
                        "absolutely", "surely", "totally", "so", "then", "also", "even", "probably", "easily"};
  static const Set s(k);
  return Has(s, w);
}

}  // namespace core::coachwords
