"""A region's or city's administration by its bare noun is named by the place it governs, a Land's body by the
Land (session 14, ``REGIONAL_ADMINISTRATION_NOUNS``, ``LAND_BODY_NOUNS``); sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import mention_triples


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(span, name) for span, name, kind in mention_triples(text, date(2025, 10, 1)) if kind == "ORG"]


@pytest.mark.parametrize("text, name", [
    # the place after it in its sentence
    ("Laut der örtlichen Militärverwaltung brannte in Charkiw ein Lagerhaus.", "Militärverwaltung Charkiw"),
    ("Nach Angaben der Gebietsverwaltung von Cherson fiel am Abend der Strom aus.", "Gebietsverwaltung Cherson"),
    # else the place named last before it (not the country)
    ("Die Ukraine meldete Drohnen über Saporischschja. Die Militärverwaltung sprach von zwei Verletzten.",
     "Militärverwaltung Saporischschja"),
])
def test_a_bare_administration_is_that_of_its_place(text, name):
    assert ("Militärverwaltung" if "Militär" in text else "Gebietsverwaltung", name) in _orgs(text)


def test_no_place_but_a_country_gives_no_administration():
    text = "Die Ukraine meldete neue Angriffe. Die Militärverwaltung sprach von zwei Verletzten."
    assert not any(span == "Militärverwaltung" for span, _ in _orgs(text))


def test_without_an_article_the_noun_is_left():
    text = "In Charkiw wurde eine Militärverwaltung eingerichtet."
    assert not any(span == "Militärverwaltung" and name for span, name in _orgs(text))


def test_a_place_two_sentences_back_is_not_taken():
    text = ("Graz – Die Nacht war unruhig. Getroffen wurde ein Dorf im Norden des Landes. "
            "Nach Angaben der regionalen Militärverwaltung starben zwei Menschen.")
    assert not any(span == "Militärverwaltung" and name for span, name in _orgs(text))


@pytest.mark.parametrize("text, name", [
    ("In Sachsen wird gewählt. Sachsen zählt am Abend aus, teilte das Landeswahlamt mit.", "Landeswahlamt Sachsen"),
    ("Der Landtag von Hessen tagte. Die Landtagsverwaltung wies die Beschwerde zurück.", "Landtagsverwaltung Hessen"),
    ("Brandenburg will schneller abschieben. Der Flüchtlingsrat nannte den Plan herzlos.", "Flüchtlingsrat Brandenburg"),
])
def test_a_land_body_is_that_of_the_land_the_article_names(text, name):
    assert (name.split()[0], name) in _orgs(text)


def test_a_land_body_without_a_land_is_left():
    assert not any(name for span, name in _orgs("Der Flüchtlingsrat nannte den Plan herzlos.") if span == "Flüchtlingsrat")


def test_a_regional_administration_row_is_named_by_its_place():
    text = "Nach Angaben der Regionalverwaltung von Cherson fiel am Abend der Strom aus."
    assert ("Regionalverwaltung", "Regionalverwaltung Cherson") in _orgs(text)


def test_an_indefinite_land_body_is_no_body_of_the_land():
    # "ein eigenes Landeswahlamt" is any Land's: only a definite article names the article's Land's body
    text = ("In Sachsen wird gewählt. Sachsen zählt am Abend aus. Jedes Land hat ein eigenes Landeswahlamt, "
            "sagte die Sprecherin.")
    assert not any(span == "Landeswahlamt" and name for span, name in _orgs(text))
