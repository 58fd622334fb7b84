"""Review 16b fixes of session 16's events mode and trigger rules: each test fails before its fix. Invented
sentences; tests.test_events publishes on Thursday 2026-01-08."""
from __future__ import annotations

import pytest

from tests.test_events import events


def _modes(text: str) -> dict:
    return {e.trigger: e.mode for e in events(text)}


# --- B1: a time right after the object's event noun is the object's (extract._object_period) --------------------

@pytest.mark.parametrize("text, verb, noun, noun_mode", [
    ("Die Gewerkschaft droht mit Streiks in der kommenden Woche.", "droht", "Streiks", "hypothetical"),
    ("Der Minister kündigt Gespräche für die kommende Woche an.", "kündigt", "Gespräche", "intended"),
    ("Die Regierung fordert Neuwahlen im kommenden Jahr.", "fordert", "Neuwahlen", "hypothetical"),
])
def test_a_time_of_the_object_leaves_the_speech_act_realized(text: str, verb: str, noun: str, noun_mode: str) -> None:
    modes = _modes(text)
    assert modes[verb] == "realized"
    assert modes[noun] == noun_mode


def test_a_time_of_the_verb_itself_still_plans_it() -> None:
    assert _modes("Die Minister treffen sich in der kommenden Woche.")["treffen"] == "intended"
