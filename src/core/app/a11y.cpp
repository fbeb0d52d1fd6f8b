// Serialising the accessibility tree for the browser mirror.
#include "core/app/a11y.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace core {

const char* RoleName(Role r) {
  switch (r) {
    case Role::Button: return "button";
    case Role::Link: return "link";
    case Role::Checkbox: return "checkbox";
    case Role::Radio: return "radio";
    case Role::Slider: return "slider";
    case Role::TextBox: return "textbox";
    case Role::Heading: return "heading";
    case Role::Tab: return "tab";
    case Role::Text: return "text";
    case Role::Banner: return "banner";
    case Role::Navigation: return "navigation";
    case Role::Main: return "main";
  }
  return "button";
}

std::string SerializeMirror(const std::vector<MirrorItem>& items) {
  nlohmann::json arr = nlohmann::json::array();
  auto r1 = [](float v) { return std::round(v * 10.0f) / 10.0f; };
  for (const auto& m : items) {
    nlohmann::json j = {{"id", m.id}, {"r", RoleName(m.role)}, {"n", m.name},
                        {"x", r1(m.x)}, {"y", r1(m.y)}, {"w", r1(m.w)}, {"h", r1(m.h)}};
    if (m.offscreen) j["off"] = 1;
    if (m.level) j["lv"] = m.level;
    if (m.checked >= 0) j["ck"] = m.checked;
    if (m.current) j["cur"] = 1;
    if (m.has_expanded) j["ex"] = m.expanded ? 1 : 0;
    if (m.disabled) j["dis"] = 1;
    if (m.multiline) j["ml"] = 1;
    if (m.password) j["pw"] = 1;
    if (m.role == Role::Slider) {
      j["v"] = m.value;
      j["min"] = m.min;
      j["max"] = m.max;
    }
    if (!m.value_text.empty()) j["vt"] = m.value_text;
    if (!m.href.empty()) j["href"] = m.href;
    if (m.in_nav) j["nav"] = 1;
    if (m.list) {
      j["ls"] = m.list;
      if (m.ordered) j["lo"] = 1;
    }
    if (m.inside) j["in"] = m.inside;
    if (m.group) {
      j["gp"] = m.group;
      j["gk"] = m.group_kind == GroupKind::Toolbar ? "toolbar" : "radiogroup";
      j["gn"] = m.group_name;
    }
    if (m.toggle) j["tg"] = 1;
    if (!m.enter_key.empty()) j["ek"] = m.enter_key;
    if (m.invalid) j["inv"] = 1;
    if (!m.described_by.empty()) j["db"] = m.described_by;
    arr.push_back(std::move(j));
  }
  return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

FocusRequest FocusMainHeading() {
  FocusRequest r;
  r.kind = FocusRequest::Kind::MainHeading;
  r.frames_left = 6;
  return r;
}

FocusRequest FocusItem(Role role, const std::string& name, bool reveal) {
  FocusRequest r;
  r.kind = FocusRequest::Kind::Item;
  r.role = role;
  r.name = name;
  r.reveal = reveal;
  r.frames_left = 6;
  return r;
}

uint32_t ResolveFocus(const std::vector<MirrorItem>& items, const FocusRequest& r) {
  switch (r.kind) {
    case FocusRequest::Kind::None: return 0;
    case FocusRequest::Kind::MainHeading: {
      uint32_t first = 0;
      for (const MirrorItem& m : items) {
        if (m.role != Role::Heading || m.in_nav) continue;
        if (m.level == 1) return m.id;
        if (!first) first = m.id;
      }
      return first;
    }
    case FocusRequest::Kind::Item:
      for (const MirrorItem& m : items)
        if (m.role == r.role && m.name == r.name) return m.id;
      return 0;
  }
  return 0;
}

}  // namespace core
