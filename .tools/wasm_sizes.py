#!/usr/bin/env python3
"""Where the wasm's bytes go: code bytes per function, grouped by namespace, with gzip estimates.

usage:
  python3 .tools/wasm_sizes.py --relink            # relink build/web's hearth with function names kept
                                                   # (--profiling-funcs) into build/web-prof, then report
  python3 .tools/wasm_sizes.py --relink --no-inline  # the same with (almost) no inlining, into
                                                   # build/web-prof-noinline: each function's own size
  python3 .tools/wasm_sizes.py build/web-prof/hearth.wasm [--top 40] [--grep REGEX]

The names come from the wasm's "name" section, which only a build linked with --profiling-funcs (or
--profiling / -g) keeps; --relink makes one from build/web's objects without touching build/web or
build/site (LTO: the link is where the code is generated, so the code section matches the shipped
wasm's within a few bytes). Sizes are the function bodies' bytes in the code section. In the shipped
build the inliner folds most of the UI into main.cpp's Frame(); --no-inline shows where those bytes
come from (that build is larger than the shipped one: use it to attribute, not to measure a cut).

gzip figures, per group:
  alone    the group's bodies concatenated and compressed by themselves (zlib -9)
  marginal how much smaller the whole code section compresses without the group: roughly what
           deleting that code would save (the groups' marginals add up to less than the total,
           since code compresses better among similar code)
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import zlib
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTION_NAMES = {0: 'custom', 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory',
                 6: 'global', 7: 'export', 8: 'start', 9: 'element', 10: 'code', 11: 'data',
                 12: 'datacount'}


def leb(buf, pos):
    """Unsigned LEB128 at pos: (value, next position)."""
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7f) << shift
        shift += 7
        if not b & 0x80:
            return result, pos


def read_name(buf, pos):
    n, pos = leb(buf, pos)
    return buf[pos:pos + n].decode('utf-8', 'replace'), pos + n


def parse(path):
    """Sections as (id, custom name, payload start, payload end); function bodies; names by index."""
    buf = open(path, 'rb').read()
    if buf[:4] != b'\0asm':
        sys.exit(f'{path}: not a wasm file')
    pos, sections = 8, []
    while pos < len(buf):
        sid = buf[pos]
        size, start = leb(buf, pos + 1)
        end = start + size
        cname = read_name(buf, start)[0] if sid == 0 else ''
        sections.append((sid, cname, start, end))
        pos = end
    imported, bodies, names = 0, [], {}
    for sid, cname, start, end in sections:
        if sid == 2:  # imports: count the functions, which come first in the index space
            count, p = leb(buf, start)
            for _ in range(count):
                _, p = read_name(buf, p)
                _, p = read_name(buf, p)
                kind = buf[p]
                p += 1
                if kind == 0:
                    _, p = leb(buf, p)
                    imported += 1
                elif kind == 1:  # table: reftype, limits
                    p += 1
                    flags, p = leb(buf, p + 0)
                    _, p = leb(buf, p)
                    if flags & 1:
                        _, p = leb(buf, p)
                elif kind == 2:  # memory: limits
                    flags, p = leb(buf, p)
                    _, p = leb(buf, p)
                    if flags & 1:
                        _, p = leb(buf, p)
                elif kind == 3:  # global: valtype, mutability
                    p += 2
                else:
                    sys.exit(f'unknown import kind {kind}')
        elif sid == 10:
            count, p = leb(buf, start)
            for _ in range(count):
                size, body = leb(buf, p)
                bodies.append(buf[body:body + size])
                p = body + size
        elif sid == 0 and cname == 'name':
            p = read_name(buf, start)[1]
            while p < end:
                sub = buf[p]
                size, p = leb(buf, p + 1)
                if sub == 1:  # function names
                    q = p
                    count, q = leb(buf, q)
                    for _ in range(count):
                        idx, q = leb(buf, q)
                        names[idx], q = read_name(buf, q)
                p += size
    return buf, sections, imported, bodies, names


JSON_T = re.compile(r'nlohmann::json_abi_v[\d_]+::basic_json<std::__2::map, std::__2::vector, '
                    r'std::__2::basic_string<char, std::__2::char_traits<char>, std::__2::allocator<char> >, '
                    r'bool, long long, unsigned long long, double, std::__2::allocator, '
                    r'nlohmann::json_abi_v[\d_]+::adl_serializer, std::__2::vector<unsigned char, '
                    r'std::__2::allocator<unsigned char> > >')


def shorten(name):
    """Readable names: json for the full basic_json type, std::string, no ABI namespaces."""
    name = JSON_T.sub('json', name)
    name = name.replace('std::__2::basic_string<char, std::__2::char_traits<char>, std::__2::allocator<char> >',
                        'std::string')
    name = re.sub(r'nlohmann::json_abi_v[\d_]+::', 'nlohmann::', name)
    return name.replace('std::__2::', 'std::')


OPS = re.compile(r'operator(<<=|>>=|<=>|<<|>>|<=|>=|->\*|->|<|>|\(\))')


def qualified(name):
    """The function's own qualified name: no return type, no parameter list."""
    s = name.replace('(anonymous namespace)', '{anon}')
    s = OPS.sub('operator@', s)
    s = re.sub(r'( const| volatile| &&| &)+$', '', s)
    if s.endswith(')'):  # drop the last balanced (...) group: the parameters
        depth = 0
        for i in range(len(s) - 1, -1, -1):
            depth += {')': 1, '(': -1}.get(s[i], 0)
            if depth == 0:
                s = s[:i]
                break
    depth, cut = 0, 0  # a return type ends at the last space outside <...> and (...)
    for i, ch in enumerate(s):
        if ch in '<(':
            depth += 1
        elif ch in '>)':
            depth -= 1
        elif ch == ' ' and depth == 0:
            cut = i + 1
    return s[cut:]


