"""Participant ceilings of the events stage: what perfect participant choice would score on our events.

For every tuning set (devset, ``flows/eval/data/*.jsonl``) the events are predicted as ``newsflow eval events``
predicts them (real or gold names, real quotes) and matched to gold the same way (type + overlapping trigger, one
to one). Oracles then keep exactly the gold (role, name) triples whose name is among a candidate set, and nothing on
events the gold lacks (so their precision is 1):

- ``sentence``: the names of the mentions in the event's sentence (``flows.events.text.sentences``),
- ``sentence±1``: … in the sentence before, the event's and the one after,
- ``article``: … anywhere in the article,
- ``gold``: any gold participant (perfect participants on our events),

each on our predicted events and on the gold events (``gold events``). A mention's names are its canonical name
(or surface) and the country the rules swap a capital or a government for (``participants._participant``).

    .venv/bin/python scripts/participant_ceiling.py [--mentions real|gold] [--cache DIR]
"""
from __future__ import annotations

import argparse
import pickle
import sys
from bisect import bisect_right
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flows.eval import events as ev  # noqa: E402
from flows.eval.metrics import match_one_to_one  # noqa: E402
from flows.events import extract_events  # noqa: E402
from flows.events.participants import _participant  # noqa: E402
from flows.events.text import sentences  # noqa: E402

ORACLES = ("sentence", "sentence±1", "article", "gold")


def names_of(mention) -> set[str]:  # noqa: ANN001 -- a flows.records.Mention
    return {mention.entity_name or mention.text, _participant("actor", mention).name}


def candidates(text: str, mentions: list, at: int) -> dict[str, set[str]]:
    """Candidate names per oracle for an event whose trigger starts at ``at``."""
    spans = list(sentences(text))
    starts = [s.start for s in spans]
    i = max(0, bisect_right(starts, at) - 1)
    lo1, hi1 = spans[max(0, i - 1)].start, spans[min(len(spans) - 1, i + 1)].end
    out: dict[str, set[str]] = {"sentence": set(), "sentence±1": set(), "article": set()}
    for m in mentions:
        if m.entity_type not in ("PER", "ORG", "LOC"):
            continue
        names = names_of(m)
        out["article"] |= names
        if lo1 <= m.start < hi1:
            out["sentence±1"] |= names
        if spans[i].start <= m.start < spans[i].end:
            out["sentence"] |= names
    return out


def score_set(articles: list[dict], cache: list[tuple], misses: list | None = None) -> dict[str, int]:
    """tp per oracle on predicted ('pred:…') and gold ('gold:…') events, the rules' tp/pred, and n_gold.

    ``rules+sentence``: the rules' right triples together with every gold triple named in the event's sentence
    (the rules' wrong ones stay); ``misses`` collects the gold triples named in the sentence the rules miss.
    """
    tally = ({f"{e}:{o}": 0 for e in ("pred", "gold") for o in ORACLES}
             | {"rules_tp": 0, "rules_pred": 0, "n_gold": 0, "rules+sentence": 0})
    for article, (doc, mentions, quotes) in zip(articles, cache):
        events = list(extract_events(doc, mentions, quotes))
        gold = article["gold"]["events"]
        pairs = match_one_to_one(events, gold, lambda p, g: 1.0 if p.event_type == g["type"]
                                 and ev.trigger_overlaps(p, g) else 0.0, 1.0)
        for g in gold:
            triples = ev.gold_participant_set(g)
            tally["n_gold"] += len(triples)
            cands = candidates(doc.text, mentions, g["trigger_start"])
            for o in ORACLES:
                tally[f"gold:{o}"] += len(triples) if o == "gold" else sum(n in cands[o] for _, n in triples)
        tally["rules_pred"] += sum(len(ev.participant_set(e)) for e in events)
        for i, j, _ in pairs:
            triples = ev.gold_participant_set(gold[j])
            tally["rules_tp"] += len(ev.participant_set(events[i]) & triples)
            cands = candidates(doc.text, mentions, events[i].trigger_start)
            right = ev.participant_set(events[i]) & triples
            in_sentence = {(r, n) for r, n in triples if n in cands["sentence"]}
            tally["rules+sentence"] += len(right | in_sentence)
            if misses is not None:
                misses.extend((article["id"], events[i].trigger, events[i].trigger_start, events[i].event_type, r, n,
                               sorted(ev.participant_set(events[i])))
                              for r, n in sorted(in_sentence - right))
            for o in ORACLES:
                tally[f"pred:{o}"] += len(triples) if o == "gold" else sum(n in cands[o] for _, n in triples)
    return tally


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mentions", choices=("real", "gold"), default="real")
    parser.add_argument("--cache", type=Path, help="folder for the names and quotes of every set (pickled)")
    parser.add_argument("--misses", type=Path, help="write the in-sentence triples the rules miss (TSV)")
    args = parser.parse_args()
    sets = [("devset", ev.DEVSET)] + [(p.stem, p) for p in sorted(ev.EXTRA_DIR.glob("*.jsonl"))]
    total: dict[str, int] = {}
    misses: list | None = [] if args.misses else None
    print("| set | rules P / R / F1 | rules + sentence F1 | " + " | ".join(f"{o} (ours)" for o in ORACLES) + " | "
          + " | ".join(f"{o} (gold ev.)" for o in ORACLES[:3]) + " |")
    for label, path in sets:
        articles = ev.load_articles(path)
        cached = args.cache / f"{args.mentions}_{label}.pkl" if args.cache else None
        if cached and cached.exists():
            cache = pickle.loads(cached.read_bytes())
        else:
            cache = [ev.event_inputs(a, args.mentions, "real") for a in articles]
            if cached:
                cached.write_bytes(pickle.dumps(cache))
        before = len(misses) if misses is not None else 0
        t = score_set(articles, cache, misses)
        if misses is not None:
            misses[before:] = [(label, *m) for m in misses[before:]]
        for k, v in t.items():
            total[k] = total.get(k, 0) + v
        _row(label, t)
    _row("sum", total)
    if args.misses:
        args.misses.write_text("".join("\t".join(map(str, m)) + "\n" for m in misses), encoding="utf-8")


def _row(label: str, t: dict[str, int]) -> None:
    n = t["n_gold"]
    p = t["rules_tp"] / t["rules_pred"] if t["rules_pred"] else 0.0
    cells = [f"{p:.3f} / {t['rules_tp'] / n:.3f} / {f1(t['rules_tp'], t['rules_pred'], n):.3f}",
             f"{f1(t['rules+sentence'], t['rules_pred'] - t['rules_tp'] + t['rules+sentence'], n):.3f}"]
    cells += [f"{t[f'pred:{o}'] / n:.3f} / {f1(t[f'pred:{o}'], t[f'pred:{o}'], n):.3f}" for o in ORACLES]
    cells += [f"{t[f'gold:{o}'] / n:.3f} / {f1(t[f'gold:{o}'], t[f'gold:{o}'], n):.3f}" for o in ORACLES[:3]]
    print(f"| {label} | " + " | ".join(cells) + f" |  (gold triples {n})", flush=True)


if __name__ == "__main__":
    main()
