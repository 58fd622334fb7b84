"""Review E of session 17: pins of 75d472d (mode.CONDITION_NOUN_BEFORE_RE: a bare or indefinite event noun right after
a condition's subject is the condition's own act, hypothetical; a noun after a preposition or article is presupposed).
Invented sentences after a first sentence."""
from __future__ import annotations

import pytest

from tests.test_events_no_prospect_pins import _mode


@pytest.mark.parametrize("conjunction", ["falls", "wenn", "sofern", "sobald"])
def test_a_bare_event_noun_after_each_conjunction_is_hypothetical(conjunction: str) -> None:
    assert _mode(f"Die Zölle steigen, {conjunction} die EU Vergeltung übe.", "Vergeltung") == "hypothetical"


@pytest.mark.parametrize("text, trigger", [
    ("Die Regierung verhandelt, falls die Gewerkschaft einen Streik beginnt.", "Streik"),
    ("Die Regierung verhandelt, falls die Gewerkschaft weitere Streiks beginnt.", "Streiks"),
    ("Die Regierung verhandelt, falls die Gewerkschaft erneut einen Streik beginnt.", "Streik"),
    ("Die Regierung verhandelt, falls die Gewerkschaft erneut weitere Streiks beginnt.", "Streiks"),
])
def test_an_indefinite_event_noun_in_a_condition_is_hypothetical(text: str, trigger: str) -> None:
    assert _mode(text, trigger) == "hypothetical"


def test_an_event_noun_after_a_preposition_in_a_condition_is_presupposed() -> None:
    assert _mode("Die Preise steigen, wenn die Kunden vom Streik betroffen sind.", "Streik") == "realized"
