#!/usr/bin/env bash
# The cross-engine suite (tests/engines/suite.test.mjs) in Firefox ESR and in WebKitGTK, one engine at a
# time, each under its own virtual display (xvfb-run: WebGL2 needs one), and how long each took.
# Usage: tests/engines/run.sh [firefox] [webkit]   (after .tools/build.sh web)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f build/site/index.html ] || { echo "nothing built in build/site (.tools/build.sh web)" >&2; exit 1; }
rm -rf build/screenshots/engines  # only this run's screenshots (and failures) are there afterwards
engines=("$@")
[ ${#engines[@]} -gt 0 ] || engines=(firefox webkit)
declare -A took=()
status=0
for engine in "${engines[@]}"; do
  case $engine in
    firefox) echo "-- $(firefox-esr --version 2>/dev/null)";;
    webkit) echo "-- WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null)";;
  esac
  start=$(date +%s)
  # A screen larger than the 1280x800 page plus the window frame, in 24-bit color for WebGL.
  HEARTH_ENGINES=$engine xvfb-run -a -s "-screen 0 1400x1000x24" \
    node --test --test-concurrency=1 --test-reporter=spec tests/engines/ || status=1
  took[$engine]=$(( $(date +%s) - start ))
done
for engine in "${engines[@]}"; do printf 'engine %-8s %4d s\n' "$engine" "${took[$engine]}"; done
exit $status
