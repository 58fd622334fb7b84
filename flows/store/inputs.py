"""Which inputs a run must process: content hashes of the input files against the state the
current version was built from.

An input is identified by its resolved path and judged by the SHA-256 of its bytes (not its
mtime): touching a file costs nothing, editing it re-processes just that file.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

CHUNK = 1 << 20
#: Threads hashing files: hashlib releases the GIL, so reads and hashing overlap.
HASH_THREADS = 8
#: Slices of the file list per thread: each slice is one job of the pool. One job per file made a
#: Future (with its lock and condition) per file, all at once: at 40k files they took ~70 MB that
#: stayed in the process after hashing (freed, but scattered among the hashes that live on).
SLICES_PER_THREAD = 4


def input_key(path: Path) -> str:
    """How state refers to an input: its absolute path, so relative and absolute invocations agree."""
    return path.resolve().as_posix()


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def hash_files(paths: Sequence[Path]) -> dict[str, str]:
    """``input_key -> sha256`` for every path, hashed on a few threads, a slice of paths per job.

    >>> hash_files([]), len(hash_files([Path("pyproject.toml")] * 3)) == 1
    ({}, True)
    """
    n = HASH_THREADS * SLICES_PER_THREAD
    slices = [paths[k * len(paths) // n:(k + 1) * len(paths) // n] for k in range(n)]
    with ThreadPoolExecutor(HASH_THREADS) as pool:
        digests = [digest for part in pool.map(_hash_slice, slices) for digest in part]
    return dict(zip(map(input_key, paths), digests))


def _hash_slice(paths: Sequence[Path]) -> list[str]:
    return [file_hash(path) for path in paths]


@dataclass
class Plan:
    """What a run does with each input, decided before any input is read."""

    process: list[Path] = field(default_factory=list)  # new, or content changed since the last run
    unchanged: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # in the state, no longer among the inputs
    pruned: list[str] = field(default_factory=list)  # missing and dropped (--prune)
    drop_refs: set[str] = field(default_factory=set)  # article ids / record refs whose rows go

    @property
    def nothing_to_do(self) -> bool:
        return not self.process and not self.pruned


def plan_run(files: Sequence[Path], hashes: dict[str, str], state: pd.DataFrame, prune: bool) -> Plan:
    """Compare the inputs with ``state`` (from :meth:`Catalog.read_state`; empty on a full refresh).

    >>> state = pd.DataFrame({"path": ["/in/a.txt", "/in/gone.txt"], "content_hash": ["h1", "h2"],
    ...                       "bytes": [1, 1], "refs": [["a1"], ["a2"]]})
    >>> plan = plan_run([Path("/in/a.txt"), Path("/in/b.txt")], {"/in/a.txt": "h1", "/in/b.txt": "h3"},
    ...                 state, prune=True)
    >>> [p.name for p in plan.process], plan.unchanged, plan.pruned, sorted(plan.drop_refs)
    (['b.txt'], ['/in/a.txt'], ['/in/gone.txt'], ['a2'])
    """
    known = dict(zip(state["path"], state["content_hash"]))
    refs = dict(zip(state["path"], state["refs"]))
    plan = Plan()
    for path in files:
        key = input_key(path)
        if known.get(key) == hashes[key]:
            plan.unchanged.append(key)
        else:
            plan.process.append(path)
            plan.drop_refs.update(refs.get(key, ()))
    present = set(hashes)
    plan.missing = [key for key in known if key not in present]
    if prune:
        plan.pruned = list(plan.missing)
        for key in plan.pruned:
            plan.drop_refs.update(refs[key])
    return plan
