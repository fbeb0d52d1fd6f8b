#include "core/app/privacy.h"

#include "core/store/doc_apply.h"

namespace core {

bool ForgetScreenAfterExit(AppState& s) {
  s.nav.route = Route{};
  s.nav.back.clear();
  s.nav.menu_open = false;
  s.nav.route_changed = true;
  CancelImport(s);  // the whole "Your data" view: an import waiting, a typed passphrase, a question
  s.views.lock = LockView{};
  s.views.timeout = TimeoutView{};
  s.views.progress = ProgressView{};
  s.doc.reader.search_query.clear();
  s.views.reader.highlight.clear();
  s.views.reader.highlight_chapter.clear();
  s.views.help_open_on.clear();
  s.views.focus_in_view = 0;
  return s.frame.in.lock_state == LockState::Open;
}

}  // namespace core
