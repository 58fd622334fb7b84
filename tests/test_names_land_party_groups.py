"""A party's parliamentary group in an article about one Land is that Land's group (session 15, ``PARTY_GROUP``,
``_land_party_groups``); sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import mention_triples


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(span, name) for span, name, kind in mention_triples(text, date(2025, 10, 1)) if kind == "ORG"]


@pytest.mark.parametrize("text, span, name", [
    # a city-state: its senate or parliament named, the city named most
    ("Der Hamburger Senat will die Hafengebühren senken. In Hamburg stößt das auf Kritik. "
     "Die FDP-Fraktion in der Bürgerschaft warf dem Senat Planlosigkeit vor.", "FDP-Fraktion", "FDP-Fraktion Hamburg"),
    ("Berlin – Der Senat streitet über die Schulbauten. Die SPD-Fraktion sprach von einem Fehlstart.",
     "SPD-Fraktion", "SPD-Fraktion Berlin"),
    # a Land's parliament: the Land named most
    ("München – Im bayerischen Landtag wurde über den Haushalt gestritten. Die Grünen-Landtagsfraktion sprach "
     "von einem Wahlgeschenk.", "Grünen-Landtagsfraktion", "Grünen-Landtagsfraktion Bayern"),
])
def test_a_party_group_in_a_land_article_is_that_lands(text, span, name):
    assert (span, name) in _orgs(text)


def test_a_bundestag_article_keeps_the_party():
    text = ("Berlin – Im Bundestag wurde über die Rente gestritten. Der Senat der Stadt schwieg. "
            "Die SPD-Fraktion sprach von einem Fehlstart.")
    assert ("SPD-Fraktion", "SPD") in _orgs(text)


def test_no_land_parliament_keeps_the_party():
    text = "Potsdam – Die AfD-Fraktion in der Stadtverordnetenversammlung stellte einen Antrag gegen das Heim."
    assert ("AfD-Fraktion", "AfD") in _orgs(text)
