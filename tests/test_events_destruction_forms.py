"""Destruction with no weapon named is an attack when told in the passive or as the act of an accusation (session 15,
second half, triggers.csv 'zerstört'/'zerstören' rows); not a flood's damage, not a figurative 'zerstören'. Invented
sentences."""
from __future__ import annotations

from tests.test_events import events


def assaults(text: str) -> list[str]:
    return [e.trigger for e in events(text) if e.event_type == "ASSAULT"]


def test_destruction_in_the_passive_is_an_attack() -> None:
    assert assaults("In der Nacht wurden drei Brücken im Osten des Landes zerstört.") == ["zerstört"]


def test_destruction_an_accusation_names_is_an_attack() -> None:
    text = "Der Präsident warf dem Nachbarland vor, gezielt die Wasserversorgung der Städte zu zerstören."
    assert "zerstören" in assaults(text)


def test_a_flood_destroying_houses_is_no_attack() -> None:
    assert assaults("Das Hochwasser traf das Dorf, wobei zwei Scheunen zerstört wurden.") == []


def test_destroying_without_an_accusation_or_weapon_is_no_attack() -> None:
    assert assaults("Die Firma sollte den guten Ruf des Vereins zerstören.") == []
