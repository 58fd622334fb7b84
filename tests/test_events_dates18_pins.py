"""Review 18E: pins for the date rules of a0e9610, c8a24a5 and 61c1d0e that no test caught when removed one at a time.

Each sentence is invented (published on Thursday 2026-01-08, tests.test_events); each test fails with the named rule,
guard or pattern alternative removed in a scratch copy and passes with it.
"""
from __future__ import annotations

from datetime import date

import pytest

from flows.events.dates import find_dates
from tests.test_events_dates18 import _event

THURSDAY = date(2026, 1, 8)


@pytest.mark.parametrize("text, trigger, day, words, precision", [
    # DAY_MONTH_RE: the "oder" and "bis" alternatives of two days before one month name (only "und" was pinned)
    ("Die Gewerkschaft will am 3. oder 4. März streiken.", "streiken", date(2026, 3, 3), "am 3. oder 4. März", "day"),
    ("Die Gewerkschaft will vom 16. bis 18. Juni streiken.", "streiken", date(2026, 6, 16), "vom 16. bis 18. Juni",
     "day"),
    # WEEK_RE: "binnen der kommenden Tage" (only "nächsten" was pinned)
    ("Die Delegationen wollen binnen der kommenden Tage verhandeln.", "verhandeln", None,
     "binnen der kommenden Tage", "week"),
    # SEASON_RE: the lead "ab" without an article
    ("Ab kommendem Frühjahr will die Gewerkschaft streiken.", "streiken", None, "Ab kommendem Frühjahr", "month"),
    # MONTH_RE: a month with its year named relatively, with "des" (only "im Dezember vergangenen Jahres" was pinned)
    ("Die Minister wollen sich im Mai des kommenden Jahres treffen.", "treffen", None, "im Mai des kommenden Jahres",
     "month"),
    # HOLIDAY_PERIOD_RE: "Pfingsten" and the leads "seit", "nach", "an", "über"
    ("Die Gewerkschaft will nach Pfingsten streiken.", "streiken", None, "nach Pfingsten", "week"),
    ("Die Piloten streiken seit Ostern.", "streiken", None, "seit Ostern", "week"),
    ("Die Gewerkschaft will nach Ostern streiken.", "streiken", None, "nach Ostern", "week"),
    ("Die Minister trafen sich an Ostern.", "trafen", None, "an Ostern", "week"),
    ("Die Gewerkschaft streikte über Weihnachten.", "streikte", None, "über Weihnachten", "week"),
    # HOLIDAY_DAY_RE and HOLIDAY_DAYS: "zu Neujahr", "am Silvesterabend", "am Heiligabend" (its row: 24 December),
    # "seit Silvester"; in a plan the next such day (_next_year_if_future with the clause's tense)
    ("Die Minister trafen sich zu Neujahr.", "trafen", date(2026, 1, 1), "zu Neujahr", "day"),
    ("Die Polizei nahm am Silvesterabend 40 Menschen fest.", "nahm", date(2025, 12, 31), "am Silvesterabend", "day"),
    ("Die Minister trafen sich am Heiligabend.", "trafen", date(2025, 12, 24), "am Heiligabend", "day"),
    ("Die Piloten streiken seit Silvester.", "streiken", date(2025, 12, 31), "seit Silvester", "day"),
    ("Die Minister wollen sich am Heiligabend treffen.", "treffen", date(2026, 12, 24), "am Heiligabend", "day"),
])
def test_a_session_18_phrase_reads_its_other_forms(text, trigger, day, words, precision) -> None:
    found = _event(text, trigger)
    assert (found.date, found.date_text, found.date_precision) == (day, words, precision)


def test_von_a_dative_year_is_read() -> None:
    """YEAR_REL_RE's dative alternative with 'von' ('Von kommendem Jahr an'); its span stops before 'an'."""
    found = _event("Von kommendem Jahr an will die EU höhere Zölle verhängen.", "verhängen")
    assert (found.date, found.date_precision) == (None, "year")
    assert found.date_text is not None and found.date_text.startswith("Von kommendem Jahr")


def test_bis_a_holiday_day_is_a_deadline() -> None:
    """HOLIDAY_DAY_RE's role comes from its preposition: 'bis Silvester' is a deadline, not the day of the event."""
    assert [(d.text, d.role) for d in find_dates("Die Regierung will bis Silvester entscheiden.", THURSDAY)] == [
        ("bis Silvester", "deadline")]


@pytest.mark.parametrize("text, trigger", [
    # period_ahead's weekend rule needs a clause not told in the past: a noun the weekend follows in a past clause
    # ("not past_clause" removed: intended)
    ("Es gab Angriffe am Wochenende.", "Angriffe"),
    ("Die Polizei meldete Festnahmen am Wochenende.", "Festnahmen"),
    # ... and no past word in the phrase: a historic present with "am vergangenen Wochenende"
    ("Am vergangenen Wochenende streiken die Piloten.", "streiken"),
    # HOLIDAY_AHEAD_RE needs a clause not told in the past: a noun the holiday follows in a past clause
    ("Es gab Angriffe noch vor Weihnachten.", "Angriffe"),
])
def test_a_period_over_does_not_plan_the_event(text: str, trigger: str) -> None:
    assert _event(text, trigger).mode == "realized"


def test_kurz_vor_a_holiday_in_the_present_is_still_to_come() -> None:
    """HOLIDAY_AHEAD_RE's 'kurz vor' (only 'noch vor' was pinned)."""
    assert _event("Er erwarte, dass die Minister sich kurz vor Ostern treffen.", "treffen").mode == "intended"
