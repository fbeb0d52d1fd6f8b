// Safe readers for saved JSON: every read checks the type and range and never throws (the web
// build has exceptions off). A missing or wrong field leaves `out` unchanged and returns false.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace core::jr {

inline constexpr size_t kTextMax = 4000;  // longest piece of text a person's entry may keep (bytes)

// The app's one JSON parser: strict (nothing may follow the value), no comments, never throws; text
// that is not JSON gives a discarded value (is_discarded()), as json::parse(..., nullptr, false) does.
// Every caller goes through it, so the wasm holds one lexer and one parser (json::parse builds a copy
// per input type, and each with a second, callback-driven parser beside it).
nlohmann::json Parse(std::string_view text);

const nlohmann::json* Field(const nlohmann::json& o, const char* key);  // nullptr unless o is an object with key
bool Bool(const nlohmann::json& o, const char* key, bool& out);
// A finite number within [lo, hi].
bool Number(const nlohmann::json& o, const char* key, double lo, double hi, double& out);
// A whole number within [lo, hi] (2.0 counts; 2.5 does not).
bool Int(const nlohmann::json& o, const char* key, int lo, int hi, int& out);
// Valid UTF-8 of at most max_bytes (longer text is cut at a character boundary, not refused).
bool String(const nlohmann::json& o, const char* key, std::string& out, size_t max_bytes = kTextMax);
// An array of strings; bad items are skipped, at most max_items kept.
bool Strings(const nlohmann::json& o, const char* key, std::vector<std::string>& out, size_t max_items = 1000,
             size_t max_bytes = kTextMax);
// An array of whole numbers within [lo, hi]; bad items skipped.
bool Ints(const nlohmann::json& o, const char* key, int lo, int hi, std::vector<int>& out, size_t max_items = 1000);
// A wall-clock time in ms since 1970 (0 .. year 2200).
bool Time(const nlohmann::json& o, const char* key, double& out);
std::string CutUtf8(const std::string& s, size_t max_bytes);  // at most max_bytes, never mid-character

}  // namespace core::jr
