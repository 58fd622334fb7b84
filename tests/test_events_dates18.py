"""Session 18: German temporal phrases of news text, checked against CONVENTIONS.md rather than against the sets.

An invented battery: each phrase in an invented sentence, published on Thursday 2026-01-08 (tests.test_events), with
the event's expected ``date``, ``date_text`` and ``date_precision``. Day-level phrases give a day; week-, month- and
year-level phrases give ``date: None`` with their words (CONVENTIONS.md, "date").
"""
from __future__ import annotations

from datetime import date

import pytest

from flows.events.dates import find_dates
from tests.test_events import events

THURSDAY = date(2026, 1, 8)


def _event(text: str, trigger: str):
    found = {e.trigger: e for e in events(text)}
    assert trigger in found, f"no event {trigger!r} in {sorted(found)}"
    return found[trigger]


# (sentence, trigger, date, date_text, precision)
BATTERY = [
    # weekdays, with and without a preposition or a relative word; the tense places a bare one
    ("Die Minister trafen sich am Montag in Brüssel.", "trafen", date(2026, 1, 5), "am Montag", "day"),
    ("Die Minister trafen sich Montag in Brüssel.", "trafen", date(2026, 1, 5), "Montag", "day"),
    ("Die Minister wollen sich am Montag in Brüssel treffen.", "treffen", date(2026, 1, 12), "am Montag", "day"),
    ("Die Minister trafen sich vergangenen Montag in Brüssel.", "trafen", date(2026, 1, 5), "vergangenen Montag",
     "day"),
    ("Die Minister treffen sich kommenden Montag in Brüssel.", "treffen", date(2026, 1, 12), "kommenden Montag",
     "day"),
    # "nächsten Donnerstag" written on a Thursday is a week ahead, a bare future one that very day
    ("Die Minister treffen sich nächsten Donnerstag in Brüssel.", "treffen", date(2026, 1, 15),
     "nächsten Donnerstag", "day"),
    ("Die Minister werden am Donnerstag in Brüssel verhandeln.", "verhandeln", date(2026, 1, 8), "am Donnerstag",
     "day"),
    ("Die Minister trafen sich am vergangenen Freitag.", "trafen", date(2026, 1, 2), "am vergangenen Freitag", "day"),
    # days counted from the publication day
    ("Die Gewerkschaft streikte vorgestern.", "streikte", date(2026, 1, 6), "vorgestern", "day"),
    ("Die Gewerkschaft streikte gestern.", "streikte", date(2026, 1, 7), "gestern", "day"),
    ("Die Gewerkschaft streikt heute.", "streikt", date(2026, 1, 8), "heute", "day"),
    ("Die Gewerkschaft streikt morgen.", "streikt", date(2026, 1, 9), "morgen", "day"),
    ("Die Gewerkschaft streikt übermorgen.", "streikt", date(2026, 1, 10), "übermorgen", "day"),
    ("Die Gewerkschaft streikte vor drei Tagen.", "streikte", date(2026, 1, 5), "vor drei Tagen", "day"),
    ("Die Gewerkschaft will in drei Tagen streiken.", "streiken", date(2026, 1, 11), "in drei Tagen", "day"),
    # the night before a day is that day
    ("In der Nacht zum Mittwoch griff Russland Kiew an.", "griff", date(2026, 1, 7), "In der Nacht zum Mittwoch",
     "day"),
    ("In der Nacht auf Samstag will die Gewerkschaft streiken.", "streiken", date(2026, 1, 10),
     "In der Nacht auf Samstag", "day"),
    # days counted from the day named before
    ("Am Mittwoch stimmte das Parlament ab. Am Vorabend hatten die Fraktionen verhandelt.", "verhandelt",
     date(2026, 1, 6), "Am Vorabend", "day"),
    ("Am Dienstag trafen sich die Minister. Tags darauf verhandelten die Delegationen.", "verhandelten",
     date(2026, 1, 7), "Tags darauf", "day"),
    ("Am Dienstag trafen sich die Minister. Am Folgetag verhandelten die Delegationen.", "verhandelten",
     date(2026, 1, 7), "Am Folgetag", "day"),
    # calendar days
    ("Die Koalition traf sich am 6. Januar.", "traf", date(2026, 1, 6), "am 6. Januar", "day"),
    ("Die Koalition traf sich am 6.1.2026.", "traf", date(2026, 1, 6), "am 6.1.2026", "day"),
    ("Die Koalition traf sich am 6. Januar 2026.", "traf", date(2026, 1, 6), "am 6. Januar 2026", "day"),
    ("Die Gewerkschaft will am 3. und 4. März streiken.", "streiken", date(2026, 3, 3), "am 3. und 4. März", "day"),
    # week level
    ("Die Gewerkschaft streikte vor zwei Wochen.", "streikte", None, "vor zwei Wochen", "week"),
    ("Die Minister wollen sich übernächste Woche treffen.", "treffen", None, "übernächste Woche", "week"),
    ("Die Delegationen wollen binnen der nächsten Tage verhandeln.", "verhandeln", None, "binnen der nächsten Tage",
     "week"),
    ("Die Delegationen wollen innerhalb der nächsten Tage verhandeln.", "verhandeln", None,
     "innerhalb der nächsten Tage", "week"),
    ("Die Minister treffen sich am Wochenende.", "treffen", None, "am Wochenende", "week"),
    ("Die Minister treffen sich an diesem Wochenende.", "treffen", None, "an diesem Wochenende", "week"),
    ("Die Minister wollen nach dem Wochenende verhandeln.", "verhandeln", None, "nach dem Wochenende", "week"),
    # month level (seasons too)
    ("Die Minister wollen sich Anfang März treffen.", "treffen", None, "Anfang März", "month"),
    ("Die Minister wollen sich Mitte März treffen.", "treffen", None, "Mitte März", "month"),
    ("Die Minister wollen sich Ende März treffen.", "treffen", None, "Ende März", "month"),
    ("Die Minister wollen sich Ende des Monats treffen.", "treffen", None, "Ende des Monats", "month"),
    ("Ab nächstem Monat verhängt die EU Zölle.", "verhängt", None, "Ab nächstem Monat", "month"),
    ("Die Minister wollen sich im Frühjahr treffen.", "treffen", None, "im Frühjahr", "month"),
    ("Die Minister trafen sich im Herbst.", "trafen", None, "im Herbst", "month"),
    ("Die Piloten streiken seit vergangenem Sommer.", "streiken", None, "seit vergangenem Sommer", "month"),
    # year level
    ("Das Werk soll zum Jahresende schließen.", "schließen", None, "zum Jahresende", "year"),
    ("Seit vergangenem Jahr streiken die Piloten.", "streiken", None, "Seit vergangenem Jahr", "year"),
    ("Ab nächstem Jahr verhängt die EU Zölle.", "verhängt", None, "Ab nächstem Jahr", "year"),
    ("Die Piloten streikten im vergangenen Jahr.", "streikten", None, "im vergangenen Jahr", "year"),
    ("Die Piloten streikten in diesem Jahr zweimal.", "streikten", None, "in diesem Jahr", "year"),
    ("Die Wahl soll 2027 stattfinden.", "Wahl", None, "2027", "year"),
    ("Die Minister wollen sich zu Jahresbeginn treffen.", "treffen", None, "zu Jahresbeginn", "year"),
    ("Seit Beginn des Jahres wurden 300 Raketen abgefeuert.", "abgefeuert", None, "Seit Beginn des Jahres", "year"),
    ("Die Minister trafen sich vor zwei Monaten.", "trafen", None, "vor zwei Monaten", "month"),
    ("Die Minister trafen sich im Dezember vergangenen Jahres.", "trafen", None, "im Dezember vergangenen Jahres",
     "month"),
    # holidays: several days week-level, one fixed day a day
    ("Die Regierung will noch vor Weihnachten einen Entwurf vorlegen.", "vorlegen", None, "noch vor Weihnachten",
     "week"),
    ("Das Werk wurde zu Ostern angegriffen.", "angegriffen", None, "zu Ostern", "week"),
    ("Kurz vor Weihnachten 2025 trafen sich die Minister.", "trafen", None, "Kurz vor Weihnachten 2025", "week"),
    ("Die Minister trafen sich am Neujahrstag.", "trafen", date(2026, 1, 1), "am Neujahrstag", "day"),
    ("Die Minister trafen sich an Silvester.", "trafen", date(2025, 12, 31), "an Silvester", "day"),
]


