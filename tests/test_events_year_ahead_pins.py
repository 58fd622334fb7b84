"""Review E of session 17: pins of 67d6c78 (a year without an article, "nächste(n)" no past form) and 5822134 ("in den
kommenden/nächsten Tagen"). Invented sentences; each test fails when the alternative or guard it names is removed.
tests.test_events publishes on Thursday 2026-01-08."""
from __future__ import annotations

from datetime import date

import pytest

from flows.events.dates import find_dates
from tests.test_events import events

LEAD = "Die Lage ist ernst. "


def _found(text: str) -> dict:
    return {e.trigger: e for e in events(LEAD + text)}


@pytest.mark.parametrize("text, phrase", [
    ("Vergangenes Jahr demonstrierten Tausende in der Hauptstadt.", "Vergangenes Jahr"),
    ("Die Bauern protestierten voriges Jahr vor dem Landtag.", "voriges Jahr"),
])
def test_a_past_year_without_article_is_a_year_level_date(text: str, phrase: str) -> None:
    """YEAR_REL_RE's article-less alternative: 'vergangenes', 'voriges'."""
    found = [(d.text, d.date, d.precision) for d in find_dates(text, date(2026, 1, 8))]
    assert (phrase, None, "year") in found


def test_a_past_year_without_article_dates_a_protest_told_in_the_past() -> None:
    found = _found("Vergangenes Jahr demonstrierten Tausende in der Hauptstadt.")["demonstrierten"]
    assert (found.mode, found.date, found.date_text) == ("realized", None, "Vergangenes Jahr")


def test_naechste_without_n_is_no_past_form() -> None:
    """PAST_FORM_RE excludes 'nächste' as well as 'nächsten': with it read as a preterite the clause was told in the
    past, and a later month of the year no longer planned the talks."""
    assert _found("Die Minister verhandeln im März über die nächste Runde.")["verhandeln"].mode == "intended"


@pytest.mark.parametrize("text, trigger, phrase", [
    ("Die Minister verhandeln in den nächsten Tagen weiter.", "verhandeln", "in den nächsten Tagen"),
    ("In den kommenden Tagen wollen die Minister weiter verhandeln.", "verhandeln", "In den kommenden Tagen"),
    ("Die Gespräche sollen binnen den nächsten Tagen beginnen.", "Gespräche", "binnen den nächsten Tagen"),
])
def test_days_ahead_date_the_event_at_week_level(text: str, trigger: str, phrase: str) -> None:
    """WEEK_RE's '(in|binnen) den (kommenden|nächsten) Tagen': each word of the alternative."""
    found = _found(text)[trigger]
    assert (found.mode, found.date, found.date_text) == ("intended", None, phrase)
