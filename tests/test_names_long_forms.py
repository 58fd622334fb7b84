"""Bodies whose gold name is their long form in every set (session 16, ``data/organisations.txt``): the acronym
and the short name link to it; sentences invented for these tests."""
from __future__ import annotations

from datetime import date

from tests.conftest import mention_triples


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(span, name) for span, name, kind in mention_triples(text, date(2025, 10, 1)) if kind == "ORG"]


def test_the_church_acronym_is_the_long_form():
    text = "Die EKD lud am Freitag zu einem Gottesdienst in Hannover ein."
    assert _orgs(text) == [("EKD", "Evangelische Kirche in Deutschland")]


def test_the_short_name_of_the_central_council_is_the_long_form():
    text = "Der Zentralrat der Juden begrüßte den Beschluss des Stadtrats."
    assert ("Zentralrat der Juden", "Zentralrat der Juden in Deutschland") in _orgs(text)
