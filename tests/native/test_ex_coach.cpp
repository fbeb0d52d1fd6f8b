// The I-statement coach: the analyser on labelled sentences (kinds and exact spans, and sentences that
// must not be flagged), the sentence builder, the saved list, the JSON, and the screen headlessly.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

#include "core/ex_coach.h"
#include "core/jsonread.h"
#include "support.h"

using namespace core;
using nlohmann::json;

namespace {

using K = FlagKind;
struct Want {
  K kind;
  const char* words;  // exactly the flagged bytes of the original text
};
struct Case {
  const char* text;
  std::vector<Want> want;  // in order (by position, then kind)
};

const char* KindName(K k) {
  switch (k) {
    case K::Universal: return "Universal";
    case K::Blame: return "Blame";
    case K::NameCalling: return "NameCalling";
    case K::Contempt: return "Contempt";
    case K::Demand: return "Demand";
  }
  return "?";
}

std::string Describe(const std::string& text, const std::vector<Flag>& flags) {
  std::string out;
  for (const Flag& f : flags) out += std::string(KindName(f.kind)) + "[" + text.substr(f.begin, f.end - f.begin) + "] ";
  return out;
}

const std::vector<Case>& Cases() {
  static const std::vector<Case> c = {
      // Flagged.
      {"You never listen to me", {{K::Blame, "You never"}, {K::Universal, "never"}}},
      {"you always leave your dishes in the sink", {{K::Blame, "you always"}, {K::Universal, "always"}}},
      {"YOU NEVER HELP", {{K::Blame, "YOU NEVER"}, {K::Universal, "NEVER"}}},
      {"You make me so angry.", {{K::Blame, "You make me"}}},
      {"You made me late again.", {{K::Blame, "You made me"}}},
      {"You’re so selfish.", {{K::Blame, "You’re so"}, {K::NameCalling, "selfish"}}},
      {"youre so lazy", {{K::Blame, "youre so"}, {K::NameCalling, "lazy"}}},
      {"You are such a slob", {{K::Blame, "You are such a"}, {K::NameCalling, "slob"}}},
      {"You're always on your phone", {{K::Blame, "You're always"}, {K::Universal, "always"}}},
      {"It's your fault we were late", {{K::Blame, "your fault"}}},
      {"We argue because of you", {{K::Blame, "because of you"}}},
      {"You don't care about me", {{K::Blame, "You don't care"}}},
      {"Every time you come home late I worry", {{K::Universal, "Every time"}}},
      {"You do this all the time", {{K::Universal, "all the time"}}},
      {"You are constantly late", {{K::Universal, "constantly"}}},
      {"I feel like you never even try", {{K::Blame, "you never even"}, {K::Universal, "never"}}},
      {"u never call", {{K::Blame, "u never"}, {K::Universal, "never"}}},
      {"You idiot.", {{K::NameCalling, "idiot"}}},
      {"That was so stupid of you, you're hopeless", {{K::NameCalling, "hopeless"}}},
      {"Whatever.", {{K::Contempt, "Whatever"}}},
      {"Oh, whatever", {{K::Contempt, "whatever"}}},
      {"What’s wrong with you?", {{K::Contempt, "What’s wrong with you"}}},
      {"Grow up.", {{K::Contempt, "Grow up"}}},
      {"Just get over it", {{K::Contempt, "get over it"}}},
      {"Yeah right.", {{K::Contempt, "Yeah right"}}},
      {"Shut up and listen", {{K::Contempt, "Shut up"}}},
      {"Who cares what you think", {{K::Contempt, "Who cares"}}},
      {"You should know better", {{K::Demand, "You should"}}},
      {"You need to calm down", {{K::Demand, "You need to"}}},
      {"Calm down!", {{K::Demand, "Calm down"}}},
      {"You'd better be home by six", {{K::Demand, "You'd better"}}},
      {"Typical.", {{K::Contempt, "Typical"}}},
      {"Typical of you to forget", {{K::Contempt, "Typical of you"}}},
      {"You have to stop doing that", {{K::Demand, "You have to"}}},
      {"You shouldn't have said that", {{K::Demand, "You shouldn't"}}},
      {"Why can't you ever just help", {{K::Blame, "Why can't you"}}},
      {"Honestly, you never think about anyone but yourself",
       {{K::Blame, "you never"}, {K::Universal, "never"}}},
      {"Tú never listen, tú", {}},  // not "you": accents do not make words match
      {"Café chat: you’re always late", {{K::Blame, "you’re always"}, {K::Universal, "always"}}},
      // Not flagged.
      {"I never thought of it that way", {}},
      {"I always love our walks", {}},
      {"Could you help me with dinner?", {}},
      {"He wrote \"you never listen\" in the card as a joke", {}},
      {"The word “always” scares me", {}},
      {"She said 'never' and laughed", {}},
      {"I love that you always make the coffee", {}},
      {"Thank you, you always know what to say", {}},
      {"You make me laugh so much", {}},
      {"You're so kind to my family", {}},
      {"You must be tired after that trip", {}},
      {"Whatever you choose is fine with me", {}},
      {"I think about you all the time", {}},
      {"We never get time alone anymore", {}},
      {"I felt stupid at the party", {}},
      {"It feels as if we are drifting apart", {}},
      {"When the kids grow up we can travel", {}},
      {"Can we stop at the shop on the way? I'd like some fruit.", {}},
      {"", {}},
      {"   ", {}},
      {"Every time I see you I smile", {}},
      {"Stop, I need a minute to breathe", {}},  // a fair limit, not an order
      {"Seriously, I love you", {}},
      {"Typical Monday morning for me", {}},
      {"So what should we cook tonight?", {}},
  };
  return c;
}

}  // namespace

