// libFuzzer target: what arrives in a link. A homework link's steps (core/progress/homework.h) are
// taken whole or not at all, with a message; taken steps are at most five and are written back the
// same way. Saved homework (JSON) never throws and keeps only valid steps. The QR encoder
// (core/share/qr.h) takes any text: a code it makes is square, of a valid version, and fits its text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/base/jsonread.h"
#include "core/progress/homework.h"
#include "core/share/qr.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<core::HomeworkStep> steps;
  std::string why;
  if (core::ParseHomeworkSteps(text, steps, why)) {
    if (steps.empty() || steps.size() > core::kHomeworkMaxSteps || !why.empty()) __builtin_trap();
    std::string back;
    for (const auto& s : steps) back += (back.empty() ? "" : ",") + core::HomeworkStepTarget(s);
    if (back != text) __builtin_trap();  // one way to write each homework
  } else if (!steps.empty() || why.empty()) {
    __builtin_trap();  // refused: nothing taken, and the person is told
  }
  nlohmann::json j = core::jr::Parse(text);
  if (!j.is_discarded()) {
    core::HomeworkState h;
    core::HomeworkFromJson(j, h);
    if (h.steps.size() > core::kHomeworkMaxSteps || h.ticked_ms.size() != h.steps.size()) __builtin_trap();
    core::HomeworkState again;
    core::HomeworkFromJson(core::HomeworkToJson(h), again);
    if (again.steps != h.steps) __builtin_trap();
  }
  if (size <= 256) {  // longer codes are slow to make under the sanitizers (masks are scored in full), and a longer text takes the same paths
    core::QrCode q = core::EncodeQr(text);
    if (q.size != 0 && (q.size != 17 + 4 * q.version || q.version < 1 || q.version > core::kQrMaxVersion ||
                        q.dark.size() != static_cast<size_t>(q.size * q.size)))
      __builtin_trap();
  }
  return 0;
}
