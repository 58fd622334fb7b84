"""A clause pointing back with "dort", "dabei" or "dann" takes the day of the sentence before (session 15,
extract.BACK_POINTER_RE): not with a time of its own, not a report's day, not a day to come for an act told as done.
Invented sentences; tests.test_events publishes on Thursday 2026-01-08."""
from __future__ import annotations

from datetime import date

from tests.test_events import events


def days(text: str) -> dict[str, date | None]:
    return {e.trigger: e.date for e in events(text)}


def test_dort_takes_the_day_of_the_visit_before() -> None:
    text = "Am Freitag wird die Kanzlerin in Madrid erwartet. Nach Angaben ihres Büros will sie dort um Hilfe werben."
    assert days(text)["werben"] == date(2026, 1, 9)


def test_dann_takes_the_day_a_session_is_set_for() -> None:
    text = "Für Montag ist eine Sitzung des Ausschusses angesetzt. Dann soll es auch um einen Austausch von Gefangenen gehen."
    assert days(text)["Austausch"] == date(2026, 1, 12)


def test_a_clause_with_a_deadline_of_its_own_takes_no_day_from_before() -> None:
    text = "Am Freitag wird die Kanzlerin in Madrid erwartet. Bis Ende März sollen dort neue Gespräche beginnen."
    assert days(text)["Gespräche"] is None


def test_the_day_of_a_report_is_not_pointed_to() -> None:
    text = "Das berichtete die Zeitung am Mittwoch. Die Minister sollen dann in Brüssel beraten."
    assert days(text)["beraten"] is None


def test_an_act_told_as_done_takes_no_day_to_come() -> None:
    text = "Am Sonntag stimmen die Bürger in einem Referendum ab. Die Regierung wirbt dabei für ein Nein."
    assert days(text)["wirbt"] is None


def test_the_dead_of_an_attack_keep_no_day_from_before() -> None:
    text = "In der Nacht zum Mittwoch griffen Drohnen die Stadt an. Dabei wurden drei Menschen getötet."
    assert days(text)["getötet"] is None
