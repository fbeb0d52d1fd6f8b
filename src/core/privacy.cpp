#include "core/privacy.h"

#include "core/doc_apply.h"

namespace core {

bool ForgetScreenAfterExit(AppState& s) {
  s.nav.route = Route{};
  s.nav.back.clear();
  s.nav.menu_open = false;
  s.nav.route_changed = true;
  CancelImport(s);  // the whole "Your data" view: an import waiting, a typed passphrase, a question
  s.lock_view = LockView{};
  s.timeout_view = TimeoutView{};
  s.progress_view = ProgressView{};
  s.reader.search_query.clear();
  s.reader_view.highlight.clear();
  s.reader_view.highlight_chapter.clear();
  s.help_open_on.clear();
  s.focus_in_view = 0;
  return s.in.lock_state == LockState::Open;
}

}  // namespace core
