"""Second review of session 14's mode rules (75632a2, 666be8e, ba5655e, 1179cea): sentences that gave wrong modes, as
tests. Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events


def modes(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events(text)}


def test_a_definite_dated_noun_in_an_opening_ohne_phrase_happened() -> None:
    assert modes("Ohne die Einigung vom Montag wäre das Treffen gescheitert.")["Einigung"] == "realized"
