"""Session 18, second half (tune23): the noun a failure is blamed on ("scheiterte am Veto") is no failed event.

Invented sentences after "Die Lage ist ernst." (tests.test_events publishes them on Thursday 2026-01-08).
"""
from __future__ import annotations

import pytest

from tests.test_events_mode18 import _modes


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    # the veto and the resistance happened; what failed is the subject
    ("Der Antrag der Grünen scheiterte am Montag am Veto Frankreichs.", "Veto", "realized"),
    ("Eine Einigung scheiterte am Widerstand der Niederlande.", "Widerstand", "realized"),
    ("Eine Einigung scheiterte am Widerstand der Niederlande.", "Einigung", "negated"),
    ("Der Vorschlag war im Herbst an einem Veto Ungarns gescheitert.", "Veto", "realized"),
    # guards: a noun the failure is not blamed on stays negated; a modal keeps its own reading
    ("Die Verhandlungen am Sitz der Regierung scheiterten.", "Verhandlungen", "negated"),
    ("Neue Sanktionen dürften am Widerstand der Niederlande scheitern.", "Widerstand", "hypothetical"),
    ("Der Plan scheiterte nicht am Widerstand der Opposition.", "Widerstand", "negated"),
])
def test_failure_blamed_on_noun(text: str, trigger: str, mode: str) -> None:
    assert _modes(text)[trigger] == mode

