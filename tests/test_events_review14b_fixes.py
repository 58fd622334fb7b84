"""Second review of session 14's mode rules (75632a2, 666be8e, ba5655e, 1179cea): sentences that gave wrong modes, as
tests. Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events


def modes(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events(text)}


def test_a_definite_dated_noun_in_an_opening_ohne_phrase_happened() -> None:
    assert modes("Ohne die Einigung vom Montag wäre das Treffen gescheitert.")["Einigung"] == "realized"


@pytest.mark.parametrize("text", [
    "Ohne Einigung werden die Gespräche abgebrochen, drohte der Vermittler.",
    "Ohne Einigung würden die Gespräche abgebrochen, drohte der Vermittler.",
])
def test_a_future_or_subjunctive_passive_after_ohne_is_a_condition(text: str) -> None:
    assert modes(text)["Einigung"] == "hypothetical"


def test_talks_that_ended_without_still_negate() -> None:
    assert modes("Ohne Einigung endeten am Dienstag die Gespräche in Genf.")["Einigung"] == "negated"


def test_a_plain_past_possibility_stays_hypothetical() -> None:
    assert modes("Eine Einigung war noch am Montag möglich, sagte der Vermittler.")["Einigung"] == "hypothetical"


def test_what_was_only_possible_because_happened() -> None:
    assert modes("Der Sieg der Rebellen war nur möglich, weil die Armee floh.")["Sieg"] == "realized"


def test_nicht_ohne_zu_haben_is_a_necessary_condition() -> None:
    assert modes("Die Reform ist nicht ohne Einigung mit den Gewerkschaften zu haben.")["Einigung"] == "hypothetical"


def test_a_coordinated_koennten_aber_clause_is_no_condition() -> None:
    text = "Die Minister würden am Montag beraten, könnten aber keine Einigung erzielen, hieß es."
    assert modes(text)["beraten"] == "intended"


def test_a_verb_first_condition_after_wuerden_still_counts() -> None:
    assert modes("Die Gewerkschaften würden streiken, hätten sie genug Geld.")["streiken"] == "hypothetical"
