"""The guards and word lists of ``_land_party_groups`` (session 15): a ``<Party>-Fraktion`` or
``<Party>-Landtagsfraktion`` of a listed party in an article naming a Land's parliament (``Landtag``) or a city-state's
(``Bürgerschaft``, ``Abgeordnetenhaus``, ``Senat``) is that Land's group; the city-states count only when such a
word is named; a word that is no party keeps no group. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import mention_triples


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(span, name) for span, name, kind in mention_triples(text, date(2025, 10, 1)) if kind == "ORG"]


@pytest.mark.parametrize("text, span, name", [
    ("Kiel – Im Landtag wurde über Windräder gestritten. In Schleswig-Holstein ist das umstritten. "
     "Die CDU-Fraktion sprach von einem Fehler.", "CDU-Fraktion", "CDU-Fraktion Schleswig-Holstein"),
    ("Kiel – Im Landtag wurde über Windräder gestritten. In Schleswig-Holstein ist das umstritten. "
     "Die CDU-Landtagsfraktion sprach von einem Fehler.", "CDU-Landtagsfraktion",
     "CDU-Landtagsfraktion Schleswig-Holstein"),
    ("Bremen – Die Bürgerschaft stritt über den Hafen. In Bremen ist das umstritten. "
     "Die FDP-Fraktion sprach von einem Fehler.", "FDP-Fraktion", "FDP-Fraktion Bremen"),
    ("Berlin – Das Abgeordnetenhaus stritt über Mieten. In Berlin ist das umstritten. "
     "Die Grünen-Fraktion sprach von einem Fehler.", "Grünen-Fraktion", "Grünen-Fraktion Berlin"),
    ("Hamburg – Der Senat stritt über den Hafen. In Hamburg ist das umstritten. "
     "Die Linken-Fraktion sprach von einem Fehler.", "Linken-Fraktion", "Linken-Fraktion Hamburg"),
])
def test_a_party_group_in_a_land_article_is_that_lands(text: str, span: str, name: str) -> None:
    orgs = _orgs(text)
    assert (span, name) in orgs
    assert [n for s, n in orgs if s == span] == [name]  # the party its alias gave is replaced, not kept beside it


def test_a_city_state_counts_only_where_its_parliament_is_named():
    # Landtag only: Berlin, named most, is no Land for the group here; Brandenburg is
    text = ("Potsdam – Im Landtag wurde gestritten. Brandenburg will mehr Geld aus Berlin, Berlin und Berlin. "
            "Die SPD-Fraktion sprach von einem Fehler.")
    assert ("SPD-Fraktion", "SPD-Fraktion Brandenburg") in _orgs(text)


def test_a_word_that_is_no_party_makes_no_group():
    text = "Kiel – Im Landtag wurde gestritten. In Schleswig-Holstein ist das umstritten. Die Nord-Fraktion schwieg."
    assert not any(name and name.startswith("Nord-Fraktion") for _, name in _orgs(text))


def test_an_article_without_a_land_parliament_keeps_the_party():
    text = ("Potsdam – Die AfD-Fraktion in der Stadtverordnetenversammlung stellte einen Antrag. In Brandenburg "
            "und in ganz Brandenburg wird darüber gestritten.")
    assert ("AfD-Fraktion", "AfD") in _orgs(text)
