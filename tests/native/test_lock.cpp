// The passphrase lock (core/lock): the rules for a passphrase. Its screens are in test_ui_lock.cpp.
#include <catch2/catch.hpp>
#include <string>

#include "core/store/lock.h"

using namespace core;

TEST_CASE("a new passphrase: long enough, not only spaces, typed the same twice", "[lock]") {
  CHECK(PassphraseProblem("", "") == "Type a passphrase first.");
  CHECK_FALSE(PassphraseProblem("short", "short").empty());
  CHECK_FALSE(PassphraseProblem("        ", "        ").empty());
  CHECK_FALSE(PassphraseProblem("long enough words", "long enough wordz").empty());
  CHECK(PassphraseProblem("long enough words", "long enough words").empty());
  CHECK(CountCodePoints("ÅÅÅÅ") == 4);
  CHECK_FALSE(PassphraseProblem("ÅÅÅÅ", "ÅÅÅÅ").empty());  // 4 characters, 8 bytes: too short
  CHECK(PassphraseProblem("ÅÅÅÅÅÅÅÅ", "ÅÅÅÅÅÅÅÅ").empty());
  CHECK_FALSE(PassphraseProblem(std::string(201, 'a'), std::string(201, 'a')).empty());
  LockView v;
  v.passphrase = "secret words";
  v.busy = true;
  CHECK(ApplyLockEvent(v, LockEvent::Unlocked));
  CHECK(v.passphrase.empty());
  CHECK_FALSE(v.busy);
  CHECK_FALSE(ApplyLockEvent(v, LockEvent::Wrong));
  CHECK(v.message == kWrongPassphrase);
}

