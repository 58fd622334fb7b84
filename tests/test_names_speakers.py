"""Fourteenth pass: names that quote speakers and event participants take (canonical forms, local institutions)."""
from __future__ import annotations

import pytest

from flows.names import find_mentions, resolve
from flows.records import Doc


def _mentions(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.entity_name, m.entity_type) for m in find_mentions(Doc("t", text))]


@pytest.mark.parametrize("query, canonical", [
    # a word acronym is written like a word, as the conventions' `Nato` and `Asean`
    ("NEOS", "Neos"), ("Neos", "Neos"),
    # the German long form the acronym stands for
    ("IAEA", "Internationale Atomenergiebehörde"), ("Internationalen Atomenergiebehörde", "Internationale Atomenergiebehörde"),
    ("BDA", "Bundesvereinigung der Deutschen Arbeitgeberverbände"),
    ("PAS", "Partei Aktion und Solidarität"),
])
def test_canonical_forms_of_acronyms(query, canonical):
    assert resolve(query).name == canonical
