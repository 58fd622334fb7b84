"""A 'dabei' clause that says what the act before is about ("Dabei geht es um …") takes no day from the sentence
before (session 15, second half, extract.POINTED_TOPIC_RE); a 'dann' clause, the next step, keeps it. Invented
sentences; tests.test_events publishes on Thursday 2026-01-08."""
from __future__ import annotations

from datetime import date

from tests.test_events import events


def days(text: str) -> dict[str, date | None]:
    return {e.trigger: e.date for e in events(text)}


def test_the_topic_of_talks_named_with_dabei_geht_es_um_is_undated() -> None:
    text = "In Genf verhandeln seit Dienstag Diplomaten beider Länder. Dabei geht es um einen Austausch von Gefangenen."
    assert days(text)["Austausch"] is None


def test_es_geht_dabei_um_with_the_pronoun_first_is_undated() -> None:
    text = "Am Freitag treffen sich die Außenminister in Wien. Es soll dabei um einen Austausch von Gefangenen gehen."
    assert days(text)["Austausch"] is None


def test_dann_with_es_geht_um_keeps_the_day_of_the_session() -> None:
    text = "Für Montag ist eine Sitzung des Ausschusses angesetzt. Dann soll es auch um einen Austausch von Gefangenen gehen."
    assert days(text)["Austausch"] == date(2026, 1, 12)


def test_dabei_with_an_act_of_its_own_keeps_the_day() -> None:
    text = "Für Freitag ist ein Treffen der Minister angesetzt. Dabei soll auch über neue Hilfen beraten werden."
    assert days(text)["beraten"] == date(2026, 1, 9)
