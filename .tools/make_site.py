#!/usr/bin/env python3
"""Assembles the deployable folder (build/site) from web/ and the Emscripten output, and the
benchmark's baseline page (build/bench-minimal).

- The app's own files get their content hash in their name (hearth.3f9a1c2b.wasm): a host can let
  browsers keep them for a year, and an update can never mix files of two versions. index.html,
  sw.js, the manifest, the icons and the embed kit keep fixed names (other pages point at them).
- Icons: the SVGs in web/ are rendered to the PNG sizes that installing needs (rsvg-convert, from
  Debian's librsvg2-bin).
- sw.js is web/sw.js with the build's version (a hash of every file it precaches) and file list.
- The guide's chapters (guide.json, written by the build's content check) become guide.<hash>.json,
  named in index.html's <meta name="hearth-guide">: the page fetches it after its first frame, and the
  service worker keeps it for offline use like every other file.
- Every script is minified with terser (Debian's node-terser, .tools/minify.js): local names are
  renamed and dead code dropped, about a third off the scripts' download. The benchmark's minimal page
  is minified the same way, so the two stay comparable.
- Each text or wasm file gets .gz (zopfli) and .br copies so serve.py or any static host can send them
  precompressed.
"""
import argparse, gzip, hashlib, html, json, os, pathlib, re, shutil, struct, subprocess, sys

HASHED = ("style.css", "boot.js", "hearth.js", "hearth.wasm", "guide.json")   # renamed to name.<hash>.ext
# Not in the offline copy: the embed kit and its demo, and the counselors' page with its QR module
# (a counselor's tool, used online). The privacy page and its style are in it: Settings links there,
# and a person offline should still read how Hearth treats their data.
NOT_PRECACHED = ("embed.js", "embed-demo.html", "embed-demo.css", "embed-demo.js", "icon-maskable.svg", "sw.js",
                 "counselors.html", "counselors.js", "qr.js", "qr.wasm")
ICONS = (("icon.svg", "icon-192.png", 192), ("icon.svg", "icon-512.png", 512),
         ("icon-maskable.svg", "icon-maskable-512.png", 512), ("icon-maskable.svg", "apple-touch-icon.png", 180))
COMPRESSED = (".html", ".js", ".css", ".wasm", ".json", ".svg", ".webmanifest")


def gzip_best(path):
    """The smallest gzip we can make: zopfli (Debian's package; plain gzip format, any browser reads
    it, about 5 % smaller than gzip -9), else zlib level 9."""
    if shutil.which("zopfli"):
        try:
            return subprocess.run(["zopfli", "--i15", "-c", str(path)], check=True, capture_output=True).stdout
        except (OSError, subprocess.CalledProcessError):
            pass
    return gzip.compress(path.read_bytes(), 9, mtime=0)


def compress(path):
    path.with_name(path.name + ".gz").write_bytes(gzip_best(path))
    try:
        import brotli
        path.with_name(path.name + ".br").write_bytes(brotli.compress(path.read_bytes(), quality=11))
    except ImportError:
        pass


MINIFIED = ("boot.js", "hearth.js", "alarm.js", "embed.js", "embed-demo.js", "counselors.js", "qr.js")  # and sw.js, once filled in


def minify(paths):
    """Runs terser over the page's scripts, in place (.tools/minify.js): a third less to download."""
    if paths:
        env = dict(os.environ, NODE_PATH="/usr/share/nodejs")
        subprocess.run(["node", str(pathlib.Path(__file__).with_name("minify.js")), *map(str, paths)], check=True, env=env)


READING_WPM = 200  # words a minute: an unhurried reader (the handout's times are "about")


def words(text):
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", re.sub(r"\]\([^)]*\)", "]", text)))


def block_words(b):
    if b.get("type") in ("paragraph", "callout", "heading"):
        return words(b.get("text", ""))
    if b.get("type") == "list":
        return sum(words(i) for i in b.get("items", []))
    if b.get("type") == "table":
        return sum(words(c) for row in b.get("rows", []) for c in row)
    return 0


