"""Shared test helpers: where the corpora live, a skip when they are absent, a read-only folder, the names
stage's mentions of a sentence."""
from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from flows.names import find_mentions
from flows.records import Doc

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (seed, devset, SpkAtt, 10kGNAD); the test is skipped when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared corpora not found at {SHARED_DATA} (they are not part of the repository)")
    return SHARED_DATA


@contextmanager
def read_only(folder: Path) -> Iterator[str]:
    """Make ``folder`` unwritable for the block; yields the words the expected error message contains.

    As root (CI, containers) permissions do not stop writes, so the folder is bind-mounted read-only;
    otherwise its mode is taken away. The folder is writable again afterwards.
    """
    if os.geteuid() == 0:
        mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
        if mounted.returncode:
            pytest.skip("cannot bind-mount here")
        try:
            subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
            yield "read-only"
        finally:
            subprocess.run(["umount", str(folder)], check=False)
    else:
        folder.chmod(0o555)
        try:
            yield "permission denied"
        finally:
            folder.chmod(0o755)


def mention_triples(text: str, published: date | None = None) -> list[tuple[str, str | None, str]]:
    """(span, canonical name, kind) of every mention the names stage finds in ``text``, published on
    ``published`` (roles resolve against it)."""
    return [(m.text, m.entity_name, m.entity_type) for m in find_mentions(Doc("t", text, published))]


def role_holder(text: str, role: str, day: date) -> str | None:
    """The person the mention ending in ``role`` (its determiner may open the span) links to on ``day``, or None."""
    return next((name for span, name, kind in mention_triples(text, day) if kind == "PER" and span.endswith(role)),
                None)
