"""Session 17 (first half): known gaps and mode errors by mechanism. Invented sentences, each failing before its fix;
tests.test_events publishes on Thursday 2026-01-08."""
from __future__ import annotations

from datetime import date

import pytest

from flows.events.dates import find_dates
from tests.test_events import events


def _found(text: str) -> dict:
    return {e.trigger: e for e in events(text)}


# --- a year in the accusative of time, and "nächsten" read as a past form (dates.YEAR_REL_RE, PAST_FORM_RE) --------

@pytest.mark.parametrize("text, phrase", [
    ("Die Wahl soll nächstes Jahr stattfinden.", "nächstes Jahr"),
    ("Kommendes Jahr wird gewählt.", "Kommendes Jahr"),
    ("Die Piloten streikten letztes Jahr.", "letztes Jahr"),
    ("Die Gespräche sollen übernächstes Jahr beginnen.", "übernächstes Jahr"),
    ("Die Gespräche sollen im übernächsten Jahr beginnen.", "im übernächsten Jahr"),
])
def test_a_year_without_article_is_a_year_level_date(text: str, phrase: str) -> None:
    found = [(d.text, d.date, d.precision) for d in find_dates(text, date(2026, 1, 8))]
    assert (phrase, None, "year") in found


@pytest.mark.parametrize("text, trigger", [
    ("Die Gewerkschaft streikt nächstes Jahr.", "streikt"),
    ("Die Minister treffen sich im nächsten Jahr.", "treffen"),
    ("Die Minister treffen sich im übernächsten Jahr.", "treffen"),
])
def test_a_year_ahead_plans_the_event(text: str, trigger: str) -> None:
    assert _found(text)[trigger].mode == "intended"


def test_a_past_year_without_article_dates_but_does_not_plan() -> None:
    found = _found("Letztes Jahr streikten die Piloten.")["streikten"]
    assert (found.mode, found.date, found.date_text) == ("realized", None, "Letztes Jahr")


# --- a pattern anchored with "^" but read from a clause's position (mode, extract) ----------------------------------

def test_a_negated_verb_first_condition_after_the_first_sentence_is_hypothetical() -> None:
    """CONDITION_CLAUSE_START_RE: its "^" matched only at the text's start."""
    text = "Die Lage ist ernst. Die Opposition droht mit einem Misstrauensantrag, sollte die Regierung nicht einlenken."
    assert _found(text)["einlenken"].mode == "hypothetical"


def test_an_infinitive_instead_of_which_something_is_done_after_the_first_sentence_is_negated() -> None:
    """INSTEAD_RE, the same anchor."""
    text = "Die Lage ist ernst. Statt Sanktionen zu verhängen, setzt die EU auf Gespräche."
    assert _found(text)["verhängen"].mode == "negated"


def test_ohne_before_a_manner_noun_leaves_the_infinitive() -> None:
    """INSTEAD_RE without 'ohne': the noun after it is how the talks are held."""
    text = "Die Lage ist ernst. Er sei bereit, ohne Vorbedingungen über die Grenze zu verhandeln."
    assert _found(text)["verhandeln"].mode != "negated"


def test_a_definite_event_with_its_day_opening_a_later_sentence_is_annotated() -> None:
    """DAY_HOLDER_OPENING_RE: the sentence-start alternative of DAY_HOLDER_BEFORE_RE matched only in the first one."""
    found = _found("Die Lage ist ernst. Der Angriff am Montag traf ein Krankenhaus.")
    assert str(found["Angriff"].date) == "2026-01-05"


# --- "kein" on the noun that governs the event (mode.NO_PROSPECT_BEFORE_RE, PROSPECT_FRONTED_RE) ---------------------

@pytest.mark.parametrize("text, trigger", [
    ("Die Lage ist ernst. Der Präsident habe kein Interesse an einem Waffenstillstand.", "Waffenstillstand"),
    ("Die Lage ist ernst. Von einer Amnestie sei keine Rede.", "Amnestie"),
    ("Die Lage ist ernst. Für einen Waffenstillstand gebe es keine Grundlage.", "Waffenstillstand"),
    ("Die Lage ist ernst. Die Regierung habe kein Interesse an neuen Verhandlungen.", "Verhandlungen"),
])
def test_no_interest_in_an_event_negates_it(text: str, trigger: str) -> None:
    assert _found(text)[trigger].mode == "negated"


def test_no_alternative_to_an_event_does_not_negate_it() -> None:
    assert _found("Die Lage ist ernst. Es gebe keine Alternative zu einem Rückzug der Armee.")["Rückzug"].mode != "negated"


# --- days ahead with no day named (dates.WEEK_RE) ---------------------------------------------------------------------

def test_days_ahead_are_a_week_level_time_to_come() -> None:
    found = _found("Die Lage ist ernst. Sie rechne mit einer Einigung in den kommenden Tagen.")["Einigung"]
    assert (found.mode, found.date, found.date_text) == ("intended", None, "in den kommenden Tagen")


# --- an evaluated definite event noun (pins, CONVENTIONS.md: an entry when it introduces the event or adds mode,
# date or participants; a bare re-mention that is only judged is none) -------------------------------------------------

def test_an_evaluated_event_with_its_day_is_realized() -> None:
    assert _found("Die Lage ist ernst. Der Streik am Montag ist nicht gut für das Land.")["Streik"].mode == "realized"


def test_an_evaluated_re_mention_is_no_event() -> None:
    assert "Streik" not in _found("Die Piloten streiken seit Montag. Der Streik ist nicht gut für das Land.")
