"""The mode of an infinitive after a noun of aim or effort (eb0300a: flows.events.mode.AIM_NOUN_END_RE).

Review of session 13: each noun of the pattern, the genitive it may carry and the clause it must close, with invented
sentences; each case fails when its part of the rule is taken out.
"""
from __future__ import annotations

import pytest

from tests.test_events import events


def mode_of(text: str, trigger: str) -> str:
    return {e.trigger: e.mode for e in events(text)}[trigger]


@pytest.mark.parametrize("noun", [
    "die Bemühungen", "das Bemühen", "die Bestrebungen", "das Ziel", "die Ziele", "die Absicht", "den Plan", "die Pläne",
    "das Vorhaben", "den Versuch", "die Versuche", "den Auftrag", "die Aufgabe", "die Entschlossenheit", "den Entschluss",
])
def test_each_noun_of_aim_makes_the_infinitive_after_it_intended(noun: str) -> None:
    text = f"Die Opposition kritisierte {noun} des Vorstands, bis 2028 rund 2000 Stellen im Werk zu streichen."
    assert mode_of(text, "streichen") == "intended"


def test_the_noun_of_aim_may_carry_a_genitive_of_four_words() -> None:
    text = "Die Opposition kritisierte den Plan der Regierung in Rom, bis 2028 rund 2000 Stellen im Werk zu streichen."
    assert mode_of(text, "streichen") == "intended"


def test_a_noun_of_aim_that_does_not_close_the_governing_clause_makes_nothing_intended() -> None:
    # AIM_NOUN_END_RE is anchored at the clause's end: an aim noun earlier in it governs no infinitive
    text = "Mit dem Ziel vor Augen begann die Firma im Frühjahr, rund 2000 Stellen im Werk zu streichen."
    assert mode_of(text, "streichen") == "realized"


def test_a_plan_reported_as_hearsay_still_makes_its_infinitive_intended() -> None:
    # the aim noun stands outside INTENDED_RE's hearsay exemption ("soll ... gefasst haben" is hearsay of the plan)
    text = "Der Vorstand soll den Plan gefasst haben, bis 2028 rund 2000 Stellen im Werk zu streichen."
    assert mode_of(text, "streichen") == "intended"
