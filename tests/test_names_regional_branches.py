"""An acronym body right before a Land is that body's branch or office in the Land, one name (session 15,
``ACRONYM_BEFORE_LAND``, ``_regional_branches``); sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import mention_triples


def _triples(text: str) -> list[tuple[str, str | None, str]]:
    return mention_triples(text, date(2025, 10, 1))


@pytest.mark.parametrize("text, span", [
    # a listed acronym and a Land
    ("Die GEW Sachsen-Anhalt kündigte Warnstreiks an den Schulen an.", "GEW Sachsen-Anhalt"),
    # an unlisted acronym and a city-state
    ("Die HWK Bremen sprach von einem schwierigen Jahr für die Betriebe.", "HWK Bremen"),
    # two Länder joined by a hyphen
    ("Der Landesvorsitzende des DGB Rheinland-Pfalz-Saarland kritisierte die Pläne.", "DGB Rheinland-Pfalz-Saarland"),
    # Austria's city Land and a mixed-case acronym
    ("Nach Angaben der SPÖ Wien wurde der Antrag vertagt.", "SPÖ Wien"),
])
def test_an_acronym_before_a_land_is_one_body(text, span):
    assert (span, span, "ORG") in _triples(text)


def test_a_country_after_the_acronym_stays_a_place():
    # an object, not a branch
    triples = _triples("Am Ende werde die EU Polen die Gelder nicht streichen.")
    assert ("Polen", "Polen", "LOC") in triples
    assert not any(span.startswith("EU ") for span, _, _ in triples)


def test_a_longer_listed_name_is_kept():
    assert ("FC Bayern München", "FC Bayern München", "ORG") in _triples(
        "Der Stürmer wechselt im Sommer zum FC Bayern München.")


def test_an_acronym_found_as_a_place_is_not_a_body():
    triples = _triples("Zwischen NRW Bayern und Hessen gibt es Streit um den Länderfinanzausgleich.")
    assert not any(span.startswith("NRW ") for span, _, _ in triples)


def test_an_acronym_ending_the_name_before_is_not_a_branch():
    # the club Malmö FF beat Salzburg
    triples = _triples("Im Vorjahr warf Malmö FF Salzburg aus dem Wettbewerb.")
    assert ("Salzburg", "Salzburg", "LOC") in triples
    assert not any(span == "FF Salzburg" for span, _, _ in triples)


@pytest.mark.parametrize("text, place", [
    ("Das Land Bayern zahlt die Hälfte der Kosten.", "Bayern"),
    ("Ganz Tirol feierte den Sieg.", "Tirol"),
])
def test_a_word_of_one_capital_is_no_acronym(text, place):
    triples = _triples(text)
    assert (place, place, "LOC") in triples
    assert not any(kind == "ORG" for _, _, kind in triples)
