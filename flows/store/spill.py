"""Spill files: records a batch task hands to the next tasks of its batch through the run's
staging folder (inside the version being written, so a failed run leaves nothing behind).

Passing a file path instead of the records keeps them out of Prefect's task parameters, which
Prefect walks object by object several times per task run (to record inputs and resolve futures):
for a batch's mentions that walk used to cost as much CPU as extracting them.

A spill is either one pickled object (:func:`write_spill`) or a stream of them, one per chunk of
a batch (:func:`write_spill_chunks`), which the next task reads back one chunk at a time.
"""
from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


def write_spill(path: Path, records: Any) -> Path:
    """Write ``records`` as one object (a spill of one chunk: :func:`read_spill` returns it)."""
    return write_spill_chunks(path, [records])


def read_spill(path: Path) -> Any:
    with open(path, "rb") as file:
        return pickle.load(file)


def write_spill_chunks(path: Path, chunks: Iterable[Any]) -> Path:
    """Write each of ``chunks`` as it comes, so the writer never holds more than one.

    >>> import tempfile
    >>> spill = write_spill_chunks(Path(tempfile.mkdtemp()) / "s.pkl", ({"a": n} for n in range(3)))
    >>> list(read_spill_chunks(spill))
    [{'a': 0}, {'a': 1}, {'a': 2}]
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as file:
        for chunk in chunks:
            pickle.dump(chunk, file, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def read_spill_chunks(path: Path) -> Iterator[Any]:
    """The chunks of a spill written by :func:`write_spill_chunks`, in order, one at a time."""
    with open(path, "rb") as file:
        while True:
            try:
                yield pickle.load(file)
            except EOFError:
                return
