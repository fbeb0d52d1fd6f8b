// Stable sorts by a number (core/base/order): the same order std::stable_sort gives.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "core/base/order.h"

using namespace core;

namespace {
struct Item {
  double key;
  std::string name;  // where it started, to see that equal keys keep their order
  bool operator==(const Item& o) const { return key == o.key && name == o.name; }
};
}  // namespace

TEST_CASE("StableSortByKey orders as std::stable_sort does, both ways, equal keys kept in order", "[order]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::vector<Item> v;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) v.push_back({static_cast<double>(static_cast<int>(rng() % 6) - 2) * 0.5, std::to_string(i)});
    if (round == 1) v.push_back({-0.0, "minus zero"});  // equal to 0.0: keeps its place among the zeros
    for (bool descending : {true, false}) {
      std::vector<Item> want = v, got = v;
      std::stable_sort(want.begin(), want.end(), [&](const Item& a, const Item& b) {
        return descending ? a.key > b.key : a.key < b.key;
      });
      StableSortByKey(got, [](const Item& x) { return x.key; }, descending);
      INFO("round " << round << (descending ? " descending" : " ascending"));
      CHECK(got == want);
    }
  }
  std::vector<int> ints = {3, 1, 2, 3, 1};
  StableSortByKey(ints, [](int x) { return x; }, false);
  CHECK(ints == std::vector<int>{1, 1, 2, 3, 3});
  CHECK(OrderByKeyDescending({1, 5, 5, 2}) == std::vector<size_t>{1, 2, 3, 0});
  CHECK(OrderByKeyDescending({}).empty());
}
