// Small helpers shared by the native tests that need no app: reading a file of the source tree, a
// saved document with every kind of record, and encrypted backups' envelopes.
// support.h includes this file; a test of pure core code may include it alone.
#pragma once
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/app/step.h"
#include "core/base/calendar.h"
#include "core/store/persist.h"
#include "core/store/sealed_backup.h"
#include "core/store/store.h"

// The clock the exercise and progress tests run at: 2026-11-23 01:20 UTC (8:20 pm the evening before
// at UTC-5).
inline constexpr double kTestNow = 1795396800000.0;

// The whole text of a file of the source tree, by its path from the root ("content/chapters/...").
inline std::string ReadSourceFile(const std::string& rel) {
  std::ifstream f(std::string(HEARTH_SOURCE_DIR) + "/" + rel, std::ios::binary);
  INFO("reading " << rel);
  REQUIRE(f.good());
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// A committed fixture under tests/fixtures/ ("doc-v1.json").
inline std::string ReadFixture(const std::string& name) { return ReadSourceFile("tests/fixtures/" + name); }

// A document with every kind of record filled in.
inline core::SavedDoc FullDoc() {
  using namespace core;
  SavedDoc d;
  d.settings = {3, ThemeChoice::Light, true};
  d.reader.chapters["conflict"] = {4, 0.5f, false, 1794870000000.0};
  d.reader.chapters["what-intimacy-is"] = {9, 1.0f, true, 1794600000000.0};
  d.reader.bookmarks.push_back({"conflict", "ground-rules", 1794870100000.0});
  d.reader.bookmarks.push_back({"what-intimacy-is", "", 1794600100000.0});
  d.timeout.settings.signal = "Time for a breather";
  d.timeout.settings.default_minutes = 45;
  d.timeout.safety_seen = true;
  d.timeout.resting_bpm = 61;
  d.timeout.log.push_back({1794500000000.0, 20, {}, 1200000.0, TimeoutEnd::Deadline});
  d.timeout.log.push_back({1794800000000.0, 30, {5}, 900000.0, TimeoutEnd::Early});
  d.ex.done.push_back(ExerciseDone{"daily-check-in", 1794800000000.0, LocalDay(1794800000000.0, 0)});
  d.ex.done.push_back(ExerciseDone{"appreciation", 1794900000000.0, LocalDay(1794900000000.0, 0)});
  d.updated["settings"] = 1794000000000.0;
  d.updated["chapter:conflict"] = 1794870000000.0;
  return d;
}

// An encrypted backup's parts (stand-ins: salt, iv and data of fixed bytes), base64 encoded.
inline std::string Salt() { return core::Base64Encode(std::string(core::kSealedSaltBytes, '\x11')); }
inline std::string Iv() { return core::Base64Encode(std::string(core::kSealedIvBytes, '\x22')); }
inline std::string Data() { return core::Base64Encode(std::string(40, '\x33')); }

// An envelope's text with one field replaced (or removed, when `value` is empty).
inline std::string Envelope(const std::string& field = "", const std::string& value = "") {
  std::map<std::string, std::string> f = {{"hearthEncrypted", "1"},
                                          {"cipher", "\"AES-GCM\""},
                                          {"kdf", "\"PBKDF2-SHA-256\""},
                                          {"iter", "310000"},
                                          {"salt", "\"" + Salt() + "\""},
                                          {"iv", "\"" + Iv() + "\""},
                                          {"data", "\"" + Data() + "\""}};
  if (!field.empty()) {
    if (value.empty()) f.erase(field);
    else f[field] = value;
  }
  std::string out = "{";
  for (const auto& [k, v] : f) out += (out.size() > 1 ? "," : "") + ("\"" + k + "\":" + v);
  return out + "}";
}

// Storage as a map, with the failures a browser can give, for core::Store and core::LoadSaved without
// any platform. `locked`: the stored data is encrypted and its passphrase not given (reads and writes
// answer Locked, as the browser's lock does).
struct MemoryPort final : core::StoragePort {
  std::map<std::string, std::string> items;
  bool blocked = false, full = false, locked = false;
  int writes = 0;
  core::StoreResult Read(const std::string& key, std::string& out) override {
    if (blocked) return core::StoreResult::Blocked;
    auto it = items.find(key);
    if (it == items.end()) return core::StoreResult::Missing;
    if (locked) return core::StoreResult::Locked;
    out = it->second;
    return core::StoreResult::Ok;
  }
  core::StoreResult Write(const std::string& key, const std::string& value) override {
    if (blocked) return core::StoreResult::Blocked;
    if (full) return core::StoreResult::Full;
    if (locked) return core::StoreResult::Locked;
    items[key] = value;
    ++writes;
    return core::StoreResult::Ok;
  }
  core::StoreResult RemoveAll(const std::string& prefix) override {
    if (blocked) return core::StoreResult::Blocked;
    for (auto it = items.begin(); it != items.end();) it = it->first.rfind(prefix, 0) == 0 ? items.erase(it) : std::next(it);
    return core::StoreResult::Ok;
  }
  core::StoreResult Copy(const std::string& from, const std::string& to) override {
    if (blocked) return core::StoreResult::Blocked;
    auto it = items.find(from);
    if (it == items.end()) return core::StoreResult::Missing;
    items[to] = it->second;
    return core::StoreResult::Ok;
  }
};

// A frame's storage work without the drawing, over `port`: what arrived (a lock step, another tab's
// change: core::StepStorage), then the save when due (core::Store). True if a document was written.
inline bool StoreFrame(core::AppState& s, core::StoragePort& port, bool urgent) {
  core::StepStorage(s, port);
  return core::Store(s, port, urgent);
}

// A tab over a storage port in memory: its state loaded from the port at start-up, and frames without
// the drawing (core::Step, then core::Store), the input for each already in s.frame.in.
struct MemoryTab {
  core::AppState s;
  explicit MemoryTab(MemoryPort& port, double now) {
    s.frame.in.now_ms = now;
    core::LoadSaved(s, port);
  }
  void Frame(MemoryPort& port, double now, bool urgent = false) {
    s.frame.in.now_ms = now;
    core::Step(s, port);
    core::Store(s, port, urgent);
    s.frame.in = core::FrameInput{};
  }
};

// A stored document whose only change is the theme, stamped at `at_ms`.
inline std::string DocWithTheme(core::ThemeChoice theme, double at_ms) {
  core::SavedDoc d;
  d.settings.theme = theme;
  d.updated["settings"] = at_ms;
  return core::DocToJson(d);
}
