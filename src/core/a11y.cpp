// Serialising the accessibility tree for the browser mirror.
#include "core/a11y.h"

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
    arr.push_back(std::move(j));
  }
  return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace core
