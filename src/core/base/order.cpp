// Stable sorts by a number, sharing one std::stable_sort (see order.h).
#include "core/base/order.h"

#include <algorithm>

namespace core {

std::vector<size_t> OrderByKeyDescending(const std::vector<double>& keys) {
  std::vector<size_t> order(keys.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] > keys[b]; });
  return order;
}

}  // namespace core
