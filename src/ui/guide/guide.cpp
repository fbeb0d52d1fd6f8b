// The guide: the contents page (search, chapters with their state, bookmarks) and the chapter
// reader (rich text, lists, tables, callouts, help resources, bookmarks, position kept).
#include <algorithm>
#include <string>

#define IMGUI_DEFINE_MATH_OPERATORS
#include "core/guide/article.h"
#include "core/guide/markup.h"
#include "core/guide/search.h"
#include "imgui_internal.h"
#include "ui/app/ui.h"
#include "ui/widgets/fonts.h"
#include "ui/widgets/richtext.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace ui {

namespace {

void Follow(core::AppState& s, const std::string& target) {
  core::Route r;
  if (core::RouteFromTarget(target, r)) core::Go(s.nav, r);
}

// Opens a chapter; `block` >= 0 scrolls to that block once it is laid out.
void OpenChapter(core::AppState& s, const std::string& id, const std::string& section, int block,
                 const std::string& highlight, core::MatchLevel level = core::MatchLevel::Exact) {
  core::Go(s.nav, {core::Screen::Chapter, id, section});
  s.views.reader.scroll_to_block = block;
  s.views.reader.scroll_to_offset = 0;
  s.views.reader.highlight = highlight;
  s.views.reader.highlight_level = static_cast<int>(level);
  s.views.reader.highlight_chapter = id;
}

std::string SectionTitle(const core::Chapter& c, const std::string& section) {
  for (const core::Block& b : c.blocks)
    if (b.type == core::BlockType::Heading && b.id == section) return core::PlainText(b.text);
  return "";
}

const char* StatusWords(core::ChapterStatus st) {
  switch (st) {
    case core::ChapterStatus::Read: return "Read";
    case core::ChapterStatus::InProgress: return "In progress";
    case core::ChapterStatus::Unread: break;
  }
  return "Not started";
}

void DrawBlock(core::AppState& s, const core::Chapter& c, const core::Block& b, const RichOptions& base) {
  const core::Palette& p = Pal(s);
  std::string go;
  switch (b.type) {
    case core::BlockType::Heading: {
      Gap(s, 10);
      std::string title = core::PlainText(b.text);
      bool marked = core::IsBookmarked(s.doc.reader, c.id, b.id);
      // The heading wraps beside a small bookmark toggle on its right.
      const char* label = marked ? "Bookmarked" : "Bookmark";
      ImGui::PushFont(GetFonts().small);
      float bw = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
      ImGui::PopFont();
      float x0 = ImGui::GetCursorPosX(), col = ColumnWidth();
      ImGui::PushTextWrapPos(x0 + col - bw - 8.0f * Px(s));
      Heading(s, title, 2);
      ImGui::PopTextWrapPos();
      ImVec2 after = ImGui::GetCursorPos();
      ImGui::SetCursorPos(ImVec2(x0 + col - bw, ImGui::GetItemRectMin().y - ImGui::GetWindowPos().y + ImGui::GetScrollY()));
      ImGui::PushFont(GetFonts().small);
      std::string id = std::string(label) + "###bm-" + b.id;
      bool pressed = PointerPress(s, ImGui::Button(id.c_str(), ImVec2(bw, 0)));
      float button_bottom = ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + ImGui::GetScrollY();
      ImGui::PopFont();
      core::MirrorItem m;
      m.checked = marked ? 1 : 0;  // a toggle: aria-pressed in spirit; the name says what it does
      ImGuiID mid = Publish(s, core::Role::Button, (marked ? "Remove bookmark: " : "Bookmark section: ") + title, m);
      if (pressed || Activated(s, mid)) {
        s.frame.out.alerts.announce = core::ToggleBookmarkWithNote(s.doc.reader, s.views.reader, c.id, b.id, title, s.frame.in.now_ms);
        core::MarkDirty(s.save, s.frame.in.now_ms);
      }
      ImGui::SetCursorPos(after);
      // A short note under the button for a few seconds: the toggle did something, and where it went.
      std::string note = core::BookmarkNote(s.views.reader, c.id, b.id, s.frame.in.now_ms);
      if (!note.empty()) {
        ImGui::PushFont(GetFonts().small);
        float nw = ImGui::CalcTextSize(note.c_str()).x;
        ImGui::SetCursorPosY(std::max(after.y, button_bottom + 2.0f * Px(s)));  // under the button, never over it
        ImGui::SetCursorPosX(x0 + std::max(0.0f, col - nw));
        ImGui::PushStyleColor(ImGuiCol_Text, Vec(p.link));
        ImGui::TextUnformatted(note.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        Publish(s, core::Role::Text, note);
        WakeAt(s, s.views.reader.note_until_ms);  // draw again when the note should go
      }
      break;
    }
    case core::BlockType::Paragraph: go = RichText(s, b.text, base); break;
    case core::BlockType::List: {
      for (size_t i = 0; i < b.items.size(); ++i) {
        RichOptions o = base;
        o.indent = 1.6f * Em();
        o.prefix = b.ordered ? std::to_string(i + 1) + "." : "•";
        o.list = ImGui::GetID(&b);  // one list per block
        o.ordered = b.ordered;
        std::string t = RichText(s, b.items[i], o);
        if (!t.empty()) go = t;
      }
      break;
    }
    case core::BlockType::Table: {
      // Narrow screens: each row becomes a card with "Column: cell" lines. Wide: a real table.
      if (Narrow(s) || ColumnWidth() < 34.0f * Em()) {
        for (const auto& row : b.rows) {
          Box box;
          box.Begin(s);
          for (size_t k = 0; k < row.size() && k < b.columns.size(); ++k) {
            RichOptions o = base;
            if (k == 0) o.font = GetFonts().bold;
            std::string t = RichText(s, k == 0 ? row[k] : "*" + b.columns[k] + ":* " + row[k], o);
            if (!t.empty()) go = t;
          }
          box.End(s, p.surface, p.border);
          Gap(s, 4);
        }
      } else {
        // A grid of cells drawn here rather than with ImGui's tables (whose layout engine is about
        // 4 KB gzip of the download, for this one use): the first column, which names things, gets
        // 0.6 of a share of the width, the others one share each; every cell wraps at its own edge;
        // a row is as tall as its tallest cell; rows are striped and ruled as the theme's table colors say.
        const ImGuiStyle& st = ImGui::GetStyle();
        const size_t cols = b.columns.size();
        const float width = ColumnWidth(), shares = 0.6f + static_cast<float>(cols - 1);
        const ImVec2 pad = st.CellPadding;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->ChannelsSplit(2);  // 0: row backgrounds, drawn once a row's height is known; 1: the text
        float y = at.y;
        for (size_t r = 0; r <= b.rows.size(); ++r) {  // row 0 is the header
          dl->ChannelsSetCurrent(1);
          float x = at.x, bottom = y;
          for (size_t k = 0; k < cols; ++k) {
            const float w = width * (k == 0 ? 0.6f : 1.0f) / shares;
            const bool has = r == 0 || k < b.rows[r - 1].size();
            if (has) {
              ImGui::SetCursorScreenPos(ImVec2(x + pad.x, y + pad.y));
              ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + w - 2 * pad.x);
              RichOptions o = r == 0 ? RichOptions{} : base;  // the header: bold, with no search marks
              if (r == 0) o.font = GetFonts().bold;
              std::string t = RichText(s, r == 0 ? b.columns[k] : b.rows[r - 1][k], o);
              if (!t.empty()) go = t;
              ImGui::PopTextWrapPos();
              bottom = std::max(bottom, ImGui::GetCursorScreenPos().y - st.ItemSpacing.y);
            }
            x += w;
          }
          bottom += pad.y;
          dl->ChannelsSetCurrent(0);
          const int bg = r == 0 ? ImGuiCol_TableHeaderBg : (r % 2 == 0 ? ImGuiCol_TableRowBgAlt : ImGuiCol_TableRowBg);
          dl->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + width, bottom), ImGui::GetColorU32(bg));
          if (r < b.rows.size())
            dl->AddLine(ImVec2(at.x, bottom), ImVec2(at.x + width, bottom), ImGui::GetColorU32(ImGuiCol_TableBorderLight));
          y = bottom;
        }
        dl->ChannelsMerge();
        ImGui::SetCursorScreenPos(ImVec2(at.x, y));
        ImGui::Dummy(ImVec2(width, 0));
      }
      break;
    }
    case core::BlockType::Callout: {
      core::Rgb stripe = b.kind == "safety" ? p.safety : b.kind == "research" ? p.research : p.tip;
      const char* kind_word = b.kind == "safety" ? "Safety" : b.kind == "research" ? "Research" : "Tip";
      Box box;
      box.Begin(s);
      RichOptions o = base;
      o.font = GetFonts().bold;
      RichText(s, b.title.empty() ? std::string(kind_word) : std::string(kind_word) + ": " + b.title, o);
      go = RichText(s, b.text, base);
      box.End(s, p.surface, stripe);
      break;
    }
    case core::BlockType::Help: DrawHelpResources(s); break;
  }
  if (!go.empty()) Follow(s, go);
}

