#!/usr/bin/env python3
"""US English spelling check for what people read in Hearth (standard library only).

usage: python3 tests/tools/check_spelling.py [--self-test] [FILE ...]

With no FILE it checks, from the repository root:
  - content/**/*.json      every string value, except "sources" lists and help lines' "name"s (they quote titles
                           and organizations' own names exactly, e.g. "European Journal of Ageing"), and the
                           coach's "coach_words" (words people may type, British ones included: never shown);
  - src/ui, src/core       string literals in .cpp and .h files (comments are not prose here);
  - web/*.html             text between tags and the title/alt/aria-label/placeholder/content
                           attributes (not tag names, classes, CSS or scripts);
  - web/*.js and src/platform/web/*.js   string literals;
  - README.md and content/README.md      reported only: they are docs, a hit there never fails.
A literal that is one lower-case token ("favourites", "fun/f01") is taken for a stored key or
an id, not prose: renaming it would break saved data, and its label is checked where it is shown.
It prints "file:line: word -> suggestion" for each British spelling and exits 1 when any is
found outside the report-only files, 0 otherwise. --self-test runs the checker on small temporary
files (one with "colour" must fail, clean ones must pass) and exits 1 if it misbehaves.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# Whole words (lower case) and their US form.
WORDS = {
    "judgement": "judgment", "judgements": "judgments",
    "programme": "program", "programmes": "programs",
    "practise": "practice (verb)", "practised": "practiced", "practises": "practices",
    "practising": "practicing",
    "defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
    "licence": "license", "licences": "licenses", "pretence": "pretense",
    "catalogue": "catalog", "catalogues": "catalogs", "analogue": "analog",
    "whilst": "while", "grey": "gray", "greys": "grays", "mum": "mom", "mums": "moms",
    "ageing": "aging", "cosy": "cozy", "sceptical": "skeptical", "sceptic": "skeptic",
    "fulfil": "fulfill", "fulfils": "fulfills", "fulfilment": "fulfillment",
    "enrol": "enroll", "enrols": "enrolls", "enrolment": "enrollment",
    "skilful": "skillful", "wilful": "willful", "instalment": "installment",
    "tyre": "tire", "tyres": "tires", "cheque": "check", "cheques": "checks",
    "aluminium": "aluminum", "manoeuvre": "maneuver", "paediatric": "pediatric",
    "oestrogen": "estrogen", "foetus": "fetus", "mould": "mold", "mouldy": "moldy",
    "smoulder": "smolder", "plough": "plow", "storey": "story", "storeys": "stories",
    "pyjamas": "pajamas", "artefact": "artifact", "artefacts": "artifacts",
    "sulphur": "sulfur", "kerb": "curb", "learnt": "learned", "maths": "math",
    "focussed": "focused", "focussing": "focusing", "benefitted": "benefited",
    "benefitting": "benefiting", "jewellery": "jewelry", "woollen": "woolen",
    "centre": "center", "centres": "centers", "centred": "centered", "theatre": "theater",
    "theatres": "theaters", "metre": "meter", "metres": "meters", "litre": "liter",
    "litres": "liters", "fibre": "fiber", "fibres": "fibers", "calibre": "caliber",
    "sombre": "somber", "spectre": "specter", "lustre": "luster", "meagre": "meager",
    "sabre": "saber", "travelogue": "travelog",
}

# -our words: the British stem anywhere in a word ("favourite", "neighbourhood", "behaviours").
OUR = re.compile(r"(colo|favo|behavio|hono|labo|neighbo|humo|harbo|rumo|vigo|flavo|savo|endeavo|"
                 r"fervo|armo|rigo|valo|odo|splendo|cando|clamo|tumo|parlo)ur", re.I)

# Doubled l before a suffix where US English keeps one ("travelled", "counsellor", "marvellous").
DOUBLE_L = re.compile(r"^(travel|cancel|label|model|counsel|fuel|signal|total|level|marvel|quarrel|"
                      r"equal|channel|tunnel|dial|shovel|pedal|rival|grovel|swivel|unravel|jewel)"
                      r"l(ed|ing|er|ers|or|ors|ous)$", re.I)

# -ise / -isation / -yse endings (British) unless the word is spelled that way in US English too.
ISE = re.compile(r"^([a-z]+?)(ise|ises|ised|ising|iser|isers|isation|isations)$")
YSE = re.compile(r"^([a-z]+?)(yse|yses|ysed|ysing)$")
ALLOW_ISE = {
    "advise", "devise", "revise", "supervise", "televise", "improvise", "exercise", "promise",
    "premise", "surprise", "otherwise", "compromise", "comprise", "expertise", "precise", "concise",
    "wise", "unwise", "rise", "arise", "sunrise", "moonrise", "uprise", "enterprise", "franchise",
    "disenfranchise", "merchandise", "chastise", "despise", "disguise", "excise", "incise",
    "circumcise", "apprise", "demise", "surmise", "noise", "poise", "raise", "upraise", "praise",
    "appraise", "cruise", "bruise", "guise", "paradise", "reprise", "treatise", "valise", "anise",
    "porpoise", "tortoise", "turquoise", "advertise", "prise", "vise", "mise", "cerise", "louise",
    "denise", "elise", "lise", "reise", "expertise", "crise",
}


def suggest(word):
    """The US form for a British spelling, or None when the word is fine."""
    w = word.lower()
    if w in WORDS:
        return WORDS[w]
    if OUR.search(w):
        return OUR.sub(lambda m: m.group(1) + "r", w)
    m = DOUBLE_L.match(w)
    if m:
        return m.group(1) + m.group(2)
    m = ISE.match(w)
    if m:
        base = m.group(1) + "ise"
        if base not in ALLOW_ISE and not base.endswith("wise") and not base.endswith("rise"):
            return m.group(1) + m.group(2).replace("is", "iz", 1)
    m = YSE.match(w)
    if m:
        return m.group(1) + m.group(2).replace("ys", "yz", 1)
    return None


WORD = re.compile(r"[A-Za-z]+")


KEY = re.compile(r"^[a-z0-9_./:-]+$")  # "favourites", "criticised": a stored key or id, not prose


def check_text(text, line, where, hits):
    if KEY.match(text):  # renaming a saved key would lose people's data; labels are checked
        return
    for m in WORD.finditer(text):
        s = suggest(m.group(0))
        if s:
            hits.append((where, line + text.count("\n", 0, m.start()), m.group(0), s))


# ---- extractors: each yields (line, text) pieces that people read -----------------------------

def json_strings(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    data = json.loads(raw)
    out = []

    def walk(node, key):
        if key in ("sources", "name", "coach_words"):  # quoted titles of published works; organizations' own
            return                                         # names; words the coach recognizes in what people type
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str):
            out.append(node)

    walk(data, "")
    pieces = []
    for s in out:  # find each string's line for the message (first place it appears)
        needle = json.dumps(s, ensure_ascii=False)[1:-1][:40]
        idx = raw.find(needle)
        pieces.append((raw.count("\n", 0, idx) + 1 if idx >= 0 else 1, s))
    return pieces


def c_like_strings(text, quotes, comments=True, template=False):
    """String literals of C++ or JavaScript source, with their first line; comments skipped."""
    pieces, i, n, line = [], 0, len(text), 1
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif comments and text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif comments and text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += text.count("\n", i, j)
            i = j
        elif c == "R" and text.startswith('R"', i) and "(" in text[i:i + 20]:
            k = text.find("(", i)
            delim = ")" + text[i + 2:k] + '"'
            j = text.find(delim, k)
            j = n if j < 0 else j
            pieces.append((line, text[k + 1:j]))
            line += text.count("\n", i, j)
            i = j + len(delim)
        elif c in quotes or (template and c == "`"):
            j, buf = i + 1, []
            while j < n and text[j] != c:
                if text[j] == "\\" and j + 1 < n:
                    nxt = text[j + 1]
                    buf.append(" " if nxt in "ntr" else nxt)  # \n is a break between words
                    j += 2
                    continue
                if text[j] == "\n" and c != "`":
                    break  # not a string after all (a stray quote)
                buf.append(text[j])
                j += 1
            pieces.append((line, "".join(buf)))
            line += text.count("\n", i, j)
            i = j + 1
        elif c == "'" and "'" not in quotes:  # C++ character literal
            j = text.find("'", i + 1)
            if 0 < j - i <= 4:
                i = j + 1
            else:
                i += 1
        else:
            i += 1
    return pieces


HTML_ATTRS = re.compile(r'\b(title|alt|aria-label|placeholder|content)\s*=\s*"([^"]*)"', re.I)


def html_text(text):
    pieces = []
    # Scripts and styles are not visible text; keep line numbers by blanking them.
    blank = re.sub(r"(?is)<(script|style)\b.*?</\1>", lambda m: "\n" * m.group(0).count("\n"), text)
    blank = re.sub(r"(?s)<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), blank)
    for m in re.finditer(r"<[^>]*>", blank):
        for a in HTML_ATTRS.finditer(m.group(0)):
            pieces.append((blank.count("\n", 0, m.start()) + 1, a.group(2)))
    visible = re.sub(r"<[^>]*>", lambda m: " " + "\n" * m.group(0).count("\n"), blank)
    for no, ln in enumerate(visible.split("\n"), 1):
        if ln.strip():
            pieces.append((no, ln))
    return pieces


def pieces_of(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".json":
        return json_strings(path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if ext in (".cpp", ".h", ".cc", ".hpp"):
        return c_like_strings(text, '"')
    if ext in (".js", ".mjs"):
        return c_like_strings(text, "\"'", template=True)
    if ext in (".html", ".htm"):
        return html_text(text)
    return [(no, ln) for no, ln in enumerate(text.split("\n"), 1)]  # plain text, Markdown


def default_files():
    files = []
    for base, exts in (("content", (".json",)), ("src/ui", (".cpp", ".h")), ("src/core", (".cpp", ".h")),
                       ("web", (".html", ".js")), ("src/platform/web", (".js",))):
        for d, _, names in os.walk(os.path.join(ROOT, base)):
            files += [os.path.join(d, x) for x in sorted(names) if x.endswith(exts)]
    report_only = [os.path.join(ROOT, "README.md"), os.path.join(ROOT, "content", "README.md")]
    return sorted(files), [p for p in report_only if os.path.exists(p)]


def run(files, report_only):
    failing = []
    for group, dest in ((files, failing), (report_only, None)):
        for path in group:
            hits = []
            for line, text in pieces_of(path):
                check_text(text, line, os.path.relpath(path, ROOT), hits)
            for where, line, word, s in hits:
                tag = "" if dest is not None else " (docs: reported only)"
                print(f"{where}:{line}: {word} -> {s}{tag}")
            if dest is not None:
                dest += hits
    n = len(files) + len(report_only)
    print(f"spelling: {len(failing)} British spelling(s) in {n} files" if failing
          else f"spelling: US English in {n} files")
    return 1 if failing else 0


def self_test():
    """The checker must fail on a planted British word and pass clean text."""
    cases = [  # (file name, content, expected exit code)
        ("planted.json", '{"text": "Pick a colour you both like."}', 1),
        ("planted.cpp", 'const char* k = "We apologise for the wait.";', 1),
        ("planted.html", "<p>Your favourite moment</p>", 1),
        ("planted.js", "el.textContent = 'travelled far';", 1),
        ("clean.json", '{"text": "Pick a color. Exercise, advertise, surprise.", '
                       '"sources": ["Journal of Ageing, colour studies"], '
                       '"coach_words": {"person_nouns": ["mum neighbour"]}}', 0),
        ("clean.cpp", '// colour in a comment is not prose\nconst char* k = "Realize and organize.";\n'
                      'j["favourites"] = 1;', 0),
        ("clean.html", '<div class="colour-box"><p>Your favorite moment</p></div>', 0),
    ]
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, body, want in cases:
            path = os.path.join(tmp, name)
            with open(path, "w", encoding="utf-8") as f:
                f.write(body)
            got = subprocess.run([sys.executable, os.path.abspath(__file__), path],
                                 capture_output=True, text=True).returncode
            if got != want:
                print(f"self-test: {name} exited {got}, expected {want}")
                bad += 1
    print("spelling self-test: " + ("FAILED" if bad else "ok (planted British words are caught)"))
    return 1 if bad else 0


def main(argv):
    if argv[:1] == ["--self-test"]:
        return self_test()
    if argv:
        return run([os.path.abspath(a) for a in argv], [])
    files, report_only = default_files()
    return run(files, report_only)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
