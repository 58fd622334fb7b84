"""Every docstring example in the package runs and shows what the code returns today.

Examples are the first thing a reader copies; this keeps them true (one had gone stale unseen when
only the ingest modules' examples were run).
"""
from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import flows
import schemas

REPO = Path(__file__).resolve().parents[1]
MODULES = sorted(
    info.name
    for package in (flows, schemas)
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")
    if not info.name.endswith("__main__")  # running it would start the CLI
)


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples(module, monkeypatch):
    monkeypatch.chdir(REPO)  # examples use repo-relative fixture paths
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
