"""A day inside a 'für' noun phrase is the day of what is planned for (dates.FOR_PHRASE_BEFORE_RE), but the phrase
ends at the clause's verb: 'Für den Antrag stimmten am Dienstag …' is a vote held that Tuesday (session 15, second
half). Invented sentences; tests.test_events publishes on Thursday 2026-01-08."""
from __future__ import annotations

from datetime import date

from tests.test_events import events


def test_a_vote_for_a_text_on_a_past_weekday_is_held_that_day() -> None:
    found = {e.trigger: e for e in events("Für den Antrag stimmten am Dienstag 120 Abgeordnete.")}
    assert found["stimmten"].date == date(2026, 1, 6)
    assert found["stimmten"].mode == "realized"


def test_a_day_inside_a_for_phrase_is_still_the_planned_day() -> None:
    text = "Für eine weitere Kundgebung der Bürgerinitiative am Dienstag kündigte die Polizei ein Großaufgebot an."
    found = {e.trigger: e for e in events(text)}
    assert found["Kundgebung"].date == date(2026, 1, 13)
