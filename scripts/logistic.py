"""L2-regularised logistic regression (and a conditional logit) by L-BFGS from zero weights over sparse binary
features: the one fit of the project's learned models (``train_quote_model.py``; session 13's participant model,
measured and not kept, used it too: ``flows/events/README.md``).

Deterministic: sorted vocabulary and columns (a feature tuple built from a set has another order in every process,
string hashing being salted), zero start, no sampling.

>>> w = fit([("bias", "a"), ("bias", "a"), ("bias", "b"), ("bias", "b")], [1, 1, 0, 0], 1.0, min_count=1)
>>> w["a"] > 0 > w["b"]
True
"""
from __future__ import annotations

from collections import Counter

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

MIN_COUNT = 3  # a feature must occur in at least this many training rows


def fit(feats: list[tuple[str, ...]], labels: list[int], l2: float, groups: list[int] | None = None,
        min_count: int = MIN_COUNT, sample_weights: list[float] | None = None) -> dict[str, float]:
    """L2-regularised logistic regression; with ``groups`` (contiguous, one per candidate) a conditional
    logit instead: the softmax over a group's options, maximising the probability of its right ones.
    ``sample_weights`` (one per row; for groups, every row of a group carries the group's) scale each row's or
    group's loss; none: all 1. ``bias`` is never penalised; weights are rounded to 4 places and those below 1e-4
    left out.

    >>> w = fit([("bias", "a"), ("bias", "b")], [1, 0], 1.0, min_count=1, sample_weights=[3.0, 1.0])
    >>> w["bias"] > 0
    True
    """
    counts = Counter(f for fs in feats for f in set(fs))
    vocab = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, fs in enumerate(feats):
        for f in sorted(set(fs)):  # a fixed column order: the sums, and so the weights, do not depend on hashing
            if f in index:
                rows.append(r)
                cols.append(index[f])
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), len(vocab)))
    y = np.asarray(labels, dtype=float)
    sw = np.ones(len(feats)) if sample_weights is None else np.asarray(sample_weights, dtype=float)
    bias = index["bias"]

    g = np.asarray(groups if groups is not None else [], dtype=int)
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]]) if groups is not None else None

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        reg = w.copy()
        reg[bias] = 0.0
        penalty = 0.5 * l2 * reg @ reg
        if starts is None:
            p = 1.0 / (1.0 + np.exp(-z))
            return np.sum(sw * (np.logaddexp(0.0, z) - y * z)) + penalty, x.T @ (sw * (p - y)) + l2 * reg
        e = np.exp(z - np.maximum.reduceat(z, starts)[g])
        all_sum = np.add.reduceat(e, starts)
        pos_sum = np.add.reduceat(e * y, starts)
        group_w = sw[starts]
        value = np.sum(group_w * (np.log(all_sum) - np.log(pos_sum)))
        grad_z = sw * (e / all_sum[g] - e * y / pos_sum[g])
        return value + penalty, x.T @ grad_z + l2 * reg

    result = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return {f: round(float(w), 4) for f, w in zip(vocab, result.x) if abs(w) >= 1e-4}
