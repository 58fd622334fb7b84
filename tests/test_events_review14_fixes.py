"""Review of session 14's event rules (d84b729, b84e8b4, 1c4c5a2): sentences that gave wrong outputs, as tests.
Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events


def triggers(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events(text)}


@pytest.mark.parametrize("text", [
    "Die neuen Zölle treffen auch den Konzernchef persönlich.",
    "Die Kürzungen treffen vor allem Vertreter kleiner Parteien.",
    "Die Sanktionen trafen zuerst die Staatschefs der Nachbarländer.",
])
def test_an_event_as_subject_of_treffen_affects_and_meets_no_one(text: str) -> None:
    assert not {"treffen", "trafen"} & triggers(text).keys()


@pytest.mark.parametrize("text, verb", [
    ("Der Außenminister trifft am Montag den Kremlchef.", "trifft"),
    ("Die Bischofskonferenz trifft sich am Montag mit dem Papst.", "trifft"),
    ("Zum Auftakt der Verhandlungen traf die Kanzlerin den Regierungschef.", "traf"),
])
def test_a_person_or_a_meeting_body_still_meets(text: str, verb: str) -> None:
    assert verb in triggers(text)


@pytest.mark.parametrize("text, noun", [
    ("Der Sieg der Rebellen war nur möglich, weil die Armee floh.", "Sieg"),
    ("Eine Einigung mit Rom wurde erst möglich, nachdem beide Seiten nachgegeben hatten.", "Einigung"),
])
def test_what_was_possible_in_the_past_happened(text: str, noun: str) -> None:
    assert triggers(text)[noun] == "realized"


def test_what_is_possible_now_stays_hypothetical() -> None:
    assert triggers("Eine Einigung sei noch in dieser Woche möglich, sagte die Ministerin.")["Einigung"] == "hypothetical"


def test_talks_that_ended_not_without_an_agreement_reached_one() -> None:
    # "nicht ohne" is a double negation: the agreement was reached and the talks took place
    modes = triggers("Die Gespräche endeten nicht ohne Einigung.")
    assert (modes["Gespräche"], modes["Einigung"]) == ("realized", "realized")


@pytest.mark.parametrize("text", [
    "Ohne Einigung endeten am Dienstag die Gespräche in Genf.",
    "Ohne eine Einigung blieben auch die Verhandlungen in Wien.",
])
def test_an_opening_ohne_before_talks_that_ended_is_missing_no_condition(text: str) -> None:
    assert triggers(text)["Einigung"] == "negated"


def test_an_opening_ohne_before_a_consequence_stays_a_condition() -> None:
    assert triggers("Ohne eine Einigung werde es keinen Frieden geben, sagte er.")["Einigung"] == "hypothetical"


@pytest.mark.parametrize("text", [
    "Die Bauern würden gerne streiken, sagte der Verbandschef.",
    "Die Piloten würden am liebsten sofort streiken, heißt es in der Gewerkschaft.",
    "Die Gewerkschaften würden streiken, hätten sie genug Geld.",
    "Die Ärzte würden streiken, wäre der Tarifvertrag nicht verlängert worden.",
])
def test_a_wish_or_a_verb_first_condition_after_wuerden_is_no_plan(text: str) -> None:
    assert triggers(text)["streiken"] == "hypothetical"


def test_reported_wuerden_without_wish_or_condition_stays_a_plan() -> None:
    assert triggers("Die Bauern würden am Montag streiken, sagte der Verbandschef.")["streiken"] == "intended"