// "“sorry”" for the result lines: the query as typed, in curly quotes.
std::string Quoted(const std::string& q) { return "“" + q + "”"; }

// Chapters suggested by a search: "7. Title" links, each with its summary.
void DrawChapterLinks(core::AppState& s, const std::vector<int>& chapters) {
  for (int ci : chapters) {
    const core::Chapter& c = s.guide.chapters[ci];
    ImGui::PushID(ci + 50000);
    Gap(s, 4);
    std::string label = std::to_string(ci + 1) + ". " + c.title;
    if (Link(s, label.c_str(), "#/guide/" + c.id)) core::Go(s.nav, {core::Screen::Chapter, c.id, ""});
    Paragraph(s, c.summary, true);
    ImGui::PopID();
  }
}

void DrawSearch(core::AppState& s) {
  const std::string& q = s.doc.reader.search_query;
  if (s.caches.search.passages.empty()) s.caches.search = core::BuildSearchIndex(s.guide);  // at the first search
  std::vector<core::SearchHit> hits = core::Search(s.caches.search, q, 40);
  if (hits.empty()) {
    // No dead end: the chapters closest to what was typed.
    Paragraph(s, "No exact matches for " + Quoted(q) + ". These chapters may help:", true);
    DrawChapterLinks(s, core::SuggestChapters(s.caches.search, q, 3));
    return;
  }
  const core::MatchLevel level = hits.front().level;
  std::string count = std::to_string(hits.size()) + (hits.size() == 1 ? " passage matches " : " passages match ") + Quoted(q);
  count += level == core::MatchLevel::Exact ? "." : " or words like it.";
  Paragraph(s, count, true);
  const core::Query query = core::ParseQuery(q);
  for (size_t i = 0; i < hits.size(); ++i) {
    const core::SearchHit& h = hits[i];
    const core::Chapter& c = s.guide.chapters[h.chapter];
    std::string where = c.title;
    std::string sec = SectionTitle(c, h.section);
    if (!sec.empty()) where += " — " + sec;
    ImGui::PushID(static_cast<int>(i));
    Gap(s, 4);
    if (Link(s, where.c_str(), core::RouteToHash({core::Screen::Chapter, c.id, h.section}))) OpenChapter(s, c.id, h.section, h.block, q, level);
    RichOptions o;
    o.highlight = &query;
    o.highlight_level = level;
    o.muted = true;
    o.plain = true;  // a snippet is plain text
    RichText(s, h.snippet, o);
    ImGui::PopID();
  }
  // Only a few passages: the chapters about it that they are not in, too.
  std::vector<int> more = core::MoreChapters(s.caches.search, q, hits, 2);
  if (!more.empty()) {
    Gap(s, 8);
    Paragraph(s, "Chapters that may also help:", true);
    DrawChapterLinks(s, more);
  }
}

}  // namespace

