// Stable sorts by a number. Each std::stable_sort call with its own element type and comparator is a
// separate copy of the sort in the wasm (about 3 KB each); these share one.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

namespace core {

// The positions of `keys` from the largest key to the smallest; equal keys keep their order.
std::vector<size_t> OrderByKeyDescending(const std::vector<double>& keys);

// Sorts `v` by key(element), largest first (or smallest first when `descending` is false), as
// std::stable_sort would: equal keys keep their order. Keys must not be NaN.
template <typename T, typename Key>
void StableSortByKey(std::vector<T>& v, Key key, bool descending) {
  std::vector<double> keys;
  keys.reserve(v.size());
  for (const T& x : v) keys.push_back(descending ? static_cast<double>(key(x)) : -static_cast<double>(key(x)));
  std::vector<T> sorted;
  sorted.reserve(v.size());
  for (size_t i : OrderByKeyDescending(keys)) sorted.push_back(std::move(v[i]));
  v = std::move(sorted);
}

}  // namespace core