TEST_CASE("the analyser flags the right words with exact spans, and leaves kind sentences alone", "[ex][coach]") {
  REQUIRE(Cases().size() >= 40);
  int must_not = 0;
  for (const Case& c : Cases()) {
    std::string text = c.text;
    std::vector<Flag> got = AnalyseStatement(text);
    INFO("\"" << text << "\" -> " << Describe(text, got));
    REQUIRE(got.size() == c.want.size());
    for (size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].kind == c.want[i].kind);
      REQUIRE(got[i].end <= text.size());
      CHECK(text.substr(got[i].begin, got[i].end - got[i].begin) == c.want[i].words);
      CHECK(std::string(got[i].explanation) == FlagExplain(got[i].kind));
    }
    must_not += c.want.empty() ? 1 : 0;
  }
  CHECK(must_not >= 15);
}

TEST_CASE("spans are byte offsets in the original text, after multi-byte characters", "[ex][coach]") {
  std::string text = "Ça va? Non. Tu sais, you’re so selfish";  // Ç is 2 bytes, ’ is 3
  std::vector<Flag> f = AnalyseStatement(text);
  REQUIRE(f.size() == 2);
  size_t at = text.find("you’re");
  CHECK(f[0].begin == at);
  CHECK(f[0].end == at + std::string("you’re so").size());
  CHECK(f[1].begin == text.find("selfish"));
  CHECK(f[1].end == text.size());
}

TEST_CASE("every kind has a title, an explanation and a hint; very long text is cut, not refused", "[ex][coach]") {
  for (int k = 0; k < kFlagKinds; ++k) {
    CHECK(std::string(FlagTitle(static_cast<FlagKind>(k))).size() > 3);
    CHECK(std::string(FlagExplain(static_cast<FlagKind>(k))).size() > 40);
    CHECK(std::string(FlagHint(static_cast<FlagKind>(k))).rfind("Try", 0) == 0);
  }
  std::string big;
  while (big.size() < 3 * jr::kTextMax) big += "you never ";
  std::vector<Flag> f = AnalyseStatement(big);
  CHECK(!f.empty());
  for (const Flag& x : f) CHECK(x.end <= jr::kTextMax);
  std::string bad = "you never \xff\xfe listen";  // invalid UTF-8 does not break it
  CHECK(AnalyseStatement(bad).size() == 2);
}

TEST_CASE("feeling groups hold different words", "[ex][coach]") {
  std::set<std::string> seen;
  int n = 0;
  for (const FeelingGroup& g : FeelingGroups()) {
    CHECK(g.words.size() >= 4);
    for (const char* w : g.words) {
      CHECK(seen.insert(w).second);
      ++n;
    }
  }
  CHECK(n >= 24);
}

