"""Each determiner and contraction of ``MASCULINE_OR_NEUTER_DETERMINERS`` / ``MASCULINE_OR_NEUTER_CONTRACTIONS``
(session 15): an antecedent opened by one is masculine or neuter, so a relative ``der`` after it is nominative, the
clause's subject (``Lob kam vom Verband, der der Stadt Fehler vorwarf``); after a feminine or plural determiner it
may be a dative. Invented sentences."""
from __future__ import annotations

import pytest

from flows.quotes.extract import _masculine_antecedent
from flows.quotes.text import tokenize


def _masculine(text: str) -> bool:
    toks = tokenize(text)
    start = next(k for k, t in enumerate(toks) if t.text == ",") + 1
    return _masculine_antecedent(text, toks, start, [])


@pytest.mark.parametrize("text", [
    "Lob kam aus dem Verband, der der Stadt Fehler vorwarf.",
    "Anna Berg lobte den Verband, der der Stadt Fehler vorwarf.",
    "Es gab Lob wegen des Verbands, der der Stadt Fehler vorwarf.",
    "Zu Wort meldete sich ein Verband, der der Stadt Fehler vorwarf.",
    "Lob kam von einem Verband, der der Stadt Fehler vorwarf.",
    "Anna Berg lobte einen Verband, der der Stadt Fehler vorwarf.",
    "Es gab Lob wegen eines Verbands, der der Stadt Fehler vorwarf.",
    "Rückhalt fand Anna Berg beim Verband, der der Stadt Fehler vorwarf.",
    "Lob kam vom Verband, der der Stadt Fehler vorwarf.",
    "Anna Berg ging zum Verband, der der Stadt Fehler vorwarf.",
    "Streit gab es im Verband, der der Stadt Fehler vorwarf.",
    "Kritik übte Anna Berg am Senat, der der Stadt Fehler vorwarf.",
])
def test_a_masculine_or_neuter_determiner_or_contraction_opens_a_masculine_antecedent(text: str) -> None:
    assert _masculine(text)


@pytest.mark.parametrize("text", [
    "Rückhalt fand Anna Berg bei der Senatorin, der der Stadtrat Fehler vorwarf.",
    "Rückhalt fand Anna Berg bei einer Senatorin, der der Stadtrat Fehler vorwarf.",
    "Rückhalt fand Anna Berg zur Freude der Senatorin, der der Stadtrat Fehler vorwarf.",
])
def test_a_feminine_determiner_opens_no_masculine_antecedent(text: str) -> None:
    assert not _masculine(text)


def test_a_relative_die_after_a_plural_den_antecedent_leaves_the_der_subject():
    # "den Anwohnern" is a dative plural: the relative "die" is their accusative, "der Bürgermeister" the subject
    from tests.test_quotes_own_clause import LEADER, speaker_of
    text = "Rückhalt fand Anna Berg bei den Anwohnern, die der Bürgermeister als „notorische Querulanten“ bezeichnete."
    assert speaker_of(text, "notorische Querulanten", LEADER)[0] == "der Bürgermeister"


def test_a_woman_named_by_her_role_is_no_masculine_antecedent():
    from flows.records import Mention
    text = "Rückhalt fand Anna Berg bei Senatorin Lisa Kurz, der der Stadtrat Fehler vorwarf."
    start = text.index("Lisa Kurz")
    woman = Mention(start, start + 9, "Lisa Kurz", "PER", "e:Lisa Kurz", "Lisa Kurz", "gazetteer", 1.0)
    toks = tokenize(text)
    assert _masculine_antecedent(text, toks, next(k for k, t in enumerate(toks) if t.text == ",") + 1, [woman]) \
        is False
