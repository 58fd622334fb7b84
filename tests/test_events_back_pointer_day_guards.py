"""Guards of session 15's back-pointing day (extract.BACK_POINTER_RE, _pointed_date), each pinned by a mutation run
of review 15a. Invented sentences; tests.test_events publishes on Thursday 2026-01-08."""
from __future__ import annotations

from datetime import date

from tests.test_events import events


def days(text: str) -> dict[str, date | None]:
    return {e.trigger: e.date for e in events(text)}


def test_dabei_takes_the_day_a_session_is_set_for() -> None:
    text = ("Für Montag ist eine Sitzung des Ausschusses angesetzt. Dabei soll auch über einen Austausch von Gefangenen "
            "beraten werden.")
    assert days(text)["beraten"] == date(2026, 1, 12)


def test_the_last_day_of_the_sentence_before_is_pointed_to() -> None:
    text = ("Am Montag beraten die Außenminister, am Freitag wird die Kanzlerin in Madrid erwartet. Nach Angaben ihres "
            "Büros will sie dort um Hilfe werben.")
    assert days(text)["werben"] == date(2026, 1, 9)


def test_dort_inside_a_word_points_nowhere() -> None:
    text = "Am Freitag wird die Kanzlerin in Madrid erwartet. Die Kollegen aus Dortmund wollen streiken."
    assert days(text)["streiken"] is None
