"""Spill files: records a batch task hands to the next tasks of its batch through the run's
staging folder (inside the version being written, so a failed run leaves nothing behind).

Passing a file path instead of the records keeps them out of Prefect's task parameters, which
Prefect walks object by object several times per task run (to record inputs and resolve futures):
for a batch's mentions that walk used to cost as much CPU as extracting them.
"""
from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any


def write_spill(path: Path, records: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as file:
        pickle.dump(records, file, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def read_spill(path: Path) -> Any:
    with open(path, "rb") as file:
        return pickle.load(file)
