"""Each row of ``NOT_BODY_COMPOUNDS`` and the guards of ``_body_compound`` (session 15): plants, roads and the local
branches of parties and clubs before a listed place are no body of their own, the place stays a place; a head inside
an acronym or a bare head is no compound. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from flows.names.mentions import _body_compound
from tests.conftest import mention_triples


@pytest.mark.parametrize("word", ["Atomkraftwerk", "Umspannwerk", "Autobahn", "Kreisverband", "Ortsverband",
                                  "Landesverband", "Bezirksverband", "Stadtverband", "Ortsverein",
                                  "SPD-Ortsverein", "Kohlekraftwerks"])
def test_a_listed_plant_road_or_branch_is_no_body_compound(word: str) -> None:
    assert _body_compound(word) is None


@pytest.mark.parametrize("word, body", [
    ("Imkerverbands", "Imkerverband"), ("Pflegenetzwerk", "Pflegenetzwerk"), ("Apothekerkammer", "Apothekerkammer"),
])
def test_a_body_compound_is_given_in_the_nominative(word: str, body: str) -> None:
    assert _body_compound(word) == body


@pytest.mark.parametrize("word", ["Verband", "Verbands", "Bank", "XY-WERK"])
def test_a_bare_head_or_an_acronym_is_no_body_compound(word: str) -> None:
    assert _body_compound(word) is None


@pytest.mark.parametrize("text, place", [
    ("Die Lastwagen stauten sich auf der Autobahn Serbien.", "Serbien"),
    ("Der Antrag kam vom Landesverband Thüringen.", "Thüringen"),
    ("Die Delegierten kamen aus dem Ortsverein Kassel.", "Kassel"),
])
def test_the_place_after_a_plant_road_or_branch_stays_a_place(text: str, place: str) -> None:
    found = mention_triples(text, date(2025, 10, 1))
    assert (place, place, "LOC") in found
    assert not any(kind == "ORG" and place in span for span, _, kind in found)


def test_a_capitalised_word_after_a_paragraph_break_opens_no_longer_name():
    # the place ends a headline; the next paragraph's first word is no part of the body's name
    found = mention_triples("Warnung vom Imkerverband Thüringen\n\nErfurt – Der Winter wird hart.", date(2025, 10, 1))
    assert ("Imkerverband Thüringen", "Imkerverband Thüringen", "ORG") in found
