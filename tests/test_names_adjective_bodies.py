"""A capitalised adjective in mid-sentence and a body's head noun name an unknown body (session 16, second half,
``mentions._adjective_name``, ``_generic_adjective``): a mark right after the noun ends the name, and an -isch
adjective that is also a common noun still opens it; sentences invented for these tests."""
from __future__ import annotations

from datetime import date

from tests.conftest import mention_triples


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(span, name) for span, name, kind in mention_triples(text, date(2025, 10, 1)) if kind == "ORG"]


def test_a_comma_after_the_head_noun_ends_the_name():
    text = "Gegen den Plan ist auch der Norwegische Fischereiverband, der am Montag protestierte."
    assert ("Norwegische Fischereiverband", "Norwegischer Fischereiverband") in _orgs(text)


def test_a_full_stop_after_the_head_noun_ends_the_name():
    text = "Das Geld kommt vom Bayerischen Bauernverband."
    assert ("Bayerischen Bauernverband", "Bayerischer Bauernverband") in _orgs(text)


def test_an_isch_adjective_that_is_also_a_noun_opens_the_name():
    text = "Der Kredit stammt von der Afrikanischen Exportbank in Kairo."
    assert ("Afrikanischen Exportbank", "Afrikanische Exportbank") in _orgs(text)


def test_a_truncated_compound_is_still_no_name():
    text = "Er sprach mit der Technischen Bundes- und Landesverwaltung über den Plan."
    assert not any(span.startswith("Technischen") for span, _ in _orgs(text))


def test_a_noun_in_the_common_nouns_opens_no_name():
    text = "Sie unterstützen die Initiative Bürgerbund, die gegen den Bau klagt."
    assert not any(span.startswith("Initiative") and name == "Initiativer Bürgerbund" for span, name in _orgs(text))
