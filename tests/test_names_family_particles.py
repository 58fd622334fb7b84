"""A capitalised Arabic family particle after a person's own and father's names opens the family name that ends
the name (session 15, ``FAMILY_PARTICLES``); sentences invented for these tests."""
from __future__ import annotations

from datetime import date

from tests.conftest import mention_triples


def _persons(text: str) -> list[tuple[str, str | None]]:
    return [(span, name) for span, name, kind in mention_triples(text, date(2025, 10, 1)) if kind == "PER"]


def test_the_family_name_ends_the_name_and_its_repetition_is_that_person():
    text = ("Der Minister Mohammed bin Salem Al Thani reiste nach Kairo. Eine Einigung sei nahe, sagte Al Thani "
            "am Abend.")
    persons = _persons(text)
    assert ("Mohammed bin Salem Al Thani", "Mohammed bin Salem Al Thani") in persons
    assert ("Al Thani", "Mohammed bin Salem Al Thani") in persons


def test_the_listed_namesake_keeps_his_own_name():
    text = "Emir Tamim bin Hamad Al Thani empfing die Delegation. Al Thani sprach von Fortschritten."
    assert ("Al Thani", "Tamim bin Hamad Al Thani") in _persons(text)