namespace {

// Headings for the groups, in the order shown: danger first, then the other kinds of help.
const char* HelpGroupTitle(core::HelpKind k) {
  switch (k) {
    case core::HelpKind::Abuse: return "If a partner hurts, threatens or scares you";
    case core::HelpKind::Crisis: return "If you feel you can’t go on, or think about suicide";
    case core::HelpKind::SexualAssault: return "After rape, sexual assault or sexual abuse";
    case core::HelpKind::OwnBehavior: return "If you worry about how you treat a partner";
  }
  return "";
}

void DrawHelpLine(core::AppState& s, const core::HelpResource& r, int level, int id) {
  ImGui::PushID(id);
  Gap(s, 2);
  Heading(s, r.country + ": " + r.name, level);
  std::string line = r.about;
  if (!r.phone.empty()) line += " Phone **" + r.phone + "**.";
  if (!r.text.empty()) line += " " + r.text;
  if (!r.url.empty()) line += " [" + r.url.substr(8) + "](" + r.url + ")";
  RichText(s, line);
  ImGui::PopID();
}

}  // namespace

// The lines are grouped by what they are for when the list holds more than one kind; a list with one
// kind (an embedding site's list without kinds, say) is shown as it is, in its own order.
void DrawSourceList(core::AppState& s, const core::Chapter& c, int id_base) {
  for (size_t i = 0; i < c.sources.size(); ++i) {
    ImGui::PushID(static_cast<int>(i) + id_base);
    RichOptions o;
    o.font = GetFonts().small;
    o.muted = true;
    o.prefix = "•";
    o.indent = 1.2f * Em();
    o.plain = true;  // sources are plain text
    RichText(s, c.sources[i], o);
    ImGui::PopID();
  }
}

