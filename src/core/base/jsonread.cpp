// Safe, typed JSON reads shared by the saved records of the exercises.
#include "core/base/jsonread.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/base/text.h"

namespace core::jr {

using nlohmann::json;

json Parse(std::string_view text) {
  // What json::parse(first, last, nullptr, false) does on its no-callback path, for one input type.
  using Input = nlohmann::detail::iterator_input_adapter<const char*>;
  json result;
  nlohmann::detail::json_sax_dom_parser<json> dom(result, false);  // false: an error marks, never throws
  nlohmann::detail::parser<json, Input>(Input(text.data(), text.data() + text.size()), nullptr, false, false)
      .sax_parse(&dom, true);  // true: strict, the input must end after the value
  if (dom.is_errored()) result = json::value_t::discarded;
  return result;
}

const json* Field(const json& o, const char* key) {
  if (!o.is_object()) return nullptr;
  auto it = o.find(key);
  return it == o.end() ? nullptr : &*it;
}

bool Bool(const json& o, const char* key, bool& out) {
  const json* f = Field(o, key);
  if (!f || !f->is_boolean()) return false;
  out = f->get<bool>();
  return true;
}

bool Number(const json& o, const char* key, double lo, double hi, double& out) {
  const json* f = Field(o, key);
  if (!f || !f->is_number()) return false;
  double v = f->get<double>();
  if (!std::isfinite(v) || v < lo || v > hi) return false;
  out = v;
  return true;
}

bool Int(const json& o, const char* key, int lo, int hi, int& out) {
  double v = 0;
  if (!Number(o, key, lo, hi, v) || v != std::floor(v)) return false;
  out = static_cast<int>(v);
  return true;
}

std::string CutUtf8(const std::string& s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // back to a lead byte
  return s.substr(0, n);
}

static bool CleanString(const json& v, std::string& out, size_t max_bytes) {
  if (!v.is_string()) return false;
  const std::string& s = v.get_ref<const std::string&>();
  if (!IsValidUtf8(s)) return false;
  out = CutUtf8(s, max_bytes);
  return true;
}

bool String(const json& o, const char* key, std::string& out, size_t max_bytes) {
  const json* f = Field(o, key);
  return f && CleanString(*f, out, max_bytes);
}

bool Strings(const json& o, const char* key, std::vector<std::string>& out, size_t max_items, size_t max_bytes) {
  const json* f = Field(o, key);
  if (!f || !f->is_array()) return false;
  out.clear();
  for (const json& v : *f) {
    if (out.size() >= max_items) break;
    std::string s;
    if (CleanString(v, s, max_bytes)) out.push_back(std::move(s));
  }
  return true;
}

bool Ints(const json& o, const char* key, int lo, int hi, std::vector<int>& out, size_t max_items) {
  const json* f = Field(o, key);
  if (!f || !f->is_array()) return false;
  out.clear();
  for (const json& v : *f) {
    if (out.size() >= max_items) break;
    if (!v.is_number()) continue;
    double d = v.get<double>();
    if (!std::isfinite(d) || d < lo || d > hi || d != std::floor(d)) continue;
    out.push_back(static_cast<int>(d));
  }
  return true;
}

bool Time(const json& o, const char* key, double& out) { return Number(o, key, 0, 7.3e12, out); }

}  // namespace core::jr
