"""Bugs review 15a found in session 15's events and participants rules, as tests (fix15a). Invented sentences and
names; tests.test_events publishes on a Thursday."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_events import events
from tests.test_events_participants import mention, roles


def _orgs(text: str, *names: str) -> list:
    return [mention(text, n, n, "ORG", entity_id="org:" + n.lower().replace(" ", "-")) for n in names if n in text]


NAMES = ("Partei Nord", "Bauamt Süd", "Stadt Ost", "Union", "SPD", "Regierung Süd")


@pytest.mark.parametrize("text, noun", [
    ("Zustimmung kam von der Union. Die SPD warf der Regierung Süd dagegen Wortbruch vor.", "Zustimmung"),
    ("Kritik kam von der Partei Nord. Die Stadt Ost forderte dagegen vom Bauamt Süd mehr Tempo.", "Kritik"),
    ("Kritik kam von der Partei Nord. Die Stadt Ost forderte hingegen vom Bauamt Süd mehr Tempo.", "Kritik"),
    ("Lob kam von der Union. Die SPD warf der Regierung Süd jedoch Wortbruch vor.", "Lob"),
])
def test_a_contrasting_next_sentence_does_not_elaborate_the_reaction(text: str, noun: str) -> None:
    assert roles(text, noun, _orgs(text, *NAMES))[1] == set()


@pytest.mark.parametrize("text", [
    "Die Darstellung sei falsch, sagte ein Sprecher des Bauamt Süd. Auch die Stadt Ost wies die Darstellung zurück.",
    "Die Vorwürfe seien haltlos, sagte ein Sprecher des Bauamt Süd. Die Stadt Ost wies die Vorwürfe auch zurück.",
])
def test_a_fellow_rebutter_is_not_the_rebutted_claims_source(text: str) -> None:
    assert roles(text, "wies", _orgs(text, *NAMES)) == ({"Stadt Ost"}, set())


def test_a_sentence_that_made_no_claim_gives_a_rebuttal_no_target() -> None:
    text = "Die Partei Nord lobte am Montag die Pläne. Das Bauamt Süd wies die Kritik zurück."
    assert roles(text, "wies", _orgs(text, *NAMES)) == ({"Bauamt Süd"}, set())


def _dates(text: str) -> dict:
    return {e.trigger: e.date for e in events(text)}


@pytest.mark.parametrize("second, trigger", [
    ("Dabei hatte die Opposition seit langem Verhandlungen gefordert.", "gefordert"),  # contrastive, pluperfect
    ("Dort waren zuvor Proteste angekündigt worden.", "angekündigt"),
    ("Dort kommt es immer wieder zu Protesten.", "Protesten"),  # a habit
    ("Die Gewerkschaft will dann nur streiken, wenn die Gespräche scheitern.", "streiken"),  # a condition
])
def test_a_clause_with_a_time_of_its_own_does_not_take_the_day_before(second: str, trigger: str) -> None:
    assert _dates("Am Montag trafen sich die Minister in Berlin. " + second)[trigger] is None


@pytest.mark.parametrize("text, trigger, day", [
    ("In der kommenden Woche wird die Ministerin am Donnerstag in Rom erwartet.", "erwartet", date(2026, 1, 15)),
    ("Nächste Woche soll am Dienstag in Rom verhandelt werden.", "verhandelt", date(2026, 1, 13)),
    ("Vergangene Woche hatte die Ministerin am Donnerstag in Rom ihren Amtskollegen getroffen.", "getroffen",
     date(2026, 1, 1)),
])
def test_a_week_named_in_the_clause_is_the_weekdays_week(text: str, trigger: str, day: date) -> None:
    assert _dates(text)[trigger] == day


def _modes(text: str) -> dict:
    return {e.trigger: e.mode for e in events(text)}


@pytest.mark.parametrize("manner", ["Ohne Zweifel", "Ohne Vorbehalte", "Ohne Vorbedingungen"])
def test_an_opening_ohne_manner_phrase_is_no_condition(manner: str) -> None:
    assert _modes(manner + " wird die Ministerin am Freitag in Rom erwartet.")["erwartet"] == "intended"


def test_an_ohne_condition_may_have_three_words_before_its_noun() -> None:
    text = "Ohne eine rasche politische Einigung werden die Gespräche abgebrochen."
    assert _modes(text)["abgebrochen"] == "hypothetical"


def _triggers(text: str) -> set:
    return {e.trigger for e in events(text)}


@pytest.mark.parametrize("text", [
    "Am Montag traf scharfe Kritik aus der Opposition den Minister.",  # a bare noun with an adjective
    "Am Montag traf eine heftige Kritik den Minister.",  # an indefinite noun phrase
    "Am Montag traf Kritik aus der Opposition den Minister.",  # a bare noun
])
def test_a_bare_or_indefinite_event_noun_after_treffen_is_its_subject(text: str) -> None:
    assert "traf" not in _triggers(text)


@pytest.mark.parametrize("text", [
    "Am Montag trafen sich nach Protesten die Minister in Berlin.",  # a preposition, not an attribute
    "In Rom trafen Demonstranten den Minister.",  # a bare noun that names no event
])
def test_treffen_with_a_bare_noun_that_is_no_event_still_meets(text: str) -> None:
    assert {"trafen"} <= _triggers(text)


@pytest.mark.parametrize("text", [
    "Die Partei rückt in den Umfragen auf Platz zwei vor.",
    "Der Verein rückte am Wochenende auf den dritten Tabellenplatz vor.",
    "Die Stürmerin rückte in der Rangliste an die Spitze vor.",
])
def test_advancing_in_a_ranking_is_no_troop_movement(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "MOBILIZE"]


def test_troops_advancing_on_a_town_still_mobilize() -> None:
    text = "Am Montag rückten die Milizen auf die Stadt Nordhafen vor."
    assert [e.event_type for e in events(text)] == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Das Treffen am Montag sei „nicht einfach“ gewesen, sagte der Minister.",
    "Das Treffen am Montag sei nicht einfach gewesen, sagte der Minister.",
])
def test_a_negated_predicate_adjective_does_not_negate_its_subjects_event(text: str) -> None:
    assert _modes(text)["Treffen"] == "realized"


@pytest.mark.parametrize("text, trigger", [
    ("Ein Angriff sei „nicht geplant“ gewesen.", "Angriff"),  # a participle
    ("Eine Einigung war nicht möglich.", "Einigung"),  # whether it could come about
])
def test_a_negated_participle_or_modal_adjective_still_negates(text: str, trigger: str) -> None:
    assert _modes(text)[trigger] == "negated"
