"""Review 18E: pins for the CONSULT 'treffen' goal guards of ac1a2ea (data/triggers.csv) that no test caught when
removed one at a time.

The row needs 'mit' or 'sich' in the sentence, so a goal told with 'mit' is what each guard alone keeps out; each
invented sentence gives a meeting with its exclusion alternative removed in a scratch copy, and no event with it.
"""
from __future__ import annotations

import pytest

from tests.test_events import events


@pytest.mark.parametrize("text", [
    "Der Stürmer (60.) traf mit dem linken Fuß.",  # the minute in brackets
    "Der Stürmer traf in der 48. Minute mit dem Kopf.",  # "in der 48. Minute"
    "Der Stürmer traf mit dem Kopf zum Ausgleich.",  # "zum Ausgleich"
    "Der Stürmer traf mit einem Elfmeter vom Punkt.",  # "vom Punkt"
    "Der Verteidiger traf mit einem Schuss aus 20 Metern.",  # "aus 20 Metern"
    "Der Stürmer traf mit einem Kopfball nur die Latte.",  # the woodwork
])
def test_a_goal_told_with_mit_is_no_meeting(text: str) -> None:
    assert [e.trigger for e in events(text) if e.event_type == "CONSULT"] == []
