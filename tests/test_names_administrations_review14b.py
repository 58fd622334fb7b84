"""Review 2 of session 14's second half (c59b616): rows and guards of the regional administrations and Land bodies
no test pinned, found by removing them one at a time in a scratch copy. Invented sentences."""
from __future__ import annotations

from tests.test_names_regional_administrations import _orgs


def test_a_regional_administration_row_is_named_by_its_place():
    text = "Nach Angaben der Regionalverwaltung von Cherson fiel am Abend der Strom aus."
    assert ("Regionalverwaltung", "Regionalverwaltung Cherson") in _orgs(text)


def test_an_indefinite_land_body_is_no_body_of_the_land():
    # "ein eigenes Landeswahlamt" is any Land's: only a definite article names the article's Land's body
    text = ("In Sachsen wird gewählt. Sachsen zählt am Abend aus. Jedes Land hat ein eigenes Landeswahlamt, "
            "sagte die Sprecherin.")
    assert not any(span == "Landeswahlamt" and name for span, name in _orgs(text))
