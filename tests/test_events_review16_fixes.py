"""Review 16b fixes of session 16's events mode and trigger rules: each test fails before its fix. Invented
sentences; tests.test_events publishes on Thursday 2026-01-08."""
from __future__ import annotations

import pytest

from tests.test_events import events


def _modes(text: str) -> dict:
    return {e.trigger: e.mode for e in events(text)}


# --- B1: a time right after the object's event noun is the object's (extract._object_period) --------------------

@pytest.mark.parametrize("text, verb, noun, noun_mode", [
    ("Die Gewerkschaft droht mit Streiks in der kommenden Woche.", "droht", "Streiks", "hypothetical"),
    ("Der Minister kündigt Gespräche für die kommende Woche an.", "kündigt", "Gespräche", "intended"),
    ("Die Regierung fordert Neuwahlen im kommenden Jahr.", "fordert", "Neuwahlen", "hypothetical"),
])
def test_a_time_of_the_object_leaves_the_speech_act_realized(text: str, verb: str, noun: str, noun_mode: str) -> None:
    modes = _modes(text)
    assert modes[verb] == "realized"
    assert modes[noun] == noun_mode


def test_a_time_of_the_verb_itself_still_plans_it() -> None:
    assert _modes("Die Minister treffen sich in der kommenden Woche.")["treffen"] == "intended"


# --- B3/B4: what an announced participation is about, and a setting to come (mode.DEFINITE_SETTING_BEFORE_RE) ------

@pytest.mark.parametrize("text, trigger", [
    ("Er kündigte an, am Gipfel teilzunehmen.", "Gipfel"),
    ("Die Ministerin sagte zu, beim Treffen der Außenminister zu sprechen.", "Treffen"),
    ("Er forderte die Staaten auf, beim kommenden Gipfel in Paris mit einer Stimme zu sprechen.", "Gipfel"),
])
def test_a_setting_the_speaker_will_attend_or_one_to_come_is_intended(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] == "intended"


def test_a_weekday_in_a_demanded_infinitive_in_eln_lies_ahead() -> None:
    """FUTURE_CUE_RE: 'zu verhandeln' is a zu-infinitive clause like 'zu sprechen'."""
    found = {e.trigger: e for e in events("Er forderte die Regierung auf, beim Gipfel am Montag zu verhandeln.")}
    assert found["Gipfel"].mode == "intended"
    assert str(found["Gipfel"].date) == "2026-01-12"


def test_an_ongoing_setting_of_a_demand_stays_realized() -> None:
    """d5e6b73's class: the talks go on while the demand is made."""
    assert _modes("Er forderte die Regierung auf, in den Verhandlungen mit den Bauern härter aufzutreten.")[
        "Verhandlungen"] == "realized"


# --- B2: a month of a past year in the genitive without an article (extract.PAST_YEAR_AFTER_RE) --------------------

def test_a_month_of_last_year_in_the_bare_genitive_is_past() -> None:
    assert _modes("Seit dem Streik im September vergangenen Jahres verhandeln beide Seiten.")["Streik"] == "realized"


def test_a_month_of_next_year_in_the_bare_genitive_is_ahead() -> None:
    assert _modes("Die Gewerkschaft streikt im September kommenden Jahres.")["streikt"] == "intended"


# --- B5/B8: the stance rule (mode.STANCE_OBJECT_RELATIVE_RE, TEMPORAL_ADJUNCT_RE's lower-case gap) ----------------

def test_a_relative_clause_telling_the_object_as_done_keeps_it_realized() -> None:
    assert _modes("Der Minister sprach sich gegen Sanktionen aus, die die EU am Montag verhängt hatte.")[
        "Sanktionen"] == "realized"


def test_a_relative_clause_telling_a_plan_leaves_the_object_proposed() -> None:
    assert _modes("Der Minister sprach sich gegen Sanktionen aus, die die EU verhängen will.")[
        "Sanktionen"] == "hypothetical"


def test_a_temporal_phrase_between_verb_and_object_does_not_block_the_stance() -> None:
    modes = _modes("Der Präsident sprach sich nach dem Angriff für Verhandlungen aus.")
    assert modes["Verhandlungen"] == "hypothetical"
    assert modes["Angriff"] == "realized"


# --- B6: a present negated evaluation of an indefinite subject (mode.GENERAL_SUBJECT_BEFORE_RE) -------------------

@pytest.mark.parametrize("text, trigger", [
    ("Ein Streik ist nicht gut für das Land.", "Streik"),
    ("Streiks sind nicht gut für die Wirtschaft.", "Streiks"),
])
def test_a_judgement_of_an_indefinite_event_is_general(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] == "hypothetical"


def test_a_judgement_of_a_definite_event_leaves_it_realized() -> None:
    assert _modes("Die Gespräche in Genf sind nicht einfach.")["Gespräche"] == "realized"


# --- B7, M1-M4: the chamber row of 'befassen' (triggers.csv) ------------------------------------------------------

def _consults(text: str) -> list:
    return [e.trigger for e in events(text) if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text, trigger", [
    ("Damit befasst sich der Ausschuss am Montag.", "befasst"),
    ("Damit wird sich das Parlament befassen.", "befassen"),
    ("Mit dem Gesetz befasst sich am Freitag der Bundesrat.", "befasst"),
])
def test_a_chamber_taking_up_a_matter_named_first_consults(text: str, trigger: str) -> None:
    assert _consults(text) == [trigger]


@pytest.mark.parametrize("text", [
    "Ein Buch über den Sicherheitsrat befasst sich mit dessen Geschichte.",
    "Eine Studie befasst sich mit dem Bundestag.",
])
def test_a_chamber_that_is_no_subject_does_not_consult(text: str) -> None:
    assert _consults(text) == []


# --- 3631abf's 10kGNAD reading: a newspaper's title is no time phrase (extract_events drops dates inside an ORG) --

def test_a_time_phrase_inside_a_paper_title_is_no_date() -> None:
    from datetime import date as _date

    from flows.events import extract_events
    from flows.records import Doc, Mention
    text = "Der Minister kündigte in der Welt am Sonntag neue Gespräche an."
    start = text.index("Welt am Sonntag")
    title = Mention(start, start + 15, "Welt am Sonntag", "ORG", None, None, "gazetteer", 1.0)
    found = [e for e in extract_events(Doc("t", text, published_on=_date(2026, 1, 8)), [title], [])
             if e.trigger in ("kündigte", "Gespräche")]
    assert len(found) == 2 and all(e.date is None and e.date_text is None for e in found)