TEST_CASE("the builder makes one clean sentence from the parts", "[ex][coach]") {
  StatementParts p;
  CHECK(BuildStatement(p) == "");
  CHECK_FALSE(StatementReady(p));
  p.feeling = "hurt";
  CHECK(BuildStatement(p) == "I feel hurt.");
  CHECK_FALSE(StatementReady(p));
  p.when = "  You checked your phone\n while I was   talking. ";
  CHECK(BuildStatement(p) == "I feel hurt when you checked your phone while I was talking.");
  CHECK(StatementReady(p));
  p.because = "because I want to feel heard!";
  p.request = "I'd like us to put phones away at dinner.";
  CHECK(BuildStatement(p) ==
        "I feel hurt when you checked your phone while I was talking because I want to feel heard, and I'd like us "
        "to put phones away at dinner.");
  SECTION("lead-ins typed twice are dropped, in any case or apostrophe") {
    StatementParts q{"I feel Lonely", "When Sam cancelled", "Since I was looking forward to it",
                     "And I’d like a quick text next time?"};
    CHECK(BuildStatement(q) ==
          "I feel lonely when Sam cancelled because I was looking forward to it, and I'd like a quick text next time.");
  }
  SECTION("empty parts are left out, and the sentence still starts with a capital") {
    StatementParts q{"", "we rushed out this morning", "", ""};
    CHECK(BuildStatement(q) == "When we rushed out this morning.");
    CHECK_FALSE(StatementReady(q));
    StatementParts r{"", "", "", "a hug"};
    CHECK(BuildStatement(r) == "I'd like a hug.");
    StatementParts t{"worried", "", "", "  to talk tonight  "};
    CHECK(BuildStatement(t) == "I feel worried, and I'd like to talk tonight.");
    StatementParts u{" . ", " ! ", "", ""};
    CHECK(BuildStatement(u) == "");
  }
  SECTION("names and I keep their capitals; an acronym stays") {
    StatementParts q{"OK", "I got home and Alex was out", "", ""};
    CHECK(BuildStatement(q) == "I feel OK when I got home and Alex was out.");
  }
}

TEST_CASE("saving keeps the sentence once; removing takes it out", "[ex][coach]") {
  CoachState s;
  CHECK_FALSE(SaveStatement(s, 1000));
  s.parts = {"tired", "the dishes piled up", "I need rest too", "us to take turns"};
  REQUIRE(SaveStatement(s, 2000));
  CHECK(s.just_saved);
  REQUIRE(s.saved.size() == 1);
  CHECK(s.saved[0].text == BuildStatement(s.parts));
  CHECK(s.saved[0].at_ms == 2000);
  CHECK_FALSE(SaveStatement(s, 3000));  // the same sentence again
  s.parts.request = "a night off";
  CHECK(SaveStatement(s, 4000));
  CHECK(s.saved.size() == 2);
  CHECK_FALSE(RemoveStatement(s, 2));
  CHECK(RemoveStatement(s, 0));
  REQUIRE(s.saved.size() == 1);
  CHECK(s.saved[0].at_ms == 4000);
  for (int i = 0; i < 250; ++i) {
    s.parts.request = "thing " + std::to_string(i);
    REQUIRE(SaveStatement(s, 5000 + i));
  }
  CHECK(s.saved.size() == kSavedStatementsMax);
  CHECK(s.saved.back().at_ms == 5249);
}

TEST_CASE("the coach's JSON round-trips and survives bad input", "[ex][coach]") {
  CoachState s;
  s.draft = "You never listen";
  s.parts = {"hurt", "you left early", "I wanted time together", "a call next time"};
  s.saved.push_back({"I feel hurt when you left early.", 1795396800000.0});
  s.just_saved = true;
  json j = CoachToJson(s);
  CHECK_FALSE(j.contains("just_saved"));
  CoachState r;
  CoachFromJson(json::parse(j.dump()), r);
  CHECK(r.draft == s.draft);
  CHECK(r.parts.feeling == "hurt");
  CHECK(r.parts.when == s.parts.when);
  CHECK(r.parts.because == s.parts.because);
  CHECK(r.parts.request == s.parts.request);
  REQUIRE(r.saved.size() == 1);
  CHECK(r.saved[0].text == s.saved[0].text);
  CHECK(r.saved[0].at_ms == s.saved[0].at_ms);
  CHECK_FALSE(r.just_saved);

  for (const char* bad : {"null", "[]", "42", "\"x\"", "{\"draft\":7,\"parts\":[1],\"saved\":{}}",
                          "{\"saved\":[1,null,{\"text\":5},{\"text\":\"  \"},{\"text\":\"ok\",\"at\":\"soon\"}]}",
                          "{\"parts\":{\"feeling\":true,\"when\":\"a\\u0000b\"},\"saved\":[{\"text\":\"fine\",\"at\":-5}]}"}) {
    INFO(bad);
    CoachState x;
    x.draft = "old";
    CoachFromJson(json::parse(bad, nullptr, false), x);
    CHECK(x.draft.empty());
    CHECK(x.parts.feeling.empty());
    for (const SavedStatement& e : x.saved) {
      CHECK(!e.text.empty());
      CHECK(e.at_ms == 0);
    }
  }
  CoachState y;
  CoachFromJson(json::parse("{\"saved\":[1,{\"text\":\"ok\",\"at\":\"soon\"}]}"), y);
  REQUIRE(y.saved.size() == 1);
  CHECK(y.saved[0].text == "ok");

  json many = {{"saved", json::array()}};
  for (int i = 0; i < 300; ++i) many["saved"].push_back({{"text", "s" + std::to_string(i)}});
  many["draft"] = std::string(jr::kTextMax + 500, 'a');
  CoachState z;
  CoachFromJson(many, z);
  CHECK(z.saved.size() == kSavedStatementsMax);
  CHECK(z.saved.back().text == "s299");
  CHECK(z.draft.size() == jr::kTextMax);
}

