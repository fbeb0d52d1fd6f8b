// The home screen (ui/home) publishes its headings and parts.
#include <catch2/catch.hpp>
#include <string>

#include "support.h"

using namespace core;

TEST_CASE("the home screen publishes its headings and the four parts with roles and names") {
  TestApp app(1280, 800, 1.0f);
  app.Frames(2);
  CHECK(app.Find(Role::Heading, "Welcome to Hearth"));
  for (const char* name : {"Read the guide", "Try an exercise", "Take a time-out", "See your progress"})
    CHECK(app.Find(Role::Button, name));
  for (const char* name : {"Guide", "Exercises", "Time-out", "Progress", "Settings"}) CHECK(app.Find(Role::Link, name));
}
