"""Troops advancing are a MOBILIZE event (session 15, the "rücken … vor" row of triggers.csv). Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events


@pytest.mark.parametrize("text, trigger", [
    ("Im Osten rücken die Truppen seit Tagen auf die Hauptstadt vor.", "rücken"),
    ("Die Rebellen rückten am Montag weiter vor.", "rückten"),
])
def test_advancing_troops_mobilize(text: str, trigger: str) -> None:
    assert {(e.event_type, e.trigger) for e in events(text)} == {("MOBILIZE", trigger)}


def test_moving_closer_without_the_particle_is_no_event() -> None:
    assert not events("Die Parteien rücken näher zusammen.")
