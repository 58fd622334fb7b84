"""A compound ending in a body's head noun and a listed place right after it are one body (session 15,
``_body_compound``, ``NOT_BODY_COMPOUNDS``); sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import mention_triples


def _mentions(text: str) -> list[tuple[str, str | None, str]]:
    return mention_triples(text, date(2025, 10, 1))


@pytest.mark.parametrize("text, span, name", [
    ("Der Imkerverband Thüringen warnte vor einem harten Winter.", "Imkerverband Thüringen", "Imkerverband Thüringen"),
    ("Das teilte eine Sprecherin des Pflegenetzwerks Sachsen am Montag mit.", "Pflegenetzwerks Sachsen",
     "Pflegenetzwerk Sachsen"),
    ("Die Apothekerkammer Niedersachsen-Bremen hält die Pläne für verfehlt.", "Apothekerkammer Niedersachsen-Bremen",
     "Apothekerkammer Niedersachsen-Bremen"),
])
def test_a_body_compound_before_a_listed_place_is_one_body(text, span, name):
    assert (span, name, "ORG") in _mentions(text)


@pytest.mark.parametrize("text, place", [
    # a plant or a road is the place's, not a body
    ("Der Strom fließt künftig in das Umspannwerk Hessen.", "Hessen"),
    # the local branch of a party or club: the place
    ("Die Delegierte kam aus dem Kreisverband Kassel.", "Kassel"),
])
def test_plants_and_branches_keep_the_place(text, place):
    found = _mentions(text)
    assert (place, place, "LOC") in found
    assert not any(kind == "ORG" and place in span for span, _, kind in found)


def test_a_place_that_opens_a_longer_name_is_left_alone():
    found = _mentions("Die Fluggesellschaft Polen Express stellte neue Flugzeuge vor.")
    assert not any(span == "Fluggesellschaft Polen" for span, _, _ in found)


def test_the_second_of_two_truncated_compounds_is_left_alone():
    found = _mentions("Der Gemeinde- und Städtebund Hessen lehnte ab.")
    assert not any(span == "Städtebund Hessen" for span, _, _ in found)
