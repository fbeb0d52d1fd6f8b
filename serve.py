#!/usr/bin/env python3
"""Build Hearth if needed and serve it: python3 serve.py [--host H] [--port P] [--dir D] [--no-build]

Sets up what is missing (.tools/setup.sh), builds what is stale (.tools/build.sh web), then serves
build/site on http://127.0.0.1:8000 with the headers Hearth expects: the right types (wasm,
webmanifest, js, svg), a strict Content-Security-Policy, Cache-Control, and precompressed
.br/.gz files when the browser accepts them. Only loopback by default.
"""
import argparse
import errno
import http.server
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'; object-src 'none'")
TYPES = {
    ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
    ".wasm": "application/wasm", ".json": "application/json", ".webmanifest": "application/manifest+json",
    ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".ttf": "font/ttf", ".ics": "text/calendar", ".txt": "text/plain; charset=utf-8",
}
NO_CACHE = {"index.html", "sw.js", "manifest.webmanifest", "embed.js", ""}
HASHED = re.compile(r"\.[0-9a-f]{8,}\.[a-z0-9]+$")  # hearth.3f9a1c2b7e.wasm: its name changes with its content


def cache_control(name):
    """The page, the service worker, the manifest and the embed kit are checked on every visit; files with
    their content hash in their name never change; anything else is kept for an hour."""
    if name in NO_CACHE:
        return "no-cache"
    if HASHED.search(name):
        return "public, max-age=31536000, immutable"
    return "public, max-age=3600"


class Handler(http.server.SimpleHTTPRequestHandler):
    server_version = "HearthServe"
    sys_version = ""

    def log_message(self, fmt, *args):  # quiet unless asked
        if os.environ.get("HEARTH_SERVE_LOG"):
            super().log_message(fmt, *args)

    def send_head(self):
        path = pathlib.Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file() or path.name.endswith((".gz", ".br")):
            self.send_error(404, "Not found")
            return None
        accept = self.headers.get("Accept-Encoding", "")
        body, encoding = path, None
        for enc, ext in (("br", ".br"), ("gzip", ".gz")):
            alt = path.with_name(path.name + ext)
            if enc in accept and alt.is_file():
                body, encoding = alt, enc
                break
        f = open(body, "rb")
        size = os.fstat(f.fileno()).st_size
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(path.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(size))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", cache_control(path.name))
        self.end_headers()
        return f


def main():
    ap = argparse.ArgumentParser(description="Build and serve Hearth.")
    ap.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    ap.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    ap.add_argument("--dir", default=str(ROOT / "build" / "site"), help="folder to serve (default build/site)")
    ap.add_argument("--no-build", action="store_true", help="serve what is built, do not set up or build")
    a = ap.parse_args()
    if not a.no_build:
        for cmd in ([str(ROOT / ".tools" / "setup.sh"), "--no-browser"], [str(ROOT / ".tools" / "build.sh"), "web"]):
            if subprocess.call(cmd) != 0:
                print(f"serve.py: '{' '.join(cmd)}' failed; see the messages above.", file=sys.stderr)
                return 1
    site = pathlib.Path(a.dir)
    if not (site / "index.html").is_file():
        print(f"serve.py: nothing to serve in {site} (run without --no-build)", file=sys.stderr)
        return 1
    handler = lambda *args, **kw: Handler(*args, directory=str(site), **kw)
    try:
        httpd = http.server.ThreadingHTTPServer((a.host, a.port), handler)
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            print(f"serve.py: port {a.port} on {a.host} is already in use. Stop the other server or pick "
                  f"another port: python3 serve.py --port {a.port + 1}", file=sys.stderr)
        else:
            print(f"serve.py: cannot listen on {a.host}:{a.port}: {e.strerror}", file=sys.stderr)
        return 1
    host = "127.0.0.1" if a.host in ("0.0.0.0", "") else a.host
    print(f"Hearth is served at http://{host}:{a.port}/  (Ctrl+C to stop)", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
