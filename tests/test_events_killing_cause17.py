"""Session 17 (second half, tune22): a killing verb whose cause is an attack noun in its clause, and a seizure by
investigators. Invented sentences; the first two fail before extract.KILLING_CAUSE_BEFORE_RE (the verb took the clause,
the noun went), the seizure before its triggers.csv row."""
from __future__ import annotations

import pytest

from tests.test_events import events


@pytest.mark.parametrize("text, noun, verb", [
    ("Im Norden des Landes wurden am Dienstag elf Menschen durch feindlichen Beschuss getötet.", "Beschuss", "getötet"),
    ("Bei einem der heftigsten nächtlichen Luftangriffe seit Wochen sind in der Hafenstadt sechs Menschen getötet "
     "worden.", "Luftangriffe", "getötet"),
    ("Bei Luftangriffen auf die Grenzstadt wurden am Montag acht Menschen getötet.", "Luftangriffen", "getötet"),
])
def test_the_attack_in_the_cause_adjunct_is_the_event(text: str, noun: str, verb: str) -> None:
    found = [(e.event_type, e.trigger) for e in events(text)]
    assert ("ASSAULT", noun) in found
    assert ("ASSAULT", verb) not in found


def test_a_killing_verb_without_a_cause_adjunct_stays() -> None:
    found = [(e.event_type, e.trigger) for e in events("Nach dem Beschuss der Stadt wurden dabei neun Menschen getötet.")]
    assert ("ASSAULT", "getötet") in found


def test_a_seizure_by_investigators_is_coerce() -> None:
    found = [(e.event_type, e.trigger) for e in events("Die Fahnder haben bei der Aktion mehrere Laptops sichergestellt.")]
    assert ("COERCE", "sichergestellt") in found


def test_ensured_is_no_seizure() -> None:
    found = [e.trigger for e in events("Die Ministerin will sichergestellt wissen, dass die Renten steigen.")]
    assert "sichergestellt" not in found