LIBC = re.compile(r'^(_|\$|emscripten|em_|dlmalloc|emmalloc|malloc|free|calloc|realloc|memalign|sbrk|'
                  r'mem|str|wcs|mbr|mbs|wc|fmt_|pop_arg|out|pad|printf|vsn?printf|sn?printf|fprintf|'
                  r'vfprintf|fwrite|fputs|frexp|atoi|atof|strto|abort|exit|getint|isdigit|isspace|'
                  r'tolower|toupper|qsort|sift|trinkle|cycle|shl|shr|pntz|bsearch|stackSave|stackRestore|'
                  r'stackAlloc|dynCall|legalstub|abs|__|do_|wctomb|scalbn|copysign|fmod|round|lround|'
                  r'floor|ceil|pow|sqrt|sin|cos|atan|exp|log|fabs|init_|dummy|operator new|operator delete)')


def group(name):
    q = qualified(name)
    head = q.split('::', 1)[0]
    if head in ('core', 'ui', 'platform', 'app'):
        return head + '::'
    if q.startswith('hearth_'):  # the functions the page's JavaScript calls
        return 'platform::'
    if head in ('coachwords', 'cw'):
        return 'core::'
    if q == 'main' or q == '{anon}::Frame':  # src/main.cpp: the frame, with the UI inlined into it
        return 'main.cpp (UI inlined)'
    if 'nlohmann' in q or (head == 'std' and 'nlohmann' in name):
        return 'nlohmann::'
    if head == 'std':
        return 'std::'
    if q.startswith('ImGui_Impl'):
        return 'ImGui backend'
    if q.startswith(('ImGui', 'Im', 'stb', 'STB', 'Stb')):
        return 'ImGui/Im*/stb'
    if head == '{anon}':
        return '{anon} (unknown file)'
    if LIBC.match(q) or re.match(r'^[a-z_][a-z0-9_]*$', q):
        return 'emscripten/libc'
    return 'other'


def gz(data):
    return len(zlib.compress(data, 9))


NO_INLINE = ['-Wl,-mllvm,-inline-threshold=-20000', '-sBINARYEN_EXTRA_PASSES=--converge,-ocimfs=0,-fimfs=0']


def relink(no_inline):
    """Relink build/web's hearth with --profiling-funcs into build/web-prof (objects reused)."""
    web = os.path.join(ROOT, 'build', 'web')
    link = os.path.join(web, 'CMakeFiles', 'hearth.dir', 'link.txt')
    if not os.path.exists(link):
        sys.exit('build/web has no hearth link step: run .tools/build.sh web first')
    cmd = open(link).read().strip()
    if ' -o hearth.js ' not in cmd:
        sys.exit('unexpected link command in ' + link)
    out = os.path.join(ROOT, 'build', 'web-prof-noinline' if no_inline else 'web-prof')
    os.makedirs(out, exist_ok=True)
    extra = ' '.join(['--profiling-funcs'] + (NO_INLINE if no_inline else []))
    cmd = cmd.replace(' -o hearth.js ', f' {extra} -o {shlex.quote(out)}/hearth.js ')
    env = dict(os.environ, NODE_PATH='/usr/share/nodejs')
    print(f'relinking with {extra} into {os.path.relpath(out, ROOT)} ...', file=sys.stderr)
    subprocess.run(['nice', '-n', '5', 'sh', '-c', cmd], cwd=web, env=env, check=True)
    return os.path.join(out, 'hearth.wasm')


