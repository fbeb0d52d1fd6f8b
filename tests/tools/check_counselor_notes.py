#!/usr/bin/env python3
"""Checks content/counselors/notes.json, the notes for professionals shown on the counselors' page.

usage: python3 tests/tools/check_counselor_notes.py [FILE]   (default: content/counselors/notes.json)

One note for every exercise in src/core/exercises/exercise_list.h and one for the time-out ("timeout"),
each exactly once, with:
  title      the exercise's name as the app shows it (for the time-out: "Time-out")
  practices  what it practices (one or two sentences)
  idea       the idea behind it, naming its source in the text ("(Gottman, 1999)")
  sources    full references: authors, year in parentheses, title, where, and a DOI or address
             (or a publisher for a book); every "(Author, year)" in the note has a reference here
  not_when   when not to assign it (for example, joint conflict work where one partner fears the other)
  debrief    2 to 4 questions for the next session, each ending in "?"
  minutes    roughly how long it takes, 5 to 90
The notes' prose (practices, idea, not_when, debrief) reads at grade 9 or below (.tools/readability.py's
formula, graded per note), like the chapters. Exits 1 with one line per problem, 0 when all hold.
"""
import json, pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / ".tools"))
from readability import grade  # noqa: E402

MAX_GRADE = 9.0


def exercises():
    text = (ROOT / "src/core/exercises/exercise_list.h").read_text(encoding="utf-8")
    return re.findall(r'X\("([a-z-]+)", \w+, \w+, "([^"]+)"', text)


def check(path):
    problems = []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"{path}: not readable JSON ({e})"]
    notes = data.get("notes") if isinstance(data, dict) else None
    if not isinstance(notes, list):
        return [f"{path}: needs {{\"notes\": [...]}}"]
    want = dict(exercises())
    want["timeout"] = "Time-out"
    seen = {}
    for i, n in enumerate(notes):
        where = f"note {i + 1}"
        if not isinstance(n, dict):
            problems.append(f"{where}: not an object")
            continue
        ex = n.get("exercise")
        where = f"note {ex!r}"
        if ex not in want:
            problems.append(f"{where}: not an exercise id (one of {', '.join(sorted(want))})")
            continue
        if ex in seen:
            problems.append(f"{where}: given twice")
        seen[ex] = n
        if n.get("title") != want[ex]:
            problems.append(f"{where}: title should be {want[ex]!r}")
        for key in ("practices", "idea", "not_when"):
            v = n.get(key)
            if not isinstance(v, str) or len(v.split()) < 8:
                problems.append(f"{where}: {key} needs a sentence or two (8 words or more)")
        deb = n.get("debrief")
        if not isinstance(deb, list) or not 2 <= len(deb) <= 4 or not all(isinstance(q, str) and q.strip().endswith("?") for q in deb):
            problems.append(f"{where}: debrief needs 2 to 4 questions, each ending in '?'")
        m = n.get("minutes")
        if not isinstance(m, int) or not 5 <= m <= 90:
            problems.append(f"{where}: minutes should be a whole number from 5 to 90")
        srcs = n.get("sources")
        if not isinstance(srcs, list) or not srcs:
            problems.append(f"{where}: needs at least one source")
            srcs = []
        for s in srcs:
            if not isinstance(s, str) or not re.search(r"\((19|20)\d\d[a-z]?(, [A-Z][a-z]+( \d+)?)?\)", s) or \
                    not re.search(r"https?://|doi\.org|Press|Books|Norton|Crown|Guilford|Erlbaum|Wiley|Routledge|Harper|Springer|Sage", s):
                problems.append(f"{where}: source is not a full reference (authors, (year), title, where, DOI or address): {s!r}")
        text = " ".join(str(n.get(k, "")) for k in ("practices", "idea", "not_when"))
        # Every "(Name, 1997)" or "(Name and Name, 1997)" cited in the text has its reference.
        for names, year in re.findall(r"\(([A-Z][^()]*?),? (?:et al\.,? )?((?:19|20)\d\d)\)", text):
            first = re.split(r"[ ,&]", names.strip())[0]
            if not any(first in s and year in s for s in srcs):
                problems.append(f"{where}: cites ({names}, {year}) but no source has {first} and {year}")
        prose = text + " " + " ".join(q for q in deb if isinstance(q, str)) if isinstance(deb, list) else text
        g = grade(prose)[3]
        if g > MAX_GRADE:
            problems.append(f"{where}: reads at grade {g:.1f} (at most {MAX_GRADE:g})")
    for ex in want:
        if ex not in seen:
            problems.append(f"no note for {ex!r}")
    return problems


def main():
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "content/counselors/notes.json"
    problems = check(path)
    for p in problems:
        print(p)
    print(f"counselor notes: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
