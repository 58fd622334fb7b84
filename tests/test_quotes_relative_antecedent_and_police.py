"""Session 15: a relative pronoun as speaker stands for its antecedent, person or body (``…, die dem Rat vorwirft,
…`` was left unlinked); a verb that wants a dative makes the one ``der`` noun phrase after a relative ``die`` that
dative (``…, die der Stadt „…“ vorwarf``); a police spokesperson is no union whose name opens with ``Polizei``.
Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.quotes.extract import _oblique_der
from flows.quotes.text import tokenize
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named, speakers
from tests.test_quotes_own_clause import LEADER, speaker_of


def _reported_speaker(text: str, content: str, *people: tuple) -> tuple[str | None, str | None]:
    mentions = tuple(sorted((named(text, *p) for p in people), key=lambda m: m.start))
    q = next(q for q in extract_quotes(Doc("t", text), mentions, reported=True) if q.text == content)
    return q.speaker_text, q.speaker_name


@pytest.mark.parametrize("text, body, name", [
    ("Es sprach Anna Berg, die dem Rat vorwirft, Gelder verschwendet zu haben.", LEADER, "Anna Berg"),
    ("Am Abend sprach die Gewerkschaft Verdi, die dem Senat vorwirft, Gelder verschwendet zu haben.",
     ("Verdi", "ORG", "Verdi"), "Verdi"),
])
def test_a_relative_die_before_a_dative_stands_for_its_antecedent(text: str, body: tuple, name: str) -> None:
    assert _reported_speaker(text, "Gelder verschwendet zu haben", body) == ("die", name)


def test_an_unlinked_antecedent_leaves_the_relative_pronoun_unlinked() -> None:
    text = "Beifall bekam Anna Berg von den Anwohnern, die dem Senat vorwarfen, Gelder verschwendet zu haben."
    assert _reported_speaker(text, "Gelder verschwendet zu haben", LEADER) == ("die", None)


def test_a_dative_verb_makes_der_stadt_oblique_after_a_relative_die() -> None:
    # "Stadt" has no feminine ending and "vorwarf" is singular: only the verb's dative tells "der Stadt" is no subject
    text = "Rückhalt fand Anna Berg bei Lisa Kurz, die der Stadt „grobe Fahrlässigkeit“ vorwarf."
    assert speaker_of(text, "grobe Fahrlässigkeit", LEADER, ("Lisa Kurz", "PER", "Lisa Kurz")) \
        == ("die", "Lisa Kurz")


@pytest.mark.parametrize("clause, oblique", [
    ("die der Stadtrat ihm wieder vorwarf", False),  # the clause has its dative: "der Stadtrat" may be the subject
    ("die der Stadtrat wieder nannte", False),  # no dative verb
    ("der der Stadt wieder vorwarf", False),  # a relative "der" may be a dative itself
    ("die der Stadt wieder widersprach", True),
])
def test_the_dative_verb_reading_needs_die_and_no_other_dative(clause: str, oblique: bool) -> None:
    toks = tokenize(clause)
    assert _oblique_der(toks, 1, 3, len(toks)) is oblique


def test_a_police_spokesperson_is_not_the_police_union_named_before() -> None:
    text = "Die Deutsche Polizeigewerkschaft fordert mehr Personal. „Wir sind am Limit“, sagte eine Sprecherin der Polizei."
    union = ("Deutsche Polizeigewerkschaft", "ORG", "Deutsche Polizeigewerkschaft")
    assert speakers(text, union) == [("eine Sprecherin der Polizei", None)]


def test_a_police_spokesperson_is_still_the_police_office_named_before() -> None:
    text = "Das Polizeipräsidium Westpfalz meldete einen Unfall. „Niemand wurde verletzt“, sagte eine Sprecherin der Polizei."
    office = ("Polizeipräsidium Westpfalz", "ORG", "Polizeipräsidium Westpfalz")
    assert speakers(text, office) == [("eine Sprecherin der Polizei", "Polizeipräsidium Westpfalz")]


MAYOR = ("Tom Kurz", "PER", "Tom Kurz")
TENANTS = ("Mieterverband", "ORG", "Mieterverband")


@pytest.mark.parametrize("text, body, name", [
    # a relative "der" after a masculine antecedent is nominative: the noun phrase after it is no subject
    ("Rückhalt fand Anna Berg bei Bürgermeister Tom Kurz, der der Stadt „grobe Fahrlässigkeit“ vorwarf.", MAYOR,
     "Tom Kurz"),
    ("Rückhalt fand Anna Berg beim Mieterverband, der der Stadt „grobe Fahrlässigkeit“ vorwarf.", TENANTS,
     "Mieterverband"),
    ("Anna Berg kritisierte den Mieterverband, der die Reform als „grobe Fahrlässigkeit“ bezeichnete.", TENANTS,
     "Mieterverband"),
])
def test_a_relative_der_after_a_masculine_antecedent_is_the_subject(text: str, body: tuple, name: str) -> None:
    assert speaker_of(text, "grobe Fahrlässigkeit", LEADER, body) == ("der", name)


def test_a_relative_der_after_a_feminine_antecedent_may_be_a_dative() -> None:
    text = "Rückhalt fand Anna Berg bei der Senatorin, der der Stadtrat „grobe Fahrlässigkeit“ vorwarf."
    assert speaker_of(text, "grobe Fahrlässigkeit", LEADER, ("Stadtrat", "ORG", "Stadtrat")) \
        == ("Stadtrat", "Stadtrat")
