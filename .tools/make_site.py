#!/usr/bin/env python3
"""Assembles the deployable folder (build/site) from web/ and the Emscripten output, and the
benchmark's baseline page (build/bench-minimal). Writes .gz and .br copies next to each file so
serve.py (or any static host) can send them precompressed."""
import argparse, gzip, pathlib, shutil, subprocess

def gzip_best(path):
    """The smallest gzip we can make: zopfli (Debian's package; plain gzip format, any browser reads
    it, about 5 % smaller than gzip -9), else zlib level 9."""
    data = path.read_bytes()
    if shutil.which("zopfli"):
        try:
            return subprocess.run(["zopfli", "--i15", "-c", str(path)], check=True, capture_output=True).stdout
        except (OSError, subprocess.CalledProcessError):
            pass
    return gzip.compress(data, 9, mtime=0)

def compress(path):
    data = path.read_bytes()
    path.with_name(path.name + ".gz").write_bytes(gzip_best(path))
    try:
        import brotli
        path.with_name(path.name + ".br").write_bytes(brotli.compress(data, quality=11))
    except ImportError:
        pass

def assemble(out, files):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for src, name in files:
        dst = out / name
        shutil.copyfile(src, dst)
        if dst.suffix in (".html", ".js", ".css", ".wasm", ".json", ".svg", ".webmanifest"):
            compress(dst)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--web", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    build, web, out = pathlib.Path(a.build), pathlib.Path(a.web), pathlib.Path(a.out)
    files = [(p, p.name) for p in sorted(web.iterdir()) if p.is_file()]
    files += [(build / "hearth.js", "hearth.js"), (build / "hearth.wasm", "hearth.wasm")]
    assemble(out, files)
    bench = pathlib.Path(__file__).resolve().parent.parent / "tests" / "bench"
    assemble(out.parent / "bench-minimal", [
        (bench / "minimal.html", "index.html"), (bench / "minimal-boot.js", "minimal-boot.js"),
        (web / "style.css", "style.css"),
        (build / "minimal.js", "minimal.js"), (build / "minimal.wasm", "minimal.wasm")])
    print(f"site: {out}")

if __name__ == "__main__":
    main()
