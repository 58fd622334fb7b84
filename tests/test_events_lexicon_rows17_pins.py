"""Review E of session 17: pins of 2626962's trigger rows (MOBILIZE split "zusammenziehen", RETREAT "zurückziehen"
forms, ASSAULT sabotage, SANCTION retaliation in a trade dispute): each form and context word the rows' own tests
(tests/test_events_lexicon17.py) leave open. Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events

LEAD = "Die Lage ist ernst. "


def _type(text: str, trigger: str) -> str | None:
    found = {e.trigger: e for e in events(LEAD + text)}
    return found[trigger].event_type if trigger in found else None


@pytest.mark.parametrize("text, trigger", [
    ("Die Armee zieht an der Front weitere Kräfte zusammen.", "zieht"),
    ("Beide Seiten ziehen Truppen an der Grenze zusammen.", "ziehen"),
    ("Die Separatisten zogen Truppen an der Grenze zusammen.", "zogen"),
    ("Ein Bericht behauptet, Russland zöge Truppen an der Grenze zusammen.", "zöge"),
])
def test_forces_gathered_by_each_split_form_mobilize(text: str, trigger: str) -> None:
    assert _type(text, trigger) == "MOBILIZE"


@pytest.mark.parametrize("text, trigger", [
    ("Die Regierung kündigte an, die Truppen aus der Stadt zurückzuziehen.", "zurückzuziehen"),
    ("Die Lage entspannt sich, wenn die Armee ihre Soldaten zurückzieht.", "zurückzieht"),
    ("Die Kämpfe endeten, als die Armee ihre Soldaten zurückzog.", "zurückzog"),
    ("Die Rebellen sollen sich aus den eroberten Dörfern zurückziehen.", "zurückziehen"),
    ("Russland müsse sich aus den besetzten Gebieten zurückziehen.", "zurückziehen"),
])
def test_each_form_of_forces_withdrawing_and_the_land_they_leave_retreat(text: str, trigger: str) -> None:
    assert _type(text, trigger) == "RETREAT"


def test_sabotaging_in_the_preterite_is_an_attack() -> None:
    assert _type("Unbekannte sabotierten in der Nacht die Bahnstrecke.", "sabotierten") == "ASSAULT"


@pytest.mark.parametrize("text, trigger", [
    ("Die EU drohte mit Vergeltungsmaßnahmen gegen die neuen Einfuhrzölle.", "Vergeltungsmaßnahmen"),
    ("Washington drohte mit Vergeltung für den neuen Zoll auf Stahl.", "Vergeltung"),
    ("Paris fürchtet Vergeltung gegen französische Landwirte.", "Vergeltung"),
    ("Die Regierung droht im Streit um den Handel mit Vergeltung.", "Vergeltung"),
])
def test_retaliation_with_each_trade_word_is_a_sanction(text: str, trigger: str) -> None:
    assert _type(text, trigger) == "SANCTION"


@pytest.mark.parametrize("text", [
    "Die Armee kündigte Vergeltung für den Raketenangriff an.",
    "Die Soldaten waren wütend und kündigten Vergeltung an.",
])
def test_retaliation_announced_without_a_trade_word_is_none(text: str) -> None:
    """The row's trade words are what admits it (tests.test_events_lexicon17's guards are kept out by other steps even
    without them); the verb 'waren' is no 'Waren'."""
    assert _type(text, "Vergeltung") is None
