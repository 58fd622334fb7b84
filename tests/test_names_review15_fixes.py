"""Fixes of review 15b of the session's names rules. Sentences invented for these tests (the reviewer's or variants).

5ca4fd2 (``_body_compound``): a country or a national capital right after a body's compound is its object or
stands for the state, not a part of the body's name; a company's plant is no body."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import mention_triples


@pytest.mark.parametrize("text, place", [
    ("Am Montag warf das Flüchtlingshilfswerk Israel vor, die Hilfe zu behindern.", "Israel"),
    ("Zuletzt hat die Entwicklungsbank Kenia einen Kredit gewährt.", "Kenia"),
    ("Das Finanzzentrum London verliert an Bedeutung.", "London"),
    ("Im Stahlwerk Duisburg ruht die Arbeit.", "Duisburg"),
    ("Das VW-Werk Zwickau stellt auf Elektroautos um.", "Zwickau"),
])
def test_a_country_capital_or_plant_after_a_body_compound_stays_a_place(text: str, place: str) -> None:
    found = mention_triples(text, date(2025, 10, 1))
    assert (place, place, "LOC") in found
    assert not any(kind == "ORG" and place in surface for surface, _, kind in found)


@pytest.mark.parametrize("text, body", [
    ("Der Imkerverband Thüringen warnte vor dem Winter.", "Imkerverband Thüringen"),
    ("Das Pflegenetzwerk Darfur meldete neue Fälle.", "Pflegenetzwerk Darfur"),
    ("Die S-Bahn Stuttgart fährt wieder.", "S-Bahn Stuttgart"),
])
def test_a_body_compound_before_a_region_land_or_town_is_one_body(text: str, body: str) -> None:
    found = mention_triples(text, date(2025, 10, 1))
    assert any(kind == "ORG" and surface == body for surface, _, kind in found), found


def test_a_body_compound_before_a_country_and_its_bracketed_acronym_is_one_body() -> None:
    found = mention_triples("Der Imkerverband Schweden (IVS) warnte vor dem Winter.", date(2025, 10, 1))
    assert any(kind == "ORG" and surface == "Imkerverband Schweden" for surface, _, kind in found), found


# d8a5b1e (FAMILY_PARTICLES): 'Al' opens a family name only after a father's name with bin/ibn.
def test_al_after_a_plain_name_opens_no_family_name() -> None:
    found = mention_triples("„Wir verhandeln“, sagte Anna Berg Al Jazeera.", date(2025, 10, 1))
    assert not any("Jazeera" in surface and kind == "PER" for surface, _, kind in found), found
    assert any(surface == "Anna Berg" and kind == "PER" for surface, _, kind in found), found


def test_al_after_a_fathers_name_still_ends_the_name() -> None:
    found = mention_triples("Das sagte Mohammed bin Salem Al Nahyan am Sonntag.", date(2025, 10, 1))
    assert any(surface == "Mohammed bin Salem Al Nahyan" and kind == "PER" for surface, _, kind in found), found


# e79a1b1 (_land_party_groups): the group's own parliament or a Land named in its sentence decides.
def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(span, name) for span, name, kind in mention_triples(text, date(2025, 10, 1)) if kind == "ORG"]


SAXONY = ("Dresden – Im Landtag wurde über Schulen gestritten. In Sachsen ist das umstritten. "
          "Sachsen will mehr Lehrer einstellen. ")


@pytest.mark.parametrize("sentence, span", [
    ("Die CSU-Fraktion im Europaparlament sprach von einem Fehler.", "CSU-Fraktion"),
    ("Die CDU-Fraktion im Stadtrat von Osnabrück sprach von einem Fehler.", "CDU-Fraktion"),
])
def test_a_group_of_another_parliament_is_not_the_lands(sentence: str, span: str) -> None:
    found = _orgs(SAXONY + sentence)
    assert not any(s == span and name and name.endswith("Sachsen") for s, name in found), found


def test_a_land_named_in_the_groups_sentence_is_its_land() -> None:
    found = _orgs(SAXONY + "Auch in Thüringen lehnte die AfD-Fraktion den Antrag ab.")
    assert ("AfD-Fraktion", "AfD-Fraktion Thüringen") in found, found


def test_a_group_in_a_sentence_without_a_land_takes_the_articles() -> None:
    found = _orgs(SAXONY + "Die AfD-Fraktion lehnte den Antrag ab.")
    assert ("AfD-Fraktion", "AfD-Fraktion Sachsen") in found, found