// ---- the screen, headlessly, through the mirror ---------------------------------------------------

namespace {
void Open(TestApp& app) {
  Go(app.state.nav, {Screen::Exercise, "i-statement-coach", ""});
  app.Frames(2);
}
void Type(TestApp& app, const char* label, const std::string& value) {
  const MirrorItem* m = app.Find(Role::TextBox, label);
  REQUIRE(m);
  app.host().next.text_edits.push_back({m->id, value});
  app.Frames(2);
}
bool HasText(TestApp& app, const std::string& part) {
  for (const auto& m : app.host().last_mirror)
    if (m.name.find(part) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("the coach screen marks and explains flagged words as you type", "[ex][coach][ui]") {
  TestApp app(390, 844, 3.0f);
  Open(app);
  CHECK(app.Find(Role::Heading, "Check what you want to say"));
  Type(app, "What I want to say", "You never listen to me");
  CHECK(app.state.ex.coach.draft == "You never listen to me");
  CHECK(app.Find(Role::Text, "[You never] listen to me"));
  CHECK(app.Find(Role::Heading, "Always and never words"));
  CHECK(app.Find(Role::Heading, "Starting with \"you\""));
  CHECK(HasText(app, "Found: \"never\""));
  CHECK(HasText(app, FlagHint(FlagKind::Blame)));
  CHECK_FALSE(app.Find(Role::Heading, "Orders"));
  Type(app, "What I want to say", "I always love our walks");
  CHECK_FALSE(app.Find(Role::Heading, "Always and never words"));
  CHECK(HasText(app, "Nothing here stands out"));
}

TEST_CASE("the builder previews, copies and saves; saved sentences can be removed", "[ex][coach][ui]") {
  TestApp app(1280, 800, 1.0f);
  Open(app);
  const MirrorItem* save = app.Find(Role::Button, "Save to things I want to say");
  REQUIRE(save);
  CHECK(save->disabled);
  REQUIRE(app.Activate(Role::Radio, "hurt"));
  app.Frames(2);
  CHECK(app.state.ex.coach.parts.feeling == "hurt");
  CHECK(app.Find(Role::Radio, "hurt")->checked == 1);
  Type(app, "when (one specific moment)", "you checked your phone at dinner");
  Type(app, "because (what I need or care about)", "I want to feel heard");
  Type(app, "and I'd like (a small, clear request)", "us to keep phones away while we eat");
  std::string want =
      "I feel hurt when you checked your phone at dinner because I want to feel heard, and I'd like us to keep phones "
      "away while we eat.";
  CHECK(app.Find(Role::Text, want));
  REQUIRE(app.Activate(Role::Button, "Copy the sentence"));
  app.Frames(2);
  REQUIRE(!app.host().copied.empty());
  CHECK(app.host().copied.back() == want);
  REQUIRE(app.Activate(Role::Button, "Save to things I want to say"));
  app.Frames(2);
  REQUIRE(app.state.ex.coach.saved.size() == 1);
  CHECK(TimesDone(app.state.ex, "i-statement-coach") == 1);
  CHECK(app.Find(Role::Button, "Remove: " + want));
  REQUIRE(app.Activate(Role::Button, "Save to things I want to say"));  // the same sentence: not twice
  app.Frames(2);
  CHECK(app.state.ex.coach.saved.size() == 1);
  REQUIRE(app.Activate(Role::Button, "Remove: " + want));
  app.Frames(2);
  CHECK(app.state.ex.coach.saved.size() == 1);  // it asks first
  REQUIRE(app.Activate(Role::Button, "Keep: " + want));
  app.Frames(2);
  CHECK(app.state.ex.coach.saved.size() == 1);
  REQUIRE(app.Activate(Role::Button, "Remove: " + want));
  app.Frames(2);
  REQUIRE(app.Activate(Role::Button, "Yes, remove: " + want));
  app.Frames(2);
  CHECK(app.state.ex.coach.saved.empty());
  CHECK(HasText(app, "will wait here"));
}

TEST_CASE("a flagged word in the builder is pointed out in the preview", "[ex][coach][ui]") {
  TestApp app(390, 844, 2.0f);
  Open(app);
  Type(app, "I feel (pick a word above or type your own)", "angry");
  Type(app, "when (one specific moment)", "you never call");
  CHECK(HasText(app, "It still has words that may sting"));
}
