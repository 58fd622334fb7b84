"""Defects left by session 14, as tests (session 15): a plan for the publication's own weekday is for that day, the verb
of a clause opened by an "Ohne" condition is its consequence, "treffen" with an event noun as subject after the verb
meets no one, and an "ohne" phrase names no event. Invented sentences; tests.test_events publishes on a Thursday."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_events import THURSDAY, events


def by_trigger(text: str) -> dict[str, tuple[str, date | None]]:
    return {e.trigger: (e.mode, e.date) for e in events(text)}


@pytest.mark.parametrize("text, trigger", [
    ("Am Donnerstag wird die Ministerin in Rom erwartet.", "erwartet"),
    ("Die Gewerkschaft rief für Donnerstag zu einem Warnstreik auf.", "Warnstreik"),
])
def test_a_plan_for_the_publications_weekday_is_for_that_day(text: str, trigger: str) -> None:
    assert by_trigger(text)[trigger][1] == THURSDAY


def test_the_coming_weekday_is_the_week_after() -> None:
    day = by_trigger("Am kommenden Donnerstag wird die Ministerin in Rom erwartet.")["erwartet"][1]
    assert day == date(2026, 1, 15)


def test_a_past_act_on_the_publications_weekday_is_today() -> None:
    assert by_trigger("Am Donnerstag traf die Ministerin in Rom ihren Amtskollegen.")["traf"] == ("realized", THURSDAY)


@pytest.mark.parametrize("text", [
    "Ohne Einigung werden die Gespräche abgebrochen, drohte der Vermittler.",
    "Ohne ein neues Angebot würden die Verhandlungen abgebrochen, hieß es.",
])
def test_the_verb_an_opening_ohne_condition_leads_to_is_hypothetical(text: str) -> None:
    assert by_trigger(text)["abgebrochen"][0] == "hypothetical"


def test_talks_broken_off_without_an_agreement_happened() -> None:
    assert by_trigger("Ohne Einigung wurden die Gespräche am Montag abgebrochen.")["abgebrochen"][0] == "realized"


@pytest.mark.parametrize("text", [
    "Besonders hart treffen die neuen Zölle die Autobauer.",
    "Auch den Konzernchef treffen die Kürzungen.",
])
def test_an_event_noun_after_treffen_is_its_subject(text: str) -> None:
    assert not {"treffen", "trifft"} & by_trigger(text).keys()


def test_a_person_after_treffen_still_meets() -> None:
    assert "trifft" in by_trigger("Am Montag trifft der Kanzler den Präsidenten der Ukraine.")


def test_an_ohne_phrase_after_a_going_on_strike_names_no_event() -> None:
    assert "Unterbrechung" not in by_trigger("Der Streik der Lokführer geht ohne Unterbrechung weiter.")
