"""Train ``flows/quotes/data/quote_model.json``: the learned keep/add decisions of the quote extractor.

Reproducible (no randomness: L-BFGS from zero weights, sorted vocabulary). Learns from SpkAtt news 2024
**train**, picks each model's threshold on **dev** (best joint F1 of the scored pipeline, then message F1); test is
never read. Run from the repository root (takes well under a minute)::

    PYTHONPATH=. python scripts/train_quote_model.py [--data ../shared/data/spkatt-news-2024]

Labels: a rule quote is positive when at least half of its word tokens lie inside a gold quotation
(any type); a sentence without a rule quote is positive when at least half of its word tokens lie inside
a gold Indirect / FreeIndirect / IndirectFreeIndirect / Direct quotation (``Reported`` speech acts are
negatives: the devset conventions do not count them as quotes) and its heuristic speaker overlaps the
gold speaker, so the model only adds sentences whose speaker it can trust.
"""
from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

from flows.eval.quotes import SPKATT_TYPES, Unit, new_scores, overlaps, score, spkatt_doc, spkatt_units
from flows.names import find_mentions
from flows.quotes.extract import quote_candidates
from flows.quotes.model import Candidate

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "spkatt-news-2024"
OUT = REPO / "flows" / "quotes" / "data" / "quote_model.json"
MIN_COUNT = 3  # a feature must occur in at least this many train candidates of its model
L2 = {"rule": 2.0, "sentence": 2.0}
SENTENCE_TYPES = frozenset({"Indirect", "FreeIndirect", "IndirectFreeIndirect", "Direct"})
THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 20)]


def load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def inside_fraction(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> float:
    import re
    words = [m.start() for m in re.finditer(r"\w+", text[start:end])]
    if not words:
        return 0.0
    return sum(any(s <= start + w < e for s, e in spans) for w in words) / len(words)


def speaker_right(q, ann: dict) -> bool:
    """Whether the candidate's speaker span overlaps the gold speaker (or both have none)."""
    gold = [tuple(s) for s in ann["speaker"]["spans"]]
    if q.speaker_start is None:
        return not gold
    return overlaps(((q.speaker_start, q.speaker_end),), gold)


def candidates(rows: list[dict]) -> list[tuple[dict, list, list[Candidate]]]:
    out = []
    for row in rows:
        doc = spkatt_doc(row)
        mentions = list(find_mentions(doc))
        out.append((row, mentions, list(quote_candidates(doc, mentions))))
    return out


def labelled(data: list[tuple[dict, list, list[Candidate]]], kind: str) -> tuple[list[tuple[str, ...]], list[int]]:
    feats, labels = [], []
    for row, _, cands in data:
        anns = row["annotations"]
        wanted = [a for a in anns if kind == "rule" or a["type"] in SENTENCE_TYPES]
        for c in cands:
            if c.kind == kind:
                feats.append(c.features)
                labels.append(int(any(inside_fraction(row["text"], c.quote.start, c.quote.end,
                                                      [tuple(s) for s in a["quote"]["spans"]]) >= 0.5
                                      and (kind == "rule" or speaker_right(c.quote, a)) for a in wanted)))
    return feats, labels


def fit(feats: list[tuple[str, ...]], labels: list[int], l2: float) -> dict[str, float]:
    counts = Counter(f for fs in feats for f in set(fs))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, fs in enumerate(feats):
        for f in set(fs):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), len(vocab)))
    y = np.asarray(labels, dtype=float)
    bias = index["bias"]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        reg = w.copy()
        reg[bias] = 0.0
        value = np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * reg @ reg
        return value, x.T @ (p - y) + l2 * reg

    result = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return {f: round(float(w), 4) for f, w in zip(vocab, result.x) if abs(w) >= 1e-4}


def probability(weights: dict[str, float], features: tuple[str, ...]) -> float:
    z = sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + np.exp(-z))


def dev_joint(data: list[tuple[dict, list, list[Candidate]]], keep) -> tuple[float, float]:
    """Dev (message F1, joint F1) of the pipeline when ``keep(candidate)`` decides."""
    scores = new_scores(SPKATT_TYPES)
    for row, mentions, cands in data:
        doc = spkatt_doc(row)
        quotes = sorted((c.quote for c in cands if keep(c)), key=lambda q: (q.start, -q.end))
        preds = spkatt_units([replace(q, quote_id=str(i)) for i, q in enumerate(quotes)])
        golds = [Unit(tuple(map(tuple, a["quote"]["spans"])), a["type"], tuple(map(tuple, a["speaker"]["spans"])))
                 for a in row["annotations"] if not a["isNested"] and a["quote"]["spans"]]

        def speaker_ok(p: Unit, g: Unit, mentions=mentions) -> bool:
            if not p.speaker_spans and not g.speaker_spans:
                return True
            if overlaps(p.speaker_spans, g.speaker_spans):
                return True
            gold = {m.entity_id for m in mentions if m.entity_id and overlaps(((m.start, m.end),), g.speaker_spans)}
            return p.speaker_entity is not None and p.speaker_entity in gold

        score(doc.text, preds, golds, speaker_ok, SPKATT_TYPES, scores)
    return scores.messages.f1, scores.joint.f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    train = candidates(load(args.data / "train.jsonl.gz"))
    dev = candidates(load(args.data / "dev.jsonl.gz"))
    weights = {kind: fit(*labelled(train, kind), L2[kind]) for kind in ("rule", "sentence")}
    probs = {id(c): probability(weights[c.kind], c.features) for _, _, cands in dev for c in cands}
    chosen = {"rule": 0.0, "sentence": 1.01}
    for kind in ("rule", "sentence"):
        best = None
        for t in [0.0, *THRESHOLDS, 1.01]:
            trial = {**chosen, kind: t}
            msg, joint = dev_joint(dev, lambda c, trial=trial: probs[id(c)] >= trial[c.kind])
            print(f"{kind} threshold {t:.2f}: dev message F1 {msg:.3f} joint F1 {joint:.3f}")
            if best is None or (round(joint, 3), round(msg, 3)) > best[0]:
                best = ((round(joint, 3), round(msg, 3)), t)
        chosen[kind] = best[1]
    model = {
        "source": "SpkAtt news 2024 train (Petersen-Frey & Biemann 2024), thresholds on dev; "
                  "scripts/train_quote_model.py",
        "models": {kind: {"threshold": chosen[kind], "weights": dict(sorted(weights[kind].items()))}
                   for kind in ("rule", "sentence")},
    }
    OUT.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} (thresholds {chosen}, {sum(len(w) for w in weights.values())} weights)")


if __name__ == "__main__":
    main()
