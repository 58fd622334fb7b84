"""The forms of the "rücken … vor" row of triggers.csv (session 15), each pinned by a mutation run of review 15a.
Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events


@pytest.mark.parametrize("text, trigger", [
    ("Die Armee rückt seit Tagen auf die Hauptstadt vor.", "rückt"),
    ("Die Miliz rückte in der Nacht bis an den Fluss vor.", "rückte"),
])
def test_each_form_of_advancing_mobilizes(text: str, trigger: str) -> None:
    assert ("MOBILIZE", trigger) in {(e.event_type, e.trigger) for e in events(text)}
