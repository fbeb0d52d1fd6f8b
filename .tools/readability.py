#!/usr/bin/env python3
"""Reading grade (Flesch-Kincaid) of each chapter in content/chapters/.

Reads the chapter JSON files, strips Hearth's inline markup, and prints one
line per chapter: words, sentences, syllables per word and the grade.
usage: readability.py [--max GRADE] FILE_OR_FOLDER...
       readability.py --decks [--max GRADE] content/exercises.json
         (the question decks: one line per deck, graded on all its cards, and its hardest card)
exit:  0 all chapters (or decks) at or below --max (default: no limit), 1 otherwise.
"""
import argparse, json, pathlib, re, sys

VOWELS = "aeiouy"

def syllables(word):
    w = word.lower().strip("'")
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    groups = re.findall(r"[aeiouy]{1,2}", w)
    return max(1, len(groups))

def plain(text):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)   # [label](target) -> label
    return text.replace("**", "").replace("*", "").replace("_", " ")

def chapter_text(ch):
    """The sentences a reader reads: paragraphs, list items, callouts, table cells."""
    parts = []
    for b in ch.get("blocks", []):
        t = b.get("type")
        if t in ("paragraph", "callout"):
            parts.append(b.get("text", ""))
        elif t == "list":
            parts += [i if re.search(r"[.!?]$", i.strip()) else i + "." for i in b.get("items", [])]
        elif t == "table":
            for row in b.get("rows", []):
                parts += [c if re.search(r"[.!?]$", c.strip()) else c + "." for c in row]
    return "\n".join(plain(p) for p in parts)

def grade(text):
    sentences = max(1, len(re.findall(r"[.!?]+(?=\s|$)", text)))
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    n = max(1, len(words))
    syl = sum(syllables(w) for w in words)
    return len(words), sentences, syl / n, 0.39 * n / sentences + 11.8 * syl / n - 15.59

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--max", type=float, default=None)
    ap.add_argument("--decks", action="store_true", help="grade the question decks' cards in exercises.json")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    if a.decks:
        return decks(a)
    files = []
    for p in map(pathlib.Path, a.paths):
        files += sorted(p.glob("*.json")) if p.is_dir() else [p]
    worst = 0.0
    failed = []
    for f in files:
        ch = json.loads(f.read_text(encoding="utf-8"))
        w, s, spw, g = grade(chapter_text(ch))
        worst = max(worst, g)
        flag = ""
        if a.max is not None and g > a.max:
            failed.append(f.name)
            flag = f"  ABOVE {a.max:g}"
        print(f"{f.name:40s} words {w:5d}  sentences {s:4d}  syll/word {spw:.2f}  grade {g:4.1f}{flag}")
    print(f"readability: {len(files)} chapters, highest grade {worst:.1f}")
    return 1 if failed else 0

def decks(a):
    """Each deck's cards as one text (each card a sentence), and its hardest single card."""
    failed = []
    worst = 0.0
    for f in map(pathlib.Path, a.paths):
        for d in json.loads(f.read_text(encoding="utf-8"))["decks"]:
            texts = [plain(c["text"]) for c in d["cards"]]
            w, s, spw, g = grade("\n".join(texts))
            hard = max((grade(t)[3], t) for t in texts)
            worst = max(worst, g)
            flag = ""
            if a.max is not None and g > a.max:
                failed.append(d["id"])
                flag = f"  ABOVE {a.max:g}"
            print(f"{d['id']:10s} cards {len(texts):3d}  words {w:5d}  grade {g:4.1f}  hardest card {hard[0]:4.1f}{flag}")
    print(f"readability: {len(failed)} decks above the line, highest deck grade {worst:.1f}")
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
