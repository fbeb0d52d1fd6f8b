// Find on this screen: matching the typed words in the screen's text (see find.h).
#include "core/app/find.h"

#include <algorithm>

#include "core/base/text.h"

namespace core {

namespace {

bool Searched(const MirrorItem& it) {
  if (it.in_nav) return false;
  return it.role == Role::Text || it.role == Role::Heading || it.role == Role::Link;
}

}  // namespace

std::vector<FindHit> FindInItems(const std::vector<MirrorItem>& items, const std::string& query, size_t first) {
  std::vector<FindHit> out;
  std::string q = FoldSimple(Trim(query));
  if (q.empty()) return out;
  for (size_t i = first; i < items.size(); ++i) {
    const MirrorItem& it = items[i];
    if (!Searched(it)) continue;
    Folded f = Fold(it.name);
    size_t at = 0;
    while ((at = f.text.find(q, at)) != std::string::npos) {
      size_t end = at + q.size();
      FindHit h;
      h.item = it.id;
      h.begin = f.origin[at];
      h.end = end < f.text.size() ? f.origin[end] : it.name.size();
      if (h.end <= h.begin) h.end = std::min(it.name.size(), h.begin + 1);  // inside one folded letter (ß -> ss)
      out.push_back(h);
      at = end;
    }
  }
  return out;
}

void FindRefresh(FindView& f, const std::vector<MirrorItem>& items, size_t first) {
  std::vector<FindHit> hits = FindInItems(items, f.query, first);
  if (f.query != f.searched) {
    f.searched = f.query;
    f.current = hits.empty() ? -1 : 0;
    f.reveal = !hits.empty();
    f.hits = std::move(hits);
    return;
  }
  int keep = -1;
  if (f.current >= 0 && f.current < static_cast<int>(f.hits.size())) {
    const FindHit& was = f.hits[static_cast<size_t>(f.current)];
    for (size_t i = 0; i < hits.size() && keep < 0; ++i)
      if (hits[i].item == was.item && hits[i].begin == was.begin) keep = static_cast<int>(i);
    if (keep < 0 && !hits.empty()) keep = std::min(f.current, static_cast<int>(hits.size()) - 1);
  } else if (!hits.empty()) {
    keep = 0;  // the screen's text changed and the words appear now
  }
  f.current = keep;
  f.hits = std::move(hits);
}

void FindStep(FindView& f, bool forward) {
  int n = static_cast<int>(f.hits.size());
  if (n == 0) {
    f.current = -1;
    return;
  }
  if (f.current < 0 || f.current >= n) f.current = forward ? 0 : n - 1;
  else f.current = (f.current + (forward ? 1 : n - 1)) % n;
  f.reveal = true;
}

std::string FindCount(const FindView& f) {
  if (Trim(f.query).empty()) return "";
  if (f.hits.empty() || f.current < 0) return "No matches";
  return std::to_string(f.current + 1) + " of " + std::to_string(f.hits.size());
}

uint32_t FindTarget(const FindView& f) {
  if (f.current < 0 || f.current >= static_cast<int>(f.hits.size())) return 0;
  return f.hits[static_cast<size_t>(f.current)].item;
}

}  // namespace core