@pytest.mark.parametrize("text, trigger, day, words, precision", BATTERY)
def test_a_temporal_phrase_resolves_as_the_conventions_say(text, trigger, day, words, precision) -> None:
    found = _event(text, trigger)
    assert (found.date, found.date_text, found.date_precision) == (day, words, precision)


@pytest.mark.parametrize("text, trigger, mode", [
    # a time ahead makes the present-tense event planned (period_ahead), a past one does not
    ("Die Minister wollen sich übernächste Woche treffen.", "treffen", "intended"),
    ("Ab nächstem Jahr verhängt die EU Zölle.", "verhängt", "intended"),
    ("Ab nächstem Monat verhängt die EU Zölle.", "verhängt", "intended"),
    ("Die Minister treffen sich am Wochenende.", "treffen", "intended"),
    ("Die Minister trafen sich am Wochenende.", "trafen", "realized"),
    ("Die Bauern protestieren seit dem vergangenen Wochenende.", "protestieren", "realized"),
    ("Seit vergangenem Jahr streiken die Piloten.", "streiken", "realized"),
    ("Er erwarte, dass sich die Koalition noch vor Weihnachten verständigt.", "verständigt", "intended"),
    ("Die Koalition verständigte sich kurz vor Weihnachten.", "verständigte", "realized"),
])
def test_a_period_ahead_plans_the_event(text: str, trigger: str, mode: str) -> None:
    assert _event(text, trigger).mode == mode