void DrawHelpResources(core::AppState& s) {
  const core::HelpInfo& h = s.guide.help;
  if (!h.emergency.empty()) RichText(s, "**" + h.emergency + "**");
  bool used[core::kHelpKinds] = {};
  for (const core::HelpResource& r : h.resources)
    for (core::HelpKind k : r.kinds) used[static_cast<int>(k)] = true;
  int groups = 0;
  for (bool u : used) groups += u;
  if (groups <= 1) {
    for (size_t i = 0; i < h.resources.size(); ++i) DrawHelpLine(s, h.resources[i], 3, static_cast<int>(i) + 30000);
    return;
  }
  for (int k = 0; k < core::kHelpKinds; ++k) {
    if (!used[k]) continue;
    Gap(s, 6);
    Heading(s, HelpGroupTitle(static_cast<core::HelpKind>(k)), 3);
    for (size_t i = 0; i < h.resources.size(); ++i)
      if (h.resources[i].Has(static_cast<core::HelpKind>(k)))
        DrawHelpLine(s, h.resources[i], 4, 30000 + k * 1000 + static_cast<int>(i));
  }
}

void DrawGuide(core::AppState& s) {
  BeginColumn(s);
  Heading(s, "The guide", 1);
  if (!s.caches.content_error.empty()) Paragraph(s, s.caches.content_error);
  if (!GuideArrived(s)) {  // the chapters come in their own file, after the first frame
    Gap(s, 8);
    if (Button(s, "Back to home")) core::Go(s.nav, {core::Screen::Home, "", ""});
    EndColumn();
    return;
  }
  std::string before = s.doc.reader.search_query;
  TextField(s, "Search the guide", s.doc.reader.search_query);
  if (s.doc.reader.search_query.size() > 200) s.doc.reader.search_query.resize(200);
  if (core::SearchWords(s.doc.reader.search_query).empty()) {
    Gap(s, 4);
    for (size_t i = 0; i < s.guide.chapters.size(); ++i) {
      const core::Chapter& c = s.guide.chapters[i];
      std::string label = std::to_string(i + 1) + ". " + c.title;
      if (Link(s, label.c_str(), "#/guide/" + c.id)) core::Go(s.nav, {core::Screen::Chapter, c.id, ""});
      std::string meta = c.summary + " · " + std::to_string(core::ReadingMinutes(c)) + " min · " +
                         StatusWords(core::StatusOf(s.doc.reader, c.id));
      Paragraph(s, meta, true);
      Gap(s, 2);
    }
    Heading(s, "Bookmarks", 2);
    if (s.doc.reader.bookmarks.empty())
      Paragraph(s, "Nothing bookmarked yet. Tap “Bookmark” next to any section heading to keep it here.", true);
    for (size_t i = 0; i < s.doc.reader.bookmarks.size(); ++i) {
      const core::Bookmark bm = s.doc.reader.bookmarks[i];
      int ci = s.guide.Find(bm.chapter);
      if (ci < 0) continue;
      const core::Chapter& c = s.guide.chapters[ci];
      std::string sec = SectionTitle(c, bm.section);
      std::string label = sec.empty() ? c.title : c.title + " — " + sec;
      ImGui::PushID(static_cast<int>(i));
      if (Link(s, label.c_str(), core::RouteToHash({core::Screen::Chapter, c.id, bm.section}))) OpenChapter(s, c.id, bm.section, s.guide.FindSection(ci, bm.section), "");
      ImGui::PopID();
    }
  } else {
    DrawSearch(s);
  }
  Gap(s, 8);
  if (Button(s, "Back to home")) core::Go(s.nav, {core::Screen::Home, "", ""});
  EndColumn();
}

