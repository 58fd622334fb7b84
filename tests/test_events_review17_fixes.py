"""Review of session 17 (events, fixes): the reviewer's wrong outputs and invented variants, each failing before its
fix. Invented sentences after a first sentence."""
from __future__ import annotations

import pytest

from tests.test_events import events
from tests.test_events_year_ahead_pins import LEAD, _found


# --- 1. "kein" on the governing noun (mode.NO_TALK_NOUN, NO_PROSPECT_AFTER_RE) --------------------------------------

@pytest.mark.parametrize("text, trigger", [
    # "keine Rede" is only the idiom "keine Rede von": a speech not held leaves the event as told
    ("Der Kanzler hielt keine Rede zum Streik der Piloten.", "Streik"),
    ("Die Ministerin hielt keine Rede für einen Waffenstillstand.", "Waffenstillstand"),
    # a "kein" noun with its own complement governs that complement, not the fronted event
    ("Von den Verhandlungen in Genf gibt es keine Anzeichen für einen Durchbruch.", "Verhandlungen"),
    ("Zum Streik der Piloten gebe es keine Bereitschaft zu Gesprächen.", "Streik"),
])
def test_kein_on_another_noun_does_not_negate_the_event(text: str, trigger: str) -> None:
    assert _found(text)[trigger].mode != "negated"


@pytest.mark.parametrize("text, trigger", [
    ("Es sei keine Rede von einem Streik.", "Streik"),
    ("Vom Streik der Piloten sei keine Rede.", "Streik"),
])
def test_the_idiom_keine_rede_von_still_negates(text: str, trigger: str) -> None:
    assert _found(text)[trigger].mode == "negated"


# --- 2. "…, sollte … nicht" after a comma (mode._after_opening_clause); "Statt" + genitive (INSTEAD_GENITIVE_RE) ----

@pytest.mark.parametrize("text", [
    "Als Reaktion drohte die Opposition mit einem Streik, sollte die Regierung nicht einlenken.",
    "Während der Debatte drohte die Opposition mit einem Streik, sollte die Regierung nicht einlenken.",
    "Weil die Lage ernst ist, droht die Opposition mit einem Misstrauensantrag, sollte die Regierung nicht einlenken.",
    "Seit Wochen droht die Gewerkschaft mit Protesten, sollte der Konzern nicht einlenken.",
])
def test_a_sollte_clause_after_a_main_clause_is_the_condition(text: str) -> None:
    assert _found(text)["einlenken"].mode == "hypothetical"


def test_a_sollte_right_after_an_opening_subordinate_clause_is_the_modal() -> None:
    found = _found("Weil die Gespräche gescheitert sind, sollte die Regierung nicht einlenken.")
    assert found["einlenken"].mode == "negated"


@pytest.mark.parametrize("text, replaced, done", [
    ("Statt eines Streiks plant die Gewerkschaft zu verhandeln.", "Streiks", "verhandeln"),
    ("Anstatt eines weiteren Streiks will die Gewerkschaft verhandeln.", "Streiks", "verhandeln"),
])
def test_statt_with_a_genitive_is_a_preposition(text: str, replaced: str, done: str) -> None:
    found = _found(text)
    assert (found[replaced].mode, found[done].mode) == ("negated", "intended")


def test_statt_before_an_infinitive_still_negates_it() -> None:
    assert _found("Statt Sanktionen zu verhängen, setzt die EU auf Gespräche.")["verhängen"].mode == "negated"


# --- 3. trigger rows: RETREAT "zurückziehen" needs a force of its own (triggers.csv) --------------------------------

@pytest.mark.parametrize("text", [
    "Die Opposition will ihre Klage gegen die Truppenstationierung zurückziehen.",
    "Der Minister will den Gesetzentwurf zum Einsatz der Bundeswehr zurückziehen.",
    "Der Armeechef will sich aus der Politik zurückziehen.",
    "Die Partei will ihren Antrag zur Soldatenversorgung zurückziehen.",
])
def test_a_force_inside_a_compound_or_a_genitive_withdraws_nothing(text: str) -> None:
    assert not [e for e in events(LEAD + text) if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text", [
    "Russland will seine Truppen aus der Region zurückziehen.",
    "Die Blauhelme sollen sich aus dem Grenzgebiet zurückziehen.",
])
def test_a_force_of_its_own_still_withdraws(text: str) -> None:
    assert [e for e in events(LEAD + text) if e.event_type == "RETREAT"]


# --- 3. sabotage of another event is figurative (extract._sabotages_event) ------------------------------------------

@pytest.mark.parametrize("text", [
    "Die Opposition versucht, die Verhandlungen zu sabotieren.",
    "Die Regierung sabotiert die Friedensgespräche, sagte er.",
    "Er warf ihr Sabotage an den Koalitionsverhandlungen vor.",
    "Der Minister habe die Einigung sabotiert.",
])
def test_sabotage_of_talks_is_no_assault(text: str) -> None:
    assert not [e for e in events(LEAD + text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Unbekannte haben Sabotageakte gegen die Stromversorgung geplant.",
    "Die Saboteure hatten die Bahnstrecke sabotiert.",
])
def test_sabotage_of_things_stays_an_assault(text: str) -> None:
    assert [e for e in events(LEAD + text) if e.event_type == "ASSAULT"]


# --- 4. a reason clause's date is its own (extract.REASON_CLAUSE_RE) -----------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Die Piloten streiken, weil sie nächstes Jahr mehr Geld wollen.", "streiken"),
    ("Die Piloten streiken, obwohl der Vertrag erst im Mai endet.", "streiken"),
])
def test_a_date_in_a_reason_clause_does_not_date_the_event(text: str, trigger: str) -> None:
    assert _found(text)[trigger].date_text is None


def test_the_events_own_date_stays() -> None:
    assert _found("Die Piloten streiken am Montag, weil sie mehr Geld wollen.")["streiken"].date_text == "am Montag"
