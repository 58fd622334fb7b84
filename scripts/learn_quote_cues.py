"""Learn the quote-cue verb lexicon ``flows/quotes/data/cue_verbs_learned.csv`` from SpkAtt train.

Reproducible: reads only ``spkatt-news-2024/train.jsonl.gz`` and writes rows sorted by form, so the
same input always gives the same file. Run from the repository root::

    python scripts/learn_quote_cues.py [--data ../shared/data/spkatt-news-2024] [--min-count 2]

For every annotated cue we take its lowercase verb-like words (the finite verb, and for a
discontinuous cue the separated particle). A form is kept when it is a cue at least ``min-count``
times and in at least ``min-ratio`` of all its occurrences in the train texts, so frequent words
that are only sometimes cues ("ist", "steht") stay out.

It also writes ``flows/quotes/data/lowercase_words.txt``: the words the train texts write in lower case inside
sentences (at least once, and at least ``LOWERCASE_RATIO`` times as often as capitalised), so a capitalised one
opening a sentence is no noun ("Besorgt äußerte sich …", "Vier Sicherheitskräfte …") and names no speaker.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
from collections import Counter
from pathlib import Path

WORD_RE = re.compile(r"\w+(?:-\w+)*")
#: separable verb particles that can close a discontinuous cue ("teilte ... mit")
PARTICLES = frozenset("mit an aus vor hin zu fest ab ein bei dar hervor hinzu zurück auf".split())
#: function words that occur inside cues but are not the cue verb itself
NOT_VERBS = frozenset("""es sich wie so nach laut zufolge demnach danach wonach gemäß der die das den dem des
ein eine einer einem von mit an aus vor hin zu fest ab ein bei dar hervor hinzu zurück auf als darauf davon
hat habe hatte haben hatten wird wurde wurden werden ist sind war waren sei seien worden
er sie man nicht auch noch""".split())
REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "spkatt-news-2024"
OUT = REPO / "flows" / "quotes" / "data" / "cue_verbs_learned.csv"
LOWERCASE_OUT = REPO / "flows" / "quotes" / "data" / "lowercase_words.txt"
#: a word counts as lower-case when it is written so at least this many times as often as capitalised mid-sentence
LOWERCASE_RATIO = 10
#: a word after one of these (or at the start of a text or line) opens a sentence: its capital says nothing
SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;„“\"»«(]\s*|\n\s*)$")


def learn(rows: list[dict], min_count: int, min_ratio: float) -> list[tuple[str, str, int, int]]:
    as_cue: Counter[str] = Counter()
    particle_of: dict[str, Counter[str]] = {}
    for row in rows:
        for ann in row["annotations"]:
            spans = ann["cue"]["spans"]
            if not spans:
                continue
            words = [w for s, e in spans for w in WORD_RE.findall(row["text"][s:e])]
            verbs = [w for w in words if w.islower() and w not in NOT_VERBS]
            if not verbs:
                continue
            as_cue[verbs[0]] += 1
            if len(spans) > 1 and words[-1] in PARTICLES:
                particle_of.setdefault(verbs[0], Counter())[words[-1]] += 1
    seen: Counter[str] = Counter(w for row in rows for w in WORD_RE.findall(row["text"]) if w in as_cue)
    out = []
    for form, n in as_cue.items():
        if n >= min_count and n / max(seen[form], n) >= min_ratio:
            particles = particle_of.get(form, Counter())
            top = particles.most_common(1)
            particle = top[0][0] if top and top[0][1] >= max(2, n / 3) else ""
            out.append((form, particle, n, seen[form]))
    return sorted(out)


def lowercase_words(rows: list[dict]) -> list[str]:
    """The words written in lower case inside sentences (not after a sentence or quotation opening), sorted."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for row in rows:
        text = row["text"]
        for m in WORD_RE.finditer(text):
            if SENTENCE_START_RE.search(text[max(0, m.start() - 3):m.start()]):
                continue
            word = m.group()
            (lower if word[0].islower() else upper)[word.lower()] += 1
    return sorted(w for w, n in lower.items() if w.isalpha() and n >= LOWERCASE_RATIO * upper[w])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-ratio", type=float, default=0.15)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with gzip.open(args.data / "train.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    learned = learn(rows, args.min_count, args.min_ratio)
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Quote-cue verb forms learned from SpkAtt news 2024 train (scripts/learn_quote_cues.py).\n")
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["form", "particle", "n_cue", "n_seen"])
        writer.writerows(learned)
    print(f"wrote {len(learned)} cue forms to {args.out}")
    words = lowercase_words(rows)
    with open(LOWERCASE_OUT, "w", encoding="utf-8") as fh:
        fh.write("# Words SpkAtt news 2024 train writes in lower case inside sentences "
                 "(scripts/learn_quote_cues.py).\n")
        fh.writelines(f"{w}\n" for w in words)
    print(f"wrote {len(words)} lower-case words to {LOWERCASE_OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
