// Reading-position rules.
#include "core/guide/reader.h"

#include <algorithm>
#include <cmath>

namespace core {

ChapterStatus StatusOf(const ReaderState& r, const std::string& chapter) {
  auto it = r.chapters.find(chapter);
  if (it == r.chapters.end()) return ChapterStatus::Unread;
  if (it->second.read) return ChapterStatus::Read;
  return (it->second.opened_ms > 0 || it->second.block > 0 || it->second.offset > 0) ? ChapterStatus::InProgress
                                                                                     : ChapterStatus::Unread;
}

bool UpdatePosition(ReaderState& r, const std::string& chapter, int block, float offset, bool at_end) {
  ChapterProgress& p = r.chapters[chapter];
  block = std::max(0, block);
  offset = std::clamp(std::isfinite(offset) ? offset : 0.0f, 0.0f, 1.0f);
  bool changed = p.block != block || std::fabs(p.offset - offset) > 0.01f;
  p.block = block;
  p.offset = offset;
  if (at_end && !p.read) {
    p.read = true;
    changed = true;
  }
  return changed;
}

void MarkOpened(ReaderState& r, const std::string& chapter, double now_ms) { r.chapters[chapter].opened_ms = now_ms; }

bool IsBookmarked(const ReaderState& r, const std::string& chapter, const std::string& section) {
  return std::any_of(r.bookmarks.begin(), r.bookmarks.end(),
                     [&](const Bookmark& b) { return b.chapter == chapter && b.section == section; });
}

void ToggleBookmark(ReaderState& r, const std::string& chapter, const std::string& section, double now_ms) {
  auto it = std::find_if(r.bookmarks.begin(), r.bookmarks.end(),
                         [&](const Bookmark& b) { return b.chapter == chapter && b.section == section; });
  if (it != r.bookmarks.end()) r.bookmarks.erase(it);
  else r.bookmarks.push_back({chapter, section, now_ms});
}

std::string ToggleBookmarkWithNote(ReaderState& r, ReaderView& v, const std::string& chapter,
                                   const std::string& section, const std::string& title, double now_ms) {
  ToggleBookmark(r, chapter, section, now_ms);
  v.note_chapter = chapter;
  v.note_section = section;
  v.note_marked = IsBookmarked(r, chapter, section);
  v.note_until_ms = now_ms + kBookmarkNoteMs;
  return v.note_marked ? "Bookmarked " + title + ". You can find it on the contents page."
                       : "Bookmark removed from " + title + ".";
}

std::string BookmarkNote(const ReaderView& v, const std::string& chapter, const std::string& section, double now_ms) {
  if (v.note_chapter != chapter || v.note_section != section || now_ms >= v.note_until_ms) return "";
  return v.note_marked ? "Bookmarked. It is on the contents page." : "Bookmark removed.";
}

void BlockAt(const ReaderView& v, float scroll_y, int& block, float& offset) {
  block = 0;
  offset = 0;
  for (size_t i = 0; i < v.block_top.size(); ++i) {
    if (v.block_top[i] > scroll_y + 1.0f) break;
    block = static_cast<int>(i);
  }
  if (v.block_top.empty()) return;
  float h = block < static_cast<int>(v.block_h.size()) ? v.block_h[block] : 0;
  offset = h > 0 ? std::clamp((scroll_y - v.block_top[block]) / h, 0.0f, 1.0f) : 0.0f;
}

int ChaptersRead(const ReaderState& r) {
  return static_cast<int>(std::count_if(r.chapters.begin(), r.chapters.end(), [](auto& kv) { return kv.second.read; }));
}

}  // namespace core
