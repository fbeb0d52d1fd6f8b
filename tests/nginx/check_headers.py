#!/usr/bin/env python3
"""Checks what a server sends for Hearth's files against what Hearth needs (the same rules serve.py
follows): types, the Content-Security-Policy, Cache-Control, precompressed copies, no listing, no
version banner. Usage: check_headers.py BASE_URL SITE_DIR. Prints each check; exits 1 on any failure."""
import pathlib, re, sys, urllib.error, urllib.request

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from serve import CSP  # noqa: E402  (the policy serve.py sends: the two must agree)

base, site = sys.argv[1], pathlib.Path(sys.argv[2])
failures = 0


def get(path, encoding=None):
    req = urllib.request.Request(base + path, headers={"Accept-Encoding": encoding} if encoding else {})
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, b""


def check(what, ok, seen=""):
    global failures
    print(f"  {'ok  ' if ok else 'FAIL'} {what}" + ("" if ok else f"  (got {seen!r})"))
    failures += 0 if ok else 1


def named(pattern):
    found = [p.name for p in site.iterdir() if re.fullmatch(pattern, p.name)]
    if not found:
        sys.exit(f"check_headers: no file like {pattern} in {site}")
    return found[0]


wasm, js, css = named(r"hearth\.[0-9a-f]{10}\.wasm"), named(r"hearth\.[0-9a-f]{10}\.js"), named(r"style\.[0-9a-f]{10}\.css")
guide = named(r"guide\.[0-9a-f]{10}\.json")  # the chapters, fetched after the first frame
expect = [  # path, type starts with, Cache-Control
    ("", "text/html", "no-cache"), ("index.html", "text/html", "no-cache"),
    ("sw.js", "text/javascript", "no-cache"), ("manifest.webmanifest", "application/manifest+json", "no-cache"),
    ("embed.js", "text/javascript", "no-cache"), (wasm, "application/wasm", "public, max-age=31536000, immutable"),
    (js, "text/javascript", "public, max-age=31536000, immutable"), (css, "text/css", "public, max-age=31536000, immutable"),
    (guide, "application/json", "public, max-age=31536000, immutable"),
    ("icon-192.png", "image/png", "public, max-age=3600"), ("icon.svg", "image/svg+xml", "public, max-age=3600"),
]
print(f"Headers from {base}:")
for path, ctype, cache in expect:
    status, h, body = get(path)
    name = "/" + path
    check(f"{name}: 200", status == 200, status)
    check(f"{name}: Content-Type {ctype}", (h.get("Content-Type") or "").startswith(ctype), h.get("Content-Type"))
    check(f"{name}: Cache-Control {cache}", h.get("Cache-Control") == cache, h.get("Cache-Control"))
    check(f"{name}: the Content-Security-Policy", h.get("Content-Security-Policy") == CSP, h.get("Content-Security-Policy"))
    check(f"{name}: nosniff", h.get("X-Content-Type-Options") == "nosniff", h.get("X-Content-Type-Options"))
for enc, ext in (("gzip", ".gz"), ("br", ".br")):
    if not (site / (wasm + ext)).is_file():
        continue
    status, h, body = get(wasm, enc)
    check(f"/{wasm} with Accept-Encoding {enc}: Content-Encoding {enc}", h.get("Content-Encoding") == enc, h.get("Content-Encoding"))
    check(f"/{wasm} with {enc}: the precompressed file", body == (site / (wasm + ext)).read_bytes(), len(body))
    check(f"/{wasm} with {enc}: Vary: Accept-Encoding", "Accept-Encoding" in (h.get("Vary") or ""), h.get("Vary"))
status, h, body = get(wasm)
check(f"/{wasm} without compression: the file itself", body == (site / wasm).read_bytes(), len(body))
check("no version in the Server header", re.search(r"\d", h.get("Server") or "") is None, h.get("Server"))
check("a .gz copy is not served on its own", get(wasm + ".gz")[0] == 404, get(wasm + ".gz")[0])
check("no such file: 404", get("no-such-file.txt")[0] == 404, get("no-such-file.txt")[0])
sys.exit(1 if failures else 0)