def minutes(n_words):
    return max(1, -(-n_words // READING_WPM))


def counselors_page(page, guide, root):
    """Fills counselors.html: the catalog its script reads (chapters with their parts and reading
    times, exercises with theirs) and the notes for professionals, as plain HTML (readable and
    printable without the script). The notes are content/counselors/notes.json (checked by
    tests/tools/check_counselor_notes.py); the exercises' order is the app's (exercise_list.h)."""
    notes = {n["exercise"]: n for n in json.loads((root / "content/counselors/notes.json").read_text(encoding="utf-8"))["notes"]}
    order = re.findall(r'X\("([a-z-]+)", \w+, \w+, "([^"]+)"', (root / "src/core/exercises/exercise_list.h").read_text(encoding="utf-8"))
    chapters = []
    for ch in guide["chapters"]:
        sections, total, current = [], 0, None
        for b in ch["blocks"]:
            n = block_words(b)
            total += n
            if b.get("type") == "heading" and b.get("id"):
                current = {"id": b["id"], "title": b["text"], "words": 0}
                sections.append(current)
            if current is not None:
                current["words"] += n
        chapters.append({"id": ch["id"], "title": ch["title"], "minutes": minutes(total),
                         "sections": [{"id": x["id"], "title": x["title"], "minutes": minutes(x["words"])} for x in sections]})
    exercises = [{"id": i, "title": t, "minutes": notes[i]["minutes"]} for i, t in order if i in notes]
    exercises.append({"id": "timeout", "title": "Time-out", "minutes": notes["timeout"]["minutes"]})
    catalog = json.dumps({"chapters": chapters, "exercises": exercises}, ensure_ascii=False).replace("</", "<\\/")
    slot = '<script type="application/json" id="hearth-catalog">{}</script>'
    if page.count(slot) != 1 or page.count("<!--NOTES-->") != 1:
        sys.exit("make_site: web/counselors.html must carry the catalog's <script> and <!--NOTES--> once each")
    esc = html.escape
    parts = []
    for i, t in order + [("timeout", "Time-out")]:
        n = notes[i]
        parts.append(
            f'<article class="note" id="note-{esc(i)}">\n<h3>{esc(n["title"])}</h3>\n'
            f'<p class="meta">About {n["minutes"]} minutes</p>\n<dl>\n'
            f'<dt>What it practices</dt><dd>{esc(n["practices"])}</dd>\n'
            f'<dt>The idea behind it</dt><dd>{esc(n["idea"])}</dd>\n'
            f'<dt>When not to assign it</dt><dd>{esc(n["not_when"])}</dd>\n'
            f'<dt>To talk over at the next session</dt><dd><ul>{"".join(f"<li>{esc(q)}</li>" for q in n["debrief"])}</ul></dd>\n'
            f'<dt>Sources</dt><dd><ul class="sources">{"".join(f"<li>{esc(x)}</li>" for x in n["sources"])}</ul></dd>\n'
            f'</dl>\n</article>')
    return page.replace(slot, slot.replace("{}", catalog)).replace("<!--NOTES-->", "\n".join(parts))


def short_hash(data):
    return hashlib.sha256(data).hexdigest()[:10]


def render_icons(web, out):
    tool = shutil.which("rsvg-convert")
    if not tool:
        sys.exit("make_site: rsvg-convert is missing (Debian package librsvg2-bin; .tools/setup.sh installs it)")
    for svg, png, size in ICONS:
        subprocess.run([tool, "-w", str(size), "-h", str(size), str(web / svg), "-o", str(out / png)], check=True)
    # favicon.ico, for browsers that ask for it without reading the page (one 32 px PNG inside an ICO).
    png = subprocess.run([tool, "-w", "32", "-h", "32", str(web / "icon.svg")], check=True, capture_output=True).stdout
    header = struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", 32, 32, 0, 0, 1, 32, len(png), 6 + 16)
    (out / "favicon.ico").write_bytes(header + png)


def build_site(build, web, out, compress_files=True):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    files = {p.name: p.read_bytes() for p in sorted(web.iterdir()) if p.is_file()}
    files["hearth.js"] = (build / "hearth.js").read_bytes()
    files["hearth.wasm"] = (build / "hearth.wasm").read_bytes()
    files["guide.json"] = (build / "guide.json").read_bytes()  # the checked chapters
    files["qr.js"] = (build / "qr.js").read_bytes()       # the plain pages' QR module (counselors.html)
    files["qr.wasm"] = (build / "qr.wasm").read_bytes()
    files["counselors.html"] = counselors_page(files["counselors.html"].decode(), json.loads(files["guide.json"]),
                                               pathlib.Path(__file__).resolve().parents[1]).encode()  # the repository
    staged = out / ".min"
    staged.mkdir()
    for name in MINIFIED:
        (staged / name).write_bytes(files[name])
    minify([staged / name for name in MINIFIED])
    for name in MINIFIED:
        files[name] = (staged / name).read_bytes()
    shutil.rmtree(staged)
    names = {}
    for name in HASHED:
        stem, ext = name.rsplit(".", 1)
        names[name] = f"{stem}.{short_hash(files[name])}.{ext}"
    page = files.pop("index.html").decode()
    for name in ("style.css", "boot.js", "hearth.js"):
        ref = f'"{name}"'
        if page.count(ref) != 1:
            sys.exit(f"make_site: web/index.html must name {name} exactly once")
        page = page.replace(ref, f'"{names[name]}"')
    wasm_meta = '<meta name="hearth-wasm" content="hearth.wasm">'
    if page.count(wasm_meta) != 1:
        sys.exit("make_site: web/index.html must carry " + wasm_meta)
    page = page.replace(wasm_meta, f'<meta name="hearth-wasm" content="{names["hearth.wasm"]}" '
                                   f'data-size="{len(files["hearth.wasm"])}">')
    guide_meta = '<meta name="hearth-guide" content="guide.json">'
    if page.count(guide_meta) != 1:
        sys.exit("make_site: web/index.html must carry " + guide_meta)
    page = page.replace(guide_meta, f'<meta name="hearth-guide" content="{names["guide.json"]}">')
    preload = '<link rel="preload" href="hearth.wasm"'  # its download starts while the page is parsed
    if page.count(preload) != 1:
        sys.exit("make_site: web/index.html must preload hearth.wasm exactly once")
    page = page.replace(preload, f'<link rel="preload" href="{names["hearth.wasm"]}"')
    sw = files.pop("sw.js").decode()
    for name, data in files.items():
        (out / names.get(name, name)).write_bytes(data)
    render_icons(web, out)
    # The version: a hash of every precached file, so any change to any of them makes a new version.
    # The PNG icons (and favicon.ico) are left to the browser: it fetches them when Hearth is installed, and an installed
    # app keeps its own copy (they would add a quarter to the first visit's download).
    precache = sorted(p.name for p in out.iterdir() if p.name not in NOT_PRECACHED and p.suffix not in (".png", ".ico"))
    digest = hashlib.sha256(page.encode())
    for name in precache:
        digest.update(name.encode() + b"\0" + (out / name).read_bytes())
    version = digest.hexdigest()[:12]
    charset = '<meta charset="utf-8">'
    if page.count(charset) != 1:
        sys.exit("make_site: web/index.html must carry " + charset)
    page = page.replace(charset, f'{charset}\n<meta name="hearth-version" content="{version}">')
    (out / "index.html").write_text(page)
    precache = ["./"] + precache  # the page itself, as "./" (the address people open)
    for key, value in (("'__VERSION__'", json.dumps(version)), ("'__FILES__'", json.dumps(precache)),
                       ("'__IMMUTABLE__'", json.dumps(sorted(names.values())))):
        if sw.count(key) != 1:
            sys.exit(f"make_site: web/sw.js must carry {key} exactly once")
        sw = sw.replace(key, value)
    (out / "sw.js").write_text(sw)
    minify([out / "sw.js"])  # sw.js is not hashed: its name is fixed, and its version is inside it
    if compress_files:
        for p in sorted(out.iterdir()):
            if p.suffix in COMPRESSED:
                compress(p)
    return version


def assemble(out, files):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for src, name in files:
        shutil.copyfile(src, out / name)
    minify([out / name for _, name in files if name.endswith(".js")])  # built the same way as Hearth's page
    for _, name in files:
        dst = out / name
        if dst.suffix in COMPRESSED:
            compress(dst)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True, help="folder with Emscripten's hearth.js/.wasm (and minimal.*)")
    ap.add_argument("--web", required=True, help="the page's own files (web/)")
    ap.add_argument("--out", required=True, help="the site folder to write")
    ap.add_argument("--no-bench", action="store_true", help="do not assemble the benchmark's minimal page")
    ap.add_argument("--no-compress", action="store_true", help="skip the .gz/.br copies (tests that build variants)")
    a = ap.parse_args()
    build, web, out = pathlib.Path(a.build), pathlib.Path(a.web), pathlib.Path(a.out)
    version = build_site(build, web, out, not a.no_compress)
    if not a.no_bench:
        bench = pathlib.Path(__file__).resolve().parent.parent / "tests" / "bench"
        assemble(out.parent / "bench-minimal", [
            (bench / "minimal.html", "index.html"), (bench / "minimal-boot.js", "minimal-boot.js"),
            (web / "style.css", "style.css"),
            (build / "minimal.js", "minimal.js"), (build / "minimal.wasm", "minimal.wasm")])
    print(f"site: {out} (version {version})")


if __name__ == "__main__":
    main()
