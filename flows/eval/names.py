"""``newsflow eval names``: score name normalization.

1. Devset (``../shared/data/devset/articles.jsonl``): mentions of ``find_mentions`` matched to gold
   names on the exact span, then canonical name and kind; boilerplate lines are left out. Pronouns
   (er/sie) are reported separately: the quote extractor resolves pronoun speakers itself.
2. Variant list (``flows/eval/data/names_variants.csv``, written by hand): spelling variants,
   inflections, Cyrillic, hard negatives and role phrases with dates. Accuracy (linked to the
   expected entity, or abstained where abstaining is expected), wrong-link rate (linked to another
   entity), false merges among hard negatives, role accuracy. Rows whose query is literally an alias
   of the gazetteer are reported apart from the unseen ones.
"""
from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from flows.eval.metrics import PRF
from flows.names import find_mentions, resolve
from flows.names.gazetteer import load
from flows.names.keys import clean
from flows.records import Doc

REPO = Path(__file__).resolve().parents[2]
DEVSET = REPO.parent / "shared" / "data" / "devset" / "articles.jsonl"
VARIANTS = Path(__file__).resolve().parent / "data" / "names_variants.csv"
PRONOUNS = frozenset({"er", "sie"})


def _boilerplate_spans(text: str, lines: list[str]) -> list[tuple[int, int]]:
    spans = []
    for line in lines:
        start = text.find(line)
        while start != -1:
            spans.append((start, start + len(line)))
            start = text.find(line, start + 1)
    return spans


def eval_devset(path: Path = DEVSET, verbose: bool = False) -> dict:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    span, linked, linked_np = PRF(), PRF(), PRF()
    by_kind: Counter[str] = Counter()
    errors: list[str] = []
    for row in rows:
        text = row["text"]
        day = datetime.fromisoformat(row["published_at"]).astimezone(ZoneInfo("Europe/Berlin")).date()
        bp = _boilerplate_spans(text, row["gold"].get("boilerplate", []))
        pred = [m for m in find_mentions(Doc(row["id"], text, day, title=row.get("title")))
                if not any(s <= m.start < e for s, e in bp)]
        gold = row["gold"]["names"]
        gold_np = [n for n in gold if n["surface"].casefold() not in PRONOUNS]
        by_span = {(m.start, m.end): m for m in pred}
        span += PRF(sum((n["start"], n["end"]) in by_span for n in gold), len(pred), len(gold))
        ok = 0
        for n in gold:
            m = by_span.get((n["start"], n["end"]))
            good = m is not None and m.entity_name == n["canonical"] and m.entity_type == n["kind"]
            ok += good
            role = n["surface"][:1].islower() or n["surface"].split()[0] in ("Der", "Die", "Dem", "Den", "Des", "Mein", "Sein", "Seine")
            group = "pronoun" if n["surface"].casefold() in PRONOUNS else "role" if role else n["kind"]
            by_kind[group + (":ok" if good else ":miss")] += 1
            if not good and n["surface"].casefold() not in PRONOUNS:
                got = f"{m.entity_name} ({m.method})" if m else "-"
                errors.append(f"{row['id']} {n['kind']} {n['surface']!r} -> gold {n['canonical']!r}, got {got}")
        gold_spans = {(n["start"], n["end"]) for n in gold}
        for m in pred:
            if (m.start, m.end) not in gold_spans:
                errors.append(f"{row['id']} extra {m.entity_type} {m.text!r} -> {m.entity_name} ({m.method})")
        linked += PRF(ok, len(pred), len(gold))
        ok_np = sum(1 for n in gold_np if (m := by_span.get((n["start"], n["end"]))) and m.entity_name == n["canonical"] and m.entity_type == n["kind"])
        linked_np += PRF(ok_np, len(pred), len(gold_np))
    if verbose:
        print("\n".join(errors))
    return {"span": span, "linked": linked, "linked_no_pronouns": linked_np, "by_kind": by_kind}


def _seen_aliases() -> set[str]:
    g = load()
    return {clean(a).casefold() for aliases in g.aliases.values() for a, _ in aliases}


def eval_variants(path: Path = VARIANTS, verbose: bool = False) -> dict:
    seen = _seen_aliases()
    stats: Counter[str] = Counter()
    errors = []
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(line for line in f if not line.startswith("#"))]
    for r in rows:
        on = date.fromisoformat(r["date"]) if r["date"] else None
        res = resolve(r["query"], on=on)
        expected = r["expected"] or None
        group = r["kind"]
        stats[f"{group}:n"] += 1
        right = res.name == expected
        wrong = res.entity_id is not None and not right
        stats[f"{group}:right"] += right
        stats[f"{group}:wrong"] += wrong
        if group == "variant":
            part = "seen" if clean(r["query"]).casefold() in seen else "unseen"
            stats[f"{part}:n"] += 1
            stats[f"{part}:right"] += right
            stats[f"{part}:wrong"] += wrong
        if r.get("forbidden") and res.name == r["forbidden"]:
            stats["negative:false_merge"] += 1
        if not right and verbose:
            errors.append(f"{group:9} {r['query']!r} ({r['date'] or '-'}) expected {expected!r}, got {res.name!r} ({res.method} {res.score})")
    if verbose:
        print("\n".join(errors))
    return stats


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="newsflow eval names", description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="print every error")
    parser.add_argument("--skip-devset", action="store_true")
    args = parser.parse_args(argv)
    if not args.skip_devset:
        if DEVSET.exists():
            d = eval_devset(verbose=args.verbose)
            print("devset names (exact span; linked = span + canonical + kind)")
            print(d["span"].row("  span"))
            print(d["linked"].row("  linked"))
            print(d["linked_no_pronouns"].row("  linked, gold w/o pronouns"))
            k = d["by_kind"]
            for kind in ("PER", "LOC", "ORG", "role", "pronoun"):
                n = k[f"{kind}:ok"] + k[f"{kind}:miss"]
                print(f"  recall {kind:<5} {k[f'{kind}:ok'] / n if n else 0:6.3f}  ({k[f'{kind}:ok']}/{n})")
        else:
            print(f"devset not found at {DEVSET}; skipped")
    s = eval_variants(verbose=args.verbose)

    def pct(a: str, b: str) -> str:
        return f"{100 * s[a] / s[b]:5.1f} %" if s[b] else "  n/a"

    print(f"variant list {VARIANTS.name}")
    print(f"  variants   n={s['variant:n']:4}  right {pct('variant:right', 'variant:n')}  wrong-link {pct('variant:wrong', 'variant:n')}")
    print(f"    unseen   n={s['unseen:n']:4}  right {pct('unseen:right', 'unseen:n')}  wrong-link {pct('unseen:wrong', 'unseen:n')}  (query not an alias of the gazetteer)")
    print(f"    seen     n={s['seen:n']:4}  right {pct('seen:right', 'seen:n')}  wrong-link {pct('seen:wrong', 'seen:n')}  (query is a gazetteer alias)")
    print(f"  negatives  n={s['negative:n']:4}  right {pct('negative:right', 'negative:n')}  false merges {s['negative:false_merge']}")
    print(f"  roles      n={s['role:n']:4}  right {pct('role:right', 'role:n')}  wrong {pct('role:wrong', 'role:n')}")
    return 0
