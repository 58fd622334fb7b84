"""Review 16b: guards and alternatives of session 16's mode rules (0be5aac, 054acbb, d5e6b73) that no test failed
without. Each test fails when its guard or alternative is removed. Invented sentences; tests.test_events publishes on
Thursday 2026-01-08."""
from __future__ import annotations

from datetime import date

import pytest

from flows.events.dates import DateExpr, period_ahead
from tests.test_events import events

JAN_15 = date(2026, 1, 15)


def _modes(text: str) -> dict:
    return {e.trigger: e.mode for e in events(text)}


def _month(text: str, role: str = "point") -> DateExpr:
    return DateExpr(0, len(text), text, None, "month", "relative", role)


# --- dates.period_ahead (054acbb) -------------------------------------------------------------------------------

def test_a_deadline_or_a_purpose_is_no_time_ahead() -> None:
    assert not period_ahead(_month("bis Ende Juni", "deadline"), JAN_15, False)
    assert not period_ahead(_month("für Juni", "target"), JAN_15, False)


def test_a_later_month_of_the_publication_year_named_with_its_year_is_ahead() -> None:
    assert period_ahead(_month("im Juni 2026"), JAN_15, False)
    assert not period_ahead(_month("im Juni 2025"), JAN_15, False)


def test_a_bare_later_month_in_a_clause_told_in_the_past_is_not_ahead() -> None:
    assert period_ahead(_month("im Juni"), JAN_15, False)
    assert not period_ahead(_month("im Juni"), JAN_15, True)


def test_a_start_with_ab_is_a_time_ahead() -> None:
    """'ab Juni' sets when the event begins ('seit' stays out, test_events_mode_by_mechanism)."""
    assert _modes("Die Gewerkschaft streikt ab Juni.")["streikt"] == "intended"


def test_a_time_to_come_in_another_clause_leaves_the_event_realized() -> None:
    """The week is the talks', in the 'weil' clause, not the strike's (extract: _in_clause)."""
    assert _modes("Die Gewerkschaft streikt, weil die Verhandlungen erst in der kommenden Woche beginnen.")[
        "streikt"] == "realized"


# --- mode: a negated clause after an opening 'Solange' (054acbb) -------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Solange die Armee keine Angriffe stoppt, wird es Proteste geben.", "Angriffe"),
    ("Solange die Regierung nicht verhandelt, werde es Streiks geben.", "verhandelt"),
])
def test_the_solange_clause_itself_stays_a_condition(text: str, trigger: str) -> None:
    """Only the clause after the 'Solange' clause is a refusal; a negation in the condition is the condition's."""
    assert _modes(text)[trigger] == "hypothetical"


def test_nie_after_an_opening_solange_is_a_refusal() -> None:
    assert _modes("Solange die Armee angreift, werde es nie Verhandlungen geben.")["Verhandlungen"] == "negated"


# --- mode: a present negated evaluation of how an event goes (0be5aac) -------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Die Gespräche mit der Gewerkschaft sind nicht ganz einfach.", "Gespräche"),  # a degree word before
    ("Das Treffen der Minister ist nicht so leicht.", "Treffen"),
    ("Die Gespräche mit der Gewerkschaft sind nicht konstruktiv.", "Gespräche"),
    ("Die Verhandlungen in Genf sind nicht erfolgreich.", "Verhandlungen"),
    ("Die Gespräche in Genf sind nicht öffentlich.", "Gespräche"),
])
def test_a_present_negated_evaluation_in_other_words_does_not_negate_the_event(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] == "realized"


# --- mode: a stance for or against an event (054acbb) --------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Die Regierung hat sich für Gespräche ausgesprochen.", "Gespräche"),  # the participle
    ("Die Ministerin hat für neue Gespräche plädiert.", "Gespräche"),
])
def test_an_event_a_stance_in_the_perfect_is_for_is_proposed(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] == "hypothetical"


# --- mode: a definite setting of a demanded zu-infinitive (d5e6b73) ----------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Er rief die Armee auf, beim Angriff auf die Stadt Zivilisten zu schonen.", "Angriff"),  # a contraction
    ("Er rief die Nachbarstaaten auf, in den anhaltenden Kämpfen im Sudan zu vermitteln.", "Kämpfen"),  # a word between
])
def test_an_ongoing_setting_of_a_demanded_infinitive_is_realized(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] == "realized"


# --- triggers: the chamber row of 'befassen' (9d27aef) -----------------------------------------------------------

def test_the_security_council_taking_up_a_matter_consults() -> None:
    """The Security Council as the chamber before 'sich' (the other alternative, 'sich der Sicherheitsrat', is
    pinned in test_events_chamber_takes_up.py)."""
    found = [(e.event_type, e.trigger) for e in events("Der UN-Sicherheitsrat hat sich damit am Montag befasst.")]
    assert found == [("CONSULT", "befasst")]
