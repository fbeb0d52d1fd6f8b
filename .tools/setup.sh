#!/usr/bin/env bash
# Installs everything Hearth needs on a fresh Debian 12 machine, from package
# registries only: Debian's packages, Dear ImGui 1.86 and Nayuki's QR Code generator 1.8.0 from
# Debian's source packages, and the browser-test tooling from npm (pinned by tests/package-lock.json: playwright-core
# drives Chromium, puppeteer-core drives Debian's Firefox ESR; neither downloads a browser).
# Idempotent: each step is skipped when what it makes is already there.
# Usage: .tools/setup.sh [--no-browser]   (--no-browser: skip the browsers + npm)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CACHE="$ROOT/build/cache"
IMGUI_VERSION="1.86"
want_browser=1
[ "${1:-}" = "--no-browser" ] && want_browser=0

DEBS=(emscripten nlohmann-json3-dev catch2 dpkg-dev cmake g++ python3-fonttools
      python3-brotli python3-icalendar zopfli fonts-open-sans librsvg2-bin node-terser)
# The browser tests, and the production-config test (Debian's nginx with the brotli_static module).
# The cross-engine suite (tests/engines): Firefox ESR, WebKitGTK's MiniBrowser with WebKitWebDriver,
# and a virtual display for both (xvfb-run needs xauth). Printed handouts are read back with poppler-utils.
[ $want_browser = 1 ] && DEBS+=(chromium nginx libnginx-mod-http-brotli-static firefox-esr webkit2gtk-driver xvfb xauth
                                poppler-utils)

missing=()
for p in "${DEBS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Hearth needs these Debian packages, which are not installed: ${missing[*]}" >&2
    echo "Install them as root, then run this command again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Debian starts services it installs (nginx on port 80). Hearth's tests start their own nginx on a
  # free loopback port, so no service is started while installing (policy-rc.d, only if none exists).
  made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || { [ $made_policy = 1 ] && rm -f /usr/sbin/policy-rc.d; exit 1; }
  [ $made_policy = 1 ] && rm -f /usr/sbin/policy-rc.d
fi

# Dear ImGui's sources are in no binary package: take them from the source package.
IMGUI_DIR="$CACHE/imgui-$IMGUI_VERSION"
if [ ! -f "$IMGUI_DIR/imgui.cpp" ]; then
  if [ "$(id -u)" != 0 ] && ! ls /etc/apt/sources.list.d/*src* >/dev/null 2>&1; then
    echo "Dear ImGui's sources come from Debian's source package. As root, enable deb-src and run this again:" >&2
    echo "  sudo sed 's/^Types: deb\$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | sudo tee /etc/apt/sources.list.d/debian-src.sources && sudo apt-get update" >&2
    exit 1
  fi
  if [ ! -f /etc/apt/sources.list.d/debian-src.sources ] && [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > /etc/apt/sources.list.d/debian-src.sources
    apt-get update -qq
  fi
  mkdir -p "$CACHE/imgui-src"
  ( cd "$CACHE/imgui-src"
    ls imgui_*.dsc >/dev/null 2>&1 || apt-get source --download-only imgui >/dev/null
    dsc=$(ls imgui_*.dsc | head -1)
    case "$dsc" in
      imgui_${IMGUI_VERSION}*) ;;
      *) echo "setup: expected Dear ImGui $IMGUI_VERSION, Debian offers $dsc" >&2; exit 1;;
    esac
    rm -rf extracted && dpkg-source -x "$dsc" extracted >/dev/null )
  rm -rf "$IMGUI_DIR"
  mv "$CACHE/imgui-src/extracted" "$IMGUI_DIR"
fi

# Nayuki's QR Code generator (its C library: it reports data too long by its return value, where the
# C++ one throws, and the web build has no exceptions), from Debian's source package qr-code-generator. Its
# orig tarball downloads; the Debian diff (debian.tar.xz) answers 404 on the mirror, so apt-get source
# fails after fetching the .dsc and the tarball. The tarball is then checked against the .dsc's
# SHA-256 (the .dsc itself is checked by apt against the signed Sources index) and only c/ is used.
QR_VERSION="1.8.0"
QR_DIR="$CACHE/qrcodegen-$QR_VERSION"
if [ ! -f "$QR_DIR/qrcodegen.c" ]; then
  mkdir -p "$CACHE/qr-src"
  ( cd "$CACHE/qr-src"
    ls qr-code-generator_*.orig.tar.gz >/dev/null 2>&1 || apt-get source --download-only qr-code-generator >/dev/null 2>&1 || true
    dsc=$(ls qr-code-generator_${QR_VERSION}-*.dsc 2>/dev/null | head -1)
    tarball="qr-code-generator_${QR_VERSION}.orig.tar.gz"
    if [ -z "$dsc" ] || [ ! -f "$tarball" ]; then
      echo "setup: could not download Debian's source package qr-code-generator $QR_VERSION (needs deb-src, as for ImGui)" >&2; exit 1
    fi
    want=$(awk '/^Checksums-Sha256:/{f=1;next} /^[^ ]/{f=0} f && $3=="'"$tarball"'"{print $1}' "$dsc")
    got=$(sha256sum "$tarball" | cut -d' ' -f1)
    if [ -z "$want" ] || [ "$want" != "$got" ]; then
      echo "setup: $tarball does not match its SHA-256 in $dsc" >&2; exit 1
    fi
    rm -rf extracted && mkdir extracted && tar xzf "$tarball" -C extracted --strip-components=2 "QR-Code-generator-$QR_VERSION/c" )
  rm -rf "$QR_DIR"
  mv "$CACHE/qr-src/extracted" "$QR_DIR"
fi

if [ $want_browser = 1 ] && { [ ! -d tests/node_modules/playwright-core ] || [ ! -d tests/node_modules/axe-core ] ||
                             [ ! -d tests/node_modules/puppeteer-core ] || [ ! -d tests/node_modules/jsqr ]; }; then
  echo "setup: installing browser-test tools from npm (tests/package-lock.json)"
  ( cd tests && npm ci --no-audit --no-fund --loglevel=error )
fi
echo "setup: ready"