void DrawChapter(core::AppState& s) {
  BeginColumn(s);
  if (s.guide_load.status != core::GuideStatus::Ready) {  // a deep link opens at its passage once it comes
    Heading(s, "The guide", 1);
    GuideArrived(s);
    EndColumn();
    return;
  }
  int idx = s.guide.Find(s.nav.route.id);
  if (idx < 0) {
    Heading(s, "Chapter not found", 1);
    Paragraph(s, "This link points at a chapter Hearth does not have. The contents list every chapter.");
    if (Button(s, "Contents")) core::Go(s.nav, {core::Screen::Guide, "", ""});
    EndColumn();
    return;
  }
  const core::Chapter& c = s.guide.chapters[idx];
  core::ReaderView& v = s.views.reader;

  // Entering the chapter: decide where to scroll once the layout is known.
  if (s.nav.route_changed || v.chapter != c.id) {
    if (v.chapter != c.id && !s.nav.route_changed) v.scroll_to_block = -1;
    v.chapter = c.id;
    v.settle = 0;
    if (v.scroll_to_block < 0) {
      if (!s.nav.route.section.empty()) {
        v.scroll_to_block = std::max(0, s.guide.FindSection(idx, s.nav.route.section));
        v.scroll_to_offset = 0;
      } else {
        auto it = s.doc.reader.chapters.find(c.id);
        v.scroll_to_block = it == s.doc.reader.chapters.end() ? 0 : it->second.block;
        v.scroll_to_offset = it == s.doc.reader.chapters.end() ? 0 : it->second.offset;
      }
    }
    // Search words are marked in the chapter a search opened; opened any other way, nothing is marked.
    if (v.highlight_chapter != c.id) v.highlight.clear();
    v.highlight_chapter.clear();
    core::MarkOpened(s.doc.reader, c.id, s.frame.in.now_ms);
    core::MarkDirty(s.save, s.frame.in.now_ms);
  }

  // Focus that comes with opening the chapter goes to the heading of the part that is shown: the
  // section a link named, or the section where the person stopped reading (else the title).
  if (s.views.focus_want.kind == core::FocusRequest::Kind::MainHeading) {
    std::string at = SectionTitle(c, s.nav.route.section);
    for (int i = std::min(v.scroll_to_block, static_cast<int>(c.blocks.size()) - 1); at.empty() && i > 0; --i)
      if (c.blocks[i].type == core::BlockType::Heading) at = core::PlainText(c.blocks[i].text);
    if (!at.empty()) {
      int left = s.views.focus_want.frames_left;
      s.views.focus_want = core::FocusItem(core::Role::Heading, at, false);
      s.views.focus_want.frames_left = left;
    }
  }
  if (Link(s, "‹ All chapters")) core::Go(s.nav, {core::Screen::Guide, "", ""});
  Heading(s, c.title, 1);
  Paragraph(s, "Chapter " + std::to_string(idx + 1) + " of " + std::to_string(s.guide.chapters.size()) + " · " +
                   std::to_string(core::ReadingMinutes(c)) + " min read",
            true);

  const core::Query hl = core::ParseQuery(v.highlight);
  RichOptions base;
  if (!hl.terms.empty()) {
    base.highlight = &hl;
    base.highlight_level = static_cast<core::MatchLevel>(v.highlight_level);
  }
  v.block_top.assign(c.blocks.size(), 0);
  v.block_h.assign(c.blocks.size(), 0);
  for (size_t i = 0; i < c.blocks.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    v.block_top[i] = ImGui::GetCursorPosY();
    DrawBlock(s, c, c.blocks[i], base);
    v.block_h[i] = ImGui::GetCursorPosY() - v.block_top[i];
    ImGui::PopID();
  }

  Gap(s, 10);
  Heading(s, "Try this", 2);
  for (size_t i = 0; i < c.try_this.size(); ++i) {
    ImGui::PushID(static_cast<int>(i) + 10000);
    if (Link(s, c.try_this[i].text.c_str(), core::TargetToHref(c.try_this[i].target))) Follow(s, c.try_this[i].target);
    ImGui::PopID();
  }
  if (!c.sources.empty()) {
    Gap(s, 6);
    Heading(s, "Sources", 2);
    DrawSourceList(s, c, 20000);
  }
  Gap(s, 10);
  float w = ColumnWidth();
  float half = (w - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  bool stacked = Narrow(s) || half < 14.0f * Em();
  if (idx > 0) {
    std::string label = "Previous: " + s.guide.chapters[idx - 1].title;
    if (Button(s, label.c_str(), Kind::Secondary, stacked ? w : half))
      core::Go(s.nav, {core::Screen::Chapter, s.guide.chapters[idx - 1].id, ""});
    if (!stacked) ImGui::SameLine();
  }
  if (idx + 1 < static_cast<int>(s.guide.chapters.size())) {
    std::string label = "Next: " + s.guide.chapters[idx + 1].title;
    if (Button(s, label.c_str(), Kind::Primary, stacked ? w : half))
      core::Go(s.nav, {core::Screen::Chapter, s.guide.chapters[idx + 1].id, ""});
  }
  if (Button(s, "Contents", Kind::Secondary, stacked ? w : 0)) core::Go(s.nav, {core::Screen::Guide, "", ""});
  if (!stacked) ImGui::SameLine();
  if (Button(s, "Print this chapter", Kind::Secondary, stacked ? w : 0))
    s.frame.out.outbox.print = core::ChapterArticle(c, idx + 1, static_cast<int>(s.guide.chapters.size()), s.guide.help,
                                                    PracticeName(s));
  EndColumn();

  // Position: scroll where asked once the layout has settled, then keep the reading position.
  float sy = ImGui::GetScrollY(), max = ImGui::GetScrollMaxY();
  if (v.settle < 2) {
    ++v.settle;
    s.frame.out.animate = true;  // the layout needs its next frames to settle
  } else if (v.scroll_to_block >= 0) {
    int b = std::min(v.scroll_to_block, static_cast<int>(v.block_top.size()) - 1);
    if (b >= 0) {
      float y = v.block_top[b] + v.scroll_to_offset * v.block_h[b];
      if (b == 0 && v.scroll_to_offset == 0) y = 0;               // the chapter's start: show its title
      else if (v.scroll_to_offset == 0) {
        // A passage (a search hit): its section's heading too, when both fit in the top half of the
        // view; then a little air above whichever comes first.
        int h = b;
        while (h > 0 && c.blocks[h].type != core::BlockType::Heading) --h;
        if (h > 0 && v.block_top[b] - v.block_top[h] < 0.5f * ImGui::GetWindowHeight()) y = v.block_top[h];
        y -= 8.0f * Px(s);
      }
      ImGui::SetScrollY(std::clamp(y, 0.0f, max));
    }
    v.scroll_to_block = -1;
    v.settle = 1;  // one more frame for the scroll to apply before positions are recorded
    s.frame.out.animate = true;
  } else if (!s.nav.route_changed) {
    int block;
    float offset;
    core::BlockAt(v, sy, block, offset);
    // Read once the end of the chapter's last block is in view (the links and sources may stay below).
    float text_end = v.block_top.empty() ? 0 : v.block_top.back() + v.block_h.back();
    bool at_end = max <= 0 || sy >= max - 2.0f || sy + ImGui::GetWindowHeight() >= text_end;
    if (core::UpdatePosition(s.doc.reader, c.id, block, offset, at_end)) core::MarkDirty(s.save, s.frame.in.now_ms);
  }
}

}  // namespace ui
