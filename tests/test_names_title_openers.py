"""A title of ``ROLE_TITLES`` (``Scheich``) never opens an unknown person's name, although a listed person's name
begins with it (session 16, ``_opens_person``); sentences invented for these tests."""
from __future__ import annotations

from datetime import date

from tests.conftest import mention_triples


def _persons(text: str) -> list[tuple[str, str | None]]:
    return [(span, name) for span, name, kind in mention_triples(text, date(2025, 10, 1)) if kind == "PER"]


def test_a_listed_name_after_two_titles_is_one_mention():
    text = "Am Dienstag empfing der Emir Scheich Tamim bin Hamad Al Thani eine Delegation aus Kairo."
    assert _persons(text) == [("Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani")]


def test_an_unknown_name_after_the_title_is_one_mention():
    text = "Die Gespräche kämen voran, sagte Scheich Hamid bin Salem Al Nuri am Abend."
    assert _persons(text) == [("Hamid bin Salem Al Nuri", "Hamid bin Salem Al Nuri")]


def test_the_listed_name_that_begins_with_the_title_is_kept():
    text = "In Dhaka trat Scheich Hasina am Montag vor die Presse."
    assert ("Scheich Hasina", "Scheich Hasina") in _persons(text)
