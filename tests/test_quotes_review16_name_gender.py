"""Review 16 fix of 97f738b's ``_name_gender``: the first word of a name written surname first (Chinese, Korean,
Vietnamese: ``Li Na``, ``Wang``, ``Xi``) is no man's given name, and a given name of one gender in one language and
of the other in another (``Andrea``) tells no gender. Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.quotes.extract import _name_gender
from flows.records import Doc, Mention
from tests.test_quotes_bare_body_nouns import named


def _person(name: str) -> Mention:
    return Mention(0, len(name), name, "PER", "per:" + name.lower().replace(" ", "-"), name, "pattern", 1.0)


@pytest.mark.parametrize("name", ["Li Na", "Wang Lin", "Xi Mei", "Lee Soo-min", "Andrea Kurz", "Nicola Berg"])
def test_a_surname_first_or_a_cross_language_given_name_tells_no_gender(name: str) -> None:
    assert _name_gender(_person(name)) is None


def test_a_german_given_name_still_tells_the_gender() -> None:
    assert [_name_gender(_person(n)) for n in ("Jan Kurz", "Olaf Berg")] == ["m", "m"]


def test_a_woman_named_surname_first_is_no_masculine_antecedent() -> None:
    text = "Rückhalt fand Anna Berg bei Li Na, der der Stadtrat „Versagen“ vorwarf."
    mentions = (named(text, "Anna Berg", "PER", "Anna Berg"), named(text, "Li Na", "PER", "Li Na"))
    [q] = extract_quotes(Doc("t", text), mentions)
    assert q.speaker_name != "Li Na"