def test_a_weekend_in_the_present_written_on_a_saturday_is_today_not_planned() -> None:
    found = {e.trigger: e for e in events("Die Bauern protestieren am Wochenende.", published=date(2026, 1, 10))}
    assert found["protestieren"].mode == "realized"


@pytest.mark.parametrize("text", [
    "In drei Tagen wurden 500 Menschen festgenommen.",  # told in the past: a span, no day
    "Die Preise wurden am Vorabend des Gipfels verhandelt.",  # the eve of an occasion whose day is not named
    "Die Koalition traf sich am 6. in Berlin.",  # a bare ordinal: no month, no day
    "Der Verein verlor am 6. Spieltag.",
])
def test_phrases_that_name_no_day(text: str) -> None:
    assert [d for d in find_dates(text, THURSDAY) if d.date is not None] == []


def test_a_month_of_a_past_year_does_not_plan_the_event() -> None:
    """period_ahead: "Dezember" is later than the publication's January, but of the year before."""
    assert _event("Die Minister treffen sich im Dezember vergangenen Jahres.", "treffen").mode == "realized"


def test_a_span_since_weeks_is_no_date() -> None:
    """Measured, not built: "seit Wochen/Monaten/Jahren" as date_text (right 8, wrong 7 over the 24 files; as the
    date of "der schwerste Luftangriff seit Wochen" it displaced the night's day, tune6, tune16)."""
    text = "Russland hat die Ukraine in der Nacht auf Montag mit dem schwersten Luftangriff seit Wochen überzogen."
    assert [(d.text, d.date) for d in find_dates(text, THURSDAY)] == [("in der Nacht auf Montag", date(2026, 1, 5))]


@pytest.mark.parametrize("text", ["Die Schulen müssen bis Weihnachten einen Plan vorlegen.",
                                  "Die Ministerin forderte, bis Ostern einen Plan vorzulegen."])
def test_bis_a_holiday_is_a_deadline(text: str) -> None:
    assert [d.role for d in find_dates(text, THURSDAY)] == ["deadline"]


def test_bis_in_days_is_a_deadline() -> None:
    assert [d.role for d in find_dates("Bis in 14 Tagen sollen die Gespräche beginnen.", THURSDAY)] == ["deadline"]


def test_a_present_weekday_just_past_stays_the_nearer_day() -> None:
    """Checked, not changed: reading a present-tense weekday always ahead ("Die Minister treffen sich am Montag"
    written on a Thursday) lowered devset, tune3 and tune10 (mode and date); the nearer day stays."""
    assert _event("Die Minister treffen sich am Montag in Brüssel.", "treffen").date == date(2026, 1, 5)
