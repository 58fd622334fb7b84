"""Sentences that gave wrong events or modes with the first versions of the "ohne"/"Ohne" phrase, possibility
("möglich"), reported plural "würden" and "treffen" rules (flows.events.extract, flows.events.mode), as tests: an
event as the subject of "treffen" meets no one; a past possibility, "nicht ohne", an opening "Ohne" before ended talks,
a dated definite noun, a future passive, a wish or a verb-first condition after "würden". Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events


def modes(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events(text)}


@pytest.mark.parametrize("text", [
    "Die neuen Zölle treffen auch den Konzernchef persönlich.",
    "Die Kürzungen treffen vor allem Vertreter kleiner Parteien.",
    "Die Sanktionen trafen zuerst die Staatschefs der Nachbarländer.",
])
def test_an_event_as_subject_of_treffen_affects_and_meets_no_one(text: str) -> None:
    assert not {"treffen", "trafen"} & modes(text).keys()


@pytest.mark.parametrize("text, verb", [
    ("Der Außenminister trifft am Montag den Kremlchef.", "trifft"),
    ("Die Bischofskonferenz trifft sich am Montag mit dem Papst.", "trifft"),
    ("Zum Auftakt der Verhandlungen traf die Kanzlerin den Regierungschef.", "traf"),
])
def test_a_person_or_a_meeting_body_still_meets(text: str, verb: str) -> None:
    assert verb in modes(text)


@pytest.mark.parametrize("text, noun", [
    ("Der Sieg der Rebellen war nur möglich, weil die Armee floh.", "Sieg"),
    ("Eine Einigung mit Rom wurde erst möglich, nachdem beide Seiten nachgegeben hatten.", "Einigung"),
])
def test_what_was_possible_in_the_past_happened(text: str, noun: str) -> None:
    assert modes(text)[noun] == "realized"


def test_what_is_possible_now_stays_hypothetical() -> None:
    assert modes("Eine Einigung sei noch in dieser Woche möglich, sagte die Ministerin.")["Einigung"] == "hypothetical"


def test_talks_that_ended_not_without_an_agreement_reached_one() -> None:
    # "nicht ohne" is a double negation: the agreement was reached and the talks took place
    found = modes("Die Gespräche endeten nicht ohne Einigung.")
    assert (found["Gespräche"], found["Einigung"]) == ("realized", "realized")


@pytest.mark.parametrize("text", [
    "Ohne Einigung endeten am Dienstag die Gespräche in Genf.",
    "Ohne eine Einigung blieben auch die Verhandlungen in Wien.",
])
def test_an_opening_ohne_before_talks_that_ended_is_missing_no_condition(text: str) -> None:
    assert modes(text)["Einigung"] == "negated"


def test_an_opening_ohne_before_a_consequence_stays_a_condition() -> None:
    assert modes("Ohne eine Einigung werde es keinen Frieden geben, sagte er.")["Einigung"] == "hypothetical"


@pytest.mark.parametrize("text", [
    "Die Bauern würden gerne streiken, sagte der Verbandschef.",
    "Die Piloten würden am liebsten sofort streiken, heißt es in der Gewerkschaft.",
    "Die Gewerkschaften würden streiken, hätten sie genug Geld.",
    "Die Ärzte würden streiken, wäre der Tarifvertrag nicht verlängert worden.",
])
def test_a_wish_or_a_verb_first_condition_after_wuerden_is_no_plan(text: str) -> None:
    assert modes(text)["streiken"] == "hypothetical"


def test_reported_wuerden_without_wish_or_condition_stays_a_plan() -> None:
    assert modes("Die Bauern würden am Montag streiken, sagte der Verbandschef.")["streiken"] == "intended"


def test_a_definite_dated_noun_in_an_opening_ohne_phrase_happened() -> None:
    assert modes("Ohne die Einigung vom Montag wäre das Treffen gescheitert.")["Einigung"] == "realized"


@pytest.mark.parametrize("text", [
    "Ohne Einigung werden die Gespräche abgebrochen, drohte der Vermittler.",
    "Ohne Einigung würden die Gespräche abgebrochen, drohte der Vermittler.",
])
def test_a_future_or_subjunctive_passive_after_ohne_is_a_condition(text: str) -> None:
    assert modes(text)["Einigung"] == "hypothetical"


def test_talks_that_ended_without_still_negate() -> None:
    assert modes("Ohne Einigung endeten am Dienstag die Gespräche in Genf.")["Einigung"] == "negated"


def test_a_plain_past_possibility_stays_hypothetical() -> None:
    assert modes("Eine Einigung war noch am Montag möglich, sagte der Vermittler.")["Einigung"] == "hypothetical"


def test_what_was_only_possible_because_happened() -> None:
    assert modes("Der Sieg der Rebellen war nur möglich, weil die Armee floh.")["Sieg"] == "realized"


def test_nicht_ohne_zu_haben_is_a_necessary_condition() -> None:
    assert modes("Die Reform ist nicht ohne Einigung mit den Gewerkschaften zu haben.")["Einigung"] == "hypothetical"


def test_a_coordinated_koennten_aber_clause_is_no_condition() -> None:
    text = "Die Minister würden am Montag beraten, könnten aber keine Einigung erzielen, hieß es."
    assert modes(text)["beraten"] == "intended"


def test_a_verb_first_condition_after_wuerden_still_counts() -> None:
    assert modes("Die Gewerkschaften würden streiken, hätten sie genug Geld.")["streiken"] == "hypothetical"