def kb(n):
    return f'{n / 1024:8.1f}'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('wasm', nargs='?', default=os.path.join(ROOT, 'build', 'web-prof', 'hearth.wasm'))
    ap.add_argument('--relink', action='store_true', help='relink build/web with names kept first')
    ap.add_argument('--no-inline', action='store_true', help='with --relink: inline (almost) nothing')
    ap.add_argument('--top', type=int, default=40, help='how many of the largest functions to list')
    ap.add_argument('--grep', help='also list every function whose name matches this regex, and their sum')
    ap.add_argument('--full', action='store_true', help='print names unshortened')
    args = ap.parse_args()
    path = relink(args.no_inline) if args.relink else args.wasm
    buf, sections, imported, bodies, names = parse(path)
    if not names:
        print(f'note: {path} has no name section (link with --profiling-funcs, or use --relink)', file=sys.stderr)

    print(f'{os.path.relpath(path)}: {len(buf)} bytes, {gz(buf)} gzip (zlib -9; the site ships zopfli, a little smaller)')
    print('\nsections                    bytes       KB   gzip KB')
    for sid, cname, start, end in sections:
        label = SECTION_NAMES.get(sid, str(sid)) + (f' "{cname}"' if cname else '')
        print(f'  {label:22} {end - start:9} {kb(end - start)} {kb(gz(buf[start:end]))}')

    funcs = []  # (size, name, group, body)
    for i, body in enumerate(bodies):
        raw = names.get(imported + i, f'func{imported + i}')
        funcs.append((len(body), raw if args.full else shorten(raw), group(raw), body))
    code_all = b''.join(f[3] for f in funcs)
    total_gz = gz(code_all)

    by_group = defaultdict(list)
    for f in funcs:
        by_group[f[2]].append(f)
    print(f'\ncode by group ({len(funcs)} functions, {len(code_all)} bytes, {total_gz / 1024:.1f} KB gzip)')
    print(f'  {"group":24} {"funcs":>6} {"KB":>8} {"share":>6} {"gzip KB alone":>14} {"marginal":>9}')
    for name, fs in sorted(by_group.items(), key=lambda kv: -sum(f[0] for f in kv[1])):
        size = sum(f[0] for f in fs)
        alone = gz(b''.join(f[3] for f in fs))
        rest = gz(b''.join(f[3] for f in funcs if f[2] != name))
        print(f'  {name:24} {len(fs):6} {kb(size)} {100 * size / len(code_all):5.1f}% {kb(alone):>14} {kb(total_gz - rest):>9}')

    print(f'\ntop {args.top} functions (bytes, group, name)')
    for size, name, grp, _ in sorted(funcs, key=lambda f: -f[0])[:args.top]:
        print(f'  {size:7} {grp:16} {name[:150]}')

    # Template families: the same qualified name, without template arguments, instantiated many times.
    fam = defaultdict(list)
    for size, name, grp, _ in funcs:
        key = re.sub(r'<[^<>]*>', '', re.sub(r'<[^<>]*>', '', re.sub(r'<[^<>]*>', '', qualified(name))))
        fam[key].append(size)
    multi = [(sum(v), len(v), k) for k, v in fam.items() if len(v) > 2]
    print('\ntemplate families: the same function instantiated 3+ times (bytes, copies, name)')
    for total, n, k in sorted(multi, reverse=True)[:25]:
        print(f'  {total:7} {n:4}x  {k[:140]}')

    if args.grep:
        rx = re.compile(args.grep)
        hits = sorted((f for f in funcs if rx.search(f[1])), key=lambda f: -f[0])
        print(f'\nmatching /{args.grep}/: {len(hits)} functions, {sum(f[0] for f in hits)} bytes, '
              f'{gz(b"".join(f[3] for f in hits)) / 1024:.1f} KB gzip alone')
        for size, name, grp, _ in hits:
            print(f'  {size:7} {name[:200]}')


if __name__ == '__main__':
    main()
