"""Shared scoring helpers: precision/recall/F1 counts, one-to-one greedy matching, gold boilerplate lines."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

P = TypeVar("P")
G = TypeVar("G")


@dataclass
class PRF:
    """True positives, predictions and gold items; precision/recall/F1 derived from them."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: PRF) -> PRF:
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold
        return self

    def row(self, label: str) -> str:
        return (f"{label:<28} P {self.precision:6.3f}  R {self.recall:6.3f}  F1 {self.f1:6.3f}"
                f"   (tp {self.tp}, pred {self.n_pred}, gold {self.n_gold})")


def match_one_to_one(pred: Sequence[P], gold: Sequence[G],
                     score: Callable[[P, G], float], threshold: float) -> list[tuple[int, int, float]]:
    """Pair predictions with gold items, best score first, each used at most once.

    Returns ``(pred_index, gold_index, score)`` for every pair scoring at least ``threshold``.

    >>> match_one_to_one([1, 5], [5, 2], lambda p, g: 1.0 if p == g else 0.0, 0.5)
    [(1, 0, 1.0)]
    """
    candidates = [(score(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)]
    candidates = [c for c in candidates if c[0] >= threshold]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for s, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j, s))
    return sorted(pairs)


def boilerplate_spans(text: str, lines: Sequence[str]) -> list[tuple[int, int]]:
    r"""Where the gold boilerplate ``lines`` stand in ``text``: only where one fills a whole line.

    The devset format lists boilerplate as exact *lines*; a line such as ``Euroclear`` under ``Links:`` may also
    be a word of the article's own sentences, which stays text.

    >>> boilerplate_spans("Euroclear sei zu groß.\nLinks:\nEuroclear", ["Euroclear"])
    [(30, 39)]
    """
    return [(m.start(), m.end()) for line in lines
            for m in re.finditer(rf"(?m)^{re.escape(line)}$", text)]


def blank_boilerplate(text: str, lines: Sequence[str]) -> str:
    """``text`` with its gold boilerplate lines blanked by spaces, so that offsets stay valid."""
    for start, end in boilerplate_spans(text, lines):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
