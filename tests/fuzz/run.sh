#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS (default 20),
# seeded from the committed document fixtures (and, for links, a homework link). usage: tests/fuzz/run.sh [SECONDS]
# Prints each target's last status line (execs, coverage); exits non-zero on a crash.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-20}
out=build/fuzz
mkdir -p "$out/obj"
qr=build/cache/qrcodegen-1.8.0   # Nayuki's QR Code generator, fetched by .tools/setup.sh
flags=(-std=c++17 -O1 -g -Isrc -isystem "$qr" -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined)
objs=("$out/obj/qrcodegen.o")
if [ ! -f "${objs[0]}" ] || [ "$qr/qrcodegen.c" -nt "${objs[0]}" ]; then
  clang -std=c99 -O1 -g -fsanitize=fuzzer-no-link,address,undefined -c "$qr/qrcodegen.c" -o "${objs[0]}"
fi
for src in $(find src/core -name '*.cpp' | sort); do
  obj="$out/obj/$(echo "${src#src/core/}" | tr / _ | sed 's/\.cpp$/.o/')"
  # Rebuild when the source or any core header is newer than the object.
  if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find src/core -name '*.h' -newer "$obj" -print -quit)" ]; then
    clang++ "${flags[@]}" -c "$src" -o "$obj"
  fi
  objs+=("$obj")
done
status=0
for target in fuzz_doc fuzz_import fuzz_links; do
  clang++ "${flags[@]}" -fsanitize=fuzzer "tests/fuzz/$target.cpp" "${objs[@]}" -o "$out/$target"
  corpus="$out/corpus-$target"
  mkdir -p "$corpus"
  cp tests/fixtures/doc-*.json "$corpus/"
  # Links: a few homework steps to start from (the documents above seed its JSON part).
  printf 'chapter:conflict.time-outs,exercise:after-argument,timeout' > "$corpus/homework-steps"
  printf 'https://care.example/hearth/?org=Riverside#/exercise/appreciation' > "$corpus/link"
  log="$out/$target.log"
  echo "== $target: ${secs}s"
  if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$out/$target" "$corpus" \
      -dict=tests/fuzz/json.dict -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$out/$target-" -print_final_stats=1 >"$log" 2>&1; then
    echo "$target FAILED (see $log)"
    tail -n 40 "$log"
    status=1
  fi
  grep -E '^#[0-9]+.*(DONE|pulse|NEW)' "$log" | tail -n 1 || true
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$log" || true
done
exit $status
