// The storage port core's policy runs over (core/store/store.h): the platform's four storage calls, and
// nothing else. Every decision about what to read, merge, keep aside or write is core's.
#include "platform/platform.h"

namespace platform {

namespace {
struct PlatformStorage final : core::StoragePort {
  core::StoreResult Read(const std::string& key, std::string& out) override { return StoreRead(key, out); }
  core::StoreResult Write(const std::string& key, const std::string& value) override { return StoreWrite(key, value); }
  core::StoreResult RemoveAll(const std::string& prefix) override { return StoreRemoveAll(prefix); }
  core::StoreResult Copy(const std::string& from, const std::string& to) override { return StoreCopy(from, to); }
};
}  // namespace

core::StoragePort& Storage() {
  static PlatformStorage port;
  return port;
}

}  // namespace platform
