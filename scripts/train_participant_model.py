"""Train ``flows/events/data/participant_model.json``: the learned keep/add decisions on the event participants.

Reproducible (no randomness: L-BFGS from zero weights over a sorted vocabulary, ``scripts/logistic.py``). Learns
from the devset and the tuning files of ``flows/eval/data/`` (tune3 … tune17, events_heldout*, events_extra; never
tune18, never the blind sets, never ``second/``). Run from the repository root (about a minute)::

    PYTHONPATH=. .venv/bin/python scripts/train_participant_model.py        # writes the model
    PYTHONPATH=. .venv/bin/python scripts/train_participant_model.py --cv   # and prints the CV table first

Candidates and features: ``flows.events.model.candidates`` on every event the rules extract (real names, real
quotes, as ``newsflow eval events``). Labels: on events matched to a gold event (same type, overlapping trigger,
one-to-one, as ``eval events``) a candidate is positive when its (role, canonical name) is a gold triple of that
event; candidates of unmatched events are not trained on. The ``keep`` model learns from the rules' participants,
the ``add`` model from the other candidates.

Thresholds: leave-one-set-out cross-validation. Each set's candidates are scored by models trained on all the
other sets; the thresholds are the pair that maximises the mean participant F1 (scored as ``eval events``: every
predicted triple counts, also on unmatched events) over those out-of-fold scores. ``--cv`` prints, for each set,
its participant P/R/F1 with the rules alone and with the model at thresholds chosen on the other sets only.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np

from flows.eval.events import (BERLIN, DEVSET, EXTRA_DIR, clean_text, gold_participant_set, load_articles,
                               trigger_overlaps)
from flows.eval.metrics import match_one_to_one
from flows.events import extract_events
from flows.events.model import MODEL_PATH, EventSite, candidates
from flows.names import find_mentions
from flows.quotes import conventional, extract_quotes
from flows.records import Doc, Participant
from scripts.logistic import fit

#: never trained on: tune18 is held back to score this model as unseen text
HELD_BACK = frozenset({"tune18.jsonl"})
L2 = 8.0
KEEP_THRESHOLDS = [0.0, *(round(0.05 * k, 2) for k in range(1, 11))]
ADD_THRESHOLDS = [*(round(0.05 * k, 2) for k in range(6, 20)), 1.01]


@dataclass(frozen=True, slots=True)
class Row:
    """One candidate: its set, event type, whether the rules gave it, its label (None: event not matched)."""

    set_index: int
    event: int
    event_type: str
    role: str
    rule: bool
    label: int | None
    features: tuple[str, ...]


def training_sets() -> list[tuple[str, Path]]:
    """The devset and the tuning files, by name (tune18 and the names files left out)."""
    extra = [p for p in sorted(EXTRA_DIR.glob("*.jsonl")) if p.name not in HELD_BACK and not p.name.startswith("names")]
    return [("devset", DEVSET), *((p.stem, p) for p in extra)]


def article_rows(article: dict, set_index: int, first_event: int) -> tuple[list[Row], int]:
    """The candidates of one article's events (rules alone) with labels, and the article's gold triple count."""
    published = datetime.fromisoformat(article["published_at"]).astimezone(BERLIN)
    doc = Doc(article["id"], clean_text(article), published.date(), published, article.get("title"))
    mentions = list(find_mentions(doc))
    quotes = conventional(extract_quotes(doc, mentions, reported=True))
    sites: list[EventSite] = []

    def record(site: EventSite) -> tuple[Participant, ...]:
        sites.append(site)
        return site.rules

    events = list(extract_events(doc, mentions, quotes, participant_model=record))
    gold = article["gold"]["events"]
    pairs = match_one_to_one(events, gold, lambda p, g: 1.0 if p.event_type == g["type"] and trigger_overlaps(p, g)
                             else 0.0, 1.0)
    matched = {i: gold_participant_set(gold[j]) for i, j, _ in pairs}
    rows = []
    for i, (event, site) in enumerate(zip(events, sites, strict=True)):
        truth = matched.get(i)
        rows.extend(Row(set_index, first_event + i, event.event_type, c.role, c.rule,
                        None if truth is None else int((c.role, c.name) in truth), c.features)
                    for c in candidates(site))
    return rows, sum(len(gold_participant_set(g)) for g in gold)


def gather() -> tuple[list[str], list[Row], list[int]]:
    names, rows, golds = [], [], []
    for k, (name, path) in enumerate(training_sets()):
        names.append(name)
        total = 0
        for article in load_articles(path):
            article_rows_, n_gold = article_rows(article, k, rows[-1].event + 1 if rows else 0)
            rows.extend(article_rows_)
            total += n_gold
        golds.append(total)
    return names, rows, golds


def train(rows: list[Row]) -> dict[str, dict[str, float]]:
    """The keep and add weight tables from the labelled (matched) rows."""
    out = {}
    for kind, rule in (("keep", True), ("add", False)):
        chosen = [r for r in rows if r.rule == rule and r.label is not None]
        out[kind] = fit([r.features for r in chosen], [r.label for r in chosen], L2)  # type: ignore[misc]
    return out


def probabilities(weights: dict[str, dict[str, float]], rows: list[Row]) -> np.ndarray:
    z = np.array([sum(weights["keep" if r.rule else "add"].get(f, 0.0) for f in r.features) for r in rows])
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


class Table:
    """Per-set counts under thresholds, vectorised over the rows."""

    def __init__(self, rows: list[Row], golds: list[int], probs: np.ndarray) -> None:
        self.sets = np.array([r.set_index for r in rows])
        self.rule = np.array([r.rule for r in rows])
        self.right = np.array([r.label == 1 for r in rows])
        self.probs = probs
        self.golds = np.array(golds, dtype=float)

    def predicted(self, keep_t: float, add_t: float) -> np.ndarray:
        return np.where(self.rule, self.probs >= keep_t, self.probs >= add_t)

    def prf(self, chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n = len(self.golds)
        pred = np.bincount(self.sets, weights=chosen.astype(float), minlength=n)
        tp = np.bincount(self.sets, weights=(chosen & self.right).astype(float), minlength=n)
        p = np.divide(tp, pred, out=np.zeros(n), where=pred > 0)
        r = np.divide(tp, self.golds, out=np.zeros(n), where=self.golds > 0)
        f = np.divide(2 * p * r, p + r, out=np.zeros(n), where=p + r > 0)
        return p, r, f

    def best(self, use: np.ndarray) -> tuple[float, float]:
        """The (keep, add) thresholds of the best mean F1 over the sets ``use`` (a boolean mask); ties: the
        fewest changes (lowest keep, highest add threshold)."""
        trials = []
        for keep_t in KEEP_THRESHOLDS:
            for add_t in ADD_THRESHOLDS:
                f = self.prf(self.predicted(keep_t, add_t))[2]
                trials.append((round(float(f[use].mean()), 4), -keep_t, add_t))
        best = max(trials)
        return -best[1], best[2]


def cross_validate(names: list[str], rows: list[Row], golds: list[int]) -> tuple[np.ndarray, tuple[float, float]]:
    """Out-of-fold probabilities (each set scored by models trained on the others), the per-set table, and
    the thresholds chosen on all out-of-fold scores."""
    probs = np.zeros(len(rows))
    sets = np.array([r.set_index for r in rows])
    for k in range(len(names)):
        weights = train([r for r in rows if r.set_index != k])
        idx = np.flatnonzero(sets == k)
        probs[idx] = probabilities(weights, [rows[i] for i in idx])
    table = Table(rows, golds, probs)
    return probs, table.best(np.ones(len(names), dtype=bool))


def print_cv(names: list[str], rows: list[Row], golds: list[int], probs: np.ndarray) -> None:
    table = Table(rows, golds, probs)
    before = table.prf(table.rule.copy())
    chosen = np.zeros(len(rows), dtype=bool)
    picks = {}
    for k in range(len(names)):
        others = np.arange(len(names)) != k
        keep_t, add_t = table.best(others)
        picks[names[k]] = (keep_t, add_t)
        mine = table.sets == k
        chosen[mine] = table.predicted(keep_t, add_t)[mine]
    after = table.prf(chosen)
    print(f"{'set':<18} {'rules P / R / F1':>22}   {'rules+model P / R / F1':>22}   thresholds (keep, add)")
    rose = 0
    for k, name in enumerate(names):
        b = f"{before[0][k]:.3f} / {before[1][k]:.3f} / {before[2][k]:.3f}"
        a = f"{after[0][k]:.3f} / {after[1][k]:.3f} / {after[2][k]:.3f}"
        rose += after[2][k] > before[2][k]
        print(f"{name:<18} {b:>22}   {a:>22}   {picks[name]}")
    tuning = np.array([n.startswith("tune") for n in names])
    print(f"mean F1 (all {len(names)} sets): {before[2].mean():.3f} -> {after[2].mean():.3f}; "
          f"tune* sets: {before[2][tuning].mean():.3f} -> {after[2][tuning].mean():.3f}; rose on {rose} of "
          f"{len(names)}")
    added = chosen & ~table.rule
    dropped = ~chosen & table.rule
    by_type: Counter[tuple[str, str, bool]] = Counter()
    for i in np.flatnonzero(added | dropped):
        r = rows[i]
        by_type[(r.event_type, "add" if added[i] else "drop", r.label == 1)] += 1
    print("added (right/all) and dropped (right ones lost/all) by event type:")
    for t in sorted({t for t, _, _ in by_type}):
        print(f"  {t:<10} add {by_type[(t, 'add', True)]}/{by_type[(t, 'add', True)] + by_type[(t, 'add', False)]}"
              f"  drop {by_type[(t, 'drop', True)]}/{by_type[(t, 'drop', True)] + by_type[(t, 'drop', False)]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print the leave-one-set-out table")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    names, rows, golds = gather()
    labelled = [r for r in rows if r.label is not None]
    print(f"{len(names)} sets, {len(rows)} candidates ({sum(r.rule for r in rows)} from the rules), "
          f"{len(labelled)} on matched events, {sum(r.label for r in labelled)} positive")  # type: ignore[misc]
    probs, (keep_t, add_t) = cross_validate(names, rows, golds)
    if args.cv:
        print_cv(names, rows, golds, probs)
    weights = train(rows)
    model = {
        "source": "devset + flows/eval/data tuning files (not tune18); thresholds by leave-one-set-out CV; "
                  "scripts/train_participant_model.py",
        "models": {"keep": {"threshold": keep_t, "weights": dict(sorted(weights["keep"].items()))},
                   "add": {"threshold": add_t, "weights": dict(sorted(weights["add"].items()))}},
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (keep threshold {keep_t}, add threshold {add_t}, "
          f"{sum(len(w) for w in weights.values())} weights)")


if __name__ == "__main__":
    main()
