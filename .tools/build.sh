#!/usr/bin/env bash
# Builds what is stale. usage: .tools/build.sh [native|web|all] [--sanitize]
#   native: build/native  (core, UI with the null platform, Catch2 tests, content checker)
#   web:    build/web     (hearth.js + hearth.wasm) -> build/site, the deployable folder
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
jobs=$(nproc 2>/dev/null || echo 2)
if [ "$what" = native ] || [ "$what" = all ]; then
  dir=build/native; extra=()
  if [ "${2:-}" = --sanitize ]; then dir=build/native-asan; extra=(-DHEARTH_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo); fi
  [ -f $dir/CMakeCache.txt ] || cmake -S . -B $dir -DCMAKE_BUILD_TYPE=Release "${extra[@]}" >/dev/null
  cmake --build $dir -j"$jobs" 2>&1 | { grep -vE '^\[ *[0-9]+%\]|^-- ' || true; }
fi
if [ "$what" = web ] || [ "$what" = all ]; then
  export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs acorn from here
  if [ ! -f build/web/CMakeCache.txt ]; then
    emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE=Release \
      "-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node;--no-experimental-fetch" >/dev/null
  fi
  cmake --build build/web -j"$jobs" 2>&1 | { grep -vE '^\[ *[0-9]+%\]|^-- |^cache:INFO' || true; }
fi
